import { cypherFile, type Db } from '../../db';
import { optionalDateWindow } from '../dates';
import { requireNode } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import { boundedFirst, type ResearchLimits } from './researchLimits';

export interface ActorTimelineArgs {
  actorId: string;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

/**
 * An actor's stances in date order, optionally within [from, to] (question 6); returns the
 * stance ids, for the stance loader.
 */
export async function actorTimeline(
  db: Db,
  limits: ResearchLimits,
  args: ActorTimelineArgs,
): Promise<string[]> {
  const { from, to } = optionalDateWindow(args);
  const limit = boundedFirst(args.first, 100, limits);
  const rows = await db.read(cypherFile(QUERY_FILES.actorTimeline).text, {
    actorId: args.actorId,
    from,
    to,
    limit,
  });
  if (rows.length === 0) await requireNode(db, 'Actor', args.actorId);
  return rows.map((row) => String(row.stanceId));
}
