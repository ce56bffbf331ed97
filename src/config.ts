import { z } from 'zod';

/** Development default for the mutation token; refused in production mode. */
export const DEV_TOKEN = 'claimgraph-dev-token';
/** Password given to the embedded Neo4j's `neo4j` user. */
export const EMBEDDED_NEO4J_PASSWORD = 'claimgraph';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The modes the service knows; anything else (`Production`, `prod`) is refused, not guessed. */
export const NODE_ENVS = ['development', 'production', 'test'] as const;
/** Shortest CLAIMGRAPH_TOKEN accepted in production, after trimming (`openssl rand -hex 16` gives 32). */
export const MIN_PRODUCTION_TOKEN_LENGTH = 16;

/** The environment the service reads; docs/configuration.md is generated from it. */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(NODE_ENVS, {
      errorMap: () => ({ message: `must be one of ${NODE_ENVS.join(', ')} (exactly, in lower case)` }),
    })
    .default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_MAX_POOL_SIZE: int(1, 1000).default(50),
  NEO4J_MAX_CONCURRENT_READS: int(1, 1000).default(8),
  NEO4J_MAX_RETRY_MS: int(0, 600_000).default(5000),

  EMBEDDED_NEO4J_HOME: z.string().default('.data/neo4j'),
  EMBEDDED_NEO4J_BOLT_PORT: int(0, 65535).default(7687),
  EMBEDDED_NEO4J_HTTP_PORT: int(0, 65535).default(7474),
  EMBEDDED_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('2g'),
  EMBEDDED_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('2g'),

  // Trimmed here as the presented token is trimmed (src/http/bearerToken.ts), so both compare alike.
  CLAIMGRAPH_TOKEN: z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().min(8, 'must hold at least 8 characters besides spaces'))
    .optional(),
  READS_REQUIRE_TOKEN: bool.default('false'),
  SEED_ON_EMPTY: bool.default('true'),
  /** Unset: beside the embedded store, none with NEO4J_URI; empty: off (src/db/QueryPlanRecorder.ts). */
  QUERY_PLAN_FILE: z.string().optional(),

  QUERY_TIMEOUT_MS: int(100, 600_000).default(5000),
  /** Longest wait for Neo4j to answer anything at all; see docs/resilience.md. */
  NEO4J_LIVENESS_TIMEOUT_MS: int(200, 60_000).default(5000),
  /** Extra time past a transaction's own timeout before the client gives up on Neo4j. */
  NEO4J_DEADLINE_GRACE_MS: int(100, 60_000).default(5000),
  NEO4J_ACQUISITION_TIMEOUT_MS: int(100, 60_000).default(3000),
  EMBEDDED_NEO4J_MAX_RESTARTS: int(0, 100).default(5),
  REQUEST_TIMEOUT_MS: int(1000, 600_000).default(30_000),
  HEADERS_TIMEOUT_MS: int(1000, 600_000).default(10_000),
  INGEST_TIMEOUT_MS: int(1000, 3_600_000).default(300_000),
  MAX_PAGE_SIZE: int(1, 1000).default(100),
  MAX_TRAVERSAL_HOPS: int(1, 20).default(8),
  MAX_SUBGRAPH_NODES: int(1, 10_000).default(500),

  MAX_QUERY_DEPTH: int(1, 100).default(10),
  MAX_QUERY_COST: int(1, 10_000_000).default(20_000),
  MAX_RESULT_ITEMS: int(1, 10_000_000).default(50_000),
  QUERY_COST_LIST_SIZE: int(1, 1000).default(10),
  MAX_ALIASES: int(1, 1000).default(20),
  MAX_TOKENS: int(1, 100_000).default(3000),
  MAX_DIRECTIVES: int(1, 1000).default(20),
  MAX_LIST_ITEMS: int(1, 100_000).default(100),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i)
    .default('5mb'),
  /** Defaults to on, except when NODE_ENV=production. */
  INTROSPECTION: bool.optional(),
  READY_TIMEOUT_MS: int(100, 60_000).default(2000),
  SHUTDOWN_GRACE_MS: int(0, 600_000).default(10_000),
});

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  production: boolean;
  host: string;
  port: number;
  logLevel: string;
  /** Set when NEO4J_URI is given: then no embedded Neo4j is started. */
  externalNeo4j?: Neo4jTarget;
  neo4jUser: string;
  neo4jDatabase: string;
  neo4jMaxPoolSize: number;
  /** Reads on Neo4j at once per replica; more wait their turn up to their time limit. */
  neo4jMaxConcurrentReads: number;
  /** How long the driver retries a transaction on transient errors (deadlocks, Neo4j away). */
  neo4jMaxRetryMs: number;
  embedded: { home: string; boltPort: number; httpPort: number; heap: string; pagecache: string };
  /** Restarts of a dead embedded Neo4j before the supervisor gives up (backoff between). */
  embeddedMaxRestarts: number;
  /** Bounds on every wait for Neo4j (src/db/Database.ts, docs/resilience.md). */
  deadlines: DatabaseDeadlines;
  /** HTTP: the whole request (headers and body) must arrive within this; then 408. */
  requestTimeoutMs: number;
  /** HTTP: the headers must arrive within this. */
  headersTimeoutMs: number;
  token: string;
  tokenIsDevDefault: boolean;
  readsRequireToken: boolean;
  seedOnEmpty: boolean;
  /** Where the read queries the service ran are kept, to plan them again after a restart. */
  queryPlanFile: string | undefined;
  queryTimeoutMs: number;
  ingestTimeoutMs: number;
  maxPageSize: number;
  /** Most items one root field may return, nested lists included (refused with RESULT_TOO_LARGE). */
  maxResultItems: number;
  maxTraversalHops: number;
  maxSubgraphNodes: number;
  limits: QueryLimits;
  /** Introspection (and the GraphiQL page that needs it); off in production unless INTROSPECTION=true. */
  introspection: boolean;
  readyTimeoutMs: number;
  shutdownGraceMs: number;
}

