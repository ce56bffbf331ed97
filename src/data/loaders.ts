import DataLoader from 'dataloader';
import type { Db } from '../db';
import {
  actorProjection,
  articleProjection,
  eventProjection,
  STANCE_PATTERN,
  stanceProjection,
  statementProjection,
} from './cypherProjections';
import type {
  ActorRelationRow,
  ActorRow,
  ArticleRow,
  EventRow,
  ParticipationRow,
  StanceRow,
  StatementLinkRow,
  StatementRow,
} from './rows';
import { groupRows, toActor, toArticle, toEvent, toStance, toStatement } from './toRow';

/**
 * Per-request batch loaders: every nested field of one depth level becomes one Cypher round
 * trip, whatever the number of parents (no N+1). Each batch query takes `$ids` and returns
 * rows keyed by `key`.
 */
export interface Loaders {
  actor: DataLoader<string, ActorRow | null>;
  statement: DataLoader<string, StatementRow | null>;
  event: DataLoader<string, EventRow | null>;
  article: DataLoader<string, ArticleRow | null>;
  stance: DataLoader<string, StanceRow | null>;
  stancesOfStatement: DataLoader<string, StanceRow[]>;
  stancesOfActor: DataLoader<string, StanceRow[]>;
  linksFrom: DataLoader<string, StatementLinkRow[]>;
  linksTo: DataLoader<string, StatementLinkRow[]>;
  eventsOfStatement: DataLoader<string, string[]>;
  statementsOfEvent: DataLoader<string, string[]>;
  articlesReporting: DataLoader<string, string[]>;
  statementsReportedBy: DataLoader<string, string[]>;
  agenciesCitedBy: DataLoader<string, string[]>;
  articlesCiting: DataLoader<string, string[]>;
  affiliations: DataLoader<string, ActorRelationRow[]>;
  members: DataLoader<string, ActorRelationRow[]>;
  eventParents: DataLoader<string, string[]>;
  eventParts: DataLoader<string, string[]>;
  participantsOfEvent: DataLoader<string, ParticipationRow[]>;
  participationsOfActor: DataLoader<string, ParticipationRow[]>;
}

const STANCE_ORDER = 'ORDER BY r.date, r.knownBy, a.name, type(r), s.id';

export const LOADER_QUERIES = {
  actor: `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN id AS key, ${actorProjection('a')} AS value`,
  statement: `UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN id AS key, ${statementProjection('s')} AS value`,
  event: `UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN id AS key, ${eventProjection('e')} AS value`,
  article: `UNWIND $ids AS id MATCH (x:Article {id: id}) RETURN id AS key, ${articleProjection('x')} AS value`,
  stance: `UNWIND $ids AS id MATCH (a:Actor)-[r:${STANCE_PATTERN} {id: id}]->(s:Statement)
    RETURN id AS key, ${stanceProjection('r', 'a', 's', { actor: true, statement: true })} AS value`,
  stancesOfStatement: `UNWIND $ids AS id MATCH (a:Actor)-[r:${STANCE_PATTERN}]->(s:Statement {id: id})
    WITH id, a, r, s ${STANCE_ORDER} RETURN id AS key, ${stanceProjection('r', 'a', 's', { actor: true })} AS value`,
  stancesOfActor: `UNWIND $ids AS id MATCH (a:Actor {id: id})-[r:${STANCE_PATTERN}]->(s:Statement)
    WITH id, a, r, s ${STANCE_ORDER} RETURN id AS key, ${stanceProjection('r', 'a', 's', { statement: true })} AS value`,
  // Links bring the statement at the other end along (`other`), priming the statement loader.
  linksFrom: `UNWIND $ids AS id MATCH (f:Statement {id: id})-[l:SUPPORTS|REFUTES]->(t:Statement)
    WITH id, l, f, t ORDER BY type(l), t.id
    RETURN id AS key, { type: type(l), fromId: f.id, toId: t.id, other: ${statementProjection('t')} } AS value`,
  linksTo: `UNWIND $ids AS id MATCH (f:Statement)-[l:SUPPORTS|REFUTES]->(t:Statement {id: id})
    WITH id, l, f, t ORDER BY type(l), f.id
    RETURN id AS key, { type: type(l), fromId: f.id, toId: t.id, other: ${statementProjection('f')} } AS value`,
  eventsOfStatement: `UNWIND $ids AS id MATCH (:Statement {id: id})-[:ABOUT]->(e:Event)
    WITH id, e ORDER BY e.name RETURN id AS key, e.id AS value`,
  statementsOfEvent: `UNWIND $ids AS id MATCH (s:Statement)-[:ABOUT]->(:Event {id: id})
    WITH id, s ORDER BY s.firstStanceDate, s.id RETURN id AS key, s.id AS value`,
  articlesReporting: `UNWIND $ids AS id MATCH (x:Article)-[:REPORTS]->(:Statement {id: id})
    WITH id, x ORDER BY x.published, x.id RETURN id AS key, x.id AS value`,
  statementsReportedBy: `UNWIND $ids AS id MATCH (:Article {id: id})-[:REPORTS]->(s:Statement)
    WITH id, s ORDER BY s.firstStanceDate, s.id RETURN id AS key, s.id AS value`,
  agenciesCitedBy: `UNWIND $ids AS id MATCH (:Article {id: id})-[:CITES]->(g:Agency)
    WITH id, g ORDER BY g.name RETURN id AS key, g.id AS value`,
  articlesCiting: `UNWIND $ids AS id MATCH (x:Article)-[:CITES]->(:Agency {id: id})
    WITH id, x ORDER BY x.published, x.id RETURN id AS key, x.id AS value`,
  affiliations: `UNWIND $ids AS id MATCH (:Actor {id: id})-[r:LEADS|REPRESENTS|PART_OF]->(o:Actor)
    WITH id, r, o ORDER BY type(r), o.name RETURN id AS key, { type: type(r), role: r.role, actorId: o.id } AS value`,
  members: `UNWIND $ids AS id MATCH (o:Actor)-[r:LEADS|REPRESENTS|PART_OF]->(:Actor {id: id})
    WITH id, r, o ORDER BY type(r), o.name RETURN id AS key, { type: type(r), role: r.role, actorId: o.id } AS value`,
  eventParents: `UNWIND $ids AS id MATCH (:Event {id: id})-[:PART_OF]->(p:Event)
    WITH id, p ORDER BY p.name RETURN id AS key, p.id AS value`,
  eventParts: `UNWIND $ids AS id MATCH (c:Event)-[:PART_OF]->(:Event {id: id})
    WITH id, c ORDER BY c.name RETURN id AS key, c.id AS value`,
  participantsOfEvent: `UNWIND $ids AS id MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e:Event {id: id})
    WITH id, a, p, e ORDER BY a.name RETURN id AS key, { actorId: a.id, eventId: e.id, role: p.role } AS value`,
  participationsOfActor: `UNWIND $ids AS id MATCH (a:Actor {id: id})-[p:PARTICIPATED_IN]->(e:Event)
    WITH id, a, p, e ORDER BY e.name RETURN id AS key, { actorId: a.id, eventId: e.id, role: p.role } AS value`,
} as const;

