import type { Db } from '../db';
import { eventProjection } from './cypherProjections';
import { pagedQuery, type Page, type PageWindow } from './pagination';
import type { EventRow } from './rows';
import { toEvent } from './toRow';

export interface EventListArgs {
  text: string | null;
  types: string[] | null;
  partOf: string | null;
  orderBy: 'NAME_ASC' | 'DATE_ASC';
}

const ORDER: Record<EventListArgs['orderBy'], string> = {
  NAME_ASC: 'toLower(e.name), e.id',
  DATE_ASC: 'e.date, e.dateKnownBy, toLower(e.name), e.id',
};

const MATCH = `MATCH (e:Event)
WHERE ($text IS NULL OR toLower(e.name) CONTAINS toLower($text))
  AND ($types IS NULL OR e.type IN $types)
  AND ($partOf IS NULL OR EXISTS { (e)-[:PART_OF]->(:Event {id: $partOf}) })`;

const QUERIES = Object.fromEntries(
  Object.entries(ORDER).map(([key, order]) => [key, pagedQuery(MATCH, order, eventProjection('e'), 'e')]),
) as Record<EventListArgs['orderBy'], string>;

/** One page of events, filtered and sorted, with the total count. */
export async function listEvents(db: Db, args: EventListArgs, window: PageWindow): Promise<Page<EventRow>> {
  const { orderBy, ...filter } = args;
  const [row] = await db.read(QUERIES[orderBy], { ...filter, ...window });
  return { rows: (row?.rows as unknown[]).map(toEvent), totalCount: Number(row?.totalCount), skip: window.skip };
}
