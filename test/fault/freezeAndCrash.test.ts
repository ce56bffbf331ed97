import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { applySchema, connectOrStart, type Connection } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import type { SupervisedNeo4j, SupervisorEvent } from '../../src/embedded/superviseEmbeddedNeo4j';
import { DatabaseUnavailableError } from '../../src/errors';
import { repoPath } from '../../src/paths';
import { TEST_TOKEN } from '../support/server';
import { NEO4J_WORDS, startHardeningServer, type HardeningServer } from '../integration/hardening/harness';

// Issue 13: a frozen JVM (SIGSTOP) froze every request, and a killed one (SIGKILL) stayed dead
// until the service was restarted by hand. Here the embedded Neo4j runs under the service's
// supervisor (connectOrStart, as src/index.ts uses it) and is frozen, then killed, under load.
// Every request must be answered with a status and a code before the client's own timeout
// (far above the configured deadlines: it firing is the failure, no timing is asserted), the
// service must recover by itself, and every acknowledged write must be in the graph.

jest.setTimeout(15 * 60_000);

/** The client's own bound; larger than any deadline the service is configured with. */
const CLIENT_TIMEOUT_MS = 20_000;
const FREEZE_MS = 8000;

let connection: Connection | undefined;
let api: HardeningServer | undefined;
let home: string | undefined;
const events: SupervisorEvent[] = [];

beforeAll(async () => {
  mkdirSync(repoPath('.tmp'), { recursive: true });
  home = mkdtempSync(path.join(repoPath('.tmp'), 'neo4j-freeze-'));
  connection = await connectOrStart({
    embedded: {
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '512m',
      pagecache: '128m',
      password: 'claimgraph-fault',
      startTimeoutMs: 600_000,
    },
    database: {
      queryTimeoutMs: 5000,
      maxRetryTimeMs: 1000,
      deadlines: { livenessTimeoutMs: 2000, graceMs: 1000, acquisitionTimeoutMs: 2000 },
    },
    whenInUse: 'refuse',
    maxRestarts: 5,
    onSupervisorEvent: (event) => events.push(event),
  });
  // A cold JVM on a loaded machine may miss the deadline at first (DATABASE_UNAVAILABLE, by
  // design): the set-up tries again, a bounded number of times.
  const database = connection.database;
  await whileUnavailable(() => applySchema(database));
  // Ingestion's own deadline below the client's timeout: every request is answered before it.
  api = await startHardeningServer(connection.database, {
    READY_TIMEOUT_MS: '1000',
    INGEST_TIMEOUT_MS: '10000',
  });
  // Warm up (a cold JVM plans every ingestion query once): the test is about freezes and
  // crashes, not about the first request of a fresh process.
  for (const [i, body] of [
    { query: INGEST, variables: { bundle: bundleFor('freeze-warm-up') } },
    { query: '{ actors(first: 5) { totalCount } }' },
  ].entries()) {
    const url = `${api.url}/graphql`;
    const text = await whileUnavailable(async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
        body: JSON.stringify(body),
      });
      const answer = await response.text();
      if (answer.includes('DATABASE_UNAVAILABLE')) throw new DatabaseUnavailableError();
      return `${response.status} ${answer.includes('"errors"') ? 'errors' : 'data'}`;
    });
    expect([i, text]).toEqual([i, '200 data']);
  }
});

/** Runs `work` until it does not fail with DATABASE_UNAVAILABLE, at most 20 times. */
async function whileUnavailable<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 20 || !(error instanceof DatabaseUnavailableError)) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** The service and its supervised Neo4j, as beforeAll started them. */
function started(): { connection: Connection; embedded: SupervisedNeo4j; api: HardeningServer } {
  if (!connection?.embedded || !api) throw new Error('beforeAll did not start the service and its Neo4j');
  return { connection, embedded: connection.embedded, api };
}

