import { cypherFile, type Db } from '../../db';
import { NotFoundError } from '../../errors';
import { toGraphEdges, toGraphNodes } from './graphRows';
import { QUERY_FILES } from './queryFiles';
import { boundedInt, type ResearchLimits } from './researchLimits';
import type { SubgraphRow } from './rows';

export interface NeighbourhoodArgs {
  id: string;
  depth?: number | null;
  limit?: number | null;
}

/**
 * The nodes within `depth` hops of a node (nearest first, at most `limit`) and the
 * relationships among them, for drawing.
 */
export async function neighbourhood(
  db: Db,
  limits: ResearchLimits,
  args: NeighbourhoodArgs,
): Promise<SubgraphRow> {
  const depth = boundedInt(args.depth, 1, 'depth', 1, limits.maxTraversalHops);
  const limit = boundedInt(args.limit, 100, 'limit', 1, limits.maxSubgraphNodes);
  // The file's depth is a parameter: the search goes level by level (see its header).
  const [row] = await db.read(cypherFile(QUERY_FILES.neighbourhood).text, { id: args.id, depth, limit });
  if (!row) throw new NotFoundError('Node', args.id);
  return {
    nodes: toGraphNodes(row.nodes),
    edges: toGraphEdges(row.edges),
    truncated: row.truncated === true,
  };
}
