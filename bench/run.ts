/**
 * Read-latency benchmark: the same questions asked as raw Cypher through neo4j-driver (the
 * floor), through claimgraph (in-process and over HTTP) and through `@neo4j/graphql`, on one
 * Neo4j in one run. Verifies every way returns the same data before timing anything.
 *
 *   npx tsx bench/run.ts            (starts an embedded Neo4j on free ports; or set NEO4J_URI)
 *
 * Environment: BENCH_SCALE (dataset factor, default 1), BENCH_SEQ_MS / BENCH_CONC_MS (time
 * budget per variant and pass), BENCH_CONCURRENCY (default 8), BENCH_NEO4J_HEAP / _PAGECACHE,
 * BENCH_RESET=1 (with NEO4J_URI: wipe that database first), BENCH_QUESTIONS=Q1,Q3 (a subset),
 * BENCH_LOG_LEVEL (claimgraph's logs, default silent), BENCH_PROFILE=Q3 (after timing,
 * CPU-profile claimgraph and @neo4j/graphql on those questions, into
 * .tmp/bench-<Q>-<variant>.cpuprofile). Writes bench/results/latest.json and latest.md.
 * See docs/benchmarks.md. No timing assertions: the numbers are for reading.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadConfig, type Config, type Neo4jTarget } from '../src/config';
import { Database, applySchema } from '../src/db';
import { freePort } from '../src/embedded/freePort';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/embedded/startEmbeddedNeo4j';
import { ingestBundle } from '../src/ingest/ingestBundle';
import { loadSeed } from '../src/ingest/loadSeed';
import { repoPath } from '../src/paths';
import { scaledSize, syntheticBundles } from './dataset/syntheticBundles';
import { runConcurrent, runSequential, summarise, type Budget, type Operation } from './measure';
import { profileOperation } from './profile';
import { buildQuestions, type Question, type QuestionParams } from './questions';
import { toMarkdown, type BenchResults, type QuestionResult, type VariantResult } from './report';
import { buildVariants, type Answer, type VariantName, type Variants } from './variants/variants';

const env = process.env;
const num = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
const SETTINGS = {
  scale: num('BENCH_SCALE', 1),
  concurrency: num('BENCH_CONCURRENCY', 8),
  sequentialRounds: 2,
  warmupMs: num('BENCH_WARMUP_MS', 500),
  sequentialMs: num('BENCH_SEQ_MS', 1200),
  concurrentMs: num('BENCH_CONC_MS', 1200),
  minSequential: 6,
  maxSequential: 400,
  minConcurrent: 16,
  maxConcurrent: 800,
  pageSize: 20,
};
const profiled = env.BENCH_PROFILE?.split(',').map((id) => id.trim()) ?? [];
const RESERVED_PORTS = new Set([7474, 7687, 4000]);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 10) / 10);
  const { target, embedded, cleanup } = await neo4jTarget();
  const ingestDb = Database.connect(target, { queryTimeoutMs: 600_000 });
  const config = benchConfig(target);
  const serviceDb = Database.connect(target, {
    queryTimeoutMs: config.queryTimeoutMs,
    maxPoolSize: config.neo4jMaxPoolSize,
  });
  let variants: Variants | undefined;
  try {
    await ingestDb.waitUntilReachable(60_000);
    const ingestSeconds = await loadDataset(ingestDb, embedded !== undefined);
    const dataset = await datasetSizes(ingestDb);
    log(`dataset: ${JSON.stringify(dataset)}`);

    variants = await buildVariants(target, serviceDb, config);
    const params = await pickParameters(variants);
    log(`parameters: ${JSON.stringify(params)}`);
    const only = env.BENCH_QUESTIONS?.split(',').map((id) => id.trim());
    const questions = buildQuestions(params).filter((q) => !only || only.includes(q.id));

    const verified = await verify(questions, variants);
    const results: QuestionResult[] = [];
    for (const q of questions) results.push(await measureQuestion(q, variants, verified.get(q.id) as number));
    for (const q of questions.filter((x) => profiled.includes(x.id))) await profileQuestion(q, variants);

    const [component] = await ingestDb.read(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    const report: BenchResults = {
      generatedAt: new Date().toISOString(),
      command: 'npx tsx bench/run.ts',
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 10) / 10),
      },
      neo4j: {
        version: String(component?.version),
        edition: String(component?.edition),
        uri: embedded ? 'embedded (bolt on a free loopback port)' : target.uri,
        embedded: embedded !== undefined,
      },
      dataset: { ...dataset, ingestSeconds },
      settings: { ...SETTINGS },
      questions: results,
    };
    const markdown = toMarkdown(report);
    mkdirSync(repoPath('bench', 'results'), { recursive: true });
    writeFileSync(repoPath('bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(repoPath('bench', 'results', 'latest.md'), `${markdown}\n`);
    process.stdout.write(`\n${markdown}\n\n`);
    log(
      `done in ${((performance.now() - started) / 1000).toFixed(0)} s; wrote bench/results/latest.json and latest.md`,
    );
  } finally {
    await variants?.close();
    await serviceDb.close();
    await ingestDb.close();
    await cleanup();
  }
}

/** One embedded Neo4j on free ports in .tmp/ (removed afterwards), or NEO4J_URI's. */
async function neo4jTarget(): Promise<{
  target: Neo4jTarget;
  embedded?: EmbeddedNeo4j;
  cleanup(): Promise<void>;
}> {
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new Error('NEO4J_PASSWORD is required with NEO4J_URI');
    const target = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE ?? 'neo4j',
    };
    log(`using NEO4J_URI ${target.uri} (database ${target.database})`);
    return { target, cleanup: async () => undefined };
  }
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), 'neo4j-bench-'));
  const boltPort = await benchPort();
  const httpPort = await benchPort();
  log(`starting embedded Neo4j (bolt ${boltPort}, http ${httpPort}) in ${path.relative(repoPath(), home)}`);
  const neo4j = await startEmbeddedNeo4j({
    home,
    boltPort,
    httpPort,
    heap: env.BENCH_NEO4J_HEAP ?? '1g',
    pagecache: env.BENCH_NEO4J_PAGECACHE ?? '512m',
    password: 'claimgraph-bench',
  });
  const remove = () => rmSync(home, { recursive: true, force: true });
  return {
    target: { uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password, database: 'neo4j' },
    embedded: neo4j,
    cleanup: async () => {
      await neo4j.stop();
      remove();
    },
  };
}

