import type { Database } from '../../../src/db';
import { contestedStatements, positionChanges, stanceBreakdown } from '../../../src/data/research';
import { resetDatabase, testDatabase } from '../../support/database';

// A story that is not the seed: a dam breach blamed on sabotage. The river authority first
// declines to confirm, then confirms; the interior ministry claims, then retracts; the
// engineering firm denies twice; the governor pointedly does not deny; the police decline to
// comment. A second statement has only a non-denial, a third only a claim later retracted.
const SABOTAGE = 'dam-breach-was-sabotage';
const SECOND_DAM = 'second-dam-at-risk';
const WITHDRAWN = 'saboteurs-arrested';
const STANCES: Array<[string, string, string, string]> = [
  ['river-authority', 'DECLINED_TO_CONFIRM', SABOTAGE, '2025-03-03'],
  ['river-authority', 'CONFIRMED', SABOTAGE, '2025-03-06'],
  ['interior-ministry', 'CLAIMED', SABOTAGE, '2025-03-02'],
  ['interior-ministry', 'RETRACTED', SABOTAGE, '2025-03-10'],
  ['engineering-firm', 'DENIED', SABOTAGE, '2025-03-04'],
  ['engineering-firm', 'DENIED', SABOTAGE, '2025-03-08'],
  ['regional-governor', 'DID_NOT_DENY', SABOTAGE, '2025-03-05'],
  ['police', 'DECLINED_TO_COMMENT', SABOTAGE, '2025-03-07'],
  ['regional-governor', 'DID_NOT_DENY', SECOND_DAM, '2025-03-05'],
  ['interior-ministry', 'CLAIMED', WITHDRAWN, '2025-03-02'],
  ['interior-ministry', 'RETRACTED', WITHDRAWN, '2025-03-09'],
];
const id = (i: number) => `st-${i}`;
const LIMITS = { maxTraversalHops: 6, maxSubgraphNodes: 500, maxPageSize: 100 };
/** An actor's position: its current stance (the last of `history`), its whole history here. */
const position = (actorId: string, type: string, history: number[]) => ({
  actorId,
  stanceId: id(history[history.length - 1] as number),
  position: type,
  historyIds: history.map(id),
  historyCount: history.length,
});

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await db.write(
    `UNWIND $ids AS sid CREATE (:Statement { id: sid, text: sid })
     WITH count(*) AS _
     UNWIND $actors AS aid CREATE (:Actor { id: aid, name: aid })`,
    {
      ids: [SABOTAGE, SECOND_DAM, WITHDRAWN],
      actors: [...new Set(STANCES.map((s) => s[0]))],
    },
  );
  for (const [i, [actor, type, statement, date]] of STANCES.entries())
    await db.write(
      `MATCH (a:Actor { id: $actor }), (s:Statement { id: $statement })
       CREATE (a)-[:${type} { id: $id, date: date($date), precision: 'DAY', knownBy: date($date) }]->(s)`,
      { actor, statement, date, id: id(i) },
    );
});
afterAll(async () => {
  await resetDatabase(db);
  await db.close();
});