/** Bounds on every wait for Neo4j; a request never waits on Neo4j longer than these allow. */
export interface DatabaseDeadlines {
  /** A probe (`RETURN 1`) unanswered this long marks Neo4j unresponsive: calls in flight fail. */
  livenessTimeoutMs: number;
  /** Past a transaction's own timeout, how long the client still waits for Neo4j's answer. */
  graceMs: number;
  /** Longest wait for a free pool connection (and for opening one). */
  acquisitionTimeoutMs: number;
}

/** Limits applied to every GraphQL request (docs/resilience.md and the README's limits table). */
export interface QueryLimits {
  depth: number;
  /** Maximum estimated cost; see src/http/queryCost.ts for how cost is counted. */
  cost: number;
  /** Length assumed for a list field that takes no `first` / `limit` argument. */
  costListSize: number;
  aliases: number;
  tokens: number;
  directives: number;
  /** Longest list accepted in a list-typed argument, literal or variable. */
  listItems: number;
  /** Largest accepted request body, in `bytes` notation (`5mb`). */
  bodyLimit: string;
}

/** Thrown when the environment is invalid; names every offending variable. */
export class ConfigError extends Error {}

/** `env` parsed by `schema`; every offending variable is named in one error. */
function parseEnv<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data as z.output<S>;
}

type Neo4jEnv = Pick<
  z.infer<typeof envSchema>,
  'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE'
>;

function requirePasswordWithUri(e: Neo4jEnv): void {
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
}

const externalTarget = (e: Neo4jEnv): Neo4jTarget | undefined =>
  e.NEO4J_URI
    ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE }
    : undefined;

/**
 * NEO4J_URI and its credentials alone, validated as `loadConfig` does, for the tools that read
 * no other setting (scripts, benchmarks); undefined when NEO4J_URI is not set.
 */
export function loadExternalNeo4j(env: NodeJS.ProcessEnv = process.env): Neo4jTarget | undefined {
  const e = parseEnv(
    envSchema.pick({ NEO4J_URI: true, NEO4J_USER: true, NEO4J_PASSWORD: true, NEO4J_DATABASE: true }),
    env,
  );
  requirePasswordWithUri(e);
  return externalTarget(e);
}

