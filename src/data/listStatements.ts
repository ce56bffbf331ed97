import type { Db } from '../db';
import { STANCE_PATTERN, statementProjection } from './cypherProjections';
import { givenConditions } from './givenConditions';
import { pagedQuery, type Page, type PageWindow } from './pagination';
import type { StatementRow } from './rows';
import { toStatement } from './toRow';

export interface StatementListArgs {
  text: string | null;
  actorId: string | null;
  stanceTypes: string[] | null;
  eventId: string | null;
  hasFigure: boolean | null;
  from: string | null;
  to: string | null;
  orderBy: 'FIRST_STANCE_ASC' | 'FIRST_STANCE_DESC' | 'TEXT_ASC';
}

const ORDER: Record<StatementListArgs['orderBy'], string> = {
  FIRST_STANCE_ASC: 's.firstStanceDate, s.id',
  FIRST_STANCE_DESC: 's.firstStanceDate DESC, s.id',
  TEXT_ASC: 'toLower(s.text), s.id',
};

// Each filter given adds one fixed condition; absent filters add nothing (see listStances).
const CONDITIONS: Partial<Record<keyof StatementListArgs, string>> = {
  text: 'toLower(s.text) CONTAINS toLower($text)',
  hasFigure: '(s.figureValue IS NOT NULL) = $hasFigure',
  eventId: 'EXISTS { (s)-[:ABOUT]->(:Event)-[:PART_OF*0..5]->(:Event {id: $eventId}) }',
};
const STANCE_CONDITIONS: Partial<Record<keyof StatementListArgs, string>> = {
  actorId: 'a.id = $actorId',
  stanceTypes: 'type(r) IN $stanceTypes',
  from: 'r.date >= date($from)',
  to: 'r.knownBy <= date($to)',
};

const queries = new Map<string, string>();

function queryFor(args: StatementListArgs): string {
  const conditions = givenConditions(CONDITIONS, args);
  const stance = givenConditions(STANCE_CONDITIONS, args);
  if (stance.length > 0) {
    conditions.push(`EXISTS { MATCH (a:Actor)-[r:${STANCE_PATTERN}]->(s) WHERE ${stance.join(' AND ')} }`);
  }
  const key = `${conditions.join(' AND ')}|${args.orderBy}`;
  let query = queries.get(key);
  if (!query) {
    const match = `MATCH (s:Statement)${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
    query = pagedQuery(match, ORDER[args.orderBy], statementProjection('s'), 's');
    queries.set(key, query);
  }
  return query;
}

/** One page of statements, filtered and sorted, with the total count. */
export async function listStatements(db: Db, args: StatementListArgs, window: PageWindow): Promise<Page<StatementRow>> {
  const { orderBy: _orderBy, ...filter } = args;
  const [row] = await db.read(queryFor(args), { ...filter, ...window });
  return { rows: (row?.rows as unknown[]).map(toStatement), totalCount: Number(row?.totalCount), skip: window.skip };
}
