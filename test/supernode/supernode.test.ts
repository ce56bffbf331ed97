import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Database } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import { repoPath } from '../../src/paths';
import { resetDatabase, testDatabase } from '../support/database';

// A supernode: one actor ("hub") with 50,000 stances, each statement also claimed by one of
// 100 other actors (500 stances each); one statement with 5,000 SUPPORTS links, each of
// whose linkers is supported by one more statement; and one statement ("crowd-claim") on which
// 20,000 actors took a position. The service runs as its own process against it; each
// hostile read is answered or refused with a coded error within the request timeout, the
// service's RSS stays under 400 MB, and a second later Neo4j runs no query of ours.

const STATEMENTS = 50_000;
const OTHERS = 100;
const LINKERS = 5_000;
const CROWD = 20_000;
const CROWD_SUPPORTERS = 30;
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
  await db.write(`UNWIND $actors AS a CREATE (:Actor {id: a.id, name: a.name, kind: a.kind, aliases: []})`, {
    actors: [
      { id: 'hub', name: 'Hub State', kind: 'STATE' },
      { id: 'left', name: 'Left Person', kind: 'PERSON' },
      { id: 'right', name: 'Right Person', kind: 'PERSON' },
      ...Array.from({ length: OTHERS }, (_, k) => ({ id: `other-${k}`, name: `Other ${k}`, kind: 'PERSON' })),
    ],
  });
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

/**
 * A heavily linked statement: LINKERS statements each SUPPORT s-00000, and one statement
 * ("link-hub") SUPPORTS every one of them, so chains in both directions multiply.
 */
async function buildLinkedStatement(): Promise<void> {
  await db.write(
    `MATCH (target:Statement {id: $target})
     CREATE (hub:Statement {id: 'link-hub', text: 'Link hub', firstStanceDate: date('2024-10-01')})
     WITH target, hub
     UNWIND range(0, $linkers - 1) AS i
     CREATE (s:Statement {id: 'link-' + right('000' + toString(i), 4), text: 'Linker ' + toString(i), firstStanceDate: date('2024-10-01')})
     CREATE (s)-[:SUPPORTS]->(target)
     CREATE (hub)-[:SUPPORTS]->(s)`,
    { target: `s-${pad(0)}`, linkers: LINKERS },
  );
}

/**
 * A statement with a crowd of positions: CROWD actors ("Crowd 00000" …), the even ones claiming
 * it and the odd ones denying it, all on one day (so the breakdown orders them by name), and
 * CROWD_SUPPORTERS statements supporting it.
 */
async function buildCrowdStatement(): Promise<void> {
  await db.write(
    `CREATE (s:Statement {id: 'crowd-claim', text: 'Crowd claim', firstStanceDate: date('2024-10-05')})
     WITH s
     UNWIND range(0, $supporters - 1) AS i
     CREATE (:Statement {id: 'crowd-support-' + right('0' + toString(i), 2), text: 'Crowd support ' + right('0' + toString(i), 2), firstStanceDate: date('2024-10-05')})-[:SUPPORTS]->(s)`,
    { supporters: CROWD_SUPPORTERS },
  );
  for (const [type, start] of [
    ['CLAIMED', 0],
    ['DENIED', 1],
  ] as const) {
    await db.write(
      `MATCH (s:Statement {id: 'crowd-claim'})
       UNWIND range($start, $crowd - 1, 2) AS i
       WITH s, 'crowd-' + right('0000' + toString(i), 5) AS id, 'Crowd ' + right('0000' + toString(i), 5) AS name
       CREATE (a:Actor {id: id, name: name, kind: 'PERSON', aliases: []})
       CREATE (a)-[:${type} {id: id + ':${type}:crowd-claim:2024-10-05', date: date('2024-10-05'), precision: 'DAY', knownBy: date('2024-10-05')}]->(s)`,
      { start, crowd: CROWD },
    );
  }
}