/**
 * An external Neo4j keeps its plan cache when the service restarts; the embedded one restarts
 * with it, so by default the file lives beside its store.
 */
function queryPlanFile(
  e: Pick<z.infer<typeof envSchema>, 'QUERY_PLAN_FILE' | 'NEO4J_URI' | 'EMBEDDED_NEO4J_HOME'>,
) {
  if (e.QUERY_PLAN_FILE !== undefined) return e.QUERY_PLAN_FILE.trim() || undefined;
  return e.NEO4J_URI ? undefined : `${e.EMBEDDED_NEO4J_HOME}/claimgraph-query-plans.json`;
}

/** Parses and validates the environment once, at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(envSchema, env);
  const production = e.NODE_ENV === 'production';
  if (production && !e.CLAIMGRAPH_TOKEN) {
    throw new ConfigError('Invalid configuration:\n  CLAIMGRAPH_TOKEN: required when NODE_ENV=production');
  }
  if (production && e.CLAIMGRAPH_TOKEN === DEV_TOKEN) {
    throw new ConfigError(
      'Invalid configuration:\n  CLAIMGRAPH_TOKEN: the public development token is refused when NODE_ENV=production',
    );
  }
  if (production && e.CLAIMGRAPH_TOKEN && e.CLAIMGRAPH_TOKEN.length < MIN_PRODUCTION_TOKEN_LENGTH) {
    throw new ConfigError(
      `Invalid configuration:\n  CLAIMGRAPH_TOKEN: must hold at least ${MIN_PRODUCTION_TOKEN_LENGTH} characters when NODE_ENV=production`,
    );
  }
  if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS) {
    throw new ConfigError('Invalid configuration:\n  HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS');
  }
  requirePasswordWithUri(e);
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    externalNeo4j: externalTarget(e),
    neo4jUser: e.NEO4J_USER,
    neo4jDatabase: e.NEO4J_DATABASE,
    neo4jMaxPoolSize: e.NEO4J_MAX_POOL_SIZE,
    neo4jMaxConcurrentReads: e.NEO4J_MAX_CONCURRENT_READS,
    neo4jMaxRetryMs: e.NEO4J_MAX_RETRY_MS,
    embedded: {
      home: e.EMBEDDED_NEO4J_HOME,
      boltPort: e.EMBEDDED_NEO4J_BOLT_PORT,
      httpPort: e.EMBEDDED_NEO4J_HTTP_PORT,
      heap: e.EMBEDDED_NEO4J_HEAP,
      pagecache: e.EMBEDDED_NEO4J_PAGECACHE,
    },
    embeddedMaxRestarts: e.EMBEDDED_NEO4J_MAX_RESTARTS,
    deadlines: {
      livenessTimeoutMs: e.NEO4J_LIVENESS_TIMEOUT_MS,
      graceMs: e.NEO4J_DEADLINE_GRACE_MS,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
    },
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    token: e.CLAIMGRAPH_TOKEN ?? DEV_TOKEN,
    tokenIsDevDefault: !e.CLAIMGRAPH_TOKEN,
    readsRequireToken: e.READS_REQUIRE_TOKEN,
    seedOnEmpty: e.SEED_ON_EMPTY,
    queryPlanFile: queryPlanFile(e),
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    ingestTimeoutMs: e.INGEST_TIMEOUT_MS,
    maxPageSize: e.MAX_PAGE_SIZE,
    maxResultItems: e.MAX_RESULT_ITEMS,
    maxTraversalHops: e.MAX_TRAVERSAL_HOPS,
    maxSubgraphNodes: e.MAX_SUBGRAPH_NODES,
    limits: {
      depth: e.MAX_QUERY_DEPTH,
      cost: e.MAX_QUERY_COST,
      costListSize: e.QUERY_COST_LIST_SIZE,
      aliases: e.MAX_ALIASES,
      tokens: e.MAX_TOKENS,
      directives: e.MAX_DIRECTIVES,
      listItems: e.MAX_LIST_ITEMS,
      bodyLimit: e.BODY_LIMIT,
    },
    introspection: e.INTROSPECTION ?? !production,
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}
