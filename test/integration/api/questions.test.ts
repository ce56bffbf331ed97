import { useSeededServer } from '../../support/seededServer';

// Research questions 1-7 (docs/research-queries.md), asked through GraphQL on the seed graph,
// with exact answers checked against the article text in data/seed/2024-10-22-dprk-denial.txt.

const DEPLOYMENT = 'dprk-troops-to-russia';
const ARTICLE = 'article-2024-10-22-dprk-denial';
const DPRK_QUOTE =
  'My delegation does not feel any need for comment on such groundless stereotyped rumours aimed at smearing the image of the DPRK and undermining the legitimate, friendly and cooperative relations between two sovereign states.';
const FIRST_COMMITTEE = 'UN General Assembly First Committee on Disarmament and International Security';

const seeded = useSeededServer();

const ask = <T>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  seeded.ask<T>(query, variables);

const day = (date: string, text: string | null, precision = 'DAY') => ({
  date,
  precision,
  text,
  knownBy: precision === 'WEEK' ? addDays(date, 6) : date,
});
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('Q1: who accused North Korea of sending troops to Russia, and when', async () => {
  const data = await ask<{ statement: Q1Statement }>(
    `
    query Accusers($id: ID!) {
      statement(id: $id) {
        stances(types: [CLAIMED, CONFIRMED]) { type actor { name } date { date precision knownBy text } }
        supportedBy {
          id
          stances(types: [CLAIMED, CONFIRMED]) { type actor { name } date { date precision knownBy text } }
        }
      }
    }`,
    { id: DEPLOYMENT },
  );

  expect(data.statement.stances).toEqual([
    { type: 'CLAIMED', actor: { name: 'Zelenskyy' }, date: day('2024-10-13', 'On 13 October') },
    {
      type: 'CLAIMED',
      actor: { name: 'National Intelligence Service' },
      date: day('2024-10-14', 'last week', 'WEEK'),
    },
    { type: 'CONFIRMED', actor: { name: 'Kyrylo Budanov' }, date: day('2024-10-18', 'On 18 October') },
    {
      type: 'CLAIMED',
      actor: { name: 'Ukrainian ambassador' },
      date: day('2024-10-22', null, 'ON_OR_BEFORE'),
    },
  ]);
  const supporting = Object.fromEntries(
    data.statement.supportedBy.map((s) => [
      s.id,
      s.stances.map((x) => `${x.type} ${x.actor.name} ${x.date.date} ${x.date.precision}`),
    ]),
  );
  expect(supporting).toEqual({
    '11000-dprk-infantry-training-in-russia-east': ['CONFIRMED Kyrylo Budanov 2024-10-18 DAY'],
    'dprk-decided-to-send-12000': ['CLAIMED National Intelligence Service 2024-10-14 WEEK'],
    'dprk-entered-the-war': ['CLAIMED Zelenskyy 2024-10-14 DAY'],
    'dprk-likely-to-send-regular-forces': ["CLAIMED South Korea's Ministry of Defence 2024-10-08 DAY"],
    'dprk-plans-11000-regular-troops': ['CLAIMED Ukrainian ambassador 2024-10-22 ON_OR_BEFORE'],
    'dprk-sent-1500-to-vladivostok': ['CLAIMED National Intelligence Service 2024-10-14 WEEK'],
    'dprk-supplies-weapons-and-personnel': ['CLAIMED Zelenskyy 2024-10-13 DAY'],
    'russia-to-involve-10000-dprk-soldiers': ['CLAIMED Zelenskyy 2024-10-17 DAY'],
  });
});

test('Q2: who denied it, where, and in what words', async () => {
  const data = await ask<{ statement: { stances: unknown[] } }>(
    `
    query Denials($id: ID!) {
      statement(id: $id) {
        stances(types: [DENIED]) {
          actor { name affiliations { type role actor { name } } }
          quote venue event { id type }
          date { date precision }
        }
      }
    }`,
    { id: DEPLOYMENT },
  );
  expect(data.statement.stances).toEqual([
    {
      actor: {
        name: "North Korea's representative to the UN",
        affiliations: [
          { type: 'REPRESENTS', role: 'Representative to the UN', actor: { name: 'North Korea' } },
        ],
      },
      quote: DPRK_QUOTE,
      venue: FIRST_COMMITTEE,
      event: { id: 'unga-first-committee-meeting', type: 'MEETING' },
      date: { date: '2024-10-22', precision: 'ON_OR_BEFORE' },
    },
  ]);
});

