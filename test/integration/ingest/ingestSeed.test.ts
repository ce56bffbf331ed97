import type { Database } from '../../../src/db';
import { AmbiguousReferenceError, InvalidBundleError } from '../../../src/errors';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { loadSeed, loadSeedIfEmpty } from '../../../src/ingest/loadSeed';
import { at, loadSeedBundle } from '../../support/bundles';
import { countEverything, resetDatabase, testDatabase } from '../../support/database';
import { graphCounts } from './graphCounts';

const SEED_ARTICLE = 'article-2024-10-22-dprk-denial';

let db: Database;

beforeAll(() => {
  db = testDatabase();
});

afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  await resetDatabase(db);
});

/** An article that only refers to the seed graph's actors and statements. */
function laterBundle(stances: unknown[], extra: Record<string, unknown> = {}) {
  return {
    format: 'claimgraph-bundle/1',
    article: { id: 'article-later', title: 'A later article', published: '2024-10-29' },
    stances,
    ...extra,
  };
}

test('the seed goes in whole, and loading it again changes nothing', async () => {
  const [first] = await loadSeed(db);
  expect(first).toMatchObject({
    articleId: SEED_ARTICLE,
    dryRun: false,
    nodes: { created: 34, updated: 0, unchanged: 0, removed: 0 },
    relationships: { created: 69, updated: 0, unchanged: 0, removed: 0 },
    warnings: [],
  });
  const before = await graphCounts(db);
  expect(before).toEqual({
    nodes: { ':Actor': 10, ':Actor:Agency': 6, ':Statement': 12, ':Event': 5, ':Article': 1 },
    relationships: {
      CLAIMED: 13,
      CONFIRMED: 2,
      DENIED: 1,
      DECLINED_TO_CONFIRM: 3,
      SUPPORTS: 9,
      REFUTES: 2,
      REPORTS: 12,
      CITES: 1,
      ABOUT: 11,
      PART_OF: 7,
      PARTICIPATED_IN: 3,
      LEADS: 2,
      REPRESENTS: 3,
    },
  });

  const [again] = await loadSeed(db);
  expect(again).toMatchObject({
    articleId: SEED_ARTICLE,
    nodes: { created: 0, updated: 0, unchanged: 34, removed: 0 },
    relationships: { created: 0, updated: 0, unchanged: 69, removed: 0 },
    warnings: [],
  });
  expect(await graphCounts(db)).toEqual(before);
});

test('the seed is written as the graph model says', async () => {
  await loadSeed(db);
  const [kremlin] = await db.read(
    "MATCH (a:Actor {id: 'kremlin'})-[r:DECLINED_TO_CONFIRM]->(s:Statement) RETURN a:Agency AS agency, a.aliasKeys AS keys, r {.*} AS r, s.id AS statement",
  );
  expect(kremlin).toEqual({
    agency: true,
    keys: ['kremlin'],
    statement: 'dprk-troops-to-russia',
    r: {
      id: 'kremlin:DECLINED_TO_CONFIRM:dprk-troops-to-russia:2024-10-21',
      date: '2024-10-21',
      precision: 'DAY',
      knownBy: '2024-10-21',
      dateText: 'On Monday',
      paraphrase: 'The Kremlin refused to confirm reports of North Korean troops.',
      sources: [SEED_ARTICLE],
    },
  });
  const [nis] = await db.read(
    "MATCH (:Actor {id: 'south-korea-nis'})-[r:CLAIMED]->(:Statement {id: 'dprk-decided-to-send-12000'}) RETURN r.date AS date, r.precision AS precision, r.knownBy AS knownBy",
  );
  expect(nis).toEqual({ date: '2024-10-14', precision: 'WEEK', knownBy: '2024-10-20' });
  const [statement] = await db.read(
    "MATCH (s:Statement {id: 'dprk-troops-to-russia'}) RETURN s.firstStanceDate AS first, size(s.quotes) AS quotes, s.figureValue AS figure",
  );
  expect(statement).toEqual({ first: '2024-10-13', quotes: 1, figure: null });
  const [figure] = await db.read(
    "MATCH (s:Statement {id: 'dprk-decided-to-send-12000'}) RETURN s.figureValue AS value, s.figureUnit AS unit, s.figureQualifier AS qualifier, s.figureKind AS kind",
  );
  expect(figure).toEqual({ value: 12000, unit: 'troops', qualifier: 'APPROXIMATE', kind: 'OBSERVED' });
  const [cites] = await db.read(
    `MATCH (:Article {id: '${SEED_ARTICLE}'})-[:CITES]->(a:Agency) RETURN collect(a.id) AS ids`,
  );
  expect(cites).toEqual({ ids: ['yonhap'] });
});

test('loadSeedIfEmpty loads only into a database without articles', async () => {
  expect((await loadSeedIfEmpty(db)).map((s) => s.articleId)).toEqual([SEED_ARTICLE]);
  expect(await loadSeedIfEmpty(db)).toEqual([]);
});

