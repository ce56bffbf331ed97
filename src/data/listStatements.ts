import type { Db } from '../db';
import { STANCE_PATTERN, statementProjection } from './cypherProjections';
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

const MATCH = `MATCH (s:Statement)
WHERE ($text IS NULL OR toLower(s.text) CONTAINS toLower($text))
  AND ($hasFigure IS NULL OR (s.figureValue IS NOT NULL) = $hasFigure)
  AND ($eventId IS NULL OR EXISTS { (s)-[:ABOUT]->(:Event)-[:PART_OF*0..5]->(:Event {id: $eventId}) })
  AND ($actorId IS NULL AND $stanceTypes IS NULL AND $from IS NULL AND $to IS NULL
       OR EXISTS { MATCH (a:Actor)-[r:${STANCE_PATTERN}]->(s)
                   WHERE ($actorId IS NULL OR a.id = $actorId)
                     AND ($stanceTypes IS NULL OR type(r) IN $stanceTypes)
                     AND ($from IS NULL OR r.date >= date($from))
                     AND ($to IS NULL OR r.knownBy <= date($to)) })`;

const QUERIES = Object.fromEntries(
  Object.entries(ORDER).map(([key, order]) => [key, pagedQuery(MATCH, order, statementProjection('s'), 's')]),
) as Record<StatementListArgs['orderBy'], string>;

/** One page of statements, filtered and sorted, with the total count. */
export async function listStatements(db: Db, args: StatementListArgs, window: PageWindow): Promise<Page<StatementRow>> {
  const { orderBy, ...filter } = args;
  const [row] = await db.read(QUERIES[orderBy], { ...filter, ...window });
  return { rows: (row?.rows as unknown[]).map(toStatement), totalCount: Number(row?.totalCount), skip: window.skip };
}