describe('stanceBreakdown counts each actor once, by its current position', () => {
  it('overall', async () => {
    expect(await stanceBreakdown(db, LIMITS, { statementId: SABOTAGE })).toEqual({
      statementId: SABOTAGE,
      asOf: null,
      status: 'CONTESTED',
      counts: {
        claimed: 0,
        confirmed: 1,
        denied: 1,
        declinedToConfirm: 0,
        didNotDeny: 1,
        declinedToComment: 1,
        retracted: 1,
        positions: 5,
        supportedBy: 0,
        refutedBy: 0,
      },
      claimedIds: [],
      confirmedIds: [id(1)],
      deniedIds: [id(5)],
      declinedToConfirmIds: [],
      didNotDenyIds: [id(6)],
      declinedToCommentIds: [id(7)],
      retractedIds: [id(3)],
      positions: [
        position('regional-governor', 'DID_NOT_DENY', [6]),
        position('river-authority', 'CONFIRMED', [0, 1]),
        position('police', 'DECLINED_TO_COMMENT', [7]),
        position('engineering-firm', 'DENIED', [4, 5]),
        position('interior-ministry', 'RETRACTED', [2, 3]),
      ],
      supportedByIds: [],
      refutedByIds: [],
    });
  });

  it('lists and histories cut to MAX_PAGE_SIZE keep exact counts and the status of all', async () => {
    const one = { ...LIMITS, maxPageSize: 1 };
    const b = await stanceBreakdown(db, one, { statementId: SABOTAGE });
    // The first position (the governor's non-denial) alone would be UNCONFIRMED.
    expect([b.status, b.counts.positions, b.counts.confirmed, b.counts.denied]).toEqual([
      'CONTESTED',
      5,
      1,
      1,
    ]);
    expect(b.positions).toEqual([position('regional-governor', 'DID_NOT_DENY', [6])]);
    expect([b.confirmedIds, b.deniedIds, b.retractedIds]).toEqual([[id(1)], [id(5)], [id(3)]]);
    // A history cut to its oldest stance; the current one is still the latest.
    expect((await stanceBreakdown(db, one, { statementId: WITHDRAWN })).positions).toEqual([
      { ...position('interior-ministry', 'RETRACTED', [9, 10]), historyIds: [id(9)] },
    ]);
    const [contested] = await contestedStatements(db, one, { first: 1 });
    expect([contested?.counts.positions, contested?.positions.length]).toEqual([5, 1]);
    const none = await stanceBreakdown(db, { ...LIMITS, maxPageSize: 0 }, { statementId: SABOTAGE });
    expect([none.status, none.positions, none.confirmedIds, none.counts.positions]).toEqual([
      'CONTESTED',
      [],
      [],
      5,
    ]);
  });

  it('as of a date: the latest position known by then', async () => {
    const b = await stanceBreakdown(db, LIMITS, { statementId: SABOTAGE, asOf: '2025-03-05' });
    expect([
      b.status,
      b.claimedIds,
      b.declinedToConfirmIds,
      b.deniedIds,
      b.didNotDenyIds,
      b.confirmedIds,
    ]).toEqual(['CONTESTED', [id(2)], [id(0)], [id(4)], [id(6)], []]);
    expect((await stanceBreakdown(db, LIMITS, { statementId: SABOTAGE, asOf: '2025-03-03' })).status).toBe(
      'ASSERTED',
    );
  });

  it('a non-denial is not opposition; a retraction leaves no position', async () => {
    expect((await stanceBreakdown(db, LIMITS, { statementId: SECOND_DAM })).status).toBe('UNCONFIRMED');
    const withdrawn = await stanceBreakdown(db, LIMITS, { statementId: WITHDRAWN });
    expect([withdrawn.status, withdrawn.claimedIds, withdrawn.retractedIds]).toEqual([
      'UNADDRESSED',
      [],
      [id(10)],
    ]);
    expect((await stanceBreakdown(db, LIMITS, { statementId: WITHDRAWN, asOf: '2025-03-08' })).status).toBe(
      'ASSERTED',
    );
  });

  it('contestedStatements follows the same rule', async () => {
    expect((await contestedStatements(db, LIMITS, {})).map((b) => b.statementId)).toEqual([SABOTAGE]);
    expect((await contestedStatements(db, LIMITS, { asOf: '2025-03-03' })).map((b) => b.statementId)).toEqual(
      [],
    );
  });
});

describe('positionChanges', () => {
  it('lists who moved from what to what, oldest first; a repeat is no change', async () => {
    expect(await positionChanges(db, LIMITS, { statementId: SABOTAGE })).toEqual([
      { actorId: 'river-authority', statementId: SABOTAGE, fromStanceId: id(0), toStanceId: id(1) },
      { actorId: 'interior-ministry', statementId: SABOTAGE, fromStanceId: id(2), toStanceId: id(3) },
    ]);
    expect(await positionChanges(db, LIMITS, { actorId: 'interior-ministry' })).toEqual([
      { actorId: 'interior-ministry', statementId: WITHDRAWN, fromStanceId: id(9), toStanceId: id(10) },
      { actorId: 'interior-ministry', statementId: SABOTAGE, fromStanceId: id(2), toStanceId: id(3) },
    ]);
    expect(await positionChanges(db, LIMITS, { statementId: SABOTAGE, from: '2025-03-07' })).toEqual([
      { actorId: 'interior-ministry', statementId: SABOTAGE, fromStanceId: id(2), toStanceId: id(3) },
    ]);
  });

  it('needs a statement or an actor', async () => {
    await expect(positionChanges(db, LIMITS, {})).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'statementId' },
    });
  });
});
