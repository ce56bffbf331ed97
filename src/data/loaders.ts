import DataLoader from 'dataloader';
import type { Db } from '../db';
import {
  actorProjection,
  articleProjection,
  eventProjection,
  STANCE_ORDER,
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

// Every batch query starts with `WHERE x.id IN $ids` and an index hint: one index lookup for
// the whole batch. (`UNWIND $ids AS id MATCH (x {id: id})` let the planner scan the label and
// filter once per id, making a level cost ids x nodes; seen with EXPLAIN.)

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


export const LOADER_QUERIES = {
  actor: `MATCH (a:Actor) USING INDEX a:Actor(id) WHERE a.id IN $ids RETURN a.id AS key, ${actorProjection('a')} AS value`,
  statement: `MATCH (s:Statement) USING INDEX s:Statement(id) WHERE s.id IN $ids RETURN s.id AS key, ${statementProjection('s')} AS value`,
  event: `MATCH (e:Event) USING INDEX e:Event(id) WHERE e.id IN $ids RETURN e.id AS key, ${eventProjection('e')} AS value`,
  article: `MATCH (x:Article) USING INDEX x:Article(id) WHERE x.id IN $ids RETURN x.id AS key, ${articleProjection('x')} AS value`,
  // A stance id starts with its actor's id (`<actorId>:<TYPE>:<statementId>:<date>`), which
  // anchors the lookup on the actor index.
  stance: `MATCH (a:Actor) USING INDEX a:Actor(id) WHERE a.id IN $actorIds
    MATCH (a)-[r:${STANCE_PATTERN}]->(s:Statement) WHERE r.id IN $ids
    RETURN r.id AS key, ${stanceProjection('r', 'a', 's', { actor: true, statement: true })} AS value`,
  stancesOfStatement: `MATCH (s:Statement) USING INDEX s:Statement(id) WHERE s.id IN $ids
    MATCH (a:Actor)-[r:${STANCE_PATTERN}]->(s)
    WITH a, r, s ${STANCE_ORDER} RETURN s.id AS key, ${stanceProjection('r', 'a', 's', { actor: true })} AS value`,
  stancesOfActor: `MATCH (a:Actor) USING INDEX a:Actor(id) WHERE a.id IN $ids
    MATCH (a)-[r:${STANCE_PATTERN}]->(s:Statement)
    WITH a, r, s ${STANCE_ORDER} RETURN a.id AS key, ${stanceProjection('r', 'a', 's', { statement: true })} AS value`,
  // Links bring the statement at the other end along (`other`), priming the statement loader.
  linksFrom: `MATCH (f:Statement) USING INDEX f:Statement(id) WHERE f.id IN $ids
    MATCH (f)-[l:SUPPORTS|REFUTES]->(t:Statement)
    WITH l, f, t ORDER BY type(l), t.id
    RETURN f.id AS key, { type: type(l), fromId: f.id, toId: t.id, other: ${statementProjection('t')} } AS value`,
  linksTo: `MATCH (t:Statement) USING INDEX t:Statement(id) WHERE t.id IN $ids
    MATCH (f:Statement)-[l:SUPPORTS|REFUTES]->(t)
    WITH l, f, t ORDER BY type(l), f.id
    RETURN t.id AS key, { type: type(l), fromId: f.id, toId: t.id, other: ${statementProjection('f')} } AS value`,
  eventsOfStatement: `MATCH (s:Statement) USING INDEX s:Statement(id) WHERE s.id IN $ids MATCH (s)-[:ABOUT]->(e:Event)
    WITH s, e ORDER BY e.name RETURN s.id AS key, e.id AS value`,
  statementsOfEvent: `MATCH (e:Event) USING INDEX e:Event(id) WHERE e.id IN $ids MATCH (s:Statement)-[:ABOUT]->(e)
    WITH e, s ORDER BY s.firstStanceDate, s.id RETURN e.id AS key, s.id AS value`,
  articlesReporting: `MATCH (s:Statement) USING INDEX s:Statement(id) WHERE s.id IN $ids MATCH (x:Article)-[:REPORTS]->(s)
    WITH s, x ORDER BY x.published, x.id RETURN s.id AS key, x.id AS value`,
  statementsReportedBy: `MATCH (x:Article) USING INDEX x:Article(id) WHERE x.id IN $ids MATCH (x)-[:REPORTS]->(s:Statement)
    WITH x, s ORDER BY s.firstStanceDate, s.id RETURN x.id AS key, s.id AS value`,
  agenciesCitedBy: `MATCH (x:Article) USING INDEX x:Article(id) WHERE x.id IN $ids MATCH (x)-[:CITES]->(g:Agency)
    WITH x, g ORDER BY g.name RETURN x.id AS key, g.id AS value`,
  articlesCiting: `MATCH (g:Actor) USING INDEX g:Actor(id) WHERE g.id IN $ids MATCH (x:Article)-[:CITES]->(g)
    WITH g, x ORDER BY x.published, x.id RETURN g.id AS key, x.id AS value`,
  affiliations: `MATCH (a:Actor) USING INDEX a:Actor(id) WHERE a.id IN $ids MATCH (a)-[r:LEADS|REPRESENTS|PART_OF]->(o:Actor)
    WITH a, r, o ORDER BY type(r), o.name RETURN a.id AS key, { type: type(r), role: r.role, actorId: o.id } AS value`,
  members: `MATCH (a:Actor) USING INDEX a:Actor(id) WHERE a.id IN $ids MATCH (o:Actor)-[r:LEADS|REPRESENTS|PART_OF]->(a)
    WITH a, r, o ORDER BY type(r), o.name RETURN a.id AS key, { type: type(r), role: r.role, actorId: o.id } AS value`,
  eventParents: `MATCH (e:Event) USING INDEX e:Event(id) WHERE e.id IN $ids MATCH (e)-[:PART_OF]->(p:Event)
    WITH e, p ORDER BY p.name RETURN e.id AS key, p.id AS value`,
  eventParts: `MATCH (e:Event) USING INDEX e:Event(id) WHERE e.id IN $ids MATCH (c:Event)-[:PART_OF]->(e)
    WITH e, c ORDER BY c.name RETURN e.id AS key, c.id AS value`,
  participantsOfEvent: `MATCH (e:Event) USING INDEX e:Event(id) WHERE e.id IN $ids MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
    WITH a, p, e ORDER BY a.name RETURN e.id AS key, { actorId: a.id, eventId: e.id, role: p.role } AS value`,
  participationsOfActor: `MATCH (a:Actor) USING INDEX a:Actor(id) WHERE a.id IN $ids MATCH (a)-[p:PARTICIPATED_IN]->(e:Event)
    WITH a, p, e ORDER BY e.name RETURN a.id AS key, { actorId: a.id, eventId: e.id, role: p.role } AS value`,
} as const;

type LoaderName = keyof typeof LOADER_QUERIES;

// Dispatch a batch only once every resolver of the current level has asked for its keys: the
// default (next tick) can fire while sibling list items are still resolving, which splits a
// level into several round trips as results grow.
const batchScheduleFn = (dispatch: () => void) => void setImmediate(dispatch);

export function createLoaders(db: Db): Loaders {
  const one = <T>(
    name: LoaderName,
    map: (v: unknown) => T,
    params: (ids: readonly string[]) => Record<string, unknown> = (ids) => ({ ids: [...ids] }),
  ) =>
    new DataLoader<string, T | null>(
      async (ids) => {
        const rows = await db.read(LOADER_QUERIES[name], params(ids));
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
    stance: one('stance', toStance, (ids) => ({ ids: [...ids], actorIds: stanceActorIds(ids) })),
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

/** The actor ids that stance ids start with (see the `stance` query). */
function stanceActorIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.split(':')[0] ?? id))];
}

/** Loads many ids through a loader, dropping ids that no longer exist. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const values = await loader.loadMany(ids);
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
