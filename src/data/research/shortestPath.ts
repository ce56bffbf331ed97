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
 * Question 9: the shortest path between two nodes over any relationship, in either direction,
 * of at most `maxHops` relationships; null when there is none within the bound.
 */
export async function shortestPath(db: Db, limits: ResearchLimits, args: ShortestPathArgs): Promise<GraphPathRow | null> {
  const maxHops = boundedInt(args.maxHops, 6, 'maxHops', 1, limits.maxTraversalHops);
  const text = withHopBound(cypherFile(QUERY_FILES.shortestPath), 'maxHops', maxHops);
  const [row] = await db.read(text, { fromId: args.fromId, toId: args.toId, maxHops });
  if (!row) {
    await requireAnyNodes(db, [args.fromId, args.toId]);
    return null;
  }
  if (row.length === null) return null;
  return { length: Number(row.length), nodes: toGraphNodes(row.nodes), edges: toGraphEdges(row.edges) };
}