test('Q3: who declined to confirm it', async () => {
  const data = await ask<{ stances: { totalCount: number; edges: { node: unknown }[] } }>(
    `
    query Declines($id: ID!) {
      stances(filter: { statementId: $id, types: [DECLINED_TO_CONFIRM] }) {
        totalCount
        edges { node { actor { name } date { date precision text } paraphrase } }
      }
    }`,
    { id: DEPLOYMENT },
  );
  expect(data.stances.totalCount).toBe(3);
  expect(data.stances.edges.map((e) => e.node)).toEqual([
    {
      actor: { name: 'Lloyd Austin' },
      date: { date: '2024-10-20', precision: 'DAY', text: 'On 20 October' },
      paraphrase:
        'He could not confirm reports indicating that North Korea had sent troops to Russia to join the war against Ukraine.',
    },
    {
      actor: { name: 'Kremlin' },
      date: { date: '2024-10-21', precision: 'DAY', text: 'On Monday' },
      paraphrase: 'The Kremlin refused to confirm reports of North Korean troops.',
    },
    {
      actor: { name: 'United States' },
      date: { date: '2024-10-22', precision: 'ON_OR_BEFORE', text: null },
      paraphrase:
        'Washington did not confirm the deployment of troops and only commented that it would be worrisome if it were true.',
    },
  ]);
});

test('Q4: troop numbers claimed, by whom, on which dates, in date order', async () => {
  const data = await ask<{ stances: { edges: { node: Q4Stance }[] } }>(
    `
    query Figures($event: ID!) {
      stances(filter: { eventId: $event, hasFigure: true }, orderBy: DATE_ASC, first: 50) {
        edges { node { type actor { name } date { date precision } statement { figure { value unit approximate } } } }
      }
    }`,
    { event: 'dprk-troop-deployment-to-russia' },
  );
  expect(
    data.stances.edges.map(({ node: n }) => [
      n.statement.figure.value,
      n.statement.figure.unit,
      n.statement.figure.approximate,
      n.actor.name,
      n.type,
      n.date.date,
      n.date.precision,
    ]),
  ).toEqual([
    [12000, 'troops', true, 'National Intelligence Service', 'CLAIMED', '2024-10-14', 'WEEK'],
    [1500, 'special forces troops', false, 'National Intelligence Service', 'CLAIMED', '2024-10-14', 'WEEK'],
    [10000, 'soldiers', true, 'Zelenskyy', 'CLAIMED', '2024-10-17', 'DAY'],
    [11000, 'infantry troops', true, 'Kyrylo Budanov', 'CONFIRMED', '2024-10-18', 'DAY'],
    [11000, 'regular troops', false, 'Ukrainian ambassador', 'CLAIMED', '2024-10-22', 'ON_OR_BEFORE'],
  ]);
});

test('Q5: which statements refute or support which', async () => {
  const data = await ask<{
    statementLinks: {
      totalCount: number;
      edges: { node: { type: string; from: { id: string }; to: { id: string } } }[];
    };
  }>(`
    {
      statementLinks(first: 50) {
        totalCount
        edges { node { type from { id } to { id } } }
      }
    }`);
  expect(data.statementLinks.totalCount).toBe(11);
  expect(data.statementLinks.edges.map(({ node: l }) => `${l.from.id} ${l.type} ${l.to.id}`)).toEqual([
    'troop-accusations-are-groundless-rumours REFUTES dprk-plans-11000-regular-troops',
    'troop-accusations-are-groundless-rumours REFUTES dprk-troops-to-russia',
    '11000-dprk-infantry-training-in-russia-east SUPPORTS dprk-troops-to-russia',
    'dprk-decided-to-send-12000 SUPPORTS dprk-troops-to-russia',
    'dprk-entered-the-war SUPPORTS dprk-troops-to-russia',
    'dprk-likely-to-send-regular-forces SUPPORTS dprk-troops-to-russia',
    'dprk-plans-11000-regular-troops SUPPORTS dprk-troops-to-russia',
    'dprk-sent-1500-to-vladivostok SUPPORTS dprk-troops-to-russia',
    'dprk-supplies-weapons-and-personnel SUPPORTS dprk-troops-to-russia',
    'dprk-troops-combat-ready-by-1-november SUPPORTS 11000-dprk-infantry-training-in-russia-east',
    'russia-to-involve-10000-dprk-soldiers SUPPORTS dprk-troops-to-russia',
  ]);
});

