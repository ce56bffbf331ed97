import { readFileSync } from 'node:fs';
import type { Database } from '../../../src/db';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { loadSeed } from '../../../src/ingest/loadSeed';
import { repoPath } from '../../../src/paths';
import { resetDatabase, testDatabase } from '../../support/database';
import { duplicates, graphCounts } from './graphCounts';

const EXAMPLE = 'article-2024-11-05-dprk-troops-in-kursk';
const example = () =>
  JSON.parse(
    readFileSync(repoPath('data', 'examples', '2024-11-dprk-troops-in-kursk.bundle.json'), 'utf8'),
  ) as unknown;

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await loadSeed(db);
});

afterAll(async () => {
  await db.close();
});

test('the second example bundle merges with the seed graph', async () => {
  const summary = await ingestBundle(db, example());
  expect(summary).toMatchObject({
    articleId: EXAMPLE,
    // New: the article, 7 actors, 2 events, 5 statements. Updated: the 10 seed nodes it mentions
    // (7 actors and 3 statements or events) gain it in `sources` (North Korea an alias too).
    nodes: { created: 15, updated: 10, unchanged: 0, removed: 0 },
    relationships: { created: 39, updated: 0, unchanged: 0, removed: 0 },
    warnings: [],
  });
  expect(await duplicates(db)).toEqual({ nodes: [], stances: [], edges: [] });

  // Shared actors stay single nodes, whatever the bundle calls them.
  const [actors] = await db.read(
    "MATCH (a:Actor) RETURN count(a) AS all, count(CASE WHEN a.name IN ['North Korea', 'United States', 'National Intelligence Service', 'Zelenskyy'] THEN 1 END) AS shared",
  );
  expect(actors).toEqual({ all: 23, shared: 4 });
  const [northKorea] = await db.read("MATCH (a:Actor {id: 'north-korea'}) RETURN a.aliases AS aliases");
  expect(northKorea).toEqual({ aliases: ['DPRK', 'Pyongyang', "Democratic People's Republic of Korea"] });

  // New stances attach to the existing statement, with dates resolved against 2024-11-05.
  const stances = await db.read(
    `MATCH (a:Actor)-[r]->(s:Statement {id: 'dprk-troops-to-russia'}) WHERE '${EXAMPLE}' IN r.sources
     RETURN a.id AS actor, type(r) AS stance, r.date AS date, r.precision AS precision ORDER BY date, actor`,
  );
  expect(stances).toEqual([
    { actor: 'lloyd-austin', stance: 'CONFIRMED', date: '2024-10-23', precision: 'DAY' },
    { actor: 'united-states', stance: 'CONFIRMED', date: '2024-10-23', precision: 'DAY' },
    { actor: 'vladimir-putin', stance: 'DECLINED_TO_CONFIRM', date: '2024-10-24', precision: 'DAY' },
    { actor: 'kim-jong-gyu', stance: 'DECLINED_TO_CONFIRM', date: '2024-10-25', precision: 'DAY' },
    { actor: 'mark-rutte', stance: 'CONFIRMED', date: '2024-10-28', precision: 'DAY' },
  ]);
  const [all] = await db.read(
    "MATCH (:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM]->(:Statement {id: 'dprk-troops-to-russia'}) RETURN count(r) AS c",
  );
  expect(all).toEqual({ c: 13 });

  // Relative dates: "last week" from Tuesday 5 November, "On Monday" = 4 November.
  const relative = await db.read(
    `MATCH (a:Actor)-[r]->(s:Statement) WHERE r.dateText IN ['last week', 'On Monday'] AND '${EXAMPLE}' IN r.sources
     RETURN a.id AS actor, r.date AS date, r.precision AS precision, r.knownBy AS knownBy ORDER BY actor`,
  );
  expect(relative).toEqual([
    { actor: 'us-department-of-defense', date: '2024-10-28', precision: 'WEEK', knownBy: '2024-11-03' },
    { actor: 'zelenskyy', date: '2024-11-04', precision: 'DAY', knownBy: '2024-11-04' },
  ]);

  // References by alias in relations, participants and cites reach the seed's actors and events.
  const links = await db.read(
    `MATCH (a)-[r:REPRESENTS|LEADS|PART_OF|PARTICIPATED_IN|CITES]->(b)
     WHERE a.id IN ['kim-jong-gyu', 'vladimir-putin', 'us-department-of-defense', 'antony-blinken', 'dprk-troops-in-kursk', '${EXAMPLE}']
        OR (type(r) = 'PARTICIPATED_IN' AND b.id = 'us-south-korea-2-plus-2-2024')
     RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY from, type, to`,
  );
  expect(links).toEqual([
    { from: 'antony-blinken', type: 'PARTICIPATED_IN', to: 'us-south-korea-2-plus-2-2024' },
    { from: 'antony-blinken', type: 'REPRESENTS', to: 'united-states' },
    { from: EXAMPLE, type: 'CITES', to: 'south-korea-nis' },
    { from: 'dprk-troops-in-kursk', type: 'PART_OF', to: 'dprk-troop-deployment-to-russia' },
    { from: 'kim-jong-gyu', type: 'REPRESENTS', to: 'north-korea' },
    { from: 'lloyd-austin', type: 'PARTICIPATED_IN', to: 'us-south-korea-2-plus-2-2024' },
    { from: 'south-korea', type: 'PARTICIPATED_IN', to: 'us-south-korea-2-plus-2-2024' },
    { from: 'us-department-of-defense', type: 'PART_OF', to: 'united-states' },
    { from: 'vladimir-putin', type: 'LEADS', to: 'russia' },
  ]);
  const [kursk] = await db.read(
    "MATCH (e:Event {id: 'dprk-troops-in-kursk'}) RETURN e.date AS date, e.datePrecision AS precision, e.dateText AS text",
  );
  expect(kursk).toEqual({ date: '2024-10-31', precision: 'ON_OR_BEFORE', text: 'by 31 October' });

  // Ingesting either bundle again changes nothing.
  const before = await graphCounts(db);
  const again = await ingestBundle(db, example());
  // Unchanged: the 15 nodes it created and the 10 seed nodes it mentions.
  expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 25, removed: 0 });
  expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 39, removed: 0 });
  const [seedAgain] = await loadSeed(db);
  expect(seedAgain?.nodes).toEqual({ created: 0, updated: 0, unchanged: 34, removed: 0 });
  expect(seedAgain?.relationships).toEqual({ created: 0, updated: 0, unchanged: 69, removed: 0 });
  expect(await graphCounts(db)).toEqual(before);
});
