import type { Database } from '../../../src/db';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';
import { testServer, type TestServer } from '../../support/server';

// No N+1: the Cypher round trips of an operation depend on its depth, not on how many results
// it returns. The same deep query is run on the seed graph and on the seed plus 300 more
// actors, each with stances; the round-trip count must be the same.

const DEEP_QUERY = `{
  actors(first: 100) {
    totalCount
    edges { node {
      name
      affiliations { role actor { name members { actor { name } } } }
      stances {
        type
        sources { title cites { name } }
        statement {
          text
          about { name partOf { name } }
          stances { actor { name } }
          supportedBy { text }
          refutedBy { text }
        }
      }
    } }
  }
}`;

// Upper bound from the query's shape: each loader-backed field path costs at most one round
// trip, because all its parents arrive in one batch. Stance rows carry their actor or
// statement, and links carry the linked statement, so those paths cost nothing. Counted by
// hand from DEEP_QUERY:
//  1 actors                 2 affiliations           3 affiliations.actor
//  4 .actor.members         5 members.actor          6 stances (with statements)
//  7 stances.sources        8 sources.cites (ids)    9 cites -> actors
// 10 statement.about (ids) 11 about -> events       12 about.partOf (ids)
// 13 partOf -> events      14 statement.stances (with actors)
// 15 supportedBy / refutedBy links (one loader; linked statements ride along)
// Fewer happen when a level's keys are all cached or two paths share a batch.
const ROUND_TRIP_BOUND = 15;

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
    expect(result.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BOUND);
    expect(result.roundTrips).toBeGreaterThanOrEqual(10);
    sizes.push(result.data?.actors.totalCount ?? -1);
    if (extra > 0) {
      // 100 actors, each with stances, statements, their stances and actors: thousands of
      // objects, still at most ROUND_TRIP_BOUND round trips.
      expect(result.data?.actors.edges).toHaveLength(100);
      expect(countObjects(result.data)).toBeGreaterThan(1000);
    }
  }
  expect(sizes).toEqual([16, 316, 616]);
});
