import { cypherFile, type Database, type Row } from '../../src/db';
import { declaredParamValues, QUERY_FILES } from '../../src/data/research';
import { testDatabase } from '../support/database';
import { resetToSeed } from '../support/seed';
import { DEPLOYMENT_SUPPORTERS } from '../integration/research/fixtures';

// The research query files answer the research questions (docs/research-queries.md) exactly on the seed graph, run as
// Neo4j Browser runs them: their own text, their own `:param` values (overridden only where
// a question asks for a second date). Questions 8-12 in full, 1-7 on their key facts.

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
});

afterAll(async () => {
  await db.close();
});

/** Runs a query file with its declared parameters, `overrides` on top. */
async function runFile(file: string, overrides: Record<string, unknown> = {}): Promise<Row[]> {
  const query = cypherFile(file);
  return db.read(query.text, { ...(await declaredParamValues(db, query)), ...overrides });
}

/** Drops the columns that are there for Browser's graph view. */
function withoutGraph(row: Row, ...columns: string[]): Row {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));
}

/** An actor's current position; in the seed each actor took one position, so its history is that stance. */
const holder = (actor: string, date: string, precision: string, stanceId: string) => ({
  actor,
  actorId: stanceId.split(':')[0],
  date,
  precision,
  position: stanceId.split(':')[1],
  stanceId,
  history: [stanceId],
  historyCount: 1,
});
const ZELENSKYY = holder(
  'Zelenskyy',
  '2024-10-13',
  'DAY',
  'zelenskyy:CLAIMED:dprk-troops-to-russia:2024-10-13',
);
const NIS = holder(
  'National Intelligence Service',
  '2024-10-14',
  'WEEK',
  'south-korea-nis:CLAIMED:dprk-troops-to-russia:2024-10-14',
);
const AMBASSADOR = holder(
  'Ukrainian ambassador',
  '2024-10-22',
  'ON_OR_BEFORE',
  'ukraine-ambassador:CLAIMED:dprk-troops-to-russia:2024-10-22',
);
const BUDANOV = holder(
  'Kyrylo Budanov',
  '2024-10-18',
  'DAY',
  'kyrylo-budanov:CONFIRMED:dprk-troops-to-russia:2024-10-18',
);
const DPRK_REP = holder(
  "North Korea's representative to the UN",
  '2024-10-22',
  'ON_OR_BEFORE',
  'dprk-un-representative:DENIED:dprk-troops-to-russia:2024-10-22',
);
const AUSTIN = holder(
  'Lloyd Austin',
  '2024-10-20',
  'DAY',
  'lloyd-austin:DECLINED_TO_CONFIRM:dprk-troops-to-russia:2024-10-20',
);
const KREMLIN = holder(
  'Kremlin',
  '2024-10-21',
  'DAY',
  'kremlin:DECLINED_TO_CONFIRM:dprk-troops-to-russia:2024-10-21',
);
const US = holder(
  'United States',
  '2024-10-22',
  'ON_OR_BEFORE',
  'united-states:DECLINED_TO_CONFIRM:dprk-troops-to-russia:2024-10-22',
);
const DEPLOYMENT_TEXT =
  'North Korea is sending troops to fight on the side of Russia in the war with Ukraine.';
const SUPPORTERS = DEPLOYMENT_SUPPORTERS;
const AMBASSADOR_11000 = holder(
  'Ukrainian ambassador',
  '2024-10-22',
  'ON_OR_BEFORE',
  'ukraine-ambassador:CLAIMED:dprk-plans-11000-regular-troops:2024-10-22',
);

/** A breakdown's `counts`: zero for every list not given. */
const counts = (given: Record<string, number>) => ({
  claimed: 0,
  confirmed: 0,
  denied: 0,
  declinedToConfirm: 0,
  didNotDeny: 0,
  declinedToComment: 0,
  retracted: 0,
  positions: 0,
  supportedBy: 0,
  refutedBy: 0,
  ...given,
});

const DEPLOYMENT_BREAKDOWN = {
  statement: DEPLOYMENT_TEXT,
  status: 'CONTESTED',
  counts: counts({
    claimed: 3,
    confirmed: 1,
    denied: 1,
    declinedToConfirm: 3,
    positions: 8,
    supportedBy: SUPPORTERS.length,
    refutedBy: 1,
  }),
  claimed: [ZELENSKYY, NIS, AMBASSADOR],
  confirmed: [BUDANOV],
  denied: [DPRK_REP],
  declinedToConfirm: [AUSTIN, KREMLIN, US],
  didNotDeny: [],
  declinedToComment: [],
  retracted: [],
  // Each actor once, by its current position, in date order.
  positions: [ZELENSKYY, NIS, BUDANOV, AUSTIN, KREMLIN, DPRK_REP, AMBASSADOR, US],
  supportedBy: SUPPORTERS,
  refutedBy: ['troop-accusations-are-groundless-rumours'],
  statementId: 'dprk-troops-to-russia',
  asOf: null,
};

