import { cypherFile, type Db } from '../../db';
import { requireNode } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import type { ProvenanceRow } from './rows';

/** Question 7: for each stance on a statement, its articles, their cited agencies, its relay chain. */
export async function provenance(db: Db, args: { statementId: string }): Promise<ProvenanceRow> {
  const rows = await db.read(cypherFile(QUERY_FILES.provenance).text, { statementId: args.statementId });
  if (rows.length === 0) await requireNode(db, 'Statement', args.statementId);
  return {
    statementId: args.statementId,
    records: rows.map((row) => ({
      stanceId: String(row.stanceId),
      articleIds: row.articleIds as string[],
      citedAgencyIds: row.citedAgencyIds as string[],
      relayChainIds: row.relayChainIds as string[],
      originId: String(row.originId),
    })),
  };
}
