/**
 * `npm run bench`: claimgraph against its floor and against @neo4j/graphql, on one Neo4j and one
 * corpus, interleaved, at concurrency 1 and 32. See docs/benchmarks.md.
 *
 * 1. Neo4j with the corpus (bench/dataset/corpus.ts, 200,000 statements by default) ingested by
 *    the CLI, from the .cache/bench/ store when one matches (bench/support/corpusStore.ts).
 * 2. claimgraph (src/index.ts, production mode) as its own process with CLAIMGRAPH_QUERY_LOG on:
 *    each operation is asked twice to warm up, then once more to capture the exact Cypher it
 *    sends. That process stops; the floor replays the captured Cypher (bench/floor.ts).
 * 3. claimgraph (log off) and @neo4j/graphql (bench/variants/neo4jGraphqlServer.ts) start as
 *    their own processes. Every operation's answer is checked: claimgraph = @neo4j/graphql after
 *    normalisation (bench/operations.ts), and the floor returns the rows claimgraph got.
 * 4. Per concurrency, the fixed cost of a request with no Cypher (`{ __typename }`) on both
 *    services and on a bare node:http server (bench/variants/bareHttpServer.ts), the least any
 *    Node HTTP service costs (`stack`, unless --skip-stack). Then per operation and concurrency, `rounds`
 *    rounds each run floor, claimgraph and @neo4j/graphql in rotating order from the load worker
 *    (bench/load/worker.ts, its own process: autocannon for HTTP, driver loops for the floor);
 *    peak RSS sampled from /proc.
 * 5. bench/results/latest.json and latest.md; the table in docs/benchmarks.md between markers.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Command } from 'commander';
import { repoPath } from '../src/paths';
import { corpusIds, corpusSizes, GENERATOR_VERSION } from './dataset/corpus';
import { floorDriver, plain, planFromLog, replay, type FloorPlan, type LoggedQuery } from './floor';
import type { LoadJob } from './load/worker';
import { buildOperations, OPERATION_IDS, type Operation, type OperationParams } from './operations';
import {
  renderMarkdown,
  updateDocs,
  type BenchReport,
  type Cell,
  type OperationReport,
  type StackCell,
} from './report';
import { corpusNeo4j } from './support/corpusStore';
import { benchPort, type BenchNeo4j } from './support/neo4j';
import { firstDifference, stringLeaves } from './support/normalise';
import {
  compileServices,
  graphql,
  startLoadWorker,
  startService,
  type LoadWorker,
  type Service,
} from './support/processes';
import { PeakRss } from './support/proc';
import { ratio, summarise, type LatencyStats } from './support/stats';

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const VARIANTS = ['floor', 'claimgraph', 'neo4jGraphql'] as const;
type Variant = (typeof VARIANTS)[number];
/** The services over HTTP. */
const SERVICES = ['claimgraph', 'neo4jGraphql'] as const;
/** What the fixed cost of a request is measured on: the services and a bare node:http server. */
const STACK_VARIANTS = [...SERVICES, 'bareHttp'] as const;
type StackVariant = (typeof STACK_VARIANTS)[number];
/** A request that every GraphQL server answers without a resolver or a database round trip. */
const STACK_BODY = JSON.stringify({ query: '{ __typename }' });
const QUERY_TIMEOUT_MS = 30_000;

interface Options {
  statements: number;
  duration: number;
  warmup: number;
  jitWarmup: number;
  rounds: number;
  concurrency: number[];
  ops: string[];
  stack: boolean;
  cache: boolean;
  docs: boolean;
}

