import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { envSchema } from '../src/config';
import { repoPath } from '../src/paths';
import { REGENERATE_DOCS } from './docSection';

// Generates docs/configuration.md from the zod schema in src/config.ts: the variables, their
// types, ranges and defaults are read from the schema itself, so the page cannot drift from
// what the service accepts. Only the prose (what each variable is for, and its group) is here,
// unless the schema carries a `.describe()`, which wins.
//
//   npm run docs                                  (all generated docs)
//   npx tsx scripts/configuration-doc.ts [--check]

export const CONFIGURATION_DOC = 'docs/configuration.md';

type Group =
  'Service' | 'Neo4j' | 'Embedded Neo4j' | 'Access' | 'Data' | 'Bounds' | 'Query limits' | 'Lifecycle';

const GROUP_ORDER: Group[] = [
  'Service',
  'Neo4j',
  'Embedded Neo4j',
  'Access',
  'Data',
  'Bounds',
  'Query limits',
  'Lifecycle',
];

/** What each variable is for. A variable of the schema missing here fails the doc's test. */
const MEANING: Record<string, [Group, string]> = {
  NEO4J_LIVENESS_TIMEOUT_MS: [
    'Neo4j',
    'A liveness probe (`RETURN 1`) unanswered this long marks Neo4j unresponsive: calls in flight answer `DATABASE_UNAVAILABLE` ([resilience](resilience.md))',
  ],
  NEO4J_DEADLINE_GRACE_MS: [
    'Neo4j',
    'How long past its transaction timeout a call still waits for Neo4j before answering `DATABASE_UNAVAILABLE`',
  ],
  NEO4J_ACQUISITION_TIMEOUT_MS: ['Neo4j', 'Longest wait for a pooled connection (and for opening one)'],
  EMBEDDED_NEO4J_MAX_RESTARTS: [
    'Embedded Neo4j',
    'How many times the supervisor restarts a JVM that died, per crash, with backoff from 1 s to 30 s',
  ],
  REQUEST_TIMEOUT_MS: [
    'Lifecycle',
    'A request whose body has not fully arrived by then is cut (408, JSON body)',
  ],
  HEADERS_TIMEOUT_MS: [
    'Lifecycle',
    'A request whose headers have not arrived by then is cut (not above `REQUEST_TIMEOUT_MS`)',
  ],
  MAX_LIST_ITEMS: [
    'Query limits',
    'Most items in one list argument, literal or variable; longer lists are refused with `BAD_USER_INPUT` naming the argument',
  ],
  NODE_ENV: [
    'Service',
    '`production` turns off introspection and suggestions and requires `CLAIMGRAPH_TOKEN`',
  ],
  HOST: ['Service', 'HTTP listen address (the Docker image uses `0.0.0.0`)'],
  PORT: ['Service', 'HTTP listen port'],
  LOG_LEVEL: ['Service', 'pino log level'],
  NEO4J_URI: [
    'Neo4j',
    'Use this Neo4j (`bolt://`, `neo4j://`, `neo4j+s://`) instead of starting the embedded one; see [operations](operations.md#scaling-out)',
  ],
  NEO4J_USER: ['Neo4j', 'User for `NEO4J_URI`'],
  NEO4J_PASSWORD: ['Neo4j', 'Password for `NEO4J_URI` (required with it)'],
  NEO4J_DATABASE: ['Neo4j', 'Database name on `NEO4J_URI`'],
  NEO4J_MAX_POOL_SIZE: ['Neo4j', 'Driver connection pool size, per replica'],
  NEO4J_MAX_CONCURRENT_READS: [
    'Neo4j',
    'Reads run on Neo4j at once, per replica (about twice its cores); more wait their turn, up to `QUERY_TIMEOUT_MS`, then get `SERVICE_BUSY`',
  ],
  NEO4J_MAX_RETRY_MS: ['Neo4j', 'How long the driver retries a write transaction on transient errors'],
  EMBEDDED_NEO4J_HOME: ['Embedded Neo4j', 'Data, logs and configuration of the embedded Neo4j (git-ignored)'],
  EMBEDDED_NEO4J_BOLT_PORT: ['Embedded Neo4j', 'Bolt port of the embedded Neo4j'],
  EMBEDDED_NEO4J_HTTP_PORT: ['Embedded Neo4j', 'HTTP port of the embedded Neo4j (Neo4j Browser)'],
  EMBEDDED_NEO4J_HEAP: ['Embedded Neo4j', 'JVM heap of the embedded Neo4j'],
  EMBEDDED_NEO4J_PAGECACHE: ['Embedded Neo4j', 'Page cache of the embedded Neo4j'],
  CLAIMGRAPH_TOKEN: [
    'Access',
    'Bearer token for mutations; unset means the development default `claimgraph-dev-token`, refused in production',
  ],
  READS_REQUIRE_TOKEN: ['Access', 'Require the token for queries too'],
  INTROSPECTION: [
    'Access',
    'Schema introspection and GraphiQL; unset means on, except with `NODE_ENV=production`',
  ],
  SEED_ON_EMPTY: ['Data', 'Load the bundles in `data/seed/` when the database holds no article'],
  QUERY_PLAN_FILE: [
    'Data',
    'Where the service keeps the read queries it ran (texts; parameters without their values) and plans them again after a restart; unset means `<EMBEDDED_NEO4J_HOME>/claimgraph-query-plans.json` with the embedded Neo4j and none with `NEO4J_URI` (it keeps its plans); empty turns it off',
  ],
  QUERY_TIMEOUT_MS: ['Bounds', 'Transaction timeout of every Cypher call (ingestion has its own)'],
  INGEST_TIMEOUT_MS: ['Bounds', 'Transaction timeout of one bundle ingestion'],
  MAX_PAGE_SIZE: ['Bounds', 'Cap on `first` of lists and connections'],
  MAX_TRAVERSAL_HOPS: ['Bounds', 'Cap on `maxDepth` / `maxHops` / `depth` of traversals'],
  MAX_SUBGRAPH_NODES: ['Bounds', 'Cap on `limit` of `neighbourhood`'],
  MAX_QUERY_DEPTH: ['Query limits', 'Selection depth of an operation (fragments followed)'],
  MAX_QUERY_COST: [
    'Query limits',
    'Estimated cost of an operation ([cost model](operations.md#query-limits))',
  ],
  MAX_RESULT_ITEMS: [
    'Query limits',
    'Most items one root field may return, nested lists included, counted from the `first` arguments before anything runs (`RESULT_TOO_LARGE`)',
  ],
  QUERY_COST_LIST_SIZE: [
    'Query limits',
    'Length assumed for a list field with no `first` / `limit` and no declared bound (none in the schema today)',
  ],
  MAX_ALIASES: ['Query limits', 'Aliases per operation'],
  MAX_TOKENS: ['Query limits', 'Lexical tokens in a document'],
  MAX_DIRECTIVES: ['Query limits', 'Directives per operation'],
  BODY_LIMIT: ['Query limits', 'Largest accepted request body'],
  READY_TIMEOUT_MS: ['Lifecycle', 'How long `/ready` waits for Neo4j'],
  SHUTDOWN_GRACE_MS: ['Lifecycle', 'How long SIGTERM waits for in-flight requests'],
};

