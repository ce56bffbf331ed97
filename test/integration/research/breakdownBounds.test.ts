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
  stanceId,
} from './fixtures';

// A breakdown's lists are bounded like every nested list: each takes `first` (20 by default, at
// most MAX_PAGE_SIZE) and returns its first items in the order described, whether the row's ids
// answer it or the breakdown's statement projects it; `counts` (and a position's
// `historyCount`) stay exact whatever `first` is. Exact answers on the seed graph.

// The row budget is under test here, not the cost limit.
const seeded = useSeededServer({ MAX_QUERY_COST: '10000000' });

type Ids = { id: string }[];
const ids = (list: Ids) => list.map((x) => x.id);

/** Every list of the deployment breakdown in full, as ids, in the order the schema describes. */
const FULL: Record<string, string[]> = {
  claimed: [
    stanceId(ZELENSKYY_13, 'CLAIMED'),
    stanceId(NIS_WEEK_14, 'CLAIMED'),
    stanceId(AMBASSADOR_22, 'CLAIMED'),
  ],
  confirmed: [stanceId(BUDANOV_18, 'CONFIRMED')],
  denied: [stanceId(DPRK_REP_22, 'DENIED')],
  declinedToConfirm: [AUSTIN_20, KREMLIN_21, UNITED_STATES_22].map((p) => stanceId(p, 'DECLINED_TO_CONFIRM')),
  didNotDeny: [],
  declinedToComment: [],
  retracted: [],
  supportedBy: DEPLOYMENT_SUPPORTERS,
  refutedBy: [GROUNDLESS],
};
/** Current positions by date: each actor once. */
const POSITIONS = [
  stanceId(ZELENSKYY_13, 'CLAIMED'),
  stanceId(NIS_WEEK_14, 'CLAIMED'),
  stanceId(BUDANOV_18, 'CONFIRMED'),
  stanceId(AUSTIN_20, 'DECLINED_TO_CONFIRM'),
  stanceId(KREMLIN_21, 'DECLINED_TO_CONFIRM'),
  stanceId(DPRK_REP_22, 'DENIED'),
  stanceId(AMBASSADOR_22, 'CLAIMED'),
  stanceId(UNITED_STATES_22, 'DECLINED_TO_CONFIRM'),
];
const STANCE_LISTS = [
  'claimed',
  'confirmed',
  'denied',
  'declinedToConfirm',
  'didNotDeny',
  'declinedToComment',
  'retracted',
];
const COUNT_FIELDS = [...STANCE_LISTS, 'positions', 'supportedBy', 'refutedBy'].join(' ');

/** Every list of the breakdown with `first: $n`, stances selected by `stance`, statements by `statement`. */
const lists = (stance: string, statement: string) => `
  ${STANCE_LISTS.map((f) => `${f}(first: $n) { ${stance} }`).join('\n  ')}
  supportedBy(first: $n) { ${statement} }
  refutedBy(first: $n) { ${statement} }
  positions(first: $n) { current { id } historyCount history(first: $n) { id } }`;

type ListsOut = Record<string, Ids> & {
  positions: { current: { id: string }; historyCount: number; history: Ids }[];
};

