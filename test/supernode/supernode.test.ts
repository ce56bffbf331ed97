import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Database } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import { repoPath } from '../../src/paths';
import { resetDatabase, testDatabase } from '../support/database';

// A supernode: one actor ("hub") with 50,000 stances, each statement also claimed by one of
// 100 other actors (500 stances each). The service runs as its own process against it; each
// hostile read is answered or refused with a coded error within the request timeout, the
// service's RSS stays under 400 MB, and a second later Neo4j runs no query of ours.

const STATEMENTS = 50_000;
const OTHERS = 100;
const TIMEOUT_MS = 5_000;
const RSS_LIMIT_KB = 400 * 1024;
const REFUSALS = ['QUERY_TIMEOUT', 'RESULT_TOO_LARGE', 'GRAPHQL_VALIDATION_FAILED'];

let db: Database;
let service: ChildProcess;
let base: string;
let output = '';

const pad = (i: number) => String(i).padStart(5, '0');

/** Writes the supernode graph directly, in UNWIND batches. */
async function buildSupernode(): Promise<void> {
  await db.write(
    `UNWIND $actors AS a CREATE (:Actor {id: a.id, name: a.name, kind: a.kind, aliases: []})`,
    {
      actors: [
        { id: 'hub', name: 'Hub State', kind: 'STATE' },
        { id: 'left', name: 'Left Person', kind: 'PERSON' },
        { id: 'right', name: 'Right Person', kind: 'PERSON' },
        ...Array.from({ length: OTHERS }, (_, k) => ({ id: `other-${k}`, name: `Other ${k}`, kind: 'PERSON' })),
      ],
    },
  );
  for (let start = 0; start < STATEMENTS; start += 10_000) {
    const rows = Array.from({ length: 10_000 }, (_, j) => {
      const i = start + j;
      return { id: `s-${pad(i)}`, other: `other-${i % OTHERS}` };
    });
    await db.write(
      `MATCH (hub:Actor {id: 'hub'})
       UNWIND $rows AS row
       MATCH (o:Actor {id: row.other})
       CREATE (s:Statement {id: row.id, text: 'Statement ' + row.id, firstStanceDate: date('2024-10-01')})
       CREATE (hub)-[:CLAIMED {id: 'hub:CLAIMED:' + row.id + ':2024-10-01', date: date('2024-10-01'), precision: 'DAY', knownBy: date('2024-10-01')}]->(s)
       CREATE (o)-[:DENIED {id: row.other + ':DENIED:' + row.id + ':2024-10-02', date: date('2024-10-02'), precision: 'DAY', knownBy: date('2024-10-02')}]->(s)`,
      { rows },
    );
  }
  await db.write(
    `MATCH (l:Actor {id: 'left'}), (r:Actor {id: 'right'}), (a:Statement {id: $first}), (b:Statement {id: $last})
     CREATE (l)-[:CONFIRMED {id: 'left:CONFIRMED:' + $first + ':2024-10-03', date: date('2024-10-03'), precision: 'DAY', knownBy: date('2024-10-03')}]->(a)
     CREATE (r)-[:CONFIRMED {id: 'right:CONFIRMED:' + $last + ':2024-10-03', date: date('2024-10-03'), precision: 'DAY', knownBy: date('2024-10-03')}]->(b)`,
    { first: `s-${pad(0)}`, last: `s-${pad(STATEMENTS - 1)}` },
  );
}

/** The service's RSS in kB: the largest process of its tree (tsx runs node as a child). */
function serviceRssKb(): number {
  const pids = [String(service.pid)];
  for (let i = 0; i < pids.length; i++) {
    const children = spawnSync('pgrep', ['-P', pids[i] as string]).stdout.toString().split('\n').filter(Boolean);
    pids.push(...children);
  }
  return Math.max(
    ...pids.map((pid) => {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) : 0;
      } catch {
        return 0;
      }
    }),
  );
}

