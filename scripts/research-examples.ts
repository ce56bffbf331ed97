/**
 * Regenerates the "Research queries" section of docs/research-queries.md: for each research question, its GraphQL query, its
 * cypher/queries/ file, and the real output of both, run against the seed graph.
 *
 *   npx tsx scripts/research-examples.ts
 *
 * With NEO4J_URI (and NEO4J_PASSWORD, NEO4J_USER, NEO4J_DATABASE) it reads that database as it
 * is, which must hold the seed; without it, it starts a temporary embedded Neo4j on free
 * ports and loads the seed into it. It only reads; it never changes a database it did not start.
 */
import { cypherFile, type Database, type Row } from '../src/db';
import { declaredParamValues, QUERY_FILES } from '../src/data/research';
import { testServer } from '../test/support/server';
import { replaceDocSection } from './docSection';
import { withSeededDatabase } from './withSeededService';

interface Example {
  question: string;
  /** Extra words after the question: how GraphQL and the file answer it. */
  note?: string;
  graphql: string;
  file: string;
  /** Parameters changed from the file's defaults for the run shown (as a Browser user would). */
  overrides?: Record<string, unknown>;
  /** Further runs of the file with some parameters changed (e.g. a second date). */
  reruns?: Record<string, unknown>[];
}

const DEPLOYMENT = 'dprk-troops-to-russia';

const EXAMPLES: Example[] = [
  {
    question: 'Who accused North Korea of sending troops to Russia, and when?',
    note: 'Direct accusations are the claims and confirmations of the deployment statement; the file also lists claims of the statements that support it (`via`).',
    graphql: `{
  stanceBreakdown(statementId: "${DEPLOYMENT}") {
    claimed { actor { name } date { date precision text } }
    confirmed { actor { name } date { date precision text } }
    supportedBy { id stances(types: [CLAIMED, CONFIRMED]) { type actor { name } date { date precision } } }
  }
}`,
    file: QUERY_FILES.accusers,
  },
  {
    question: 'Who denied it, where, and in what words?',
    graphql: `{
  stanceBreakdown(statementId: "${DEPLOYMENT}") {
    denied { actor { name } date { date precision } venue event { name } quote }
    refutedBy { id stances { type actor { name } venue quote } }
  }
}`,
    file: QUERY_FILES.deniers,
  },
  {
    question: 'Who declined to confirm it?',
    graphql: `{
  stanceBreakdown(statementId: "${DEPLOYMENT}") {
    declinedToConfirm { actor { name } date { date precision text } paraphrase }
  }
}`,
    file: QUERY_FILES.declinedToConfirm,
  },
  {
    question: 'Which troop numbers were claimed, by whom, on which dates, in date order?',
    note: 'Figures given for the deployment and any of its parts (PART_OF), claimed or confirmed; the first `first` (100 by default, at most MAX_PAGE_SIZE).',
    graphql: `{
  figureTimeline(eventId: "dprk-troop-deployment-to-russia") {
    date { date precision text } figure { value unit approximate } actor { name } stance event { name }
  }
}`,
    file: QUERY_FILES.figureTimeline,
  },
  {
    question: 'Which statements refute or support which?',
    note: 'Chains of SUPPORTS / REFUTES links into the deployment claim, followed transitively (depth bounded); polarity is the net effect on the first statement.',
    graphql: `{
  linkChains(statementId: "${DEPLOYMENT}", direction: INCOMING, maxDepth: 3) {
    depth polarity statements { id } links { type from { id } to { id } }
  }
}`,
    file: QUERY_FILES.linkChains,
  },
  {
    question: 'What did Zelenskyy claim between 13 and 17 October 2024?',
    graphql: `{
  actorTimeline(actorId: "zelenskyy", from: "2024-10-13", to: "2024-10-17") {
    type date { date precision } statement { text } venue
  }
}`,
    file: QUERY_FILES.actorTimeline,
  },
  {
    question: 'Where does the DPRK denial come from (article, cited agency)?',
    note: "The records, a record's articles and its cited agencies return their first `first` (20 by default, at most MAX_PAGE_SIZE); `recordCount`, `articleCount` and `citedAgencyCount` hold how many there are in full. The file counts the stances, then orders and cuts them to `$first` before it reads their articles and relay chains.",
    graphql: `{
  provenance(statementId: "troop-accusations-are-groundless-rumours") {
    statement { text }
    recordCount
    records {
      stance { type actor { name } date { date precision } }
      articleCount articles { title published } citedAgencyCount citedAgencies { name }
      relayChain { name } origin { name }
    }
  }
}`,
    file: QUERY_FILES.provenance,
  },
  {
    question: 'Which claims are disputed (supported by some, denied or refuted by others)?',
    graphql: `{
  contestedStatements {
    statement { id }
    status
    claimed { actor { name } date { date precision } }
    confirmed { actor { name } date { date precision } }
    denied { actor { name } date { date precision } }
    supportedBy { id }
    refutedBy { id }
  }
}`,
    file: QUERY_FILES.contestedStatements,
  },
  {
    question: "The shortest connection between Kyrylo Budanov and the DPRK's UN representative",
    graphql: `{
  shortestPath(fromId: "kyrylo-budanov", toId: "dprk-un-representative", maxHops: 6) {
    length
    nodes { id labels caption }
    edges { type source target date { date precision } }
  }
}`,
    file: QUERY_FILES.shortestPath,
  },
  {
    question: "Each actor's stance on the deployment as of 2024-10-19, and as of 2024-10-22",
    note: 'A stance is on record as of day D when it had certainly been taken by D (`knownBy` ≤ D): "last week" (14-20 October) counts from the 20th; undated stances reported on the 22nd count from the 22nd.',
    graphql: `fragment Held on Stance { actor { name } date { date precision knownBy } }
{
  oct19: stanceBreakdown(statementId: "${DEPLOYMENT}", asOf: "2024-10-19") {
    status claimed { ...Held } confirmed { ...Held } denied { ...Held } declinedToConfirm { ...Held }
  }
  oct22: stanceBreakdown(statementId: "${DEPLOYMENT}", asOf: "2024-10-22") {
    status claimed { ...Held } confirmed { ...Held } denied { ...Held } declinedToConfirm { ...Held }
  }
}`,
    file: QUERY_FILES.stancesAsOf,
    reruns: [{ asOf: '2024-10-22' }],
  },
  {
    question: 'How many independent origins support the deployment claim?',
    note: "Speakers collapse through PART_OF, LEADS and REPRESENTS to their root actor; relays count with their origin. The origins and an origin's speakers return their first `first` (20 by default, at most MAX_PAGE_SIZE); `count` and `speakerCount` hold how many there are in full.",
    graphql: `{
  independentOrigins(statementId: "${DEPLOYMENT}") {
    count
    origins { root { name } speakerCount speakers { name } }
  }
}`,
    file: QUERY_FILES.independentOrigins,
  },
  {
    question:
      'Is the deployment claim contested, and what is the breakdown (claimed / confirmed / denied / declined to confirm), with the dates of each position?',
    note: 'Each list returns its first `first` items (20 by default, at most MAX_PAGE_SIZE); `counts` holds how many each has in full, so `supportedBy(first: 3)` shows 3 of 8. The file cuts each list to `$first` and returns the counts beside them.',
    graphql: `fragment Held on Stance { actor { name } date { date precision text } }
{
  stanceBreakdown(statementId: "${DEPLOYMENT}") {
    status
    counts { claimed confirmed denied declinedToConfirm positions supportedBy refutedBy }
    claimed { ...Held } confirmed { ...Held } denied { ...Held } declinedToConfirm { ...Held }
    supportedBy(first: 3) { id } refutedBy { id }
  }
}`,
    file: QUERY_FILES.stanceBreakdown,
  },
];