type LoaderName = keyof typeof LOADER_QUERIES;

// Dispatch a batch only once every resolver of the current level has asked for its keys: the
// default (next tick) can fire while sibling list items are still resolving, which splits a
// level into several round trips as results grow.
const batchScheduleFn = (dispatch: () => void) => void setImmediate(dispatch);

export function createLoaders(db: Db): Loaders {
  const one = <T>(name: LoaderName, map: (v: unknown) => T) =>
    new DataLoader<string, T | null>(
      async (ids) => {
        const rows = await db.read(LOADER_QUERIES[name], { ids: [...ids] });
        const byId = new Map(rows.map((r) => [String(r.key), map(r.value)]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { batchScheduleFn },
    );
  const many = <T>(name: LoaderName, map: (v: unknown) => T) =>
    new DataLoader<string, T[]>(
      async (ids) => {
        const grouped = groupRows(await db.read(LOADER_QUERIES[name], { ids: [...ids] }), 'key', (r) => map(r.value));
        return ids.map((id) => grouped.get(id) ?? []);
      },
      { batchScheduleFn },
    );
  const asString = (v: unknown) => String(v);
  const asIs = <T>(v: unknown) => v as T;

  const statement = one('statement', toStatement);
  const link = (value: unknown): StatementLinkRow => {
    const { other, ...row } = value as StatementLinkRow & { other: unknown };
    const linked = toStatement(other);
    statement.prime(linked.id, linked);
    return row;
  };

  return {
    actor: one('actor', toActor),
    statement,
    event: one('event', toEvent),
    article: one('article', toArticle),
    stance: one('stance', toStance),
    stancesOfStatement: many('stancesOfStatement', toStance),
    stancesOfActor: many('stancesOfActor', toStance),
    linksFrom: many('linksFrom', link),
    linksTo: many('linksTo', link),
    eventsOfStatement: many('eventsOfStatement', asString),
    statementsOfEvent: many('statementsOfEvent', asString),
    articlesReporting: many('articlesReporting', asString),
    statementsReportedBy: many('statementsReportedBy', asString),
    agenciesCitedBy: many('agenciesCitedBy', asString),
    articlesCiting: many('articlesCiting', asString),
    affiliations: many('affiliations', asIs<ActorRelationRow>),
    members: many('members', asIs<ActorRelationRow>),
    eventParents: many('eventParents', asString),
    eventParts: many('eventParts', asString),
    participantsOfEvent: many('participantsOfEvent', asIs<ParticipationRow>),
    participationsOfActor: many('participationsOfActor', asIs<ParticipationRow>),
  };
}

/** Loads many ids through a loader, dropping ids that no longer exist. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