interface Variable {
  name: string;
  group: Group;
  meaning: string;
  accepts: string;
  default: string;
}

const code = (value: unknown) => `\`${String(value)}\``;
const thousands = (n: number) => n.toLocaleString('en-GB');
/** A table cell: `|` would end the cell, even inside a code span. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** What a field accepts and its default, read from the zod schema (wrappers peeled one by one). */
function describeField(field: z.ZodTypeAny): { accepts: string; default: string; description?: string } {
  let schema = field;
  let fallback = 'unset';
  const description = field.description;
  for (;;) {
    if (schema instanceof z.ZodDefault) {
      fallback = code((schema._def as z.ZodDefaultDef).defaultValue());
      schema = (schema._def as z.ZodDefaultDef).innerType;
    } else if (schema instanceof z.ZodOptional) {
      schema = schema.unwrap() as z.ZodTypeAny;
    } else if (schema instanceof z.ZodEffects) {
      schema = schema.innerType() as z.ZodTypeAny;
    } else if (schema instanceof z.ZodPipeline) {
      // A transform piped into a check (the token: trimmed, then a minimum length): the check says what is accepted.
      schema = (schema._def as z.ZodPipelineDef<z.ZodTypeAny, z.ZodTypeAny>).out;
    } else break;
  }
  return { accepts: accepts(schema), default: fallback, ...(description ? { description } : {}) };
}