/** The service's RSS in kB: the largest process of its tree (tsx runs node as a child). */
function serviceRssKb(): number {
  const pids = [String(service.pid)];
  for (let i = 0; i < pids.length; i++) {
    const children = spawnSync('pgrep', ['-P', pids[i] as string])
      .stdout.toString()
      .split('\n')
      .filter(Boolean);
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
async function ask(query: string): Promise<{ body: Body; peakKb: number }> {
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

type Body = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
type Outcome = 'answered' | `refused: ${string}`;

/** Each case's outcome, printed after the run: which hostile reads are answered, which refused. */
const outcomes = new Map<string, Outcome>();

/**
 * Exactly one of two outcomes, never a 500 or an uncoded error: answered (data, no errors), or
 * refused (no data for the root field, one error with one of the coded refusals).
 */
function outcomeOf(name: string, body: Body): Outcome {
  let outcome: Outcome;
  if (!body.errors) {
    expect(body.data).toEqual(expect.any(Object));
    outcome = 'answered';
  } else {
    expect(body.errors).toHaveLength(1);
    const code = body.errors[0]?.extensions?.code;
    expect(REFUSALS).toContain(code);
    expect(Object.values(body.data ?? {}).every((v) => v === null)).toBe(true);
    outcome = `refused: ${String(code)}`;
  }
  outcomes.set(name, outcome);
  return outcome;
}

async function expectQuietAfterOneSecond(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
  expect(await runningQueries()).toEqual([]);
}

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await buildSupernode();
  await buildLinkedStatement();
  await buildCrowdStatement();
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
    if (
      await fetch(`${base}/ready`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`service not ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 300_000);

afterAll(async () => {
  // Unassigned when beforeAll failed before spawning it.
  if ((service as ChildProcess | undefined)?.exitCode === null) {
    const exited = new Promise((r) => service.once('exit', r));
    service.kill('SIGTERM');
    await exited;
  }
  await resetDatabase(db);
  await db.close();
  process.stdout.write(`supernode outcomes:\n${[...outcomes].map(([k, v]) => `  ${k}: ${v}\n`).join('')}`);
});

test('the nested stances query around the hub is bounded by its nested first', async () => {
  const { body, peakKb } = await ask(
    '{ actor(id: "hub") { stances { statement { id stances { actor { id stances { id } } } } } } }',
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (outcomeOf('nested stances', body) === 'answered') {
    const actor = (
      body.data as {
        actor: {
          stances: { statement: { id: string; stances: { actor: { id: string; stances: unknown[] } }[] } }[];
        };
      }
    ).actor;
    // Default nested first is 20 at every level; the hub's stances come in date order, then by statement.
    expect(actor.stances.map((s) => s.statement.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `s-${pad(i)}`),
    );
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
  const { body, peakKb } = await ask(
    '{ neighbourhood(id: "hub", depth: 3) { truncated nodes { id } edges { id } } }',
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (outcomeOf('neighbourhood depth 3', body) === 'answered') {
    const n = (body.data as { neighbourhood: { truncated: boolean; nodes: { id: string }[] } }).neighbourhood;
    expect(n.truncated).toBe(true);
    expect(n.nodes).toHaveLength(100);
    expect(n.nodes[0]?.id).toBe('hub');
  }
  await expectQuietAfterOneSecond();
});

test('a shortest path that exists only through the hub is not searched through it', async () => {
  const { body, peakKb } = await ask(
    '{ shortestPath(fromId: "left", toId: "right", maxHops: 6) { length nodes { id } } }',
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (outcomeOf('shortestPath through the hub', body) === 'answered') {
    // left and right meet only at the hub (50,000 stances), which a path may not pass through.
    expect(body.data).toEqual({ shortestPath: null });
  }
  await expectQuietAfterOneSecond();
});

test('a shortest path beside the hub still goes through a node of ordinary degree', async () => {
  const { body, peakKb } = await ask(
    '{ shortestPath(fromId: "right", toId: "other-99", maxHops: 6) { length nodes { id } } }',
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (outcomeOf('shortestPath beside the hub', body) === 'answered') {
    expect(body.data).toEqual({
      shortestPath: {
        length: 2,
        nodes: [{ id: 'right' }, { id: `s-${pad(STATEMENTS - 1)}` }, { id: 'other-99' }],
      },
    });
  }
  await expectQuietAfterOneSecond();
});

test('linkChains around a statement with thousands of links is bounded in work', async () => {
  // Direction BOTH: s-00000 <- link-i -> ... gives LINKERS² chains of depth 3 to enumerate naively.
  const { body, peakKb } = await ask(
    `{ linkChains(statementId: "s-${pad(0)}", direction: BOTH, maxDepth: 3, first: 50) { depth polarity statements { id } } }`,
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (outcomeOf('linkChains around a linked statement', body) === 'answered') {
    const chains = (
      body.data as { linkChains: { depth: number; polarity: string; statements: { id: string }[] }[] }
    ).linkChains;
    // Each level keeps the first chains it needs; level 1 alone already fills first: 50. Which
    // of the LINKERS statements are taken is unspecified beyond the cap; their order is not.
    expect(chains).toHaveLength(50);
    const ids = chains.map((c) => c.statements.map((s) => s.id));
    for (const c of chains) expect([c.depth, c.polarity]).toEqual([1, 'SUPPORTS']);
    for (const [first, second, ...rest] of ids) {
      expect(first).toBe(`s-${pad(0)}`);
      expect(second).toMatch(/^link-\d{4}$/);
      expect(rest).toEqual([]);
    }
    const seconds = ids.map((c) => c[1] as string);
    expect(new Set(seconds).size).toBe(50);
    expect(seconds).toEqual([...seconds].sort());
  }
  await expectQuietAfterOneSecond();
});

test('a breakdown of a statement with 20,000 positions returns `first` of each list and exact counts', async () => {
  const { body, peakKb } = await ask(`{
    stanceBreakdown(statementId: "crowd-claim") {
      status
      counts { claimed denied positions supportedBy refutedBy }
      claimed { id actor { stances(first: 100) { id } } }
      denied(first: 5) { id }
      positions(first: 3) { actor { id } historyCount history { id } }
      supportedBy { text }
    }
  }`);
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (outcomeOf('stanceBreakdown of a crowd', body) === 'answered') {
    const crowd = (i: number) => `crowd-${pad(i)}`;
    const stance = (i: number) => `${crowd(i)}:${i % 2 === 0 ? 'CLAIMED' : 'DENIED'}:crowd-claim:2024-10-05`;
    // Default first is 20; the claimers are the even actors, in name order, each with its one stance.
    const claimers = Array.from({ length: 20 }, (_, k) => 2 * k);
    expect(body.data).toEqual({
      stanceBreakdown: {
        status: 'CONTESTED',
        counts: {
          claimed: CROWD / 2,
          denied: CROWD / 2,
          positions: CROWD,
          supportedBy: CROWD_SUPPORTERS,
          refutedBy: 0,
        },
        claimed: claimers.map((i) => ({ id: stance(i), actor: { stances: [{ id: stance(i) }] } })),
        denied: [1, 3, 5, 7, 9].map((i) => ({ id: stance(i) })),
        positions: [0, 1, 2].map((i) => ({
          actor: { id: crowd(i) },
          historyCount: 1,
          history: [{ id: stance(i) }],
        })),
        supportedBy: Array.from({ length: 20 }, (_, i) => ({
          text: `Crowd support ${String(i).padStart(2, '0')}`,
        })),
      },
    });
  }
  await expectQuietAfterOneSecond();
});

test('a breakdown of a statement with 5,000 supporting statements counts them all and returns `first`', async () => {
  const { body, peakKb } = await ask(
    `{ stanceBreakdown(statementId: "s-${pad(0)}") { counts { supportedBy } supportedBy(first: 3) { id } } }`,
  );
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  if (outcomeOf('stanceBreakdown of a linked statement', body) === 'answered') {
    expect(body.data).toEqual({
      stanceBreakdown: {
        counts: { supportedBy: LINKERS },
        supportedBy: [{ id: 'link-0000' }, { id: 'link-0001' }, { id: 'link-0002' }],
      },
    });
  }
  await expectQuietAfterOneSecond();
});

test("the provenance of a statement with 20,000 stances reads the page's stances only, and counts them all", async () => {
  const { body, peakKb } = await ask(`{
    provenance(statementId: "crowd-claim") {
      recordCount
      records(first: 5) { stance { id } articleCount relayChain { id } }
    }
  }`);
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  // Answered within the timeout on a quiet machine; on a busy one, a coded refusal is bounded too.
  if (outcomeOf('provenance of a crowd', body) === 'answered') {
    // All on one day: the stances in actor name order, each its own speaker, with no article.
    const crowd = (i: number) => `crowd-${pad(i)}`;
    const stance = (i: number) => `${crowd(i)}:${i % 2 === 0 ? 'CLAIMED' : 'DENIED'}:crowd-claim:2024-10-05`;
    expect(body.data).toEqual({
      provenance: {
        recordCount: CROWD,
        records: [0, 1, 2, 3, 4].map((i) => ({
          stance: { id: stance(i) },
          articleCount: 0,
          relayChain: [{ id: crowd(i) }],
        })),
      },
    });
  }
  await expectQuietAfterOneSecond();
});

test('the independent origins of a statement claimed by 10,000 actors are counted exactly, the first returned', async () => {
  const { body, peakKb } = await ask(`{
    independentOrigins(statementId: "crowd-claim") {
      count
      origins(first: 3) { root { id } speakerCount speakers(first: 2) { id } }
    }
  }`);
  expect(peakKb).toBeLessThan(RSS_LIMIT_KB);
  // Answered within the timeout on a quiet machine; on a busy one, a coded refusal is bounded too.
  if (outcomeOf('independentOrigins of a crowd', body) === 'answered') {
    // The even actors claim it; each is its own root (no PART_OF), so each is one origin.
    const crowd = (i: number) => `crowd-${pad(i)}`;
    expect(body.data).toEqual({
      independentOrigins: {
        count: CROWD / 2,
        origins: [0, 2, 4].map((i) => ({
          root: { id: crowd(i) },
          speakerCount: 1,
          speakers: [{ id: crowd(i) }],
        })),
      },
    });
  }
  await expectQuietAfterOneSecond();
});