describe('counts are exact whatever `first` is', () => {
  test('overall, and as of 2024-10-19, with every list cut to nothing', async () => {
    const query = `query($asOf: Date) { stanceBreakdown(statementId: "${DEPLOYMENT}", asOf: $asOf) {
      status counts { ${COUNT_FIELDS} } ${lists('id', 'id').replace(/\$n/g, '0')}
    } }`;
    const all = await seeded.ask<{ stanceBreakdown: Record<string, unknown> }>(query);
    const none = {
      claimed: 0,
      confirmed: 0,
      denied: 0,
      declinedToConfirm: 0,
      didNotDeny: 0,
      declinedToComment: 0,
      retracted: 0,
    };
    expect(all.stanceBreakdown).toEqual({
      status: 'CONTESTED',
      counts: {
        ...none,
        claimed: 3,
        confirmed: 1,
        denied: 1,
        declinedToConfirm: 3,
        positions: 8,
        supportedBy: 8,
        refutedBy: 1,
      },
      ...Object.fromEntries(Object.keys(FULL).map((f) => [f, []])),
      positions: [],
    });
    const by19 = await seeded.ask<{ stanceBreakdown: { status: string; counts: unknown } }>(query, {
      asOf: '2024-10-19',
    });
    expect([by19.stanceBreakdown.status, by19.stanceBreakdown.counts]).toEqual([
      'ASSERTED',
      {
        ...none,
        claimed: 1,
        confirmed: 1,
        positions: 2,
        supportedBy: DEPLOYMENT_SUPPORTERS_BY_19.length,
        refutedBy: 0,
      },
    ]);
  });

  test('contestedStatements carries the same counts per row', async () => {
    const data = await seeded.ask<{ contestedStatements: unknown[] }>(`{
      contestedStatements { statement { id } counts { claimed positions supportedBy refutedBy } claimed(first: 1) { id } }
    }`);
    expect(data.contestedStatements).toEqual([
      {
        statement: { id: DEPLOYMENT },
        counts: { claimed: 3, positions: 8, supportedBy: 8, refutedBy: 1 },
        claimed: [{ id: stanceId(ZELENSKYY_13, 'CLAIMED') }],
      },
      {
        statement: { id: PLANS_11000 },
        counts: { claimed: 1, positions: 1, supportedBy: 0, refutedBy: 1 },
        claimed: [{ id: stanceId(AMBASSADOR_22, 'CLAIMED', PLANS_11000) }],
      },
    ]);
  });
});

