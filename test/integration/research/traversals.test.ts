import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { useSeededServer } from '../../support/seededServer';
import { DEPLOYMENT, GROUNDLESS, PLANS_11000 } from './fixtures';

// The other research traversals (questions 4-7 and drawing), exact on the seed graph, and
// relay chains on a small bundle of relays added to it.

const seeded = useSeededServer();

const ask = <T>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  seeded.ask<T>(query, variables);

test('Q4: figures for the deployment and its parts, in date order', async () => {
  const data = await ask<{ figureTimeline: unknown[] }>(`{
    figureTimeline(eventId: "dprk-troop-deployment-to-russia") {
      figure { value unit approximate } actor { id } stance date { date precision } event { id } statement { id }
    }
  }`);
  const point = (
    value: number,
    unit: string,
    approximate: boolean,
    actor: string,
    stance: string,
    date: string,
    precision: string,
    event: string,
    statement: string,
  ) => ({
    figure: { value, unit, approximate },
    actor: { id: actor },
    stance,
    date: { date, precision },
    event: { id: event },
    statement: { id: statement },
  });
  expect(data.figureTimeline).toEqual([
    point(
      12000,
      'troops',
      true,
      'south-korea-nis',
      'CLAIMED',
      '2024-10-14',
      'WEEK',
      'dprk-troop-deployment-to-russia',
      'dprk-decided-to-send-12000',
    ),
    point(
      1500,
      'special forces troops',
      false,
      'south-korea-nis',
      'CLAIMED',
      '2024-10-14',
      'WEEK',
      'dprk-special-forces-to-vladivostok',
      'dprk-sent-1500-to-vladivostok',
    ),
    point(
      10000,
      'soldiers',
      true,
      'zelenskyy',
      'CLAIMED',
      '2024-10-17',
      'DAY',
      'dprk-troop-deployment-to-russia',
      'russia-to-involve-10000-dprk-soldiers',
    ),
    point(
      11000,
      'infantry troops',
      true,
      'kyrylo-budanov',
      'CONFIRMED',
      '2024-10-18',
      'DAY',
      'dprk-troops-training-russia-east',
      '11000-dprk-infantry-training-in-russia-east',
    ),
    point(
      11000,
      'regular troops',
      false,
      'ukraine-ambassador',
      'CLAIMED',
      '2024-10-22',
      'ON_OR_BEFORE',
      'dprk-troop-deployment-to-russia',
      PLANS_11000,
    ),
  ]);
});

test('Q5: chains of support and refutation into the deployment claim, with polarity', async () => {
  const data = await ask<{
    linkChains: { depth: number; polarity: string; statements: { id: string }[] }[];
  }>(`{
    linkChains(statementId: "${DEPLOYMENT}", direction: INCOMING, maxDepth: 3) { depth polarity statements { id } }
  }`);
  const chains = data.linkChains.map((c) => [
    c.depth,
    c.polarity,
    c.statements
      .map((s) => s.id)
      .slice(1)
      .join(' < '),
  ]);
  expect(chains).toEqual([
    [1, 'SUPPORTS', '11000-dprk-infantry-training-in-russia-east'],
    [1, 'SUPPORTS', 'dprk-decided-to-send-12000'],
    [1, 'SUPPORTS', 'dprk-entered-the-war'],
    [1, 'SUPPORTS', 'dprk-likely-to-send-regular-forces'],
    [1, 'SUPPORTS', PLANS_11000],
    [1, 'SUPPORTS', 'dprk-sent-1500-to-vladivostok'],
    [1, 'SUPPORTS', 'dprk-supplies-weapons-and-personnel'],
    [1, 'SUPPORTS', 'russia-to-involve-10000-dprk-soldiers'],
    [1, 'REFUTES', GROUNDLESS],
    [2, 'SUPPORTS', '11000-dprk-infantry-training-in-russia-east < dprk-troops-combat-ready-by-1-november'],
    [2, 'REFUTES', `${PLANS_11000} < ${GROUNDLESS}`],
  ]);
});

test('Q5: outgoing REFUTES only, and the links of a chain in order', async () => {
  const data = await ask<{ linkChains: unknown[] }>(`{
    linkChains(statementId: "${GROUNDLESS}", types: [REFUTES], direction: OUTGOING) {
      depth polarity links { type from { id } to { id } }
    }
  }`);
  expect(data.linkChains).toEqual([
    {
      depth: 1,
      polarity: 'REFUTES',
      links: [{ type: 'REFUTES', from: { id: GROUNDLESS }, to: { id: PLANS_11000 } }],
    },
    {
      depth: 1,
      polarity: 'REFUTES',
      links: [{ type: 'REFUTES', from: { id: GROUNDLESS }, to: { id: DEPLOYMENT } }],
    },
  ]);
});

