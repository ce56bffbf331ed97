import type { Db } from '../db';
import { pagedQuery, type Page, type PageWindow } from './pagination';
import type { StatementLinkRow } from './rows';

export interface StatementLinkListArgs {
  types: string[] | null;
  statementId: string | null;
}

const MATCH = `MATCH (f:Statement)-[l:SUPPORTS|REFUTES]->(t:Statement)
WHERE ($types IS NULL OR type(l) IN $types)
  AND ($statementId IS NULL OR f.id = $statementId OR t.id = $statementId)`;

const QUERY = pagedQuery(MATCH, 'type(l), f.id, t.id', '{ type: type(l), fromId: f.id, toId: t.id }', 'l, f, t');

/** One page of SUPPORTS / REFUTES links (REFUTES first), with the total count. */
export async function listStatementLinks(
  db: Db,
  args: StatementLinkListArgs,
  window: PageWindow,
): Promise<Page<StatementLinkRow>> {
  const [row] = await db.read(QUERY, { ...args, ...window });
  return { rows: row?.rows as StatementLinkRow[], totalCount: Number(row?.totalCount), skip: window.skip };
}
