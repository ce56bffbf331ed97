import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../../src/embedded/freePort';
import { throwawayHome } from '../../../src/embedded/throwawayHome';
import { repoPath } from '../../../src/paths';

// What `npm start` runs (tsx src/index.ts, after bootstrap), end to end: the embedded Neo4j
// starts, the seed loads into the empty database, the service answers; SIGINT / SIGTERM stop
// the service and the JVM; a second start reuses the stored data without re-seeding, and plans
// the reads the first one ran (kept beside the store) before a client asks again.

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

let home: string;
let env: NodeJS.ProcessEnv;
let base: string;
let browser: string;

beforeAll(async () => {
  home = throwawayHome('start-test-');
  const [port, bolt, httpPort] = [await freePort(), await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  browser = `http://127.0.0.1:${httpPort}/browser/`;
  env = { ...process.env, PORT: String(port), EMBEDDED_NEO4J_HOME: home, LOG_LEVEL: 'info' };
  Object.assign(env, {
    EMBEDDED_NEO4J_BOLT_PORT: String(bolt),
    EMBEDDED_NEO4J_HTTP_PORT: String(httpPort),
    EMBEDDED_NEO4J_HEAP: '512m',
    EMBEDDED_NEO4J_PAGECACHE: '128m',
  });
  // The run's own Neo4j is not this service's: make it start its embedded one.
  const theirs = new Set(['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']);
  env = Object.fromEntries(Object.entries(env).filter(([key]) => !theirs.has(key)));
});

/** Services this file started; one a failed test left running is stopped in afterAll. */
const started: Running[] = [];

afterAll(async () => {
  // SIGTERM, not SIGKILL: the service stops its JVM on the way out, which keeps neither the
  // test run nor a stray Neo4j alive.
  for (const running of started) {
    if (running.child.exitCode !== null || running.child.signalCode !== null) continue;
    running.child.kill('SIGTERM');
    await running.exited;
  }
  rmSync(home, { recursive: true, force: true });
});

function start(): Running {
  const child = spawn(repoPath('node_modules', '.bin', 'tsx'), ['src/index.ts'], { cwd: repoPath(), env });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      resolve(code);
    }),
  );
  const running = { child, output: () => out, exited };
  started.push(running);
  return running;
}

async function waitReady(running: Running): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`service exited:\n${running.output()}`);
    const ok = await fetch(`${base}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`not ready in time:\n${running.output()}`);
}

const jvmRunning = () => spawnSync('pgrep', ['-f', `EmbeddedNeo4j ${home}`]).status === 0;

const graphql = async (query: string) =>
  (await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  }).then((r) => r.json())) as { data?: Record<string, unknown> };

test('start, serve, stop on SIGINT, start again on the stored data, stop on SIGTERM', async () => {
  const first = start();
  await waitReady(first);
  expect(await graphql('{__typename}')).toEqual({ data: { __typename: 'Query' } });
  expect((await fetch(browser)).status).toBe(200);
  expect(await graphql('{ articles { totalCount } }')).toEqual({ data: { articles: { totalCount: 1 } } });
  expect(
    await graphql(
      '{ stanceBreakdown(statementId: "dprk-troops-to-russia") { status denied { actor { name } } } }',
    ),
  ).toEqual({
    data: {
      stanceBreakdown: {
        status: 'CONTESTED',
        denied: [{ actor: { name: "North Korea's representative to the UN" } }],
      },
    },
  });
  expect(first.output()).toContain('loaded the seed graph into the empty database');
  expect(first.output()).toContain(
    `Neo4j Browser:                   http://localhost:${new URL(browser).port}/browser/`,
  );
  expect(jvmRunning()).toBe(true);

  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  expect(jvmRunning()).toBe(false);

  const recorded = (
    JSON.parse(readFileSync(path.join(home, 'claimgraph-query-plans.json'), 'utf8')) as {
      queries: { query: string; params: Record<string, unknown> }[];
    }
  ).queries;
  const breakdown = recorded.find((q) => q.query.includes('Question 12'));
  // The statement id's shape, not the id: no client's words are written to disk.
  expect(breakdown?.params).toMatchObject({
    statementId: 'x'.repeat('dprk-troops-to-russia'.length),
    asOf: null,
  });

  const second = start();
  await waitReady(second);
  const warmedUp = async () => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !second.output().includes('planned the queries recorded')) {
      await new Promise((r) => setTimeout(r, 500));
    }
    return second.output();
  };
  expect(await warmedUp()).toContain(`"planned":${recorded.length},"failed":0,"skipped":0`);
  expect(await graphql('{ actor(id: "north-korea") { name aliases } }')).toEqual({
    data: { actor: { name: 'North Korea', aliases: ['DPRK', 'Pyongyang'] } },
  });
  expect(second.output()).not.toContain('loaded the seed graph');
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  expect(jvmRunning()).toBe(false);
  // Two cold starts of the service and its JVM: a deadline, not a measurement.
}, 300_000);