test('q08: the deployment claim and the 11,000 plan are contested, most contested first', async () => {
  expect(await runFile(QUERY_FILES.contestedStatements)).toEqual([
    { ...DEPLOYMENT_BREAKDOWN, supporting: 12, opposing: 2 },
    {
      statement:
        'Pyongyang is planning to send 11,000 regular troops soon to help Russia in the military operations in Ukraine.',
      status: 'CONTESTED',
      supporting: 1,
      opposing: 1,
      counts: counts({ claimed: 1, positions: 1, refutedBy: 1 }),
      claimed: [AMBASSADOR_11000],
      confirmed: [],
      denied: [],
      declinedToConfirm: [],
      didNotDeny: [],
      declinedToComment: [],
      retracted: [],
      positions: [AMBASSADOR_11000],
      supportedBy: [],
      refutedBy: ['troop-accusations-are-groundless-rumours'],
      statementId: 'dprk-plans-11000-regular-troops',
      asOf: null,
    },
  ]);
  expect(await runFile(QUERY_FILES.contestedStatements, { asOf: '2024-10-19' })).toEqual([]);
  // Each list cut to $first; the counts and the ranking still take everything.
  const [first] = await runFile(QUERY_FILES.contestedStatements, { first: 1 });
  expect(first).toEqual({
    ...DEPLOYMENT_BREAKDOWN,
    supporting: 12,
    opposing: 2,
    claimed: [ZELENSKYY],
    declinedToConfirm: [AUSTIN],
    positions: [ZELENSKYY],
    supportedBy: SUPPORTERS.slice(0, 1),
  });
});

test('q09: Budanov -CONFIRMED-> the deployment claim <-DENIED- the DPRK UN representative', async () => {
  const rows = await runFile(QUERY_FILES.shortestPath);
  expect(rows).toHaveLength(1);
  const row = rows[0] as Row;
  expect(row.path).not.toBeNull();
  expect(withoutGraph(row, 'path', 'edges')).toEqual({
    length: 2,
    route:
      "Kyrylo Budanov -CONFIRMED-> dprk-troops-to-russia <-DENIED- North Korea's representative to the UN",
    nodes: [
      { id: 'kyrylo-budanov', labels: ['Actor'], caption: 'Kyrylo Budanov' },
      {
        id: 'dprk-troops-to-russia',
        labels: ['Statement'],
        caption: 'North Korea is sending troops to fight on the side of Russi…',
      },
      { id: 'dprk-un-representative', labels: ['Actor'], caption: "North Korea's representative to the UN" },
    ],
  });
  expect((row.edges as Row[]).map((e) => [e.source, e.type, e.target])).toEqual([
    ['kyrylo-budanov', 'CONFIRMED', 'dprk-troops-to-russia'],
    ['dprk-un-representative', 'DENIED', 'dprk-troops-to-russia'],
  ]);
  const none = await runFile(QUERY_FILES.shortestPath, { maxHops: 1 });
  expect(none).toEqual([{ path: null, length: null, route: null, nodes: [], edges: [] }]);
});

test('q10: as of 2024-10-19 only Zelenskyy and Budanov; as of 2024-10-22 everyone', async () => {
  const row = (
    actor: string,
    stance: string,
    date: string,
    precision: string,
    knownBy: string,
    dateAsGiven: string | null,
    stanceId: string,
  ) => ({
    actor,
    stance,
    date,
    precision,
    knownBy,
    dateAsGiven,
    stanceId,
  });
  const zelenskyy = row(
    'Zelenskyy',
    'CLAIMED',
    '2024-10-13',
    'DAY',
    '2024-10-13',
    'On 13 October',
    ZELENSKYY.stanceId,
  );
  const budanov = row(
    'Kyrylo Budanov',
    'CONFIRMED',
    '2024-10-18',
    'DAY',
    '2024-10-18',
    'On 18 October',
    BUDANOV.stanceId,
  );
  expect(await runFile(QUERY_FILES.stancesAsOf)).toEqual([zelenskyy, budanov]);
  expect(await runFile(QUERY_FILES.stancesAsOf, { asOf: '2024-10-22' })).toEqual([
    zelenskyy,
    row(
      'National Intelligence Service',
      'CLAIMED',
      '2024-10-14',
      'WEEK',
      '2024-10-20',
      'last week',
      NIS.stanceId,
    ),
    budanov,
    row(
      'Lloyd Austin',
      'DECLINED_TO_CONFIRM',
      '2024-10-20',
      'DAY',
      '2024-10-20',
      'On 20 October',
      AUSTIN.stanceId,
    ),
    row('Kremlin', 'DECLINED_TO_CONFIRM', '2024-10-21', 'DAY', '2024-10-21', 'On Monday', KREMLIN.stanceId),
    row(
      "North Korea's representative to the UN",
      'DENIED',
      '2024-10-22',
      'ON_OR_BEFORE',
      '2024-10-22',
      null,
      DPRK_REP.stanceId,
    ),
    row(
      'Ukrainian ambassador',
      'CLAIMED',
      '2024-10-22',
      'ON_OR_BEFORE',
      '2024-10-22',
      null,
      AMBASSADOR.stanceId,
    ),
    row(
      'United States',
      'DECLINED_TO_CONFIRM',
      '2024-10-22',
      'ON_OR_BEFORE',
      '2024-10-22',
      null,
      US.stanceId,
    ),
  ]);
});

