import { cypherFile, type Db } from '../../db';
import { optionalDate } from '../dates';
import { toBreakdownRow } from './breakdownRow';
import { breakdownQuery, type BreakdownSelection } from './breakdownQuery';
import { QUERY_FILES } from './queryFiles';
import { boundedFirst, type ResearchLimits } from './researchLimits';
import type { StanceBreakdownRow } from './rows';

export interface ContestedStatementsArgs {
  asOf?: string | null;
  first?: number | null;
}

/**
 * Question 8: statements both claimed or supported and denied or refuted, most contested first;
 * with `select`, the selected objects in the same statement. Each list of a row holds at most
 * MAX_PAGE_SIZE items, the most any field's `first` asks for.
 */
export async function contestedStatements(
  db: Db,
  limits: ResearchLimits,
  args: ContestedStatementsArgs,
  select?: BreakdownSelection,
): Promise<StanceBreakdownRow[]> {
  const asOf = optionalDate(args.asOf, 'asOf');
  const limit = boundedFirst(args.first, 20, limits);
  const params = { asOf, limit, first: limits.maxPageSize };
  const query = breakdownQuery(cypherFile(QUERY_FILES.contestedStatements), params, limit, select);
  const rows = await db.read(query.text, query.params);
  return rows.map((row) => toBreakdownRow(row, asOf));
}
