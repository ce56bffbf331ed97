import type { Database } from '../../../src/db';
import { ingestBundle, ingestBundleFrom, type IngestSummary } from '../../../src/ingest/ingestBundle';
import { loadSeedBundle, type FullBundle } from '../../support/bundles';
import { resetDatabase, testDatabase } from '../../support/database';
import { duplicates, graphCounts } from './graphCounts';

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});

afterAll(async () => {
  await db.close();
});

/**
 * Eight bundles that overlap almost entirely: the seed under eight article ids, each adding one
 * actor and one statement of its own, half of them also naming a shared extra actor that only
 * they define. All start against an empty graph, so they race to create the same nodes.
 */
function overlappingBundles(): FullBundle[] {
  return Array.from({ length: 8 }, (_, k) => {
    const bundle = loadSeedBundle();
    bundle.article.id = `article-concurrent-${k}`;
    bundle.actors.push({ id: `observer-${k}`, name: `Observer ${k}`, kind: 'PERSON', aliases: [] });
    bundle.statements.push({
      id: `observation-${k}`,
      text: `Observation ${k}.`,
      about: ['dprk-troop-deployment-to-russia'],
    });
    bundle.stances.push({
      actor: `Observer ${k}`,
      statement: 'dprk-troops-to-russia',
      stance: 'CLAIMED',
      date: { text: 'yesterday' },
    });
    bundle.links.push({ from: `observation-${k}`, type: 'SUPPORTS', to: 'dprk-troops-to-russia' });
    if (k % 2 === 0) {
      bundle.actors.push({
        id: 'shared-analyst',
        name: 'Shared analyst',
        kind: 'PERSON',
        aliases: [`Analyst ${k}`],
      });
      bundle.relations.push({ from: 'shared-analyst', type: 'PART_OF', to: 'south-korea' });
    }
    return bundle;
  });
}

/**
 * Ingests each bundle, the odd ones as the CLI does: from a loader that parses the JSON text
 * again on every call (a retry after a uniqueness race calls it again).
 */
function ingestAll(bundles: FullBundle[]): Promise<IngestSummary[]> {
  return Promise.all(
    bundles.map((bundle, k) => {
      if (k % 2 === 0) return ingestBundle(db, bundle);
      const text = JSON.stringify(bundle);
      return ingestBundleFrom(db, () => JSON.parse(text) as unknown);
    }),
  );
}

test('eight concurrent ingests of overlapping bundles leave no duplicates', async () => {
  const summaries = await ingestAll(overlappingBundles());

  expect(await duplicates(db)).toEqual({ nodes: [], stances: [], edges: [] });
  const counts = await graphCounts(db);
  // Seed: 16 actors, 12 statements, 5 events; plus 8 observers, the shared analyst, 8
  // observations and 8 articles.
  expect(counts.nodes).toEqual({
    ':Actor': 19,
    ':Actor:Agency': 6,
    ':Statement': 20,
    ':Event': 5,
    ':Article': 8,
  });
  // Each node was created by exactly one of the ingests, whatever the interleaving and retries.
  expect(summaries.reduce((n, s) => n + s.nodes.created, 0)).toBe(19 + 6 + 20 + 5 + 8);
  expect(counts.relationships).toEqual({
    CLAIMED: 13 + 8,
    CONFIRMED: 2,
    DENIED: 1,
    DECLINED_TO_CONFIRM: 3,
    SUPPORTS: 9 + 8,
    REFUTES: 2,
    REPORTS: 8 * 13,
    CITES: 8,
    ABOUT: 11 + 8,
    PART_OF: 7 + 1,
    PARTICIPATED_IN: 3,
    LEADS: 2,
    REPRESENTS: 3,
  });

  // Every shared stance lists all eight articles as its sources, once each.
  const [sources] = await db.read(
    "MATCH (:Actor {id: 'kremlin'})-[r:DECLINED_TO_CONFIRM]->(:Statement {id: 'dprk-troops-to-russia'}) RETURN r.sources AS sources",
  );
  expect([...(sources?.sources as string[])].sort()).toEqual(
    Array.from({ length: 8 }, (_, k) => `article-concurrent-${k}`),
  );
  const [analyst] = await db.read("MATCH (a:Actor {id: 'shared-analyst'}) RETURN a.aliases AS aliases");
  expect([...(analyst?.aliases as string[])].sort()).toEqual([
    'Analyst 0',
    'Analyst 2',
    'Analyst 4',
    'Analyst 6',
  ]);
  const [statement] = await db.read(
    "MATCH (s:Statement {id: 'dprk-troops-to-russia'}) RETURN s.firstStanceDate AS first",
  );
  expect(statement).toEqual({ first: '2024-10-13' });

  // And doing it all again changes nothing.
  const again = await ingestAll(overlappingBundles());
  expect(
    again.map((s) => [s.nodes.created + s.nodes.updated, s.relationships.created + s.relationships.updated]),
  ).toEqual(Array.from({ length: 8 }, () => [0, 0]));
  expect(await graphCounts(db)).toEqual(counts);
});