test('a bad bundle is refused whole, with JSON paths, and writes nothing', async () => {
  await loadSeed(db);
  const before = await countEverything(db);
  const bundle = loadSeedBundle();
  bundle.article.id = 'article-bad';
  at(bundle.stances, 3).actor = 'Atlantis'; // unknown reference
  at(bundle.stances, 5).date = { date: '2024-02-30' }; // bad date
  bundle.statements.push({ id: 'new-statement', text: 'Would be new.' });
  const error = await ingestBundle(db, bundle).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidBundleError);
  expect((error as InvalidBundleError).extensions.code).toBe('INVALID_BUNDLE');
  expect((error as InvalidBundleError).problems).toEqual([
    {
      path: '$.stances[3].actor',
      message: 'unknown actor "Atlantis": not an id, name or alias of an actor in the bundle or the graph',
    },
    {
      path: '$.stances[5].date.date',
      message: '2024-02-30 is not a calendar date (YYYY-MM-DD, years 0001–9999)',
    },
  ]);
  expect(await countEverything(db)).toEqual(before);

  // A bundle that fails the JSON Schema is refused on the schema's problems alone.
  Object.assign(at(bundle.stances, 4), { stance: 42 }); // wrong type
  const shape = await ingestBundle(db, bundle).catch((e: unknown) => e);
  expect((shape as InvalidBundleError).problems).toEqual([
    {
      path: '$.stances[4].stance',
      message:
        'must be one of CLAIMED, CONFIRMED, DENIED, DECLINED_TO_CONFIRM, DID_NOT_DENY, DECLINED_TO_COMMENT, RETRACTED',
    },
  ]);
  expect(await countEverything(db)).toEqual(before);
});

test('references unknown to both the bundle and the graph are refused', async () => {
  const error = await ingestBundle(
    db,
    laterBundle([{ actor: 'north-korea', statement: 'dprk-troops-to-russia', stance: 'DENIED' }]),
  ).catch((e: unknown) => e);
  expect((error as InvalidBundleError).problems).toEqual([
    {
      path: '$.stances[0].actor',
      message: 'unknown actor "north-korea": not an id, name or alias of an actor in the bundle or the graph',
    },
    {
      path: '$.stances[0].statement',
      message: 'unknown statement "dprk-troops-to-russia": not in the bundle or the graph',
    },
  ]);
  expect(await countEverything(db)).toEqual({ nodes: 0, relationships: 0 });
});

test('an alias resolves to the existing actor, and a repeated stance gains the new source', async () => {
  await loadSeed(db);
  const before = await graphCounts(db);
  const summary = await ingestBundle(
    db,
    laterBundle([
      {
        actor: 'Pyongyang',
        statement: 'dprk-troops-to-russia',
        stance: 'DENIED',
        date: { text: 'last week' },
      },
      {
        actor: 'THE KREMLIN',
        statement: 'dprk-troops-to-russia',
        stance: 'DECLINED_TO_CONFIRM',
        date: { date: '2024-10-21' },
      },
    ]),
  );
  expect(summary).toMatchObject({
    articleId: 'article-later',
    // The article is new; the statement and both actors gain it in `sources`.
    nodes: { created: 1, updated: 3, unchanged: 0, removed: 0 },
    // The DENIED stance and REPORTS are new; the Kremlin's stance gains a source.
    relationships: { created: 2, updated: 1, unchanged: 0, removed: 0 },
    warnings: [],
  });
  const after = await graphCounts(db);
  expect(after.nodes).toEqual({ ...before.nodes, ':Article': 2 });
  const rows = await db.read(
    "MATCH (a:Actor)-[r:DENIED|DECLINED_TO_CONFIRM]->(:Statement {id: 'dprk-troops-to-russia'}) WHERE 'article-later' IN r.sources RETURN a.id AS actor, r.id AS id, r.sources AS sources ORDER BY actor",
  );
  expect(rows).toEqual([
    {
      actor: 'kremlin',
      id: 'kremlin:DECLINED_TO_CONFIRM:dprk-troops-to-russia:2024-10-21',
      sources: [SEED_ARTICLE, 'article-later'],
    },
    {
      actor: 'north-korea',
      id: 'north-korea:DENIED:dprk-troops-to-russia:2024-10-21',
      sources: ['article-later'],
    },
  ]);
});

test("a known id declared again extends the actor's aliases", async () => {
  await loadSeed(db);
  const summary = await ingestBundle(
    db,
    laterBundle(
      [
        {
          actor: "Democratic People's Republic of Korea",
          statement: 'dprk-troops-to-russia',
          stance: 'DENIED',
        },
      ],
      {
        actors: [
          {
            id: 'north-korea',
            name: 'North Korea',
            kind: 'STATE',
            aliases: ["Democratic People's Republic of Korea", 'DPRK'],
          },
        ],
      },
    ),
  );
  expect(summary.nodes).toEqual({ created: 1, updated: 2, unchanged: 0, removed: 0 });
  const [actor] = await db.read(
    "MATCH (a:Actor {id: 'north-korea'}) RETURN a.aliases AS aliases, a.aliasKeys AS keys",
  );
  expect(actor).toEqual({
    aliases: ['DPRK', 'Pyongyang', "Democratic People's Republic of Korea"],
    keys: ['north korea', 'dprk', 'pyongyang', 'democratic peoples republic of korea'],
  });
  const [count] = await db.read("MATCH (a:Actor) WHERE a.name = 'North Korea' RETURN count(a) AS c");
  expect(count).toEqual({ c: 1 });
});

test('an alias shared by two actors is refused as ambiguous, naming both, and writes nothing', async () => {
  await loadSeed(db);
  const before = await countEverything(db);
  const error = await ingestBundle(
    db,
    laterBundle([{ actor: 'Pyongyang', statement: 'dprk-troops-to-russia', stance: 'DENIED' }], {
      actors: [{ id: 'pyongyang-city', name: 'Pyongyang', kind: 'GROUP' }],
    }),
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AmbiguousReferenceError);
  expect((error as AmbiguousReferenceError).extensions).toMatchObject({
    code: 'AMBIGUOUS_REFERENCE',
    references: [
      { path: '$.stances[0].actor', reference: 'Pyongyang', candidates: ['north-korea', 'pyongyang-city'] },
    ],
  });
  expect(await countEverything(db)).toEqual(before);
});
