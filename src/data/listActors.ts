import type { Db } from '../db';
import { actorProjection } from './cypherProjections';
import { pagedQuery, type Page, type PageWindow } from './pagination';
import type { ActorRow } from './rows';
import { toActor } from './toRow';

export interface ActorListArgs {
  text: string | null;
  kinds: string[] | null;
  memberOf: string | null;
  orderBy: 'NAME_ASC' | 'NAME_DESC';
}

const ORDER: Record<ActorListArgs['orderBy'], string> = {
  NAME_ASC: 'toLower(a.name), a.id',
  NAME_DESC: 'toLower(a.name) DESC, a.id DESC',
};

const MATCH = `MATCH (a:Actor)
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($text IS NULL OR any(k IN [a.name] + coalesce(a.aliases, []) WHERE toLower(k) CONTAINS toLower($text)))
  AND ($memberOf IS NULL OR EXISTS { (a)-[:LEADS|REPRESENTS|PART_OF]->(:Actor {id: $memberOf}) })`;

const QUERIES = Object.fromEntries(
  Object.entries(ORDER).map(([key, order]) => [key, pagedQuery(MATCH, order, actorProjection('a'), 'a')]),
) as Record<ActorListArgs['orderBy'], string>;

/** One page of actors, filtered and sorted, with the total count. */
export async function listActors(db: Db, args: ActorListArgs, window: PageWindow): Promise<Page<ActorRow>> {
  const [row] = await db.read(QUERIES[args.orderBy], {
    text: args.text,
    kinds: args.kinds,
    memberOf: args.memberOf,
    ...window,
  });
  return { rows: (row?.rows as unknown[]).map(toActor), totalCount: Number(row?.totalCount), skip: window.skip };
}
