import { cypherFile, type Db } from '../../db';
import { optionalDate } from '../dates';
import { toBreakdownRow } from './breakdownRow';
import { QUERY_FILES } from './queryFiles';
import { boundedFirst, type ResearchLimits } from './researchLimits';
import type { StanceBreakdownRow } from './rows';

export interface ContestedStatementsArgs {
  asOf?: string | null;
  first?: number | null;
}

/** Question 8: statements both claimed or supported and denied or refuted, most contested first. */
export async function contestedStatements(
  db: Db,
  limits: ResearchLimits,
  args: ContestedStatementsArgs,
): Promise<StanceBreakdownRow[]> {
  const asOf = optionalDate(args.asOf, 'asOf');
  const limit = boundedFirst(args.first, 20, limits);
  const rows = await db.read(cypherFile(QUERY_FILES.contestedStatements).text, { asOf, limit });
  return rows.map((row) => toBreakdownRow(row, asOf));
}