function options(): Options {
  const list = (v: string) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const o = new Command('bench')
    .description('Read benchmark: floor vs claimgraph vs @neo4j/graphql (docs/benchmarks.md)')
    .option('--statements <n>', 'corpus size in statements', (v) => Number(v), 200_000)
    .option('--scale <f>', 'corpus size as a fraction of 200,000 statements (overrides --statements)', Number)
    .option('--duration <s>', 'measured seconds per operation, variant and concurrency', Number, 8)
    .option('--warmup <s>', 'warm-up seconds before each measured run', Number, 1)
    .option(
      '--jit-warmup <s>',
      'seconds of load per variant, over all operations, before any measuring',
      Number,
      20,
    )
    .option('--rounds <n>', 'interleaved rounds the duration is split into', Number, 2)
    .option('--concurrency <list>', 'concurrency levels', '1,32')
    .option('--ops <list>', `operations (${OPERATION_IDS.join(',')})`, OPERATION_IDS.join(','))
    .option('--skip-stack', 'do not measure the fixed cost of a request with no Cypher (`{ __typename }`)')
    .option('--no-cache', 'ingest the corpus even when a cached store matches')
    .option('--no-docs', 'do not rewrite the table in docs/benchmarks.md')
    .parse(process.argv)
    .opts<{
      statements: number;
      scale?: number;
      duration: number;
      warmup: number;
      jitWarmup: number;
      rounds: number;
      concurrency: string;
      ops: string;
      skipStack?: boolean;
      cache: boolean;
      docs: boolean;
    }>();
  return {
    statements: o.scale === undefined ? o.statements : Math.round(200_000 * o.scale),
    duration: o.duration,
    warmup: o.warmup,
    jitWarmup: o.jitWarmup,
    rounds: Math.max(1, Math.floor(o.rounds)),
    concurrency: list(o.concurrency).map(Number),
    ops: list(o.ops),
    stack: !o.skipStack,
    cache: o.cache,
    docs: o.docs,
  };
}

const claimgraphEnv = (neo4j: BenchNeo4j, extra: Record<string, string> = {}): Record<string, string> => ({
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  NEO4J_URI: neo4j.target.uri,
  NEO4J_USER: neo4j.target.user,
  NEO4J_PASSWORD: neo4j.target.password,
  NEO4J_DATABASE: neo4j.target.database,
  CLAIMGRAPH_TOKEN: 'bench-token-not-a-secret',
  SEED_ON_EMPTY: 'false',
  INTROSPECTION: 'true',
  // Measure the read path, not a refusal: the deep operation is priced far above the default
  // cost limit by the old cost model, and a busy 2-core machine can pass 5 s at concurrency 32.
  MAX_QUERY_COST: '10000000',
  // The deep operation asks `first: 100` at two nested levels (so that no list is cut and the
  // answers equal @neo4j/graphql's, which has no such bound): 1,010,100 possible items.
  MAX_RESULT_ITEMS: '2000000',
  QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
  ...extra,
});

