import { cypherFile, type Db } from '../../db';
import { NotFoundError } from '../../errors';
import { optionalDate } from '../dates';
import { toBreakdownRow } from './breakdownRow';
import { QUERY_FILES } from './queryFiles';
import type { StanceBreakdownRow } from './rows';

export interface StanceBreakdownArgs {
  statementId: string;
  asOf?: string | null;
}

/** Questions 10 and 12: who holds which position on a statement, as of a date or overall. */
export async function stanceBreakdown(db: Db, args: StanceBreakdownArgs): Promise<StanceBreakdownRow> {
  const asOf = optionalDate(args.asOf, 'asOf');
  const [row] = await db.read(cypherFile(QUERY_FILES.stanceBreakdown).text, {
    statementId: args.statementId,
    asOf,
  });
  if (!row) throw new NotFoundError('Statement', args.statementId);
  return toBreakdownRow(row, asOf);
}