test('Q6: what Zelenskyy claimed between 13 and 17 October 2024', async () => {
  const data = await ask<{
    actorTimeline: { type: string; date: { date: string }; statement: { id: string } }[];
  }>(`{
    actorTimeline(actorId: "zelenskyy", from: "2024-10-13", to: "2024-10-17") { type date { date } statement { id } }
  }`);
  expect(data.actorTimeline.map((s) => [s.date.date, s.type, s.statement.id])).toEqual([
    ['2024-10-13', 'CLAIMED', 'dprk-supplies-weapons-and-personnel'],
    ['2024-10-13', 'CLAIMED', DEPLOYMENT],
    ['2024-10-14', 'CLAIMED', 'dprk-entered-the-war'],
    ['2024-10-16', 'CLAIMED', 'dprk-supplies-factory-workers'],
    ['2024-10-17', 'CLAIMED', 'russia-to-involve-10000-dprk-soldiers'],
  ]);
});

test('actorTimeline: a week-precision stance falls within a range only when its whole week does', async () => {
  const query = `query T($to: Date) { actorTimeline(actorId: "south-korea-nis", from: "2024-10-14", to: $to) { id } }`;
  expect((await ask<{ actorTimeline: unknown[] }>(query, { to: '2024-10-19' })).actorTimeline).toEqual([]);
  expect((await ask<{ actorTimeline: unknown[] }>(query, { to: '2024-10-20' })).actorTimeline).toHaveLength(
    3,
  );
});

test('Q7: the DPRK denial comes from the 22 October article, which cites Yonhap', async () => {
  const data = await ask<{ provenance: unknown }>(`{
    provenance(statementId: "${GROUNDLESS}") {
      statement { id }
      records { stance { id type } articles { id published } citedAgencies { id name } relayChain { id } origin { id } }
    }
  }`);
  expect(data.provenance).toEqual({
    statement: { id: GROUNDLESS },
    records: [
      {
        stance: { id: `dprk-un-representative:CLAIMED:${GROUNDLESS}:2024-10-22`, type: 'CLAIMED' },
        articles: [{ id: 'article-2024-10-22-dprk-denial', published: '2024-10-22' }],
        citedAgencies: [{ id: 'yonhap', name: 'Yonhap' }],
        relayChain: [{ id: 'dprk-un-representative' }],
        origin: { id: 'dprk-un-representative' },
      },
    ],
  });
});

test('neighbourhood: nearest first, relationships among them, truncated by limit', async () => {
  const query = `query N($limit: Int) {
    neighbourhood(id: "kyrylo-budanov", depth: 1, limit: $limit) {
      truncated nodes { id labels caption node { id } } edges { id type source target role }
    }
  }`;
  const full = await ask<{
    neighbourhood: { truncated: boolean; nodes: { id: string; labels: string[] }[]; edges: unknown[] };
  }>(query, { limit: 100 });
  expect(full.neighbourhood.truncated).toBe(false);
  expect(full.neighbourhood.nodes.map((n) => n.id)).toEqual([
    'kyrylo-budanov',
    '11000-dprk-infantry-training-in-russia-east',
    'dprk-troops-combat-ready-by-1-november',
    DEPLOYMENT,
    'ukraine-defence-intelligence',
  ]);
  expect(full.neighbourhood.nodes[4]?.labels).toEqual(['Actor', 'Agency']);
  expect(full.neighbourhood.edges).toEqual([
    {
      id: '11000-dprk-infantry-training-in-russia-east-SUPPORTS->dprk-troops-to-russia',
      type: 'SUPPORTS',
      source: '11000-dprk-infantry-training-in-russia-east',
      target: DEPLOYMENT,
      role: null,
    },
    {
      id: 'dprk-troops-combat-ready-by-1-november-SUPPORTS->11000-dprk-infantry-training-in-russia-east',
      type: 'SUPPORTS',
      source: 'dprk-troops-combat-ready-by-1-november',
      target: '11000-dprk-infantry-training-in-russia-east',
      role: null,
    },
    {
      id: 'kyrylo-budanov:CLAIMED:dprk-troops-combat-ready-by-1-november:2024-10-18',
      type: 'CLAIMED',
      source: 'kyrylo-budanov',
      target: 'dprk-troops-combat-ready-by-1-november',
      role: null,
    },
    {
      id: 'kyrylo-budanov:CONFIRMED:11000-dprk-infantry-training-in-russia-east:2024-10-18',
      type: 'CONFIRMED',
      source: 'kyrylo-budanov',
      target: '11000-dprk-infantry-training-in-russia-east',
      role: null,
    },
    {
      id: 'kyrylo-budanov:CONFIRMED:dprk-troops-to-russia:2024-10-18',
      type: 'CONFIRMED',
      source: 'kyrylo-budanov',
      target: DEPLOYMENT,
      role: null,
    },
    {
      id: 'kyrylo-budanov-LEADS->ukraine-defence-intelligence',
      type: 'LEADS',
      source: 'kyrylo-budanov',
      target: 'ukraine-defence-intelligence',
      role: 'Head of Defence Intelligence of Ukraine',
    },
  ]);
  const cut = await ask<{ neighbourhood: { truncated: boolean; nodes: unknown[] } }>(query, { limit: 2 });
  expect(cut.neighbourhood.truncated).toBe(true);
  expect(cut.neighbourhood.nodes).toHaveLength(2);
});

