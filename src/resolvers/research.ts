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
    ctx.loaders.byIds(info, 'Stance', await actorTimeline(ctx.db, ctx.config, args), boundsOf(ctx.config)),
  shortestPath: (_, args, { db, config }) => shortestPath(db, config, args),
  neighbourhood: (_, args, { db, config }) => neighbourhood(db, config, args),
  independentOrigins: (_, args, { db, config }) => independentOrigins(db, config, args),
  positionChanges: (_, args, { db, config }) => positionChanges(db, config, args),
};

/**
 * A field holding the objects of `kind` whose ids the row keeps under `key`, in the row's order,
 * loaded through one compiled statement per field path (src/data/loaders.ts); ids that no
 * longer exist are dropped.
 */
const many =
  <K extends string>(kind: BatchKind, key: K) =>
  (row: Record<K, readonly string[]>, _: unknown, ctx: RequestContext, info: GraphQLResolveInfo) =>
    ctx.loaders.byIds(info, kind, row[key], boundsOf(ctx.config));

/**
 * A field holding the one object of `kind` whose id the row keeps under `key`; a missing one is
 * a bug, not a 404.
 */
const one =
  <K extends string>(kind: BatchKind, key: K) =>
  async (
    row: Record<K, string>,
    _: unknown,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<CompiledRow> => {
    const id = row[key];
    const [value] = await ctx.loaders.byIds(info, kind, [id], boundsOf(ctx.config));
    if (!value) throw new Error(`dangling ${kind} reference ${id}`);
    return value;
  };

/** Field resolvers of the research result types: ids become compiled objects. */
export const researchTypes: Resolvers = {
  StanceBreakdown: {
    statement: one('Statement', 'statementId'),
    claimed: many('Stance', 'claimedIds'),
    confirmed: many('Stance', 'confirmedIds'),
    denied: many('Stance', 'deniedIds'),
    declinedToConfirm: many('Stance', 'declinedToConfirmIds'),
    supportedBy: many('Statement', 'supportedByIds'),
    refutedBy: many('Statement', 'refutedByIds'),
    didNotDeny: many('Stance', 'didNotDenyIds'),
    declinedToComment: many('Stance', 'declinedToCommentIds'),
    retracted: many('Stance', 'retractedIds'),
    positions: (b) => b.positions,
  },
  Figure: {
    qualifier: (f) => f.qualifier ?? (f.approximate ? 'APPROXIMATE' : 'EXACT'),
    kind: (f) => f.kind ?? DEFAULT_FIGURE_KIND,
    approximate: (f) => (f.qualifier ? f.qualifier !== 'EXACT' : f.approximate === true),
  },
  ActorPosition: {
    actor: one('Actor', 'actorId'),
    current: one('Stance', 'stanceId'),
    effect: (p) => STANCE_EFFECT[p.position],
    history: many('Stance', 'historyIds'),
  },
  PositionChange: {
    actor: one('Actor', 'actorId'),
    statement: one('Statement', 'statementId'),
    from: one('Stance', 'fromStanceId'),
    to: one('Stance', 'toStanceId'),
  },
  LinkChain: {
    statements: many('Statement', 'statementIds'),
    links: (c, _, ctx, info) => ctx.loaders.links(info, c.links, boundsOf(ctx.config)),
  },
  Provenance: {
    statement: one('Statement', 'statementId'),
  },
  ProvenanceRecord: {
    stance: one('Stance', 'stanceId'),
    articles: many('Article', 'articleIds'),
    citedAgencies: many('Actor', 'citedAgencyIds'),
    relayChain: many('Actor', 'relayChainIds'),
    origin: one('Actor', 'originId'),
  },
  FigurePoint: {
    statement: one('Statement', 'statementId'),
    actor: one('Actor', 'actorId'),
    event: one('Event', 'eventId'),
  },
  GraphNode: {
    node: one('Node', 'id'),
  },
  Origin: {
    root: one('Actor', 'rootId'),
    speakers: many('Actor', 'speakerIds'),
  },
  IndependentOrigins: {
    statement: one('Statement', 'statementId'),
  },
};