const DRAWING: Example = {
  question: 'The neighbourhood of the deployment claim, for drawing',
  graphql: `{
  neighbourhood(id: "${DEPLOYMENT}", depth: 1, limit: 8) {
    truncated
    nodes { id labels caption }
    edges { type source target }
  }
}`,
  file: QUERY_FILES.neighbourhood,
  overrides: { limit: 8 },
};

/** Columns that exist for Browser's graph view; shown by what they hold, not dumped. */
const GRAPH_COLUMNS = new Set(['path', 'chain', 'graphNodes', 'graphRelationships']);

function cell(column: string, value: unknown): string {
  if (GRAPH_COLUMNS.has(column)) {
    if (value === null) return 'null';
    return Array.isArray(value) ? `(${value.length} for the graph view)` : '(a path, for the graph view)';
  }
  const text = typeof value === 'string' ? value : oneLine(value);
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(rows: Row[]): string {
  if (rows.length === 0) return '_(no rows)_';
  const columns = Object.keys(rows[0] as Row);
  const lines = [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((c) => cell(c, row[c])).join(' | ')} |`),
  ];
  return lines.join('\n');
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0
      ? '{}'
      : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
  }
  // JSON.stringify answers undefined for undefined (and functions), whatever its type says.
  const stringify: (value: unknown) => string | undefined = JSON.stringify;
  return stringify(value) ?? 'null';
}

/** JSON with every object or list that fits in `width` characters kept on one line. */
function compactJson(value: unknown, indent = '', width = 96): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object' || flat.length + indent.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compactJson(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`).join(',\n')}\n${indent}}`;
}

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;
const paramText = (params: Record<string, unknown>) =>
  Object.entries(params)
    .map(([k, v]) => `:param ${k} => ${typeof v === 'string' ? `'${v}'` : JSON.stringify(v)};`)
    .join('\n');

async function section(
  db: Database,
  run: (q: string) => Promise<unknown>,
  title: string,
  example: Example,
): Promise<string> {
  const file = cypherFile(example.file);
  const params = await declaredParamValues(db, file);
  const parts = [`### ${title}. ${example.question}`, ...(example.note ? [example.note] : [])];
  parts.push('**GraphQL**', fence('graphql', example.graphql));
  parts.push('Output:', fence('json', compactJson(await run(example.graphql))));
  parts.push(
    `**Cypher** — [\`${example.file}\`](/${example.file}), run as is in Neo4j Browser (its \`:param\` lines set the defaults below).`,
    fence('cypher', file.declaredParams.map((p) => `:param ${p.name} => ${p.expression};`).join('\n')),
    ...(example.overrides ? [`With \`${paramText(example.overrides)}\`, output:`] : ['Output:']),
    table(await db.read(file.text, { ...params, ...example.overrides })),
  );
  for (const rerun of example.reruns ?? []) {
    parts.push(`With \`${paramText(rerun)}\`:`);
    parts.push(table(await db.read(file.text, { ...params, ...rerun })));
  }
  return parts.join('\n\n');
}