test('round trips depend on the depth of the query, not on the number of results', async () => {
  const query = `query C($first: Int) {
    contestedStatements(first: $first) {
      statement { id stances { actor { name } } }
      claimed { actor { name } statement { id } sources { id } }
      supportedBy { id }
    }
  }`;
  const one = await seeded.server().run<{ contestedStatements: unknown[] }>(query, { first: 1 });
  const all = await seeded.server().run<{ contestedStatements: unknown[] }>(query, { first: 20 });
  expect(one.errors).toBeUndefined();
  expect(all.errors).toBeUndefined();
  expect([one.data?.contestedStatements.length, all.data?.contestedStatements.length]).toEqual([1, 2]);
  // One round trip for the root field, then at most one per loader per level: statements and
  // stances; then stances of statements, actors, statements, articles; then actors. How many
  // of those share a batch depends on timing, never on how many rows came back.
  const bound = 1 + 2 + 4 + 1;
  expect(one.roundTrips).toBeLessThanOrEqual(bound);
  expect(all.roundTrips).toBeLessThanOrEqual(bound);
});

describe('relays collapse to their origin', () => {
  beforeAll(async () => {
    // A news agency relays a ministry; a blog relays the agency. All three "claim" it.
    await ingestBundle(seeded.db(), {
      format: 'claimgraph-bundle/1',
      article: {
        id: 'relay-test-article',
        title: 'Relay test',
        published: '2024-10-23',
        cites: ['relay-agency'],
      },
      actors: [
        { id: 'relay-state', name: 'Relay State', kind: 'STATE' },
        { id: 'relay-ministry', name: 'Relay Ministry', kind: 'MINISTRY' },
        { id: 'relay-agency', name: 'Relay Agency', kind: 'NEWS_AGENCY' },
        { id: 'relay-blog', name: 'Relay Blog', kind: 'ORGANISATION' },
      ],
      relations: [{ from: 'relay-ministry', type: 'PART_OF', to: 'relay-state' }],
      statements: [{ id: 'relay-statement', text: 'Something was relayed.' }],
      stances: [
        {
          actor: 'relay-ministry',
          statement: 'relay-statement',
          stance: 'CLAIMED',
          date: { date: '2024-10-21' },
        },
        {
          actor: 'relay-agency',
          statement: 'relay-statement',
          stance: 'CLAIMED',
          date: { date: '2024-10-22' },
          relayOf: 'relay-ministry',
        },
        {
          actor: 'relay-blog',
          statement: 'relay-statement',
          stance: 'CLAIMED',
          date: { date: '2024-10-23' },
          relayOf: 'relay-agency',
        },
      ],
    });
  });

  test('independentOrigins: one origin, the state behind the ministry, with all three speakers', async () => {
    const data = await ask<{ independentOrigins: unknown }>(`{
      independentOrigins(statementId: "relay-statement") { count origins { root { id } speakers { id } } }
    }`);
    expect(data.independentOrigins).toEqual({
      count: 1,
      origins: [
        {
          root: { id: 'relay-state' },
          speakers: [{ id: 'relay-agency' }, { id: 'relay-blog' }, { id: 'relay-ministry' }],
        },
      ],
    });
  });

  test('provenance: each relay chain runs from the speaker back to the ministry', async () => {
    const data = await ask<{ provenance: { records: unknown[] } }>(`{
      provenance(statementId: "relay-statement") {
        records { stance { actor { id } } articles { id } citedAgencies { id } relayChain { id } origin { id } }
      }
    }`);
    const record = (actor: string, chain: string[]) => ({
      stance: { actor: { id: actor } },
      articles: [{ id: 'relay-test-article' }],
      citedAgencies: [{ id: 'relay-agency' }],
      relayChain: chain.map((id) => ({ id })),
      origin: { id: 'relay-ministry' },
    });
    expect(data.provenance.records).toEqual([
      record('relay-ministry', ['relay-ministry']),
      record('relay-agency', ['relay-agency', 'relay-ministry']),
      record('relay-blog', ['relay-blog', 'relay-agency', 'relay-ministry']),
    ]);
  });
});