/** Posts a query while sampling the service's RSS; returns the body and the peak RSS. */
async function ask(query: string): Promise<{ body: { data?: unknown; errors?: { extensions?: { code?: string } }[] }; peakKb: number }> {
  let peakKb = serviceRssKb();
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, serviceRssKb())), 100);
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { body: (await response.json()) as never, peakKb: Math.max(peakKb, serviceRssKb()) };
  } finally {
    clearInterval(sampler);
  }
}

/** Transactions Neo4j is running, other than the one listing them. */
async function runningQueries(): Promise<string[]> {
  const rows = await db.read('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
  return rows.map((r) => String(r.currentQuery)).filter((q) => !q.startsWith('SHOW TRANSACTIONS'));
}

/** Answered, or refused with one of the coded refusals; never a 500 or an uncoded error. */
function expectAnsweredOrRefused(body: { data?: unknown; errors?: { extensions?: { code?: string } }[] }): boolean {
  if (!body.errors) return true;
  for (const error of body.errors) expect(REFUSALS).toContain(error.extensions?.code);
  return false;
}

async function expectQuietAfterOneSecond(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
  expect(await runningQueries()).toEqual([]);
}

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await buildSupernode();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  service = spawn(repoPath('node_modules', '.bin', 'tsx'), ['src/index.ts'], {
    cwd: repoPath(),
    env: { ...process.env, PORT: String(port), QUERY_TIMEOUT_MS: String(TIMEOUT_MS), SEED_ON_EMPTY: 'false' },
  });
  service.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  service.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (service.exitCode !== null) throw new Error(`service exited:\n${output}`);
    if (await fetch(`${base}/ready`).then((r) => r.status === 200, () => false)) break;
    if (Date.now() > deadline) throw new Error(`service not ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 300_000);

afterAll(async () => {
  if (service && service.exitCode === null) {
    const exited = new Promise((r) => service.once('exit', r));
    service.kill('SIGTERM');
    await exited;
  }
  await resetDatabase(db);
  await db.close();
});

test('the nested stances query around the hub is bounded by its nested first', async () => {
  const { body, peakKb } = await ask(
    '{ actor(id: "hub") { stances { statement { id stances { actor { id stances { id } } } } } } }',
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (expectAnsweredOrRefused(body)) {
    const actor = (body.data as { actor: { stances: { statement: { id: string; stances: { actor: { id: string; stances: unknown[] } }[] } }[] } }).actor;
    // Default nested first is 20 at every level; the hub's stances come in date order, then by statement.
    expect(actor.stances.map((s) => s.statement.id)).toEqual(Array.from({ length: 20 }, (_, i) => `s-${pad(i)}`));
    const left = actor.stances[0]?.statement.stances.map((s) => [s.actor.id, s.actor.stances.length]);
    expect(left).toEqual([
      ['hub', 20],
      ['other-0', 20],
      ['left', 1],
    ]);
  }
  await expectQuietAfterOneSecond();
});

test('neighbourhood(depth: 3) around the hub is bounded in work', async () => {
  const { body, peakKb } = await ask('{ neighbourhood(id: "hub", depth: 3) { truncated nodes { id } edges { id } } }');
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (expectAnsweredOrRefused(body)) {
    const n = (body.data as { neighbourhood: { truncated: boolean; nodes: { id: string }[] } }).neighbourhood;
    expect(n.truncated).toBe(true);
    expect(n.nodes).toHaveLength(100);
    expect(n.nodes[0]?.id).toBe('hub');
  }
  await expectQuietAfterOneSecond();
});

test('a shortest path through the hub', async () => {
  const { body, peakKb } = await ask(
    '{ shortestPath(fromId: "left", toId: "right", maxHops: 6) { length nodes { id } } }',
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (expectAnsweredOrRefused(body)) {
    const path = (body.data as { shortestPath: { length: number; nodes: { id: string }[] } }).shortestPath;
    expect(path.length).toBe(4);
    expect(path.nodes.map((n) => n.id)).toEqual(['left', `s-${pad(0)}`, 'hub', `s-${pad(STATEMENTS - 1)}`, 'right']);
  }
  await expectQuietAfterOneSecond();
});
