import type { Db } from '../db';
import { STANCE_PATTERN, stanceProjection } from './cypherProjections';
import { pagedQuery, type Page, type PageWindow } from './pagination';
import type { StanceRow } from './rows';
import { toStance } from './toRow';

export interface StanceListArgs {
  actorId: string | null;
  statementId: string | null;
  types: string[] | null;
  eventId: string | null;
  hasFigure: boolean | null;
  from: string | null;
  to: string | null;
  text: string | null;
  orderBy: 'DATE_ASC' | 'DATE_DESC';
}

const ORDER: Record<StanceListArgs['orderBy'], string> = {
  DATE_ASC: 'r.date, r.knownBy, toLower(a.name), type(r), s.id',
  DATE_DESC: 'r.date DESC, r.knownBy DESC, toLower(a.name), type(r), s.id',
};

// A stance is "within" [from, to] when it started on or after `from` and was certainly taken
// by `to` (see docs/graph-model.md).
const MATCH = `MATCH (a:Actor)-[r:${STANCE_PATTERN}]->(s:Statement)
WHERE ($actorId IS NULL OR a.id = $actorId)
  AND ($statementId IS NULL OR s.id = $statementId)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.date >= date($from))
  AND ($to IS NULL OR r.knownBy <= date($to))
  AND ($hasFigure IS NULL OR (s.figureValue IS NOT NULL) = $hasFigure)
  AND ($text IS NULL OR toLower(coalesce(r.quote, '') + ' ' + coalesce(r.paraphrase, '')) CONTAINS toLower($text))
  AND ($eventId IS NULL OR EXISTS { (s)-[:ABOUT]->(:Event)-[:PART_OF*0..5]->(:Event {id: $eventId}) })`;

const QUERIES = Object.fromEntries(
  Object.entries(ORDER).map(([key, order]) => [key, pagedQuery(MATCH, order, stanceProjection('r', 'a', 's'), 'a, r, s')]),
) as Record<StanceListArgs['orderBy'], string>;

/** One page of stances, filtered and in date order, with the total count. */
export async function listStances(db: Db, args: StanceListArgs, window: PageWindow): Promise<Page<StanceRow>> {
  const { orderBy, ...filter } = args;
  const [row] = await db.read(QUERIES[orderBy], { ...filter, ...window });
  return { rows: (row?.rows as unknown[]).map(toStance), totalCount: Number(row?.totalCount), skip: window.skip };
}
