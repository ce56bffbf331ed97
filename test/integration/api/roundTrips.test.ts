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

test('a folded breakdown answers as the loaders did', async () => {
  // `positions` still loads through the loaders (its nested objects); the direct fields are
  // projected in the breakdown's statement: both paths must give the same objects. The first
  // 100 positions (by date, as every list) hold the first 20 claims and denials.
  const stance = 'id type date { date knownBy } actor { name } statement { id }';
  const viaPositions = await server.run<{
    contestedStatements: { claimed: { id: string }[]; positions: { current: { id: string } }[] }[];
  }>(`{
    contestedStatements(asOf: "2024-12-31") {
      claimed { ${stance} } denied { ${stance} }
      positions(first: 100) { current { ${stance} } }
    }
  }`);
  expect(viaPositions.errors).toBeUndefined();
  for (const row of viaPositions.data?.contestedStatements ?? []) {
    const current = new Map(row.positions.map((p) => [p.current.id, p.current]));
    expect(row.claimed.length).toBeGreaterThan(0);
    for (const s of row.claimed) expect(s).toEqual(current.get(s.id));
  }
  // The breakdown's statement, then one batch of the positions' stances.
  expect(viaPositions.roundTrips).toBe(2);
});