test('Q6: what Zelenskyy claimed between 13 and 17 October 2024', async () => {
  const data = await ask<{
    stances: {
      edges: {
        node: { date: { date: string; text: string }; venue: string | null; statement: { text: string } };
      }[];
    };
  }>(`
    query Zelenskyy {
      stances(filter: { actorId: "zelenskyy", types: [CLAIMED], from: "2024-10-13", to: "2024-10-17" }) {
        edges { node { date { date text } venue statement { text } } }
      }
    }`);
  expect(
    data.stances.edges.map(({ node: n }) => [n.date.date, n.date.text, n.venue, n.statement.text]),
  ).toEqual([
    [
      '2024-10-13',
      'On 13 October',
      null,
      'North Korea is supplying Russia not only with weapons but also with military personnel.',
    ],
    [
      '2024-10-13',
      'On 13 October',
      null,
      'North Korea is sending troops to fight on the side of Russia in the war with Ukraine.',
    ],
    ['2024-10-14', 'On 14 October', 'evening address', 'North Korea has de facto entered the war.'],
    [
      '2024-10-16',
      'On 16 October',
      null,
      'North Korea is also supplying Russia with people to work at Russian factories.',
    ],
    [
      '2024-10-17',
      'On 17 October',
      null,
      'Russia intends to involve about 10,000 soldiers from North Korea in the war against Ukraine.',
    ],
  ]);
});

test('Q7: where the DPRK denial comes from (article, cited agency)', async () => {
  const data = await ask<{ stance: unknown }>(
    `
    query DenialSource($id: ID!) {
      stance(id: $id) {
        type
        actor { name }
        sources { id title published publisher cites { name kind description } }
      }
    }`,
    { id: `dprk-un-representative:DENIED:${DEPLOYMENT}:2024-10-22` },
  );
  expect(data.stance).toEqual({
    type: 'DENIED',
    actor: { name: "North Korea's representative to the UN" },
    sources: [
      {
        id: ARTICLE,
        title: 'North Korea calls accusations of sending troops to help Russia "groundless rumours"',
        published: '2024-10-22',
        publisher: null,
        cites: [{ name: 'Yonhap', kind: 'NEWS_AGENCY', description: 'A major South Korean news agency.' }],
      },
    ],
  });
});

test('lists paginate with cursors and totalCount, and sort', async () => {
  const first = await ask<{ actors: ActorPage }>(
    `{ actors(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
  );
  expect(first.actors.totalCount).toBe(16);
  expect(first.actors.edges.map((e) => e.node.name)).toEqual([
    'Defence Intelligence of Ukraine',
    'Kremlin',
    'Kyrylo Budanov',
    'Lloyd Austin',
    'National Intelligence Service',
  ]);
  expect(first.actors.pageInfo.hasNextPage).toBe(true);
  const next = await ask<{ actors: ActorPage }>(
    `query($after: String) { actors(first: 5, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }`,
    { after: first.actors.pageInfo.endCursor },
  );
  expect(next.actors.edges.map((e) => e.node.name)).toEqual([
    'North Korea',
    "North Korea's representative to the UN",
    'Russia',
    'South Korea',
    "South Korea's Ministry of Defence",
  ]);
  const agencies = await ask<{ actors: ActorPage }>(
    `{ actors(filter: { kinds: [INTELLIGENCE_SERVICE], text: "intel" }, orderBy: NAME_DESC) { totalCount edges { node { name } } } }`,
  );
  expect(agencies.actors.edges.map((e) => e.node.name)).toEqual([
    'National Intelligence Service',
    'Defence Intelligence of Ukraine',
  ]);
});

test('full-text search finds aliases, statement text and quotes, with scores', async () => {
  const data = await ask<{
    search: {
      totalCount: number;
      edges: { node: { score: number; node: { __typename: string; id: string } } }[];
    };
  }>(`
    { search(query: "Pyongyang", types: [ACTOR]) { totalCount edges { node { score node { __typename id } } } } }`);
  expect(data.search.totalCount).toBe(1);
  expect(data.search.edges[0]?.node.node).toEqual({ __typename: 'State', id: 'north-korea' });
  expect(data.search.edges[0]?.node.score).toBeGreaterThan(0);

  const quote = await ask<{ search: { edges: { node: { node: { id: string } } }[] } }>(`
    { search(query: "stereotyped", types: [STATEMENT]) { edges { node { node { id } } } } }`);
  expect(quote.search.edges.map((e) => e.node.node.id).sort()).toEqual([
    DEPLOYMENT,
    'troop-accusations-are-groundless-rumours',
  ]);
});

test('bad arguments are refused with the argument named', async () => {
  const { errors } = await seeded.server().run(`{ actors(first: 1000) { totalCount } }`);
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  const bad = await seeded
    .server()
    .run(`query($from: Date) { stances(filter: { from: $from }) { totalCount } }`, {
      from: '2024-02-30',
    });
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(bad.errors?.[0]?.message).toContain('2024-02-30');
});

interface DatedStance {
  type: string;
  actor: { name: string };
  date: { date: string; precision: string; knownBy: string; text: string | null };
}
interface Q1Statement {
  stances: DatedStance[];
  supportedBy: { id: string; stances: DatedStance[] }[];
}
interface Q4Stance {
  type: string;
  actor: { name: string };
  date: { date: string; precision: string };
  statement: { figure: { value: number; unit: string; approximate: boolean } };
}
interface ActorPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: { name: string } }[];
}