/** A free port that is none of the well-known ones a developer's own services may want. */
async function benchPort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!RESERVED_PORTS.has(port)) return port;
  }
}

/**
 * The service's production configuration, pointed at the benchmark's Neo4j, logs silenced.
 * Two limits are raised, to measure the read path rather than a refusal: Q3 (100 actors,
 * four levels) is priced at ~67,500 by the query-cost limit (default 20,000), and on a busy
 * 2-core machine its concurrent pass can pass the 5 s transaction timeout.
 */
function benchConfig(target: Neo4jTarget): Config {
  return loadConfig({
    MAX_QUERY_COST: '200000',
    QUERY_TIMEOUT_MS: '30000',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    CLAIMGRAPH_TOKEN: 'bench-token-not-a-secret',
  });
}

/**
 * Schema, seed, then the synthetic scale-up, all through the real ingestion path
 * (`ingestBundle`, as the CLI and the mutation use it). Idempotent, so with NEO4J_URI a second
 * run adds nothing; an embedded database starts empty.
 */
async function loadDataset(db: Database, fresh: boolean): Promise<number> {
  if (!fresh && env.BENCH_RESET === '1') {
    log('BENCH_RESET=1: deleting everything in the target database');
    await db.write('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  }
  await applySchema(db);
  await loadSeed(db);
  const size = scaledSize(SETTINGS.scale);
  const bundles = syntheticBundles(size);
  log(`ingesting ${bundles.length} synthetic bundles (${JSON.stringify(size)}) through ingestBundle`);
  const t0 = performance.now();
  const each: number[] = [];
  for (const bundle of bundles) {
    const t = performance.now();
    await ingestBundle(db, bundle, { timeoutMs: 600_000 });
    each.push(performance.now() - t);
    if (each.length % 5 === 0)
      log(`  ${each.length}/${bundles.length} bundles (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const per = summarise(each);
  log(
    `ingested in ${seconds.toFixed(1)} s (per bundle: median ${per.medianMs.toFixed(0)} ms, max ${per.maxMs.toFixed(0)} ms)`,
  );
  return Math.round(seconds * 10) / 10;
}

async function datasetSizes(
  db: Database,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes = await db.read(
    'UNWIND ["Actor", "Agency", "Statement", "Event", "Article"] AS label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n } RETURN label, n',
  );
  const rels = await db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type');
  return {
    nodes: Object.fromEntries(nodes.map((r) => [String(r.label), Number(r.n)])),
    relationships: Object.fromEntries(rels.map((r) => [String(r.type), Number(r.n)])),
  };
}

/** Picks the busiest nodes (so nested fields have many children), and each API's page-2 cursor. */
async function pickParameters(v: Variants): Promise<QuestionParams> {
  const one = async (cypher: string) => {
    const rows = (await v.raw(cypher, {})).data as Record<string, unknown>[];
    if (!rows[0]) throw new Error(`no row for parameter query: ${cypher}`);
    return String(rows[0].id);
  };
  const hubStatementId = await one(
    'MATCH (s:Statement) RETURN s.id AS id ORDER BY COUNT { (s)<-[:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM]-() } DESC, id LIMIT 1',
  );
  const hubActorId = await one(
    'MATCH (a:Actor) RETURN a.id AS id ORDER BY COUNT { (a)-[:CLAIMED]->() } DESC, id LIMIT 1',
  );
  const linkedStatementId = await one(
    'MATCH (s:Statement) RETURN s.id AS id ORDER BY COUNT { (s)<-[:SUPPORTS|REFUTES]-() } DESC, id LIMIT 1',
  );
  const base: QuestionParams = {
    hubStatementId,
    hubActorId,
    linkedStatementId,
    lookupActorId: 'north-korea',
    range: { from: '2024-03-01', to: '2024-09-30' },
    globalRange: { from: '2024-06-01', to: '2024-06-30' },
    pageSize: SETTINGS.pageSize,
    page2After: { claimgraph: null, neo4jGraphql: null },
  };
  // Page 1 in each API gives the cursor that API hands out for "after the 20th row".
  const q2 = buildQuestions(base).find((q) => q.id === 'Q2') as Question;
  const cgCursor = await v.claimgraph(
    q2.claimgraph.query.replace('totalCount', 'totalCount pageInfo { endCursor }'),
    q2.claimgraph.variables,
  );
  const ngCursor = await v.neo4jGraphql(
    (q2.neo4jGraphql as NonNullable<Question['neo4jGraphql']>).query.replace(
      'totalCount',
      'totalCount pageInfo { endCursor }',
    ),
    (q2.neo4jGraphql as NonNullable<Question['neo4jGraphql']>).variables,
  );
  type Paged = { endCursor?: string | null };
  const cgEnd = ((cgCursor.data as { stances: { pageInfo: Paged } }).stances.pageInfo.endCursor ?? null) as
    string | null;
  const ngEnd = ((ngCursor.data as { actors: { claimedConnection: { pageInfo: Paged } }[] }).actors[0]
    ?.claimedConnection.pageInfo.endCursor ?? null) as string | null;
  return { ...base, page2After: { claimgraph: cgEnd, neo4jGraphql: ngEnd } };
}

interface Way {
  variant: VariantName;
  op: () => Promise<Answer>;
  normalise(data: unknown): unknown;
}

function waysOf(q: Question, v: Variants): Way[] {
  const ways: Way[] = [
    {
      variant: 'raw-cypher',
      op: () => v.raw(q.raw.cypher, q.raw.params),
      normalise: (d) => q.raw.normalise(d as Record<string, unknown>[]),
    },
    {
      variant: 'claimgraph',
      op: () => v.claimgraph(q.claimgraph.query, q.claimgraph.variables),
      normalise: (d) => q.claimgraph.normalise(d as Record<string, unknown>),
    },
    {
      variant: 'claimgraph-http',
      op: () => v.claimgraphHttp(q.claimgraph.query, q.claimgraph.variables),
      normalise: (d) => q.claimgraph.normalise(d as Record<string, unknown>),
    },
  ];
  const ng = q.neo4jGraphql;
  if (ng) {
    ways.push({
      variant: '@neo4j/graphql',
      op: () => v.neo4jGraphql(ng.query, ng.variables),
      normalise: (d) => ng.normalise(d as Record<string, unknown>),
    });
  }
  return ways;
}

/** Runs every way once and insists the normalised answers are equal and not empty. */
async function verify(questions: Question[], v: Variants): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const q of questions) {
    const ways = waysOf(q, v);
    const answers = [];
    for (const way of ways) answers.push({ way, canonical: way.normalise((await way.op()).data) });
    const floor = answers[0]?.canonical;
    for (const { way, canonical } of answers.slice(1)) {
      if (!isDeepStrictEqual(canonical, floor)) {
        const where = firstDifference(floor, canonical, '$');
        throw new Error(
          `${q.id}: ${way.variant} does not return the same data as raw-cypher (first difference at ${where})`,
        );
      }
    }
    const size = q.size(floor);
    if (size === 0) throw new Error(`${q.id}: the answer is empty; the benchmark would measure nothing`);
    sizes.set(q.id, size);
    log(`${q.id} verified: ${ways.map((w) => w.variant).join(', ')} return the same ${size} item(s)`);
  }
  return sizes;
}

function firstDifference(a: unknown, b: unknown, at: string): string {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (!isDeepStrictEqual(a[i], b[i])) return firstDifference(a[i], b[i], `${at}[${i}]`);
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const x = (a as Record<string, unknown>)[k];
      const y = (b as Record<string, unknown>)[k];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${k}`);
    }
  }
  return `${at}: expected ${JSON.stringify(a)?.slice(0, 200)}, got ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * Warm-up, then the sequential pass in interleaved rounds (ABBA order, so drift in a shared
 * machine does not favour whoever runs first), then the concurrent pass per variant.
 */
async function measureQuestion(q: Question, v: Variants, answerSize: number): Promise<QuestionResult> {
  const ways = waysOf(q, v);
  const trips = new Map<VariantName, Set<number>>();
  const dbMs = new Map<VariantName, number[]>();
  const errors = new Map<VariantName, { count: number; first: string }>();
  const timed =
    (way: Way, sequential = false): Operation =>
    async () => {
      let answer: Answer;
      try {
        answer = await way.op();
      } catch (error) {
        // Counted and reported (the latency stays in the sample: the client waited that long).
        const seen = errors.get(way.variant);
        errors.set(way.variant, { count: (seen?.count ?? 0) + 1, first: seen?.first ?? String(error) });
        return;
      }
      if (answer.roundTrips !== undefined) {
        const set = trips.get(way.variant) ?? new Set<number>();
        set.add(answer.roundTrips);
        trips.set(way.variant, set);
      }
      if (sequential && answer.dbMs !== undefined)
        dbMs.set(way.variant, [...(dbMs.get(way.variant) ?? []), answer.dbMs]);
    };
  const warm: Budget = { budgetMs: SETTINGS.warmupMs, min: 3, max: 50 };
  for (const way of ways) await runSequential(timed(way), warm);

  const rounds = SETTINGS.sequentialRounds;
  const perRound: Budget = {
    budgetMs: SETTINGS.sequentialMs / rounds,
    min: Math.ceil(SETTINGS.minSequential / rounds),
    max: Math.ceil(SETTINGS.maxSequential / rounds),
  };
  const sequential = new Map<VariantName, number[]>();
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ways : [...ways].reverse();
    for (const way of order) {
      const latencies = await runSequential(timed(way, true), perRound);
      sequential.set(way.variant, [...(sequential.get(way.variant) ?? []), ...latencies]);
    }
  }

  const concurrentBudget: Budget = {
    budgetMs: SETTINGS.concurrentMs,
    min: SETTINGS.minConcurrent,
    max: SETTINGS.maxConcurrent,
  };
  const variants: VariantResult[] = [];
  for (const way of ways) {
    const { latencies, wallMs } = await runConcurrent(timed(way), SETTINGS.concurrency, concurrentBudget);
    variants.push({
      variant: way.variant,
      sequential: summarise(sequential.get(way.variant) ?? []),
      concurrent: summarise(latencies, wallMs),
      roundTrips: trips.has(way.variant)
        ? [...(trips.get(way.variant) as Set<number>)].sort((a, b) => a - b)
        : null,
      dbMedianMs: dbMs.has(way.variant) ? summarise(dbMs.get(way.variant) as number[]).medianMs : null,
    });
  }
  const line = variants
    .map(
      (r) =>
        `${r.variant} ${r.sequential.medianMs.toFixed(1)} ms / ${r.concurrent.opsPerSec.toFixed(0)} ops/s`,
    )
    .join(' | ');
  log(`${q.id} ${line}`);
  return {
    id: q.id,
    title: q.title,
    shape: q.shape,
    answerSize,
    variants,
    notes: [
      ...(q.whyNoNeo4jGraphql ? [`@neo4j/graphql not measured: ${q.whyNoNeo4jGraphql}.`] : []),
      ...[...errors].map(
        ([variant, e]) => `${variant}: ${e.count} operation(s) failed while timed (first: ${e.first}).`,
      ),
    ],
  };
}

/** CPU profiles of claimgraph and @neo4j/graphql answering `q` a few times, with self time per code area. */
async function profileQuestion(q: Question, v: Variants): Promise<void> {
  const ng = q.neo4jGraphql;
  const targets: [string, () => Promise<unknown>][] = [
    ['claimgraph', () => v.claimgraph(q.claimgraph.query, q.claimgraph.variables)],
    ...(ng
      ? [['neo4j-graphql', () => v.neo4jGraphql(ng.query, ng.variables)] as [string, () => Promise<unknown>]]
      : []),
  ];
  for (const [name, op] of targets) {
    const file = repoPath('.tmp', `bench-${q.id}-${name}.cpuprofile`);
    const areas = await profileOperation(op, 8, file);
    const top = areas
      .slice(0, 12)
      .map((a) => `${a.area} ${a.percent.toFixed(1)}%`)
      .join(', ');
    log(`${q.id} ${name} CPU profile (${path.relative(repoPath(), file)}): ${top}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
