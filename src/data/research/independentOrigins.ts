import { cypherFile, type Db } from '../../db';
import { withHopBound } from './hopBound';
import { requireNode } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import type { ResearchLimits } from './researchLimits';
import type { IndependentOriginsRow } from './rows';

/** How many SUPPORTS links away supporting statements' speakers still count. */
export const SUPPORT_DEPTH = 3;

export interface IndependentOriginsArgs {
  statementId: string;
  includeSupporting?: boolean | null;
}

/**
 * Question 11: the independent origins behind a statement. Speakers collapse to their root
 * actor (PART_OF, LEADS, REPRESENTS) and relays to their origin, so echoes count once. The
 * origins and each origin's speakers hold at most MAX_PAGE_SIZE items, the most any field's
 * `first` asks for; `count` and each `speakerCount` are exact.
 */
export async function independentOrigins(
  db: Db,
  limits: ResearchLimits,
  args: IndependentOriginsArgs,
): Promise<IndependentOriginsRow> {
  const maxDepth = Math.min(SUPPORT_DEPTH, limits.maxTraversalHops);
  const text = withHopBound(cypherFile(QUERY_FILES.independentOrigins), 'maxDepth', maxDepth);
  const rows = await db.read(text, {
    statementId: args.statementId,
    includeSupporting: args.includeSupporting ?? true,
    maxDepth,
    first: limits.maxPageSize,
  });
  if (rows.length === 0) await requireNode(db, 'Statement', args.statementId);
  const origins = rows.map((row) => ({
    rootId: String(row.rootId),
    speakerIds: row.speakerIds as string[],
    speakerCount: Number(row.speakerCount),
  }));
  const count = rows.length === 0 ? 0 : Number(rows[0]?.count);
  return { statementId: args.statementId, count, origins };
}
