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
    expect(await stanceBreakdown(db, { statementId: SABOTAGE })).toEqual({
      statementId: SABOTAGE,
      asOf: null,
      status: 'CONTESTED',
      claimedIds: [],
      confirmedIds: [id(1)],
      deniedIds: [id(5)],
      declinedToConfirmIds: [],
      didNotDenyIds: [id(6)],
      declinedToCommentIds: [id(7)],
      retractedIds: [id(3)],
      positions: [
        { actorId: 'regional-governor', stanceId: id(6), position: 'DID_NOT_DENY', historyIds: [id(6)] },
        { actorId: 'river-authority', stanceId: id(1), position: 'CONFIRMED', historyIds: [id(0), id(1)] },
        { actorId: 'police', stanceId: id(7), position: 'DECLINED_TO_COMMENT', historyIds: [id(7)] },
        { actorId: 'engineering-firm', stanceId: id(5), position: 'DENIED', historyIds: [id(4), id(5)] },
        { actorId: 'interior-ministry', stanceId: id(3), position: 'RETRACTED', historyIds: [id(2), id(3)] },
      ],
      supportedByIds: [],
      refutedByIds: [],
    });
  });

  it('as of a date: the latest position known by then', async () => {
    const b = await stanceBreakdown(db, { statementId: SABOTAGE, asOf: '2025-03-05' });
    expect([
      b.status,
      b.claimedIds,
      b.declinedToConfirmIds,
      b.deniedIds,
      b.didNotDenyIds,
      b.confirmedIds,
    ]).toEqual(['CONTESTED', [id(2)], [id(0)], [id(4)], [id(6)], []]);
    expect((await stanceBreakdown(db, { statementId: SABOTAGE, asOf: '2025-03-03' })).status).toBe(
      'ASSERTED',
    );
  });

  it('a non-denial is not opposition; a retraction leaves no position', async () => {
    expect((await stanceBreakdown(db, { statementId: SECOND_DAM })).status).toBe('UNCONFIRMED');
    const withdrawn = await stanceBreakdown(db, { statementId: WITHDRAWN });
    expect([withdrawn.status, withdrawn.claimedIds, withdrawn.retractedIds]).toEqual([
      'UNADDRESSED',
      [],
      [id(10)],
    ]);
    expect((await stanceBreakdown(db, { statementId: WITHDRAWN, asOf: '2025-03-08' })).status).toBe(
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