describe('`first` cuts each list to its first items, in the order described', () => {
  // n = null takes the SDL default (20): every list in full on the seed graph.
  test.each([0, 1, 2, null, 100])('first: %p, answered from the row and projected alike', async (n) => {
    const take = n ?? 20;
    const ask = (stance: string, statement: string) =>
      seeded
        .server()
        .run<{ stanceBreakdown: ListsOut }>(
          `query($n: Int) { stanceBreakdown(statementId: "${DEPLOYMENT}") { ${lists(stance, statement)} } }`,
          { n },
        );
    const fromRow = await ask('id', 'id');
    // Objects under each list: the breakdown's statement projects them (compileBreakdown).
    const projected = await ask('id actor { id }', 'id text');
    expect([fromRow.errors, projected.errors]).toEqual([undefined, undefined]);
    for (const answer of [fromRow, projected]) {
      const b = answer.data?.stanceBreakdown as ListsOut;
      expect(Object.fromEntries(Object.keys(FULL).map((f) => [f, ids(b[f] as Ids)]))).toEqual(
        Object.fromEntries(Object.entries(FULL).map(([f, list]) => [f, list.slice(0, take)])),
      );
      expect(b.positions).toEqual(
        POSITIONS.slice(0, take).map((id) => ({
          current: { id },
          historyCount: 1,
          history: take > 0 ? [{ id }] : [],
        })),
      );
    }
    // A projected stance is its actor's: the same objects, not only the same ids.
    const claimed = projected.data?.stanceBreakdown.claimed as { id: string; actor: { id: string } }[];
    for (const s of claimed) expect(s.actor.id).toBe(s.id.split(':')[0]);
  });

  test('a projected list answers as the loaders do (positions load their stances through them)', async () => {
    const stance = 'id type date { date knownBy } actor { name } statement { id }';
    const result = await seeded.server().run<{
      stanceBreakdown: Record<string, { id: string }[]> & { positions: { current: { id: string } }[] };
    }>(`{
      stanceBreakdown(statementId: "${DEPLOYMENT}") {
        claimed(first: 2) { ${stance} } declinedToConfirm(first: 1) { ${stance} } denied(first: 1) { ${stance} }
        positions(first: 8) { current { ${stance} } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const b = result.data?.stanceBreakdown;
    const current = new Map(b?.positions.map((p) => [p.current.id, p.current]));
    const projected = [...(b?.claimed ?? []), ...(b?.declinedToConfirm ?? []), ...(b?.denied ?? [])];
    expect(projected.map((s) => s.id)).toEqual([
      FULL.claimed?.[0],
      FULL.claimed?.[1],
      FULL.declinedToConfirm?.[0],
      FULL.denied?.[0],
    ]);
    for (const s of projected) expect(s).toEqual(current.get(s.id));
    // The breakdown's statement, then one batch of the positions' stances.
    expect(result.roundTrips).toBe(2);
  });
});

test('every direct list with its own `first`, counts included: one round trip', async () => {
  const result = await seeded.server().run<{ stanceBreakdown: Record<string, unknown[]> }>(`{
    stanceBreakdown(statementId: "${DEPLOYMENT}", asOf: "2024-12-31") {
      counts { ${COUNT_FIELDS} }
      statement { text }
      claimed(first: 2) { actor { name stances(first: 3) { id } } }
      confirmed(first: 1) { actor { name } }
      denied(first: 5) { quote }
      declinedToConfirm(first: 3) { date { date } }
      supportedBy(first: 4) { text stances(first: 2) { actor { name } } }
      refutedBy(first: 1) { text }
    }
  }`);
  expect(result.errors).toBeUndefined();
  const b = result.data?.stanceBreakdown ?? {};
  const sizes = ['claimed', 'confirmed', 'denied', 'declinedToConfirm', 'supportedBy', 'refutedBy'].map(
    (f) => b[f]?.length,
  );
  expect({ sizes, roundTrips: result.roundTrips }).toEqual({ sizes: [2, 1, 1, 3, 4, 1], roundTrips: 1 });
});

describe("a breakdown list's `first` is refused as every nested list's is", () => {
  test.each([
    // The same template as any nested list of the core types.
    ['Statement.stances', `statement(id: "${DEPLOYMENT}") { stances(first: -1) { id } }`, -1],
    [
      'StanceBreakdown.claimed',
      `stanceBreakdown(statementId: "${DEPLOYMENT}") { claimed(first: -1) { id } }`,
      -1,
    ],
    [
      'StanceBreakdown.supportedBy',
      `stanceBreakdown(statementId: "${DEPLOYMENT}") { supportedBy(first: 101) { text } }`,
      101,
    ],
    [
      'StanceBreakdown.positions',
      `stanceBreakdown(statementId: "${DEPLOYMENT}") { positions(first: 101) { effect } }`,
      101,
    ],
    [
      'ActorPosition.history',
      `stanceBreakdown(statementId: "${DEPLOYMENT}") { positions { history(first: -2) { id } } }`,
      -2,
    ],
    ['StanceBreakdown.refutedBy', `contestedStatements { refutedBy(first: 101) { id } }`, 101],
  ])('%s', async (field, query, value) => {
    const { data, errors } = await seeded.server().run(`{ ${query} }`);
    expect(data === null || Object.values(data).every((v) => v === null)).toBe(true);
    expect(errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.field])).toEqual([
      [`"${field}(first)" must be between 0 and 100, got ${value}`, 'BAD_USER_INPUT', `${field}.first`],
    ]);
  });
});

test("the row budget counts a breakdown list's `first`", async () => {
  // 1 + 100 × (1 + 100 × (1 + 10)): the claimed stances, their actors' stances, theirs.
  const { data, errors } = await seeded.server().run(`{
    stanceBreakdown(statementId: "${DEPLOYMENT}") {
      claimed(first: 100) { actor { stances(first: 100) { statement { stances(first: 10) { id } } } } }
    }
  }`);
  expect(data).toBeNull();
  expect(errors?.map((e) => e.extensions)).toEqual([
    expect.objectContaining({ code: 'RESULT_TOO_LARGE', rows: 110101, budget: 50000 }),
  ]);
});