test('q11: two independent origins, South Korea and Ukraine', async () => {
  const SOUTH_KOREA = {
    origin: 'South Korea',
    speakers: ['National Intelligence Service', "South Korea's Ministry of Defence"],
    rootId: 'south-korea',
    speakerIds: ['south-korea-nis', 'south-korea-mod'],
    speakerCount: 2,
    count: 2,
  };
  const UKRAINE = {
    origin: 'Ukraine',
    speakers: ['Kyrylo Budanov', 'Ukrainian ambassador', 'Zelenskyy'],
    rootId: 'ukraine',
    speakerIds: ['kyrylo-budanov', 'ukraine-ambassador', 'zelenskyy'],
    speakerCount: 3,
    count: 2,
  };
  expect(await runFile(QUERY_FILES.independentOrigins)).toEqual([SOUTH_KOREA, UKRAINE]);
  // The origins and each one's speakers cut to $first; `count` and `speakerCount` take everything.
  expect(await runFile(QUERY_FILES.independentOrigins, { first: 1 })).toEqual([
    { ...SOUTH_KOREA, speakers: SOUTH_KOREA.speakers.slice(0, 1), speakerIds: ['south-korea-nis'] },
  ]);
});

test('q12: the deployment claim is contested; the breakdown with the date of each position', async () => {
  expect(await runFile(QUERY_FILES.stanceBreakdown)).toEqual([DEPLOYMENT_BREAKDOWN]);
  // Each list cut to $first; the counts and the status still take everything.
  expect(await runFile(QUERY_FILES.stanceBreakdown, { first: 2 })).toEqual([
    {
      ...DEPLOYMENT_BREAKDOWN,
      claimed: [ZELENSKYY, NIS],
      declinedToConfirm: [AUSTIN, KREMLIN],
      positions: [ZELENSKYY, NIS],
      supportedBy: SUPPORTERS.slice(0, 2),
    },
  ]);
  const [none] = await runFile(QUERY_FILES.stanceBreakdown, { first: 0 });
  expect(none).toMatchObject({
    status: 'CONTESTED',
    counts: DEPLOYMENT_BREAKDOWN.counts,
    claimed: [],
    positions: [],
  });
  const [asOf19] = await runFile(QUERY_FILES.stanceBreakdown, { asOf: '2024-10-19' });
  expect(asOf19).toMatchObject({
    status: 'ASSERTED',
    claimed: [ZELENSKYY],
    confirmed: [BUDANOV],
    denied: [],
    declinedToConfirm: [],
  });
});