async function main(): Promise<void> {
  const opts = options();
  const started = performance.now();
  const loadAtStart = os.loadavg().map((l) => Number(l.toFixed(2)));
  log(`load average at start: ${loadAtStart.join(' ')}; ${JSON.stringify(opts)}`);
  log('compiling claimgraph and the @neo4j/graphql variant with tsc, as deployed');
  compileServices();
  const corpus = { statements: opts.statements };
  const { neo4j, ingest, cacheKey } = await corpusNeo4j(corpus, { useCache: opts.cache, log });
  const cleanup: (() => Promise<void>)[] = [() => neo4j.dispose()];
  try {
    const driver = floorDriver(neo4j.target);
    cleanup.unshift(() => driver.close());
    const dataset = await datasetCounts(neo4j);
    log(`dataset: ${JSON.stringify(dataset)}`);

    // Capture: claimgraph with the query log on.
    const logFile = repoPath('.tmp', `bench-query-log-${process.pid}.jsonl`);
    writeFileSync(logFile, '');
    const capture = await startService(
      'claimgraph (capture)',
      'src/index.ts',
      claimgraphEnv(neo4j, { CLAIMGRAPH_QUERY_LOG: logFile }),
      await benchPort(),
      '/ready',
    );
    let ops: Operation[];
    const plans = new Map<string, FloorPlan>();
    try {
      ops = (await operationsFor(capture.url)).filter((o) => opts.ops.includes(o.id));
      for (const op of ops) {
        for (let i = 0; i < 2; i++) await graphql(capture.url, op.claimgraph.query, op.claimgraph.variables);
        const from = statSync(logFile).size;
        await graphql(capture.url, op.claimgraph.query, op.claimgraph.variables);
        const lines = readFileSync(logFile).subarray(from).toString('utf8').split('\n').filter(Boolean);
        const queries = lines.map((l) => JSON.parse(l) as LoggedQuery);
        plans.set(op.id, planFromLog(queries, QUERY_TIMEOUT_MS));
        log(
          `${op.id}: captured ${queries.length} round trip(s) in ${plans.get(op.id)?.groups.length} step(s)`,
        );
      }
    } finally {
      await capture.stop();
      rmSync(logFile, { force: true });
    }

    const claimgraph = await startService(
      'claimgraph',
      'src/index.ts',
      claimgraphEnv(neo4j),
      await benchPort(),
      '/ready',
    );
    cleanup.unshift(() => claimgraph.stop());
    const ng = await startService(
      '@neo4j/graphql',
      'bench/variants/neo4jGraphqlServer.ts',
      {
        NEO4J_URI: neo4j.target.uri,
        NEO4J_USER: neo4j.target.user,
        NEO4J_PASSWORD: neo4j.target.password,
        NEO4J_DATABASE: neo4j.target.database,
      },
      await benchPort(),
      '/graphql',
    );
    cleanup.unshift(() => ng.stop());

    const verified = new Map<string, string>();
    for (const op of ops)
      verified.set(op.id, await verify(op, claimgraph, ng, driver, neo4j, plans.get(op.id) as FloorPlan));

    const worker = startLoadWorker();
    cleanup.unshift(() => worker.stop());
    await warmUpAll(ops, opts.jitWarmup, { claimgraph, ng, worker, neo4j, plans });
    const stack: Record<string, StackCell> = {};
    if (opts.stack) {
      const bare = await startService(
        'bare node:http',
        'bench/variants/bareHttpServer.ts',
        {},
        await benchPort(),
        '/',
      );
      try {
        for (const c of opts.concurrency)
          stack[String(c)] = await measureStack(c, opts, { claimgraph, ng, bare, worker, neo4j, driver });
      } finally {
        await bare.stop();
      }
    }
    const reports: OperationReport[] = [];
    for (const op of ops) {
      const cells: Record<string, Cell> = {};
      for (const c of opts.concurrency)
        cells[String(c)] = await measure(op, c, opts, minWindowSec(c, cells['1']), {
          claimgraph,
          ng,
          worker,
          neo4j,
          driver,
          plan: plans.get(op.id) as FloorPlan,
        });
      const plan = plans.get(op.id) as FloorPlan;
      reports.push({
        id: op.id,
        title: op.title,
        verified: verified.get(op.id) as string,
        claimgraphRoundTrips: plan.groups.reduce((n, g) => n + g.length, 0),
        claimgraphSteps: plan.groups.length,
        cells,
      });
    }

    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      durationSec: 0,
      machine: {
        cores: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
      },
      neo4j: dataset.neo4j,
      dataset: {
        generatorVersion: GENERATOR_VERSION,
        ...corpusSizes(corpus),
        nodes: dataset.nodes,
        relationships: dataset.relationships,
        supernodeStances: dataset.supernodeStances,
        store: cacheKey,
        ingest: ingest
          ? { seconds: Math.round(ingest.seconds), peakRssMb: ingest.peakRssMb }
          : 'cached store',
      },
      settings: { ...opts, queryTimeoutMs: QUERY_TIMEOUT_MS },
      ...(opts.stack ? { stack } : {}),
      operations: reports,
    };
    report.durationSec = Math.round((performance.now() - started) / 1000);
    const markdown = renderMarkdown(report);
    mkdirSync(repoPath('bench', 'results'), { recursive: true });
    writeFileSync(repoPath('bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(repoPath('bench', 'results', 'latest.md'), `${markdown}\n`);
    if (opts.docs) updateDocs(markdown);
    process.stdout.write(`\n${markdown}\n`);
    log(
      `done in ${report.durationSec} s; wrote bench/results/latest.json and latest.md${opts.docs ? ' and the table in docs/benchmarks.md' : ''}`,
    );
  } finally {
    for (const step of cleanup) await step().catch((e: unknown) => log(`cleanup: ${String(e)}`));
  }
}

/** The operations with parameters taken from the corpus and this schema's nested `first` args. */
async function operationsFor(url: string): Promise<Operation[]> {
  const schema = (await graphql(url, '{ __schema { types { name fields { name args { name } } } } }')) as {
    __schema: { types: { name: string; fields: { name: string; args: { name: string }[] }[] | null }[] };
  };
  const nestedFirst = new Set<string>();
  for (const t of schema.__schema.types)
    for (const f of t.fields ?? [])
      if (f.args.some((a) => a.name === 'first')) nestedFirst.add(`${t.name}.${f.name}`);
  const ids = corpusIds();
  const params: OperationParams = {
    lookupActorId: ids.actor(7),
    supernodeId: ids.state(0),
    hubStatementId: ids.statement(0),
    breakdownStatementId: ids.statement(5),
    pathFromId: ids.actor(1),
    pathToId: ids.actor(2),
    searchWord: 'Falcon',
    range: { from: '2024-03-01', to: '2024-09-30' },
    asOf: '2024-07-01',
    contestedAsOf: '2024-01-31',
    pageSize: 20,
    after: { claimgraph: null, neo4jGraphql: null },
    nestedFirst,
  };
  // Page 1's end cursor in each API, for the list operation's page 2.
  const list = buildOperations(params).find((o) => o.id === 'list') as Operation;
  const cg = (await graphql(
    url,
    list.claimgraph.query.replace('totalCount', 'totalCount pageInfo { endCursor }'),
    list.claimgraph.variables,
  )) as {
    stances: { pageInfo: { endCursor: string | null } };
  };
  params.after.claimgraph = cg.stances.pageInfo.endCursor;
  params.after.neo4jGraphql = '__neo4jGraphql__';
  return buildOperations(params);
}

/** Replaces the @neo4j/graphql page-2 cursor placeholder with the one its page 1 returns. */
async function resolveNgCursor(op: Operation, ng: Service): Promise<void> {
  if (op.neo4jGraphql.variables.after !== '__neo4jGraphql__') return;
  const page1 = (await graphql(
    ng.url,
    op.neo4jGraphql.query.replace('totalCount', 'totalCount pageInfo { endCursor }'),
    {
      ...op.neo4jGraphql.variables,
      after: null,
    },
  )) as { actors: { claimedConnection: { pageInfo: { endCursor: string | null } } }[] };
  op.neo4jGraphql.variables.after = page1.actors[0]?.claimedConnection.pageInfo.endCursor ?? null;
}

/** claimgraph = @neo4j/graphql (normalised), and the floor gets the rows claimgraph got. */
async function verify(
  op: Operation,
  cg: Service,
  ng: Service,
  driver: ReturnType<typeof floorDriver>,
  neo4j: BenchNeo4j,
  plan: FloorPlan,
): Promise<string> {
  await resolveNgCursor(op, ng);
  const cgData = await graphql(cg.url, op.claimgraph.query, op.claimgraph.variables);
  const ngData = await graphql(ng.url, op.neo4jGraphql.query, op.neo4jGraphql.variables);
  const a = op.fromClaimgraph(cgData);
  const b = op.fromNeo4jGraphql(ngData);
  const difference = firstDifference(a, b);
  if (difference) throw new Error(`${op.id}: claimgraph and @neo4j/graphql differ at ${difference}`);
  const size = JSON.stringify(a).length;
  if (size < 20) throw new Error(`${op.id}: the answer is (nearly) empty: ${JSON.stringify(a)}`);

  const results = await replay(driver, neo4j.target.database, plan);
  const logged = plan.groups.flat();
  results.forEach((rows, i) => {
    const expected = logged[i]?.rows;
    if (expected !== undefined && rows.length !== expected)
      throw new Error(
        `${op.id}: the floor's round trip ${i + 1} returned ${rows.length} rows, claimgraph got ${expected}`,
      );
  });
  const floorLeaves = stringLeaves(plain(results));
  const missing = [...stringLeaves(cgData)].filter((s) => !floorLeaves.has(s));
  const note = missing.length
    ? `; ${missing.length} string(s) of claimgraph's answer not in the floor's rows (computed), e.g. ${JSON.stringify(missing.slice(0, 2))}`
    : '';
  const line = `claimgraph = @neo4j/graphql (${size} bytes canonical); floor rows = claimgraph's rows${note}`;
  log(`${op.id} verified: ${line}`);
  return line;
}

interface MeasureContext {
  claimgraph: Service;
  ng: Service;
  /** The bare node:http server, while the stack is measured. */
  bare?: Service;
  worker: LoadWorker;
  neo4j: BenchNeo4j;
  plan: FloorPlan;
  driver: ReturnType<typeof floorDriver>;
}

function loadJob(
  variant: Variant,
  op: Operation,
  connections: number,
  seconds: number,
  warmupSec: number,
  ctx: Omit<MeasureContext, 'driver'>,
): LoadJob {
  return variant === 'floor'
    ? {
        kind: 'floor',
        target: ctx.neo4j.target,
        plan: ctx.plan,
        connections,
        durationSec: seconds,
        warmupSec,
      }
    : httpJob(
        variant,
        JSON.stringify(variant === 'claimgraph' ? op.claimgraph : op.neo4jGraphql),
        connections,
        seconds,
        warmupSec,
        ctx,
      );
}

/** autocannon from the load worker: POSTs of `body` to the service of `variant`. */
function httpJob(
  variant: StackVariant,
  body: string,
  connections: number,
  seconds: number,
  warmupSec: number,
  ctx: Pick<MeasureContext, 'claimgraph' | 'ng' | 'bare'>,
): LoadJob {
  const url = { claimgraph: ctx.claimgraph.url, neo4jGraphql: ctx.ng.url, bareHttp: ctx.bare?.url ?? '' }[
    variant
  ];
  return { kind: 'http', url, body, connections, durationSec: seconds, warmupSec };
}

const pidOf = (
  variant: Variant | StackVariant,
  ctx: Pick<MeasureContext, 'claimgraph' | 'ng' | 'bare' | 'worker'>,
): number =>
  ({
    floor: ctx.worker.pid,
    claimgraph: ctx.claimgraph.pid,
    neo4jGraphql: ctx.ng.pid,
    bareHttp: ctx.bare?.pid ?? -1,
  })[variant];

/**
 * Before anything is measured, every variant serves every operation for a share of `seconds`
 * at concurrency 4: a Node process needs thousands of requests before its JIT has compiled the
 * hot paths (lookups ran at 320 req/s in their first 10 s and 550 from the 20th), and the
 * first operation measured would otherwise pay for it alone.
 */
async function warmUpAll(
  ops: readonly Operation[],
  seconds: number,
  ctx: Omit<MeasureContext, 'driver' | 'plan'> & { plans: Map<string, FloorPlan> },
): Promise<void> {
  if (seconds <= 0) return;
  const share = seconds / ops.length;
  for (const op of ops)
    for (const variant of VARIANTS)
      await ctx.worker.run(
        loadJob(variant, op, 4, share, 0, { ...ctx, plan: ctx.plans.get(op.id) as FloorPlan }),
      );
  log(`warmed every variant up on every operation, ${seconds} s each`);
}

/**
 * A window in which `connections` clients of a slow operation still complete requests: twice
 * `connections` times the slowest variant's p50 alone (at c=1), since a request at
 * concurrency c waits for about c others. Without it, deep and contested had no sample at c=32.
 */
function minWindowSec(connections: number, alone: Cell | undefined): number {
  if (connections <= 1 || !alone) return 0;
  const p50s = VARIANTS.map((v) => alone.stats[v].p50).filter((p) => Number.isFinite(p));
  return p50s.length ? (2 * connections * Math.max(...p50s)) / 1000 : 0;
}

/**
 * `opts.rounds` rounds, each running `variants` one after another in rotating order from the load
 * worker (`jobFor` gives a variant's job for a window of `seconds`), with peak RSS sampled and
 * Neo4j left to settle after every window. The latencies of all rounds are summarised per variant.
 */
async function measureRounds<V extends Variant | StackVariant>(
  label: string,
  variants: readonly V[],
  jobFor: (variant: V, seconds: number) => LoadJob,
  connections: number,
  opts: Options,
  minWindow: number,
  ctx: Omit<MeasureContext, 'plan'>,
): Promise<{ stats: Record<V, LatencyStats>; peaks: Record<string, number> }> {
  const latencies = new Map<V, number[]>(variants.map((v) => [v, []]));
  const wall = new Map<V, number>(variants.map((v) => [v, 0]));
  const errors = new Map<V, number>(variants.map((v) => [v, 0]));
  const peaks: Record<string, number> = {};
  const seconds = Math.max(opts.duration / opts.rounds, minWindow);
  if (seconds > opts.duration / opts.rounds)
    log(`${label} c=${connections}: windows of ${seconds.toFixed(1)} s`);
  for (let round = 0; round < opts.rounds; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length] as V);
    for (const variant of order) {
      const rss = new PeakRss({ [variant]: pidOf(variant, ctx), neo4j: ctx.neo4j.pid }).start();
      const result = await ctx.worker.run(jobFor(variant, seconds));
      for (const [k, v] of Object.entries(rss.stop())) peaks[k] = Math.max(peaks[k] ?? 0, v);
      await settle(ctx.driver, ctx.neo4j.target.database);
      // Timeouts under overload are a result, not a harness failure: counted and reported.
      if (result.errors > 0)
        log(
          `${label} ${variant} c=${connections}: ${result.errors} failed request(s), first: ${result.firstError?.slice(0, 200)}`,
        );
      errors.set(variant, (errors.get(variant) ?? 0) + result.errors);
      // A loop, not push(...): a bare server's window holds more samples than a call takes arguments.
      const samples = latencies.get(variant) ?? [];
      for (const ms of result.latencies) samples.push(ms);
      wall.set(variant, (wall.get(variant) ?? 0) + result.wallMs);
    }
  }
  const stats = Object.fromEntries(
    variants.map((v) => [v, summarise(latencies.get(v) ?? [], wall.get(v) ?? 0, errors.get(v) ?? 0)]),
  ) as Record<V, LatencyStats>;
  return { stats, peaks };
}

