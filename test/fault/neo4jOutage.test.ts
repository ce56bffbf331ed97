import { rmSync } from 'node:fs';
import { Database, applySchema } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import {
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
  type EmbeddedNeo4jOptions,
} from '../../src/embedded/startEmbeddedNeo4j';
import { throwawayHome } from '../../src/embedded/throwawayHome';
import { NEO4J_WORDS, startHardeningServer, type HardeningServer } from '../integration/hardening/harness';
import { FaultLoad, articlesInGraph, sleep, waitFor } from './FaultLoad';

// Neo4j goes away under load, twice: a clean stop, then a crash (SIGKILL). Each time, requests
// fail fast with DATABASE_UNAVAILABLE and /ready turns 503; when Neo4j is back on the same
// home and ports, the same service instance (no restart) serves again, and every write it
// acknowledged is in the graph. This test starts its own Neo4j; the run's one is not touched.

jest.setTimeout(15 * 60_000);

const RETRY_MS = 1000;
let options: EmbeddedNeo4jOptions | undefined;
let neo4j: EmbeddedNeo4j | undefined;
let db: Database | undefined;
let api: HardeningServer | undefined;

/** What beforeAll started: the Neo4j (replaced when restarted), the database and the service. */
function service(): {
  options: EmbeddedNeo4jOptions;
  neo4j: EmbeddedNeo4j;
  db: Database;
  api: HardeningServer;
} {
  if (!options || !neo4j || !db || !api) throw new Error('beforeAll did not start Neo4j and the service');
  return { options, neo4j, db, api };
}

beforeAll(async () => {
  const started: EmbeddedNeo4jOptions = {
    home: throwawayHome('neo4j-fault-'),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '512m',
    pagecache: '128m',
    password: 'claimgraph-fault',
  };
  options = started;
  const running = await startEmbeddedNeo4j(started);
  neo4j = running;
  db = Database.connect(
    { uri: running.boltUri, user: running.user, password: running.password, database: 'neo4j' },
    // NEO4J_MAX_RETRY_MS: how long the driver retries before a request fails.
    { queryTimeoutMs: 5000, maxRetryTimeMs: RETRY_MS },
  );
  await applySchema(db);
  api = await startHardeningServer(db, { READY_TIMEOUT_MS: '1000' });
});

afterAll(async () => {
  await api?.close();
  await db?.close();
  await neo4j?.stop();
  if (options?.home) rmSync(options.home, { recursive: true, force: true });
});

async function ready(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${service().api.url}/ready`);
  return { status: response.status, body: await response.json() };
}

describe.each([
  ['a clean stop', 'stop', (n: EmbeddedNeo4j) => n.stop()],
  [
    'a crash (SIGKILL)',
    'crash',
    async (n: EmbeddedNeo4j) => {
      const exited = new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          try {
            process.kill(n.pid, 0);
          } catch {
            clearInterval(poll);
            resolve();
          }
        }, 50);
      });
      process.kill(n.pid, 'SIGKILL');
      await exited;
    },
  ],
])('Neo4j goes away under load: %s', (_name, tag, takeDown) => {
  test('requests fail fast and cleanly, /ready turns 503, the service recovers and keeps every acknowledged write', async () => {
    const load = new FaultLoad(() => `${service().api.url}/graphql`, `fault-${tag}`, 6);
    try {
      await outageUnderLoad(load, tag, takeDown);
    } finally {
      await load.stop();
    }
  });
});

async function outageUnderLoad(
  load: FaultLoad,
  tag: string,
  takeDown: (n: EmbeddedNeo4j) => Promise<void>,
): Promise<void> {
  // Healthy: reads and acknowledged writes, no errors.
  await waitFor(() => load.succeeded('read', 0) >= 10 && load.succeeded('write', 0) >= 3, 180_000);
  expect(load.outcomes.filter((o) => o.codes.length > 0)).toEqual([]);

  // Down.
  const downAt = Date.now();
  await takeDown(service().neo4j);
  const downFor = Date.now();
  await sleep(4000);
  const readyDown = await ready();
  expect(readyDown).toEqual({ status: 503, body: { ready: false, neo4j: 'down', schemaApplied: true } });

  // Requests that started after Neo4j was gone: each fails with DATABASE_UNAVAILABLE, soon.
  const outage = load.since(downFor);
  expect(outage.length).toBeGreaterThan(6);
  for (const outcome of outage) {
    expect(outcome.codes.length).toBeGreaterThan(0);
    expect(new Set(outcome.codes)).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    expect(outcome.text).not.toMatch(NEO4J_WORDS);
  }
  const outageLatency = outage.map((o) => o.ms).sort((a, b) => a - b);
  // Reads are tried three times, writes retried for NEO4J_MAX_RETRY_MS (1 s); nothing waits for a
  // timeout. The latencies are printed below, not asserted (no timing assertions in tests).
  // Requests caught in flight by the stop also end with a coded error, never anything else.
  for (const outcome of load.since(downAt - 5000)) {
    expect(outcome.codes.every((c) => c === 'DATABASE_UNAVAILABLE')).toBe(true);
  }

  // Back, on the same home and ports; the service is not restarted.
  const restartAt = Date.now();
  neo4j = await startEmbeddedNeo4j(service().options);
  const neo4jStartMs = Date.now() - restartAt;
  const recoveryMs = await waitFor(async () => (await ready()).status === 200, 60_000);
  const backAt = Date.now();
  await waitFor(() => load.succeeded('read', backAt) >= 10 && load.succeeded('write', backAt) >= 3, 180_000);
  await load.stop();

  const after = load.since(backAt);
  expect(after.length).toBeGreaterThan(10);
  expect(after.filter((o) => o.codes.length > 0)).toEqual([]);
  expect(await ready()).toEqual({ status: 200, body: { ready: true, neo4j: 'up', schemaApplied: true } });

  // Every acknowledged write is in the graph.
  const acknowledged = load.acknowledged();
  expect(acknowledged.length).toBeGreaterThanOrEqual(6);
  expect(await articlesInGraph(service().db, acknowledged)).toBe(acknowledged.length);

  const summary = {
    requests: load.outcomes.length,
    acknowledgedWrites: acknowledged.length,
    failedDuringOutage: outage.length,
    outageLatencyMs: {
      median: outageLatency[Math.floor(outageLatency.length / 2)],
      max: outageLatency[outageLatency.length - 1],
    },
    neo4jRestartMs: neo4jStartMs,
    readyAgainAfterNeo4jStartMs: recoveryMs,
  };
  process.stdout.write(`fault (${tag}): ${JSON.stringify(summary)}\n`);
}
