import { cypherFile, type Db } from '../../db';
import { BadUserInputError } from '../../errors';
import { optionalDateWindow } from '../dates';
import { QUERY_FILES } from './queryFiles';
import { boundedFirst, type ResearchLimits } from './researchLimits';
import type { PositionChangeRow } from './rows';

export interface PositionChangesArgs {
  statementId?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

/**
 * Question 13: who moved from what position to what, and when (q13-position-changes.cypher).
 * A statement or an actor must be given, which bounds the stances scanned.
 */
export async function positionChanges(
  db: Db,
  limits: ResearchLimits,
  args: PositionChangesArgs,
): Promise<PositionChangeRow[]> {
  const statementId = args.statementId ?? null;
  const actorId = args.actorId ?? null;
  if (statementId === null && actorId === null)
    throw new BadUserInputError('positionChanges needs "statementId" or "actorId" (or both)', 'statementId');
  const { from, to } = optionalDateWindow(args);
  const limit = boundedFirst(args.first, 50, limits);
  const rows = await db.read(cypherFile(QUERY_FILES.positionChanges).text, {
    statementId,
    actorId,
    from,
    to,
    limit,
  });
  return rows.map((row) => ({
    actorId: String(row.actorId),
    statementId: String(row.statementId),
    fromStanceId: String(row.fromStanceId),
    toStanceId: String(row.toStanceId),
  }));
}