/**
 * The fixed cost of one request on each service: `{ __typename }` at `connections`, which runs
 * HTTP, parsing, validation, the limits and serialisation but no resolver and no Cypher. It is
 * what separates a service from the floor on an operation whose Cypher takes a millisecond; the
 * bare node:http server's is the part of it that no Node HTTP service can avoid.
 */
async function measureStack(
  connections: number,
  opts: Options,
  ctx: Omit<MeasureContext, 'plan'>,
): Promise<StackCell> {
  const { stats } = await measureRounds(
    'stack',
    STACK_VARIANTS,
    (variant, seconds) => httpJob(variant, STACK_BODY, connections, seconds, opts.warmup, ctx),
    connections,
    opts,
    0,
    ctx,
  );
  log(
    `stack ({ __typename }) c=${connections}: p50 claimgraph ${stats.claimgraph.p50} / @neo4j/graphql ${stats.neo4jGraphql.p50} / bare node:http ${stats.bareHttp.p50} ms; ` +
      `p99 ${stats.claimgraph.p99} / ${stats.neo4jGraphql.p99} / ${stats.bareHttp.p99}; n ${stats.claimgraph.n}/${stats.neo4jGraphql.n}/${stats.bareHttp.n}`,
  );
  return stats;
}

async function measure(
  op: Operation,
  connections: number,
  opts: Options,
  minWindow: number,
  ctx: MeasureContext,
): Promise<Cell> {
  const { stats, peaks } = await measureRounds(
    op.id,
    VARIANTS,
    (variant, seconds) => loadJob(variant, op, connections, seconds, opts.warmup, ctx),
    connections,
    opts,
    minWindow,
    ctx,
  );
  const cell: Cell = {
    stats,
    ratios: {
      claimgraphOverFloorP50: ratio(stats.claimgraph.p50, stats.floor.p50),
      claimgraphOverFloorP99: ratio(stats.claimgraph.p99, stats.floor.p99),
      claimgraphOverNeo4jGraphqlP50: ratio(stats.claimgraph.p50, stats.neo4jGraphql.p50),
      claimgraphOverNeo4jGraphqlP99: ratio(stats.claimgraph.p99, stats.neo4jGraphql.p99),
    },
    peakRssMb: {
      claimgraph: peaks.claimgraph,
      neo4jGraphql: peaks.neo4jGraphql,
      floorWorker: peaks.floor,
      neo4j: peaks.neo4j,
    },
  };
  log(
    `${op.id} c=${connections}: p50 floor ${stats.floor.p50} / claimgraph ${stats.claimgraph.p50} / @neo4j/graphql ${stats.neo4jGraphql.p50} ms; ` +
      `p99 ${stats.floor.p99} / ${stats.claimgraph.p99} / ${stats.neo4jGraphql.p99}; n ${stats.floor.n}/${stats.claimgraph.n}/${stats.neo4jGraphql.n}`,
  );
  return cell;
}