function accepts(schema: z.ZodTypeAny): string {
  if (schema instanceof z.ZodEnum) {
    const values = schema.options as string[];
    const isBoolean = [...values].sort().join() === ['0', '1', 'false', 'true'].join();
    return isBoolean ? '`true` / `false` (or `1` / `0`)' : `one of ${values.map(code).join(', ')}`;
  }
  if (schema instanceof z.ZodNumber) {
    const { minValue, maxValue, isInt } = schema;
    const kind = isInt ? 'integer' : 'number';
    if (minValue !== null && maxValue !== null)
      return `${kind} ${thousands(minValue)}–${thousands(maxValue)}`;
    return kind;
  }
  if (schema instanceof z.ZodString) {
    const parts: string[] = [];
    for (const check of schema._def.checks) {
      if (check.kind === 'url') parts.push('URL');
      else if (check.kind === 'regex')
        parts.push(
          `matching ${code(check.regex.source)}${check.regex.flags.includes('i') ? ' (any case)' : ''}`,
        );
      else if (check.kind === 'min') parts.push(`at least ${check.value} characters`);
    }
    return ['string', ...parts].join(', ');
  }
  throw new Error(`scripts/configuration-doc.ts cannot describe a ${schema.constructor.name} yet`);
}

/** Every variable of the schema, in schema order, with its meaning; throws on gaps either way. */
export function configurationVariables(): Variable[] {
  const shape = envSchema.shape as Record<string, z.ZodTypeAny>;
  const missing = Object.keys(shape).filter((name) => !MEANING[name] && !shape[name]?.description);
  const stale = Object.keys(MEANING).filter((name) => !(name in shape));
  if (missing.length > 0 || stale.length > 0) {
    throw new Error(
      [
        missing.length > 0
          ? `no meaning for ${missing.join(', ')} (add it to MEANING in scripts/configuration-doc.ts)`
          : '',
        stale.length > 0 ? `MEANING lists ${stale.join(', ')}, which src/config.ts no longer reads` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  return Object.entries(shape).map(([name, field]) => {
    const described = describeField(field);
    const [group, meaning] = MEANING[name] ?? ['Service', ''];
    return {
      name,
      group,
      meaning: described.description ?? meaning,
      accepts: described.accepts,
      default: described.default,
    };
  });
}

/** The whole of docs/configuration.md. */
export function configurationDoc(): string {
  const variables = configurationVariables();
  const lines = [
    '# Configuration',
    '',
    `<!-- generated by scripts/configuration-doc.ts from the zod schema in src/config.ts; regenerate with \`${REGENERATE_DOCS}\`; do not edit by hand -->`,
    '',
    'All configuration is environment variables, read and validated once at start (`loadConfig` in',
    '`src/config.ts`). An invalid value stops the service with a message naming the variable; so',
    'does `NODE_ENV=production` without `CLAIMGRAPH_TOKEN`, and `NEO4J_URI` without `NEO4J_PASSWORD`.',
    'Without `NEO4J_URI`, `npm start` starts the embedded Neo4j; with it, nothing is started.',
    '',
    `${variables.length} variables, by group:`,
  ];
  for (const group of GROUP_ORDER) {
    const rows = variables.filter((v) => v.group === group);
    if (rows.length === 0) continue;
    lines.push(
      '',
      `## ${group}`,
      '',
      '| Variable | Accepts | Default | Meaning |',
      '| --- | --- | --- | --- |',
    );
    for (const v of rows)
      lines.push(`| ${[code(v.name), v.accepts, v.default, v.meaning].map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const file = repoPath(CONFIGURATION_DOC);
  const next = configurationDoc();
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== next)
      throw new Error(`${CONFIGURATION_DOC} is out of date: run \`${REGENERATE_DOCS}\``);
    console.log(`${CONFIGURATION_DOC} is up to date`);
    return;
  }
  writeFileSync(file, next);
  console.log(`updated ${CONFIGURATION_DOC}`);
}

if (require.main === module) main();
