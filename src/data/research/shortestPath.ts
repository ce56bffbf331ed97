import { cypherFile, type Db } from '../../db';
import { toGraphEdges, toGraphNodes } from './graphRows';
import { withHopBound } from './hopBound';
import { requireAnyNodes } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import { boundedInt, type ResearchLimits } from './researchLimits';
import type { GraphPathRow } from './rows';

export interface ShortestPathArgs {
  fromId: string;
  toId: string;
  maxHops?: number | null;
}

/**
 * A path never passes through a node with more relationships than this (its ends may): a hub's
 * tens of thousands of neighbours are never expanded in the middle of a search.
 */
export const SHORTEST_PATH_MAX_DEGREE = 1000;

/**
 * Question 9: the shortest path between two nodes over any relationship, in either direction,
 * of at most `maxHops` relationships and through no node of more than
 * {@link SHORTEST_PATH_MAX_DEGREE} relationships; null when there is none within the bounds.
 */
export async function shortestPath(
  db: Db,
  limits: ResearchLimits,
  args: ShortestPathArgs,
): Promise<GraphPathRow | null> {
  const maxHops = boundedInt(args.maxHops, 6, 'maxHops', 1, limits.maxTraversalHops);
  const text = withHopBound(cypherFile(QUERY_FILES.shortestPath), 'maxHops', maxHops);
  const [row] = await db.read(text, {
    fromId: args.fromId,
    toId: args.toId,
    maxHops,
    maxDegree: SHORTEST_PATH_MAX_DEGREE,
  });
  if (!row) {
    await requireAnyNodes(db, [args.fromId, args.toId]);
    return null;
  }
  if (row.length === null) return null;
  return { length: Number(row.length), nodes: toGraphNodes(row.nodes), edges: toGraphEdges(row.edges) };
}