/**
 * Waits (up to 60 s) until Neo4j runs nothing but this check: a load window ends with requests
 * still running in the service, and their work must not spill into the next variant's window.
 */
async function settle(driver: ReturnType<typeof floorDriver>, database: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const { records } = await driver.executeQuery(
        'SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n',
        {},
        // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver declares its config types as classes; its API takes plain objects
        { database },
      );
      if (Number(records[0]?.get('n')) <= 1) return;
    } catch (error) {
      log(`could not list Neo4j transactions (${String(error)}); not waiting for quiet`);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log('Neo4j still busy 60 s after a load window; going on');
}

async function datasetCounts(neo4j: BenchNeo4j) {
  const driver = floorDriver(neo4j.target, 2);
  const read = async (q: string) =>
    plain(
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver declares its config types as classes; its API takes plain objects
      (await driver.executeQuery(q, {}, { database: neo4j.target.database, routing: 'READ' })).records.map(
        (r) => r.toObject(),
      ),
    ) as Record<string, unknown>[];
  try {
    const nodes = await read(
      'UNWIND ["Actor", "Statement", "Event", "Article"] AS label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n } RETURN label, n',
    );
    const rels = await read(
      'CALL db.relationshipTypes() YIELD relationshipType AS type CALL (type) { MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS n } RETURN type, n ORDER BY type',
    );
    const hubs = await read(
      'MATCH (a:Actor) WHERE a.kind = "STATE" WITH a, COUNT { (a)-[]->(:Statement) } AS n ORDER BY n DESC LIMIT 5 RETURN a.id AS id, n',
    );
    const [component] = await read(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
    );
    return {
      nodes: Object.fromEntries(nodes.map((r) => [String(r.label), Number(r.n)])),
      relationships: Object.fromEntries(rels.map((r) => [String(r.type), Number(r.n)])),
      supernodeStances: Object.fromEntries(hubs.map((r) => [String(r.id), Number(r.n)])),
      neo4j: {
        version: String(component?.version),
        edition: String(component?.edition),
        embedded: neo4j.embedded,
      },
    };
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
