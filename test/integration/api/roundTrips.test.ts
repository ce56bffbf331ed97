import type { Database } from '../../../src/db';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';
import { testServer, type TestServer } from '../../support/server';

// One Cypher statement per root field: the round trips of an operation are its root fields,
// whatever its depth and however many results it returns. The same deep query is run on the
// seed graph and on the seed plus 300 and 600 more actors, each with stances.

const DEEP_QUERY = `{
  actors(first: 100) {
    totalCount
    edges { node {
      name
      affiliations(first: 3) { role actor { name members(first: 3) { actor { name } } } }
      stances(first: 5) {
        type
        sources(first: 2) { title cites(first: 2) { name } }
        statement {
          text
          about(first: 2) { name partOf(first: 2) { name } }
          stances(first: 5) { actor { name } }
          supportedBy(first: 3) { text }
          refutedBy(first: 3) { text }
        }
      }
    } }
  }
}`;

function extraActorsBundle(count: number, batch: number) {
  const ids = Array.from({ length: count }, (_, i) => `fixture-${batch}-actor-${i}`);
  return {
    format: 'claimgraph-bundle/1',
    article: {
      id: `article-round-trip-fixture-${batch}`,
      title: 'Round-trip fixture',
      published: '2024-10-23',
      cites: ['yonhap'],
    },
    actors: ids.map((id, i) => ({ id, name: `Fixture actor ${batch}-${i}`, kind: 'PERSON', aliases: [] })),
    relations: ids.map((id) => ({ from: id, type: 'REPRESENTS', to: 'ukraine', role: 'Spokesperson' })),
    events: [],
    statements: ids.map((id) => ({
      id: `${id}-says`,
      text: `Statement by ${id}.`,
      about: ['dprk-troop-deployment-to-russia'],
    })),
    stances: ids.flatMap((id) => [
      {
        actor: id,
        statement: `${id}-says`,
        stance: 'CLAIMED',
        date: { date: '2024-10-23', precision: 'DAY' },
      },
      {
        actor: id,
        statement: 'dprk-troops-to-russia',
        stance: 'CLAIMED',
        date: { date: '2024-10-23', precision: 'DAY' },
      },
    ]),
    links: ids.map((id) => ({ from: `${id}-says`, type: 'SUPPORTS', to: 'dprk-troops-to-russia' })),
  };
}

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
  // The query is deliberately expensive; the cost limit is tested elsewhere.
  server = await testServer(db, { MAX_QUERY_COST: '10000000' });
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

/** Objects the response holds: what an N+1 implementation would pay one round trip for. */
function countObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countObjects(v), 0);
  if (value && typeof value === 'object')
    return 1 + Object.values(value).reduce((n: number, v) => n + countObjects(v), 0);
  return 0;
}

