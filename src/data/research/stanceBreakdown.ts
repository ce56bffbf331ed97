import { cypherFile, type Db } from '../../db';
import { NotFoundError } from '../../errors';
import { optionalDate } from '../dates';
import { toBreakdownRow } from './breakdownRow';
import { breakdownQuery, type BreakdownSelection } from './breakdownQuery';
import { QUERY_FILES } from './queryFiles';
import type { ResearchLimits } from './researchLimits';
import type { StanceBreakdownRow } from './rows';

export interface StanceBreakdownArgs {
  statementId: string;
  asOf?: string | null;
}

/**
 * Questions 10 and 12: who holds which position on a statement, as of a date or overall; with
 * `select`, the selected objects in the same statement. Each list holds at most MAX_PAGE_SIZE
 * items, the most any field's `first` asks for.
 */
export async function stanceBreakdown(
  db: Db,
  limits: ResearchLimits,
  args: StanceBreakdownArgs,
  select?: BreakdownSelection,
): Promise<StanceBreakdownRow> {
  const asOf = optionalDate(args.asOf, 'asOf');
  const params = { statementId: args.statementId, asOf, first: limits.maxPageSize };
  const query = breakdownQuery(cypherFile(QUERY_FILES.stanceBreakdown), params, 1, select);
  const [row] = await db.read(query.text, query.params);
  if (!row) throw new NotFoundError('Statement', args.statementId);
  return toBreakdownRow(row, asOf);
}
