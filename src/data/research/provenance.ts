import { cypherFile, type Db } from '../../db';
import { requireNode } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import type { ResearchLimits } from './researchLimits';
import type { ProvenanceRow } from './rows';

/**
 * Question 7: for each stance on a statement, its articles, their cited agencies, its relay
 * chain. The records and each record's lists hold at most MAX_PAGE_SIZE items, the most any
 * field's `first` asks for; the counts are exact.
 */
export async function provenance(
  db: Db,
  limits: ResearchLimits,
  args: { statementId: string },
): Promise<ProvenanceRow> {
  const rows = await db.read(cypherFile(QUERY_FILES.provenance).text, {
    statementId: args.statementId,
    first: limits.maxPageSize,
  });
  if (rows.length === 0) await requireNode(db, 'Statement', args.statementId);
  return {
    statementId: args.statementId,
    recordCount: rows.length === 0 ? 0 : Number(rows[0]?.recordCount),
    records: rows.map((row) => ({
      stanceId: String(row.stanceId),
      articleIds: row.articleIds as string[],
      articleCount: Number(row.articleCount),
      citedAgencyIds: row.citedAgencyIds as string[],
      citedAgencyCount: Number(row.citedAgencyCount),
      relayChainIds: row.relayChainIds as string[],
      originId: String(row.originId),
    })),
  };
}