const INTRO = `
Every research question has a GraphQL field and a named, commented Cypher file in
[\`cypher/queries/\`](/cypher/queries). They are one query: the service loads each file
(\`cypherFile()\`) and runs its text with validated parameters, and Neo4j Browser runs the same
file as it is, its \`:param\` lines setting the defaults (Browser's multi-statement editor runs
them one after the other). Outputs below are real, captured from the seed graph by
\`npx tsx scripts/research-examples.ts\`, which regenerates this section.

Rules the queries share (docs/graph-model.md):
- **As of** day D: a stance is on record when \`knownBy <= D\`; a SUPPORTS / REFUTES link when its
  source statement had been claimed or confirmed by D. **Within** [from, to]: \`date >= from\` and
  \`knownBy <= to\`. Date order: \`date\`, then \`knownBy\`, then actor name.
- **Contested status**: CONTESTED when claimed, confirmed or supported and denied or refuted;
  ASSERTED / DENIED when only one side is on record; UNCONFIRMED when only declines to confirm
  are; UNADDRESSED when nothing is. Most contested first = larger smaller side, then more positions.
- **Independent origins**: a speaker collapses to its root actor along outgoing PART_OF, LEADS,
  REPRESENTS; a stance with \`relayOf\` counts for the relayed actor (and on along the relay chain).
- **Bounded**: depth, hops and limits are validated against \`MAX_TRAVERSAL_HOPS\`,
  \`MAX_SUBGRAPH_NODES\` and \`MAX_PAGE_SIZE\` (BAD_USER_INPUT naming the argument); unknown ids are
  NOT_FOUND; every query runs under the transaction timeout. Cypher takes no parameter in a
  quantifier, so each variable-length pattern carries a literal bound on a line marked
  \`// hop bound: $name\`; the service runs the file with that bound set to the validated value
  (one fixed text per value), and Browser runs it as written.

In Browser, \`cypher/style.grass\` gives each label a colour and caption (Actor blue, Agency green,
Statement amber by id, Event red, Article purple) and each relationship type a colour; the
embedded Neo4j applies it on connect. \`npx tsx scripts/browser-screenshot.ts\` runs query files in
Browser in headless Chromium and saves these:

![Q9 in Neo4j Browser](/docs/screenshots/q09-shortest-path.png)
![Q5 in Neo4j Browser](/docs/screenshots/q05-link-chains.png)
![The deployment claim's neighbourhood in Neo4j Browser](/docs/screenshots/neighbourhood.png)`;

async function main(): Promise<void> {
  await withSeededDatabase(async (db) => {
    const server = await testServer(db);
    const run = async (query: string) => {
      const { data, errors } = await server.run(query);
      if (errors) throw new Error(`GraphQL errors for ${query}:\n${JSON.stringify(errors, null, 2)}`);
      return data;
    };
    const sections = [INTRO];
    try {
      for (const [i, example] of EXAMPLES.entries())
        sections.push(await section(db, run, `Q${i + 1}`, example));
      sections.push(await section(db, run, 'Drawing', DRAWING));
    } finally {
      await server.stop();
    }
    const done = replaceDocSection(
      'docs/research-queries.md',
      'research-examples',
      `<!-- generated by scripts/research-examples.ts (npm run docs); do not edit by hand -->\n\n${sections.join('\n\n')}`,
    );
    console.log(done);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
