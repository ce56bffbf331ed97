import { expect } from '@jest/globals';
import { useSeededServer } from '../../support/seededServer';
import {
  AMBASSADOR_22,
  AUSTIN_20,
  BUDANOV_18,
  DEPLOYMENT,
  DEPLOYMENT_SUPPORTERS,
  DEPLOYMENT_SUPPORTERS_BY_19,
  DPRK_REP_22,
  GROUNDLESS,
  KREMLIN_21,
  NIS_WEEK_14,
  PLANS_11000,
  UNITED_STATES_22,
  ZELENSKYY_13,
  type Position,
} from './fixtures';

// Research questions 8-12 (docs/research-queries.md), asked through GraphQL on the seed graph, with exact answers.

const seeded = useSeededServer();

const ask = <T>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  seeded.ask<T>(query, variables);

const BREAKDOWN_FIELDS = `
  statement { id }
  asOf
  status
  claimed { ...Position }
  confirmed { ...Position }
  denied { ...Position }
  declinedToConfirm { ...Position }
  supportedBy { id }
  refutedBy { id }`;
const POSITION_FRAGMENT = `fragment Position on Stance { actor { id } date { date precision knownBy } }`;

interface StanceOut {
  actor: { id: string };
  date: { date: string; precision: string; knownBy: string };
}
interface BreakdownOut {
  statement: { id: string };
  asOf: string | null;
  status: string;
  claimed: StanceOut[];
  confirmed: StanceOut[];
  denied: StanceOut[];
  declinedToConfirm: StanceOut[];
  supportedBy: { id: string }[];
  refutedBy: { id: string }[];
}

const out = (p: Position): StanceOut => ({
  actor: { id: p.actor },
  date: { date: p.date, precision: p.precision, knownBy: p.knownBy },
});
const ids = (list: string[]) => list.map((id) => ({ id }));

const DEPLOYMENT_AS_OF_22: BreakdownOut = {
  statement: { id: DEPLOYMENT },
  asOf: '2024-10-22',
  status: 'CONTESTED',
  claimed: [ZELENSKYY_13, NIS_WEEK_14, AMBASSADOR_22].map(out),
  confirmed: [out(BUDANOV_18)],
  denied: [out(DPRK_REP_22)],
  declinedToConfirm: [AUSTIN_20, KREMLIN_21, UNITED_STATES_22].map(out),
  supportedBy: ids(DEPLOYMENT_SUPPORTERS),
  refutedBy: ids([GROUNDLESS]),
};

const PLANS_11000_BREAKDOWN: BreakdownOut = {
  statement: { id: PLANS_11000 },
  asOf: null,
  status: 'CONTESTED',
  claimed: [out(AMBASSADOR_22)],
  confirmed: [],
  denied: [],
  declinedToConfirm: [],
  supportedBy: [],
  refutedBy: ids([GROUNDLESS]),
};

describe('Q8: which claims are disputed', () => {
  const query = `query Contested($asOf: Date) { contestedStatements(asOf: $asOf) { ${BREAKDOWN_FIELDS} } } ${POSITION_FRAGMENT}`;

  test('overall: the deployment claim, then the 11,000 plan, most contested first', async () => {
    const data = await ask<{ contestedStatements: BreakdownOut[] }>(query);
    expect(data.contestedStatements).toEqual([{ ...DEPLOYMENT_AS_OF_22, asOf: null }, PLANS_11000_BREAKDOWN]);
  });

  test('as of 2024-10-19 nothing is disputed yet (the denial and the refutation came later)', async () => {
    const data = await ask<{ contestedStatements: BreakdownOut[] }>(query, { asOf: '2024-10-19' });
    expect(data.contestedStatements).toEqual([]);
  });

  test('as of 2024-10-22 both are', async () => {
    const data = await ask<{ contestedStatements: BreakdownOut[] }>(query, { asOf: '2024-10-22' });
    expect(data.contestedStatements.map((b) => [b.statement.id, b.asOf, b.status])).toEqual([
      [DEPLOYMENT, '2024-10-22', 'CONTESTED'],
      [PLANS_11000, '2024-10-22', 'CONTESTED'],
    ]);
  });
});

