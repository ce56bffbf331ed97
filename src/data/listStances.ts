import type { Db } from '../db';
import { STANCE_TYPES, stanceProjection } from './cypherProjections';
import { givenConditions } from './givenConditions';
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

// Each filter given adds one fixed condition; absent filters add nothing, so the planner
// anchors on the actor or statement id (or the date index) instead of scanning every stance.
// A stance is "within" [from, to] when it started on or after `from` and was certainly taken
// by `to` (see docs/graph-model.md).
const CONDITIONS: Partial<Record<keyof StanceListArgs, string>> = {
  from: 'r.date >= date($from)',
  to: 'r.knownBy <= date($to)',
  hasFigure: '(s.figureValue IS NOT NULL) = $hasFigure',
  text: "toLower(coalesce(r.quote, '') + ' ' + coalesce(r.paraphrase, '')) CONTAINS toLower($text)",
  eventId: 'EXISTS { (s)-[:ABOUT]->(:Event)-[:PART_OF*0..5]->(:Event {id: $eventId}) }',
};

const queries = new Map<string, string>();

/** The query for this combination of filters; relationship types only from STANCE_TYPES. */
function queryFor(args: StanceListArgs): string {
  const types = (args.types && args.types.length > 0 ? args.types : STANCE_TYPES).filter((t) =>
    (STANCE_TYPES as readonly string[]).includes(t),
  );
  const where = givenConditions(CONDITIONS, args).join(' AND ');
  const key = [args.actorId !== null, args.statementId !== null, types.join('|'), where, args.orderBy].join(',');
  let query = queries.get(key);
  if (!query) {
    const actor = args.actorId !== null ? '(a:Actor {id: $actorId})' : '(a:Actor)';
    const statement = args.statementId !== null ? '(s:Statement {id: $statementId})' : '(s:Statement)';
    const match = `MATCH ${actor}-[r:${types.join('|')}]->${statement}${where ? ` WHERE ${where}` : ''}`;
    query = pagedQuery(match, ORDER[args.orderBy], stanceProjection('r', 'a', 's', { actor: true, statement: true }), 'a, r, s');
    queries.set(key, query);
  }
  return query;
}

/** One page of stances, filtered and in date order, with the total count. */
export async function listStances(db: Db, args: StanceListArgs, window: PageWindow): Promise<Page<StanceRow>> {
  const { orderBy: _orderBy, types: _types, ...params } = args;
  const [row] = await db.read(queryFor(args), { ...params, ...window });
  return { rows: (row?.rows as unknown[]).map(toStance), totalCount: Number(row?.totalCount), skip: window.skip };
}