test('a deep nested query stays within its depth bound on 16, 316 and 616 actors', async () => {
  const sizes: number[] = [];
  for (const extra of [0, 300, 300]) {
    if (extra > 0) await ingestBundle(db, extraActorsBundle(extra, sizes.length));
    const result = await server.run<{ actors: { totalCount: number; edges: unknown[] } }>(DEEP_QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
    sizes.push(result.data?.actors.totalCount ?? -1);
    if (extra > 0) {
      // 100 actors, each with stances, statements, their stances and actors: thousands of
      // objects, still one round trip.
      expect(result.data?.actors.edges).toHaveLength(100);
      expect(countObjects(result.data)).toBeGreaterThan(1000);
    }
  }
  expect(sizes).toEqual([16, 316, 616]);
});

test('several root fields, fragments and aliases: one round trip per root field', async () => {
  const result = await server.run(`
    fragment who on Actor { id name ... on Agency { citedBy(first: 1) { id } } }
    {
      a: actor(id: "kyrylo-budanov") { ...who stances(first: 2) { statement { id } } }
      b: actor(id: "north-korea") { ...who }
      statements(first: 2) { edges { node { id stances(first: 1) { actor { ...who } } } } }
      node(id: "dprk-troops-to-russia") { id ... on Statement { text } }
    }`);
  expect(result.errors).toBeUndefined();
  expect(result.roundTrips).toBe(4);
});

test('full-text search finds, ranks, pages and projects its hits in one round trip', async () => {
  const result = await server.run(`{
    search(query: "Pyongyang", first: 3) {
      totalCount
      edges { node { score node { __typename ... on Actor { name stances(first: 2) { type } } ... on Statement { text } } } }
    }
  }`);
  expect(result.errors).toBeUndefined();
  expect(result.roundTrips).toBe(1);
});

test('a breakdown answers all its direct fields in one round trip', async () => {
  // The research file and every selected object (statement, stances by the id index of their
  // type, supporting and refuting statements) in one statement.
  const result = await server.run<{ stanceBreakdown: Record<string, unknown[]> }>(`{
    stanceBreakdown(statementId: "dprk-troops-to-russia", asOf: "2024-12-31") {
      statement { text }
      claimed { actor { name } } confirmed { actor { name } } denied { actor { name } }
      supportedBy { id text } refutedBy { id text }
    }
  }`);
  expect(result.errors).toBeUndefined();
  // Every list has rows (so every projection ran); the sizes depend on the fixtures added above.
  const empty = Object.entries(result.data?.stanceBreakdown ?? {}).filter(
    ([, value]) => Array.isArray(value) && value.length === 0,
  );
  expect({ empty, roundTrips: result.roundTrips }).toEqual({ empty: [], roundTrips: 1 });
});

test('a research row answers a selection of ids alone, and a loaded selection in the same one round trip', async () => {
  type Ids = { id: string }[];
  // One root field per request, so each count is that root field's alone.
  const breakdown = (stance: string, statement: string) =>
    server.run<{ stanceBreakdown: { claimed: Ids; supportedBy: Ids } }>(`{
      stanceBreakdown(statementId: "dprk-troops-to-russia") { claimed { ${stance} } supportedBy { ${statement} } }
    }`);
  const contested = (statement: string) =>
    server.run<{ contestedStatements: { statement: { id: string } }[] }>(
      `{ contestedStatements(first: 5) { statement { ${statement} } } }`,
    );
  const idsOnly = { breakdown: await breakdown('id', 'id'), contested: await contested('id') };
  const loaded = {
    breakdown: await breakdown('id type date { date } actor { name }', 'id text'),
    contested: await contested('id text'),
  };
  expect(idsOnly.breakdown.errors).toBeUndefined();
  expect(idsOnly.contested.errors).toBeUndefined();
  expect(loaded.breakdown.errors).toBeUndefined();
  expect(loaded.contested.errors).toBeUndefined();
  // The same objects, in the same order, whether the row's ids answer or the statement projects
  // them: 1 round trip each way (before the fold, 3 for the loaded breakdown, 2 for contested).
  const ids = (r: typeof idsOnly) => ({
    claimed: r.breakdown.data?.stanceBreakdown.claimed.map((s) => s.id),
    supportedBy: r.breakdown.data?.stanceBreakdown.supportedBy.map((s) => s.id),
    contested: r.contested.data?.contestedStatements.map((c) => c.statement.id),
    roundTrips: [r.breakdown.roundTrips, r.contested.roundTrips],
  });
  expect(ids(idsOnly)).toEqual({ ...ids(loaded), roundTrips: [1, 1] });
  expect(ids(loaded).roundTrips).toEqual([1, 1]);
  expect(ids(idsOnly).contested).toHaveLength(2);
});

test("a breakdown's direct fields and its positions project the same stances", async () => {
  // Both are projected in the breakdown's statement, the direct fields through the id index of
  // their one type, the positions through the index of each id's type: the same objects.
  const stance = 'id type date { date knownBy } actor { name } statement { id }';
  const result = await server.run<{
    contestedStatements: { claimed: { id: string }[]; positions: { current: { id: string } }[] }[];
  }>(`{
    contestedStatements(asOf: "2024-12-31") {
      claimed { ${stance} } denied { ${stance} }
      positions { current { ${stance} } }
    }
  }`);
  expect(result.errors).toBeUndefined();
  for (const row of result.data?.contestedStatements ?? []) {
    const current = new Map(row.positions.map((p) => [p.current.id, p.current]));
    expect(row.claimed.length).toBeGreaterThan(0);
    for (const s of row.claimed) expect(s).toEqual(current.get(s.id));
  }
  // Before the fold of positions: the breakdown's statement, then one batch of their stances.
  expect(result.roundTrips).toBe(1);
});

/**
 * The same objects fetched one root field each, through `stance(id:)` / `actor(id:)` (compiled
 * lookups, not the research path), by id: the answers the folded path must equal. In requests
 * of 15 root fields, under the alias limit.
 */
async function byLookups<T>(root: 'stance' | 'actor', ids: readonly string[], selection: string) {
  const unique = [...new Set(ids)];
  const found = new Map<string, T | undefined>();
  for (let start = 0; start < unique.length; start += 15) {
    const chunk = unique.slice(start, start + 15);
    const result = await server.run<Record<string, T>>(
      `{ ${chunk.map((id, i) => `o${i}: ${root}(id: ${JSON.stringify(id)}) { ${selection} }`).join('\n')} }`,
    );
    expect(result.errors).toBeUndefined();
    chunk.forEach((id, i) => found.set(id, result.data?.[`o${i}`]));
  }
  return found;
}

test("a breakdown's positions, their actors and stances of every type, in one round trip", async () => {
  type Stance = { id: string; type: string; date: { date: string; knownBy: string }; quote: string | null };
  type Position = { effect: string; actor: { id: string; name: string }; current: Stance; history: Stance[] };
  const stance = 'id type date { date knownBy } quote statement { text }';
  const breakdown = (selection: string) =>
    server.run<{ stanceBreakdown: { positions: Position[] } }>(
      `{ stanceBreakdown(statementId: "dprk-troops-to-russia") { positions { ${selection} } } }`,
    );
  // The selection the brief measures: 1 round trip (3 before: the breakdown, one batch of
  // actors, one of stances shared by current and history).
  const measured = await breakdown('actor { name } current { type } history { type }');
  expect(measured.errors).toBeUndefined();
  expect(measured.roundTrips).toBe(1);

  const ids = await breakdown('effect current { id } history { id }');
  const folded = await breakdown(`effect actor { id name } current { ${stance} } history { ${stance} }`);
  expect(ids.errors).toBeUndefined();
  expect(folded.errors).toBeUndefined();
  expect([ids.roundTrips, folded.roundTrips]).toEqual([1, 1]);
  const positions = folded.data?.stanceBreakdown.positions ?? [];
  // Positions in the row's order, each history in its order, nothing dropped: the ids the row
  // itself answers with.
  expect(
    positions.map((p) => ({
      effect: p.effect,
      current: { id: p.current.id },
      history: p.history.map((h) => ({ id: h.id })),
    })),
  ).toEqual(ids.data?.stanceBreakdown.positions);
  // Stances of several types, so several branches of the seek ran.
  const types = new Set(positions.flatMap((p) => p.history.map((h) => h.type)));
  expect(types.size).toBeGreaterThan(1);
  expect(positions.length).toBeGreaterThan(300);
  expect(measured.data?.stanceBreakdown.positions).toEqual(
    positions.map((p) => ({
      actor: { name: p.actor.name },
      current: { type: p.current.type },
      history: p.history.map((h) => ({ type: h.type })),
    })),
  );

  // The same objects as the compiled lookups give: every seed actor's position, and a few of the
  // fixtures' (all alike).
  const fixture = (p: Position) => p.actor.id.startsWith('fixture-');
  const sample = [...positions.filter((p) => !fixture(p)), ...positions.filter(fixture).slice(0, 3)];
  expect(sample.length).toBeGreaterThan(3);
  const stances = await byLookups<Stance>(
    'stance',
    sample.flatMap((p) => [p.current.id, ...p.history.map((h) => h.id)]),
    stance,
  );
  const actors = await byLookups<{ id: string; name: string }>(
    'actor',
    sample.map((p) => p.actor.id),
    'id name',
  );
  for (const p of sample) {
    expect(p.actor).toEqual(actors.get(p.actor.id));
    expect(p.current).toEqual(stances.get(p.current.id));
    for (const h of p.history) expect(h).toEqual(stances.get(h.id));
  }
});

test('actorTimeline projects its stances in its own statement: one round trip', async () => {
  type Stance = {
    id: string;
    type: string;
    date: { date: string };
    quote: string | null;
    statement: { text: string };
  };
  const stance = 'id type date { date } quote venue statement { text }';
  const timeline = (args: string, selection: string) =>
    server.run<{ actorTimeline: Stance[] }>(`{ actorTimeline(${args}) { ${selection} } }`);
  for (const args of [
    'actorId: "zelenskyy", from: "2024-10-13", to: "2024-10-17"',
    'actorId: "kyrylo-budanov"',
  ]) {
    const ids = await timeline(args, 'id');
    const folded = await timeline(args, stance);
    expect(ids.errors).toBeUndefined();
    expect(folded.errors).toBeUndefined();
    // 1 round trip each (before: 2 with stance fields, the file then one batch of stances).
    expect([ids.roundTrips, folded.roundTrips]).toEqual([1, 1]);
    const stances = folded.data?.actorTimeline ?? [];
    expect(stances.length).toBeGreaterThan(0);
    // The file's order, nothing dropped; the same objects as the compiled lookups give.
    expect(stances.map((s) => ({ id: s.id }))).toEqual(ids.data?.actorTimeline);
    const lookups = await byLookups<Stance>(
      'stance',
      stances.map((s) => s.id),
      stance,
    );
    for (const s of stances) expect(s).toEqual(lookups.get(s.id));
  }
});