describe('Q9: the shortest connection between Kyrylo Budanov and the DPRK UN representative', () => {
  const query = `query Path($from: ID!, $to: ID!, $maxHops: Int) {
    shortestPath(fromId: $from, toId: $to, maxHops: $maxHops) {
      length
      nodes { id labels caption node { __typename id } }
      edges { id type source target date { date precision } quote }
    }
  }`;

  test('Budanov -CONFIRMED-> the deployment claim <-DENIED- the DPRK representative', async () => {
    const data = await ask<{ shortestPath: unknown }>(query, {
      from: 'kyrylo-budanov',
      to: 'dprk-un-representative',
    });
    expect(data.shortestPath).toEqual({
      length: 2,
      nodes: [
        {
          id: 'kyrylo-budanov',
          labels: ['Actor'],
          caption: 'Kyrylo Budanov',
          node: { __typename: 'Person', id: 'kyrylo-budanov' },
        },
        {
          id: DEPLOYMENT,
          labels: ['Statement'],
          caption: 'North Korea is sending troops to fight on the side of Russi…',
          node: { __typename: 'Statement', id: DEPLOYMENT },
        },
        {
          id: 'dprk-un-representative',
          labels: ['Actor'],
          caption: "North Korea's representative to the UN",
          node: { __typename: 'Person', id: 'dprk-un-representative' },
        },
      ],
      edges: [
        {
          id: 'kyrylo-budanov:CONFIRMED:dprk-troops-to-russia:2024-10-18',
          type: 'CONFIRMED',
          source: 'kyrylo-budanov',
          target: DEPLOYMENT,
          date: { date: '2024-10-18', precision: 'DAY' },
          quote: null,
        },
        {
          id: 'dprk-un-representative:DENIED:dprk-troops-to-russia:2024-10-22',
          type: 'DENIED',
          source: 'dprk-un-representative',
          target: DEPLOYMENT,
          date: { date: '2024-10-22', precision: 'ON_OR_BEFORE' },
          quote: expect.stringMatching(/^My delegation does not feel any need for comment/),
        },
      ],
    });
  });

  test('the same path read from the other end, and none within one hop', async () => {
    const back = await ask<{ shortestPath: { nodes: { id: string }[] } }>(query, {
      from: 'dprk-un-representative',
      to: 'kyrylo-budanov',
    });
    expect(back.shortestPath.nodes.map((n) => n.id)).toEqual([
      'dprk-un-representative',
      DEPLOYMENT,
      'kyrylo-budanov',
    ]);
    const short = await ask<{ shortestPath: unknown }>(query, {
      from: 'kyrylo-budanov',
      to: 'dprk-un-representative',
      maxHops: 1,
    });
    expect(short.shortestPath).toBeNull();
  });
});

describe("Q10: each actor's stance on the deployment as of a date", () => {
  const query = `query AsOf($id: ID!, $asOf: Date) { stanceBreakdown(statementId: $id, asOf: $asOf) { ${BREAKDOWN_FIELDS} } } ${POSITION_FRAGMENT}`;

  test('as of 2024-10-19 only Zelenskyy (claimed, 13 Oct) and Budanov (confirmed, 18 Oct) are on record', async () => {
    const data = await ask<{ stanceBreakdown: BreakdownOut }>(query, { id: DEPLOYMENT, asOf: '2024-10-19' });
    expect(data.stanceBreakdown).toEqual({
      statement: { id: DEPLOYMENT },
      asOf: '2024-10-19',
      status: 'ASSERTED',
      claimed: [out(ZELENSKYY_13)],
      confirmed: [out(BUDANOV_18)],
      denied: [],
      declinedToConfirm: [],
      supportedBy: ids(DEPLOYMENT_SUPPORTERS_BY_19),
      refutedBy: [],
    });
  });

  test("the NIS's claim of 'last week' is on record once that week is over (2024-10-20)", async () => {
    const data = await ask<{ stanceBreakdown: BreakdownOut }>(query, { id: DEPLOYMENT, asOf: '2024-10-20' });
    expect(data.stanceBreakdown.claimed).toEqual([out(ZELENSKYY_13), out(NIS_WEEK_14)]);
    expect(data.stanceBreakdown.declinedToConfirm).toEqual([out(AUSTIN_20)]);
    expect(data.stanceBreakdown.status).toBe('ASSERTED');
  });

  test('as of 2024-10-22 every position is on record and the claim is contested', async () => {
    const data = await ask<{ stanceBreakdown: BreakdownOut }>(query, { id: DEPLOYMENT, asOf: '2024-10-22' });
    expect(data.stanceBreakdown).toEqual(DEPLOYMENT_AS_OF_22);
  });
});

