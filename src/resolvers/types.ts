import type { Resolvers } from '../generated/graphql';
import type { RequestContext } from '../context';
import { loadAll } from '../data/loaders';
import type { ActorRow, StanceRow } from '../data/rows';

/** Keeps only stances of the requested types (all when none are given). */
function ofTypes(stances: StanceRow[], types: readonly string[] | null | undefined): StanceRow[] {
  return types && types.length > 0 ? stances.filter((s) => types.includes(s.type)) : stances;
}

async function requireActor(ctx: RequestContext, id: string): Promise<ActorRow> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor) throw new Error(`dangling actor reference ${id}`);
  return actor;
}

/** Fields shared by every Actor type (State, Person, Organisation, Agency). */
const actorFields = {
  affiliations: (a: ActorRow, _: unknown, { loaders }: RequestContext) => loaders.affiliations.load(a.id),
  members: (a: ActorRow, _: unknown, { loaders }: RequestContext) => loaders.members.load(a.id),
  stances: async (
    a: ActorRow,
    { types }: { types?: readonly string[] | null },
    { loaders }: RequestContext,
  ) => ofTypes(await loaders.stancesOfActor.load(a.id), types).map((x) => ({ ...x, actor: a })),
  participations: (a: ActorRow, _: unknown, { loaders }: RequestContext) =>
    loaders.participationsOfActor.load(a.id),
};

/** Field resolvers of the object types: each reads one loader. */
export const typeResolvers: Resolvers = {
  Node: { __resolveType: (n) => n.__typename },
  Actor: { __resolveType: (a) => a.__typename },
  State: actorFields,
  Person: actorFields,
  Organisation: actorFields,
  Agency: {
    ...actorFields,
    citedBy: async (a, _, { loaders }) => loadAll(loaders.article, await loaders.articlesCiting.load(a.id)),
  },
  ActorRelation: {
    actor: (r, _, ctx) => requireActor(ctx, r.actorId),
  },
  Participation: {
    actor: (p, _, ctx) => requireActor(ctx, p.actorId),
    event: async (p, _, { loaders }) => {
      const event = await loaders.event.load(p.eventId);
      if (!event) throw new Error(`dangling event reference ${p.eventId}`);
      return event;
    },
  },
  Statement: {
    about: async (s, _, { loaders }) => loadAll(loaders.event, await loaders.eventsOfStatement.load(s.id)),
    stances: async (s, { types }, { loaders }) =>
      ofTypes(await loaders.stancesOfStatement.load(s.id), types).map((x) => ({ ...x, statement: s })),
    supports: async (s, _, { loaders }) =>
      loadAll(
        loaders.statement,
        (await loaders.linksFrom.load(s.id)).filter((l) => l.type === 'SUPPORTS').map((l) => l.toId),
      ),
    refutes: async (s, _, { loaders }) =>
      loadAll(
        loaders.statement,
        (await loaders.linksFrom.load(s.id)).filter((l) => l.type === 'REFUTES').map((l) => l.toId),
      ),
    supportedBy: async (s, _, { loaders }) =>
      loadAll(
        loaders.statement,
        (await loaders.linksTo.load(s.id)).filter((l) => l.type === 'SUPPORTS').map((l) => l.fromId),
      ),
    refutedBy: async (s, _, { loaders }) =>
      loadAll(
        loaders.statement,
        (await loaders.linksTo.load(s.id)).filter((l) => l.type === 'REFUTES').map((l) => l.fromId),
      ),
    reportedIn: async (s, _, { loaders }) =>
      loadAll(loaders.article, await loaders.articlesReporting.load(s.id)),
  },
  Stance: {
    actor: (r, _, ctx) => r.actor ?? requireActor(ctx, r.actorId),
    statement: async (r, _, { loaders }) => {
      if (r.statement) return r.statement;
      const statement = await loaders.statement.load(r.statementId);
      if (!statement) throw new Error(`dangling statement reference ${r.statementId}`);
      return statement;
    },
    event: (r, _, { loaders }) => (r.eventId ? loaders.event.load(r.eventId) : null),
    sources: (r, _, { loaders }) => loadAll(loaders.article, r.sources),
    relayOf: (r, _, { loaders }) => (r.relayOf ? loaders.actor.load(r.relayOf) : null),
  },
  Event: {
    partOf: async (e, _, { loaders }) => loadAll(loaders.event, await loaders.eventParents.load(e.id)),
    parts: async (e, _, { loaders }) => loadAll(loaders.event, await loaders.eventParts.load(e.id)),
    participants: (e, _, { loaders }) => loaders.participantsOfEvent.load(e.id),
    statements: async (e, _, { loaders }) =>
      loadAll(loaders.statement, await loaders.statementsOfEvent.load(e.id)),
  },
  Article: {
    cites: async (x, _, { loaders }) => loadAll(loaders.actor, await loaders.agenciesCitedBy.load(x.id)),
    reports: async (x, _, { loaders }) =>
      loadAll(loaders.statement, await loaders.statementsReportedBy.load(x.id)),
  },
  StatementLink: {
    from: async (l, _, { loaders }) => {
      const s = await loaders.statement.load(l.fromId);
      if (!s) throw new Error(`dangling statement reference ${l.fromId}`);
      return s;
    },
    to: async (l, _, { loaders }) => {
      const s = await loaders.statement.load(l.toId);
      if (!s) throw new Error(`dangling statement reference ${l.toId}`);
      return s;
    },
  },
};
