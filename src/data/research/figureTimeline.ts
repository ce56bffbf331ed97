import { cypherFile, type Db } from '../../db';
import { requireNode } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import { boundedFirst, type ResearchLimits } from './researchLimits';
import type { FigurePointRow, FigureRow } from './rows';

/** Question 4: the first `first` figures claimed or confirmed for an event and its parts, in date order. */
export async function figureTimeline(
  db: Db,
  limits: ResearchLimits,
  args: { eventId: string; first?: number | null },
): Promise<FigurePointRow[]> {
  const rows = await db.read(cypherFile(QUERY_FILES.figureTimeline).text, {
    eventId: args.eventId,
    first: boundedFirst(args.first, 100, limits),
  });
  if (rows.length === 0) await requireNode(db, 'Event', args.eventId);
  return rows.map((row) => ({
    figure: {
      value: (row.value as number | null) ?? null,
      low: (row.low as number | null) ?? null,
      high: (row.high as number | null) ?? null,
      unit: String(row.unit),
      qualifier: row.qualifier as FigureRow['qualifier'],
      phrase: (row.phrase as string | null) ?? null,
      kind: row.kind as FigureRow['kind'],
      targetDate: (row.targetDate as string | null) ?? null,
      targetPrecision: (row.targetPrecision as FigureRow['targetPrecision']) ?? null,
    },
    statementId: String(row.statementId),
    actorId: String(row.actorId),
    stance: String(row.stance),
    date: {
      date: String(row.date),
      precision: String(row.precision),
      knownBy: String(row.knownBy),
      text: (row.dateAsGiven as string | null) ?? null,
    },
    eventId: String(row.eventId),
  }));
}