describe('Q11: independent origins of the deployment claim', () => {
  const query = `query Origins($id: ID!, $includeSupporting: Boolean) {
    independentOrigins(statementId: $id, includeSupporting: $includeSupporting) {
      statement { id }
      count
      origins { root { id name } speakers { id } }
    }
  }`;

  test('echoes collapse to South Korea and Ukraine: 2', async () => {
    const data = await ask<{ independentOrigins: unknown }>(query, { id: DEPLOYMENT });
    expect(data.independentOrigins).toEqual({
      statement: { id: DEPLOYMENT },
      count: 2,
      origins: [
        {
          root: { id: 'south-korea', name: 'South Korea' },
          speakers: ids(['south-korea-nis', 'south-korea-mod']),
        },
        {
          root: { id: 'ukraine', name: 'Ukraine' },
          speakers: ids(['kyrylo-budanov', 'ukraine-ambassador', 'zelenskyy']),
        },
      ],
    });
  });

  test('without supporting statements, still 2 (the Ministry of Defence drops out)', async () => {
    const data = await ask<{
      independentOrigins: { count: number; origins: { speakers: { id: string }[] }[] };
    }>(query, {
      id: DEPLOYMENT,
      includeSupporting: false,
    });
    expect(data.independentOrigins.count).toBe(2);
    expect(data.independentOrigins.origins[0]?.speakers).toEqual(ids(['south-korea-nis']));
  });
});

describe('Q12: is the deployment claim contested, and the breakdown', () => {
  test('contested: claimed by three, confirmed by one, denied by one, declined to confirm by three', async () => {
    const data = await ask<{ stanceBreakdown: BreakdownOut }>(
      `query Breakdown($id: ID!) { stanceBreakdown(statementId: $id) { ${BREAKDOWN_FIELDS} } } ${POSITION_FRAGMENT}`,
      { id: DEPLOYMENT },
    );
    expect(data.stanceBreakdown).toEqual({ ...DEPLOYMENT_AS_OF_22, asOf: null });
  });

  test('each position carries its date as the source gave it, and the denial its words and venue', async () => {
    const data = await ask<{
      stanceBreakdown: {
        denied: unknown[];
        declinedToConfirm: { actor: { name: string }; date: { text: string | null } }[];
      };
    }>(`{
      stanceBreakdown(statementId: "${DEPLOYMENT}") {
        denied { actor { name } venue quote event { id } sources { id } }
        declinedToConfirm { actor { name } date { text } }
      }
    }`);
    expect(data.stanceBreakdown.denied).toEqual([
      {
        actor: { name: "North Korea's representative to the UN" },
        venue: 'UN General Assembly First Committee on Disarmament and International Security',
        quote:
          'My delegation does not feel any need for comment on such groundless stereotyped rumours aimed at smearing the image of the DPRK and undermining the legitimate, friendly and cooperative relations between two sovereign states.',
        event: { id: 'unga-first-committee-meeting' },
        sources: [{ id: 'article-2024-10-22-dprk-denial' }],
      },
    ]);
    expect(data.stanceBreakdown.declinedToConfirm).toEqual([
      { actor: { name: 'Lloyd Austin' }, date: { text: 'On 20 October' } },
      { actor: { name: 'Kremlin' }, date: { text: 'On Monday' } },
      { actor: { name: 'United States' }, date: { text: null } },
    ]);
  });

  test('a statement nobody took a position on is UNADDRESSED as of a day before everything', async () => {
    const data = await ask<{ stanceBreakdown: { status: string } }>(
      `{ stanceBreakdown(statementId: "${DEPLOYMENT}", asOf: "2024-10-01") { status } }`,
    );
    expect(data.stanceBreakdown.status).toBe('UNADDRESSED');
  });
});
