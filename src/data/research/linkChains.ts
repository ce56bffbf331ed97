import { cypherFile, type Db } from '../../db';
import { requireNode } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import { boundedFirst, boundedInt, type ResearchLimits } from './researchLimits';
import type { LinkChainRow, LinkTypeValue } from './rows';
import type { StatementLinkRow } from '../rows';

export interface LinkChainsArgs {
  statementId: string;
  types?: readonly LinkTypeValue[] | null;
  direction?: 'INCOMING' | 'OUTGOING' | 'BOTH' | null;
  maxDepth?: number | null;
  first?: number | null;
}

const ALL_LINK_TYPES: readonly LinkTypeValue[] = ['SUPPORTS', 'REFUTES'];

/** Question 5, transitively: chains of SUPPORTS / REFUTES links from a statement, shortest first. */
export async function linkChains(
  db: Db,
  limits: ResearchLimits,
  args: LinkChainsArgs,
): Promise<LinkChainRow[]> {
  const maxDepth = boundedInt(args.maxDepth, 3, 'maxDepth', 1, limits.maxTraversalHops);
  const limit = boundedFirst(args.first, 50, limits);
  const types = args.types && args.types.length > 0 ? [...new Set(args.types)] : ALL_LINK_TYPES;
  // Bounded in work inside the file: level by level, with per-node and total caps.
  const rows = await db.read(cypherFile(QUERY_FILES.linkChains).text, {
    statementId: args.statementId,
    direction: args.direction ?? 'INCOMING',
    types,
    maxDepth,
    limit,
  });
  if (rows.length === 0) await requireNode(db, 'Statement', args.statementId);
  return rows.map((row) => ({
    depth: Number(row.depth),
    statementIds: row.statementIds as string[],
    links: row.links as StatementLinkRow[],
    polarity: row.polarity as LinkTypeValue,
  }));
}