afterAll(async () => {
  const pid = connection?.embedded?.pid;
  if (pid) tryKill(pid, 'SIGCONT');
  await api?.close();
  await connection?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

function tryKill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

interface Outcome {
  kind: 'read' | 'write';
  at: number;
  status: number;
  codes: string[];
  articleId?: string;
}

/** Readers and writers over HTTP until stopped; each request bounded by the client's timeout. */
class Load {
  readonly outcomes: Outcome[] = [];
  private running = true;
  private sequence = 0;
  private readonly workers: Promise<void>[];

  constructor(workers: number) {
    this.workers = Array.from({ length: workers }, (_, i) => this.work(i % 2 === 0 ? 'read' : 'write'));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  since(at: number): Outcome[] {
    return this.outcomes.filter((o) => o.at >= at);
  }

  ok(kind: Outcome['kind'], at: number): number {
    return this.since(at).filter((o) => o.kind === kind && o.codes.length === 0).length;
  }

  private async work(kind: 'read' | 'write'): Promise<void> {
    while (this.running) {
      const at = Date.now();
      const articleId = `freeze-${this.sequence++}`;
      const body =
        kind === 'read'
          ? { query: 'query Read { actors(first: 5) { totalCount } articles(first: 1) { totalCount } }' }
          : { query: INGEST, variables: { bundle: bundleFor(articleId) } };
      let status = 0;
      let codes: string[];
      try {
        const response = await fetch(`${started().api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
        });
        status = response.status;
        const text = await response.text();
        expect(text).not.toMatch(NEO4J_WORDS);
        const parsed = JSON.parse(text) as { errors?: { extensions: { code: string } }[] };
        codes = (parsed.errors ?? []).map((e) => e.extensions.code);
      } catch (error) {
        codes = [(error as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NO_RESPONSE'];
      }
      this.outcomes.push({ kind, at, status, codes, ...(kind === 'write' ? { articleId } : {}) });
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

const INGEST = 'mutation Write($bundle: JSON!) { ingestBundle(bundle: $bundle) { articleId } }';

function bundleFor(articleId: string) {
  return {
    format: 'claimgraph-bundle/1',
    article: { id: articleId, title: `Freeze test ${articleId}`, published: '2024-10-25' },
    actors: [{ id: 'freeze-speaker', name: 'Freeze Speaker', kind: 'PERSON', aliases: [] }],
    statements: [{ id: `${articleId}-statement`, text: `Statement of ${articleId}.` }],
    stances: [
      {
        actor: 'freeze-speaker',
        statement: `${articleId}-statement`,
        stance: 'CLAIMED',
        date: { date: '2024-10-25' },
      },
    ],
  };
}

async function readyStatus(): Promise<number> {
  const response = await fetch(`${started().api.url}/ready`, {
    signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
  });
  await response.text();
  return response.status;
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Outcomes answered otherwise than 200 with data, or 200 / 503 with DATABASE_UNAVAILABLE alone. */
function unexpected(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter(
    (o) =>
      (o.status !== 200 || o.codes.length > 0) &&
      !(o.codes.length > 0 && o.codes.every((c) => c === 'DATABASE_UNAVAILABLE')),
  );
}

/** Codes seen, counted. */
function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const key = o.codes.length === 0 ? `${o.status} ok` : `${o.status} ${[...new Set(o.codes)].join('+')}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

test('a frozen, then a killed, Neo4j: every request answered with a code, recovery by itself, no acknowledged write lost', async () => {
  const load = new Load(6);
  const figures: Record<string, unknown> = {};
  try {
    await waitFor(() => load.ok('read', 0) >= 10 && load.ok('write', 0) >= 3, 180_000);
    // The JVM is still cold (connectOrStart just started it): a transaction that times out
    // meanwhile is DATABASE_UNAVAILABLE, never the client's QUERY_TIMEOUT.
    expect(unexpected(load.outcomes)).toEqual([]);

    // Freeze: the JVM keeps its sockets open and answers nothing.
    const pid = started().embedded.pid;
    const frozenAt = Date.now();
    process.kill(pid, 'SIGSTOP');
    await sleep(FREEZE_MS / 2);
    expect(await readyStatus()).toBe(503);
    await sleep(FREEZE_MS / 2);
    const thawAt = Date.now();
    process.kill(pid, 'SIGCONT');
    const freezeRecoveryMs = await waitFor(async () => (await readyStatus()) === 200, 60_000);
    const backFromFreeze = Date.now();
    await waitFor(
      () => load.ok('read', backFromFreeze) >= 5 && load.ok('write', backFromFreeze) >= 2,
      120_000,
    );
    const during = load.outcomes.filter((o) => o.at >= frozenAt && o.at < thawAt);
    expect(during.length).toBeGreaterThan(6);
    for (const o of during) expect([...new Set(o.codes)]).toEqual(['DATABASE_UNAVAILABLE']);
    figures.freeze = {
      requests: during.length,
      codes: tally(during),
      readyAgainAfterThawMs: freezeRecoveryMs,
    };

    // Kill: the supervisor restarts the JVM on the same store and ports; nobody restarts anything by hand.
    const killedAt = Date.now();
    process.kill(started().embedded.pid, 'SIGKILL');
    await waitFor(async () => (await readyStatus()) === 503, 30_000);
    // A bound on the JVM's start (as its own startTimeoutMs), not a timing assertion: a start on a
    // shared 2-core machine at load 20+ took over 240 s.
    const recoveryMs = await waitFor(async () => (await readyStatus()) === 200, 540_000);
    const backFromKill = Date.now();
    await waitFor(() => load.ok('read', backFromKill) >= 10 && load.ok('write', backFromKill) >= 3, 180_000);
    expect(events.map((e) => e.type)).toEqual(['exited', 'restarting', 'restarted']);
    expect(started().embedded.restarts).toBe(1);
    // From the kill to the end, the restart and the cold JVM after it included.
    const outage = load.since(killedAt);
    expect(unexpected(outage)).toEqual([]);
    figures.kill = { requests: outage.length, codes: tally(outage), readyAgainAfterKillMs: recoveryMs };
  } finally {
    await load.stop();
  }

  // Whatever happened, every request got an answer with a status and, on error, a code, and
  // the only error was DATABASE_UNAVAILABLE: no INTERNAL_SERVER_ERROR, no QUERY_TIMEOUT.
  expect(load.outcomes.filter((o) => o.status === 0)).toEqual([]);
  expect(load.outcomes.filter((o) => o.status >= 500)).toEqual([]);
  expect(unexpected(load.outcomes)).toEqual([]);
  const all = load.outcomes.flatMap((o) => o.codes);
  expect(all.filter((c) => c === 'INTERNAL_SERVER_ERROR').length).toBe(0);
  expect(all.filter((c) => c === 'QUERY_TIMEOUT').length).toBe(0);

  // Every acknowledged write is in the graph (data survived the kill).
  const acknowledged = load.outcomes
    .filter((o) => o.kind === 'write' && o.codes.length === 0)
    .map((o) => o.articleId as string);
  const [row] = await started().connection.database.read(
    'UNWIND $ids AS id OPTIONAL MATCH (a:Article {id: id})-[:REPORTS]->(s:Statement {id: id + "-statement"}) RETURN count(s) AS found',
    { ids: acknowledged },
  );
  expect(row).toEqual({ found: acknowledged.length });
  figures.total = {
    requests: load.outcomes.length,
    codes: tally(load.outcomes),
    acknowledgedWrites: acknowledged.length,
  };
  process.stdout.write(`fault (freeze and kill): ${JSON.stringify(figures)}\n`);
});
