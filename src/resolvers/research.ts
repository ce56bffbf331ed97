import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers, Resolvers } from '../generated/graphql';
import type { RequestContext } from '../context';
import type { BatchKind } from '../data/compile/compileRoot';
import type { CompiledRow } from '../data/compile/compiledRow';
import { boundsOf } from '../data/readGraph';
import { DEFAULT_FIGURE_KIND } from '../domain/figures';
import { STANCE_EFFECT } from '../domain/stanceTypes';
import {
  actorTimeline,
  contestedStatements,
  figureTimeline,
  independentOrigins,
  linkChains,
  neighbourhood,
  positionChanges,
  provenance,
  shortestPath,
  stanceBreakdown,
} from '../data/research';

/**
 * Research traversals (questions 4, 5, 7-12): stance breakdowns, contested statements, link
 * chains, provenance, figures, timelines, paths, neighbourhoods, independent origins.
 * Each resolver runs the matching cypher/queries/ file through src/data/research/.
 */
export const researchQueries: Pick<
  QueryResolvers,
  | 'stanceBreakdown'
  | 'contestedStatements'
  | 'linkChains'
  | 'provenance'
  | 'figureTimeline'
  | 'actorTimeline'
  | 'shortestPath'
  | 'neighbourhood'
  | 'independentOrigins'
  | 'positionChanges'
> = {
  stanceBreakdown: (_, args, { db }) => stanceBreakdown(db, args),
  contestedStatements: (_, args, { db, config }) => contestedStatements(db, config, args),
  linkChains: (_, args, { db, config }) => linkChains(db, config, args),
  provenance: (_, args, { db }) => provenance(db, args),
  figureTimeline: (_, args, { db, config }) => figureTimeline(db, config, args),
  actorTimeline: async (_, args, ctx, info) =>
    many(ctx, info, 'Stance', await actorTimeline(ctx.db, ctx.config, args)),
  shortestPath: (_, args, { db, config }) => shortestPath(db, config, args),
  neighbourhood: (_, args, { db, config }) => neighbourhood(db, config, args),
  independentOrigins: (_, args, { db, config }) => independentOrigins(db, config, args),
  positionChanges: (_, args, { db, config }) => positionChanges(db, config, args),
};

/**
 * Objects a research row refers to by id, in the row's order, through one compiled statement
 * per field path (src/data/loaders.ts); ids that no longer exist are dropped.
 */
async function many(ctx: RequestContext, info: GraphQLResolveInfo, kind: BatchKind, ids: readonly string[]) {
  const found = await ctx.loaders.byIds(info, kind, ids, boundsOf(ctx.config));
  return found;
}

/** One object a research row refers to; a missing one is a bug, not a 404. */
async function one(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  kind: BatchKind,
  id: string,
): Promise<CompiledRow> {
  const [value] = await many(ctx, info, kind, [id]);
  if (!value) throw new Error(`dangling ${kind} reference ${id}`);
  return value;
}

/** Field resolvers of the research result types: ids become compiled objects. */
export const researchTypes: Resolvers = {
  StanceBreakdown: {
    statement: (b, _, ctx, info) => one(ctx, info, 'Statement', b.statementId),
    claimed: (b, _, ctx, info) => many(ctx, info, 'Stance', b.claimedIds),
    confirmed: (b, _, ctx, info) => many(ctx, info, 'Stance', b.confirmedIds),
    denied: (b, _, ctx, info) => many(ctx, info, 'Stance', b.deniedIds),
    declinedToConfirm: (b, _, ctx, info) => many(ctx, info, 'Stance', b.declinedToConfirmIds),
    supportedBy: (b, _, ctx, info) => many(ctx, info, 'Statement', b.supportedByIds),
    refutedBy: (b, _, ctx, info) => many(ctx, info, 'Statement', b.refutedByIds),
    didNotDeny: (b, _, ctx, info) => many(ctx, info, 'Stance', b.didNotDenyIds),
    declinedToComment: (b, _, ctx, info) => many(ctx, info, 'Stance', b.declinedToCommentIds),
    retracted: (b, _, ctx, info) => many(ctx, info, 'Stance', b.retractedIds),
    positions: (b) => b.positions,
  },
  Figure: {
    qualifier: (f) => f.qualifier ?? (f.approximate ? 'APPROXIMATE' : 'EXACT'),
    kind: (f) => f.kind ?? DEFAULT_FIGURE_KIND,
    approximate: (f) => (f.qualifier ? f.qualifier !== 'EXACT' : f.approximate === true),
  },
  ActorPosition: {
    actor: (p, _, ctx, info) => one(ctx, info, 'Actor', p.actorId),
    current: (p, _, ctx, info) => one(ctx, info, 'Stance', p.stanceId),
    effect: (p) => STANCE_EFFECT[p.position],
    history: (p, _, ctx, info) => many(ctx, info, 'Stance', p.historyIds),
  },
  PositionChange: {
    actor: (c, _, ctx, info) => one(ctx, info, 'Actor', c.actorId),
    statement: (c, _, ctx, info) => one(ctx, info, 'Statement', c.statementId),
    from: (c, _, ctx, info) => one(ctx, info, 'Stance', c.fromStanceId),
    to: (c, _, ctx, info) => one(ctx, info, 'Stance', c.toStanceId),
  },
  LinkChain: {
    statements: (c, _, ctx, info) => many(ctx, info, 'Statement', c.statementIds),
    links: (c, _, ctx, info) => ctx.loaders.links(info, c.links, boundsOf(ctx.config)),
  },
  Provenance: {
    statement: (p, _, ctx, info) => one(ctx, info, 'Statement', p.statementId),
  },
  ProvenanceRecord: {
    stance: (r, _, ctx, info) => one(ctx, info, 'Stance', r.stanceId),
    articles: (r, _, ctx, info) => many(ctx, info, 'Article', r.articleIds),
    citedAgencies: (r, _, ctx, info) => many(ctx, info, 'Actor', r.citedAgencyIds),
    relayChain: (r, _, ctx, info) => many(ctx, info, 'Actor', r.relayChainIds),
    origin: (r, _, ctx, info) => one(ctx, info, 'Actor', r.originId),
  },
  FigurePoint: {
    statement: (f, _, ctx, info) => one(ctx, info, 'Statement', f.statementId),
    actor: (f, _, ctx, info) => one(ctx, info, 'Actor', f.actorId),
    event: (f, _, ctx, info) => one(ctx, info, 'Event', f.eventId),
  },
  GraphNode: {
    node: (n, _, ctx, info) => one(ctx, info, 'Node', n.id),
  },
  Origin: {
    root: (o, _, ctx, info) => one(ctx, info, 'Actor', o.rootId),
    speakers: (o, _, ctx, info) => many(ctx, info, 'Actor', o.speakerIds),
  },
  IndependentOrigins: {
    statement: (o, _, ctx, info) => one(ctx, info, 'Statement', o.statementId),
  },
};