test('q01-q07 answer their questions on the seed graph', async () => {
  const pick = (rows: Row[], ...columns: string[]) => rows.map((r) => columns.map((c) => r[c]));

  const accusers = await runFile(QUERY_FILES.accusers);
  expect(
    pick(
      accusers.filter((r) => r.via === null),
      'date',
      'accuser',
      'stance',
    ),
  ).toEqual([
    ['2024-10-13', 'Zelenskyy', 'CLAIMED'],
    ['2024-10-14', 'National Intelligence Service', 'CLAIMED'],
    ['2024-10-18', 'Kyrylo Budanov', 'CONFIRMED'],
    ['2024-10-22', 'Ukrainian ambassador', 'CLAIMED'],
  ]);
  expect(accusers[0]).toMatchObject({
    date: '2024-10-08',
    accuser: "South Korea's Ministry of Defence",
    via: 'dprk-likely-to-send-regular-forces',
  });
  expect(accusers).toHaveLength(13);

  expect(pick(await runFile(QUERY_FILES.deniers), 'denier', 'stance', 'venue', 'quote')).toEqual([
    [
      "North Korea's representative to the UN",
      'CLAIMED',
      expect.stringContaining('First Committee'),
      expect.stringMatching(/^My delegation/),
    ],
    [
      "North Korea's representative to the UN",
      'DENIED',
      expect.stringContaining('First Committee'),
      expect.stringMatching(/^My delegation/),
    ],
  ]);

  expect(pick(await runFile(QUERY_FILES.declinedToConfirm), 'date', 'actor', 'dateAsGiven')).toEqual([
    ['2024-10-20', 'Lloyd Austin', 'On 20 October'],
    ['2024-10-21', 'Kremlin', 'On Monday'],
    ['2024-10-22', 'United States', null],
  ]);

  expect(pick(await runFile(QUERY_FILES.figureTimeline), 'date', 'value', 'actor')).toEqual([
    ['2024-10-14', 12000, 'National Intelligence Service'],
    ['2024-10-14', 1500, 'National Intelligence Service'],
    ['2024-10-17', 10000, 'Zelenskyy'],
    ['2024-10-18', 11000, 'Kyrylo Budanov'],
    ['2024-10-22', 11000, 'Ukrainian ambassador'],
  ]);

  const chains = await runFile(QUERY_FILES.linkChains);
  expect(pick(chains, 'depth', 'polarity').filter(([depth]) => depth === 2)).toEqual([
    [2, 'SUPPORTS'],
    [2, 'REFUTES'],
  ]);
  expect(chains).toHaveLength(11);

  expect(pick(await runFile(QUERY_FILES.actorTimeline), 'date', 'stance')).toEqual([
    ['2024-10-13', 'CLAIMED'],
    ['2024-10-13', 'CLAIMED'],
    ['2024-10-14', 'CLAIMED'],
    ['2024-10-16', 'CLAIMED'],
    ['2024-10-17', 'CLAIMED'],
  ]);

  expect(pick(await runFile(QUERY_FILES.provenance), 'actor', 'articles', 'citedAgencies', 'origin')).toEqual(
    [
      [
        "North Korea's representative to the UN",
        ['North Korea calls accusations of sending troops to help Russia "groundless rumours"'],
        ['Yonhap'],
        "North Korea's representative to the UN",
      ],
    ],
  );
  expect(
    pick(await runFile(QUERY_FILES.provenance), 'recordCount', 'articleCount', 'citedAgencyCount'),
  ).toEqual([[1, 1, 1]]);
  // $first cuts the rows (and each row's lists); recordCount takes every stance.
  expect(
    pick(
      await runFile(QUERY_FILES.provenance, { statementId: 'dprk-troops-to-russia', first: 2 }),
      'actor',
      'recordCount',
    ),
  ).toEqual([
    ['Zelenskyy', 8],
    ['National Intelligence Service', 8],
  ]);
});

test('neighbourhood.cypher: the deployment claim and everything one hop away', async () => {
  const [row] = await runFile(QUERY_FILES.neighbourhood);
  expect(row?.truncated).toBe(false);
  expect((row?.nodes as Row[])[0]).toEqual({
    id: 'dprk-troops-to-russia',
    labels: ['Statement'],
    caption: 'North Korea is sending troops to fight on the side of Russi…',
  });
  // The claim, its 8 speakers, 9 linked statements, 1 event and 1 article.
  expect(row?.nodes).toHaveLength(20);
});

test('q07: two articles with one title, and two agencies with one name, stay in line with their ids', async () => {
  await db.write(
    `CREATE (s:Statement {id: 'twin-claim', text: 'Twin claim', firstStanceDate: date('2025-02-01')})
     CREATE (a:Actor {id: 'twin-speaker', name: 'Twin speaker', kind: 'PERSON', aliases: []})
     CREATE (a)-[:CLAIMED {id: 'twin-speaker:CLAIMED:twin-claim:2025-02-01', date: date('2025-02-01'),
                           precision: 'DAY', knownBy: date('2025-02-01'),
                           sources: ['twin-article-1', 'twin-article-2']}]->(s)
     CREATE (w1:Actor:Agency {id: 'twin-wire-1', name: 'Twin Wire', kind: 'NEWS_AGENCY', aliases: []})
     CREATE (w2:Actor:Agency {id: 'twin-wire-2', name: 'Twin Wire', kind: 'NEWS_AGENCY', aliases: []})
     CREATE (:Article {id: 'twin-article-1', title: 'Same title', published: date('2025-02-02')})-[:CITES]->(w1)
     CREATE (:Article {id: 'twin-article-2', title: 'Same title', published: date('2025-02-03')})-[:CITES]->(w2)`,
  );
  const [row] = await runFile(QUERY_FILES.provenance, { statementId: 'twin-claim' });
  const { articles, articleIds, citedAgencies, citedAgencyIds, articleCount } = row as Row;
  expect({ articles, articleIds, citedAgencies, citedAgencyIds, articleCount }).toEqual({
    articles: ['Same title', 'Same title'],
    articleIds: ['twin-article-1', 'twin-article-2'],
    citedAgencies: ['Twin Wire', 'Twin Wire'],
    citedAgencyIds: ['twin-wire-1', 'twin-wire-2'],
    articleCount: 2,
  });
});
