import type { Database } from '../../../src/db';
import { figureTimeline } from '../../../src/data/research';
import { figureProperties, readFigure, type FigureInput } from '../../../src/domain/figures';
import { resetDatabase, testDatabase } from '../../support/database';

// A flood relief operation (not the seed story): figures with every qualifier and kind, and
// one statement stored the old way (figureApproximate only).
const FIGURES: Array<[string, FigureInput, { date: string; precision: string } | null, string]> = [
  [
    'at-least-8000-evacuated',
    { qualifier: 'AT_LEAST', value: 8000, unit: 'people', kind: 'CUMULATIVE' },
    null,
    '2025-03-02',
  ],
  ['up-to-200-boats', { qualifier: 'AT_MOST', value: 200, unit: 'boats' }, null, '2025-03-03'],
  ['10000-to-12000-tents', { low: 10_000, high: 12_000, unit: 'tents' }, null, '2025-03-04'],
  ['several-hundred-volunteers', { phrase: 'several hundred', unit: 'volunteers' }, null, '2025-03-05'],
  [
    '10000-troops-by-december',
    { value: 10_000, unit: 'troops', kind: 'PLANNED' },
    { date: '2025-12-31', precision: 'ON_OR_BEFORE' },
    '2025-03-06',
  ],
];
const LIMITS = { maxTraversalHops: 6, maxSubgraphNodes: 500, maxPageSize: 100 };

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await db.write(
    `CREATE (:Event { id: 'flood-relief', name: 'Flood relief' }), (:Actor { id: 'relief-agency', name: 'Relief agency' })`,
  );
  for (const [id, input, target, date] of FIGURES) {
    const read = readFigure(input);
    if (!read.ok) throw new Error(id);
    const props = figureProperties(read.figure, target);
    await db.write(
      `MATCH (e:Event { id: 'flood-relief' }), (a:Actor { id: 'relief-agency' })
       CREATE (s:Statement { id: $id, text: $id }) SET s += $props,
         s.figureTargetDate = CASE WHEN $props.figureTargetDate IS NULL THEN null ELSE date($props.figureTargetDate) END
       CREATE (s)-[:ABOUT]->(e)
       CREATE (a)-[:CLAIMED { id: $id + '-claim', date: date($date), precision: 'DAY', knownBy: date($date) }]->(s)`,
      { id, props, date },
    );
  }
  await db.write(
    `MATCH (e:Event { id: 'flood-relief' }), (a:Actor { id: 'relief-agency' })
     CREATE (s:Statement { id: 'about-3000-sent', text: 'x', figureValue: 3000, figureUnit: 'troops', figureApproximate: true })-[:ABOUT]->(e)
     CREATE (a)-[:CONFIRMED { id: 'old-claim', date: date('2025-03-01'), precision: 'DAY', knownBy: date('2025-03-01') }]->(s)`,
  );
});
afterAll(async () => {
  await resetDatabase(db);
  await db.close();
});

test('figureTimeline shows qualifiers, spans, phrases, kinds and target dates', async () => {
  const points = await figureTimeline(db, LIMITS, { eventId: 'flood-relief' });
  expect(points.map((p) => [p.statementId, p.figure])).toEqual([
    [
      'about-3000-sent',
      {
        value: 3000,
        low: null,
        high: null,
        unit: 'troops',
        qualifier: 'APPROXIMATE',
        phrase: null,
        kind: 'OBSERVED',
        targetDate: null,
        targetPrecision: null,
      },
    ],
    [
      'at-least-8000-evacuated',
      {
        value: 8000,
        low: null,
        high: null,
        unit: 'people',
        qualifier: 'AT_LEAST',
        phrase: null,
        kind: 'CUMULATIVE',
        targetDate: null,
        targetPrecision: null,
      },
    ],
    [
      'up-to-200-boats',
      {
        value: 200,
        low: null,
        high: null,
        unit: 'boats',
        qualifier: 'AT_MOST',
        phrase: null,
        kind: 'OBSERVED',
        targetDate: null,
        targetPrecision: null,
      },
    ],
    [
      '10000-to-12000-tents',
      {
        value: null,
        low: 10_000,
        high: 12_000,
        unit: 'tents',
        qualifier: 'RANGE',
        phrase: null,
        kind: 'OBSERVED',
        targetDate: null,
        targetPrecision: null,
      },
    ],
    [
      'several-hundred-volunteers',
      {
        value: null,
        low: 300,
        high: 900,
        unit: 'volunteers',
        qualifier: 'VAGUE',
        phrase: 'several hundred',
        kind: 'OBSERVED',
        targetDate: null,
        targetPrecision: null,
      },
    ],
    [
      '10000-troops-by-december',
      {
        value: 10_000,
        low: null,
        high: null,
        unit: 'troops',
        qualifier: 'EXACT',
        phrase: null,
        kind: 'PLANNED',
        targetDate: '2025-12-31',
        targetPrecision: 'ON_OR_BEFORE',
      },
    ],
  ]);
});
