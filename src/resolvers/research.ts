import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers, Resolvers } from '../generated/graphql';
import type { RequestContext } from '../context';
import type { BatchKind } from '../data/compile/compileRoot';
import type { CompiledRow } from '../data/compile/compiledRow';
import { boundedSelection, boundsOf, firstItems } from '../data/readGraph';
import type { Config } from '../config';
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
  stanceBreakdown: (_, args, { db, config }, info) =>
    stanceBreakdown(db, config, args, breakdownSelection(info, config)),
  contestedStatements: (_, args, { db, config }, info) =>
    contestedStatements(db, config, args, breakdownSelection(info, config)),
  linkChains: (_, args, { db, config }) => linkChains(db, config, args),
  provenance: (_, args, { db, config }) => provenance(db, config, args),
  figureTimeline: (_, args, { db, config }) => figureTimeline(db, config, args),
  actorTimeline: async (_, args, ctx, info) =>
    ctx.loaders.byIds(info, 'Stance', await actorTimeline(ctx.db, ctx.config, args), boundsOf(ctx.config)),
  shortestPath: (_, args, { db, config }) => shortestPath(db, config, args),
  neighbourhood: (_, args, { db, config }) => neighbourhood(db, config, args),
  independentOrigins: (_, args, { db, config }) => independentOrigins(db, config, args),
  positionChanges: (_, args, { db, config }) => positionChanges(db, config, args),
};

/**
 * The selection of a breakdown root field, projected in its one statement: refused when `items`
 * breakdowns of it could exceed the row budget.
 */
const breakdownSelection = (info: GraphQLResolveInfo, config: Config) => (items: number) => {
  const bounds = boundsOf(config);
  return { fields: boundedSelection(info, bounds, items), bounds };
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

/** `many`, for a list that takes `first`: the first `first` of the row's ids. */
const firstMany =
  <K extends string>(kind: BatchKind, key: K) =>
  (
    row: Record<K, readonly string[]>,
    args: { first?: number | null },
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    const bounds = boundsOf(ctx.config);
    return ctx.loaders.byIds(info, kind, firstItems(row[key], args, info, bounds), bounds);
  };

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

/**
 * A direct field of a breakdown: what its root field's statement projected under this response
 * key (compileBreakdown, already cut to the field's `first`), or else, for a selection of ids
 * alone, `load` answers from the row.
 */
const folded =
  <R, A, T>(load: (row: R, args: A, ctx: RequestContext, info: GraphQLResolveInfo) => Promise<T>) =>
  (
    row: R & { selected?: Record<string, unknown> },
    args: A,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) => {
    const key = String(info.path.key);
    return row.selected && key in row.selected ? (row.selected[key] as T) : load(row, args, ctx, info);
  };

/** Field resolvers of the research result types: ids become compiled objects. */
export const researchTypes: Resolvers = {
  StanceBreakdown: {
    statement: folded(one('Statement', 'statementId')),
    claimed: folded(firstMany('Stance', 'claimedIds')),
    confirmed: folded(firstMany('Stance', 'confirmedIds')),
    denied: folded(firstMany('Stance', 'deniedIds')),
    declinedToConfirm: folded(firstMany('Stance', 'declinedToConfirmIds')),
    supportedBy: folded(firstMany('Statement', 'supportedByIds')),
    refutedBy: folded(firstMany('Statement', 'refutedByIds')),
    didNotDeny: folded(firstMany('Stance', 'didNotDenyIds')),
    declinedToComment: folded(firstMany('Stance', 'declinedToCommentIds')),
    retracted: folded(firstMany('Stance', 'retractedIds')),
    // Not folded: ActorPosition's objects load through the loaders (see compileBreakdown.ts).
    positions: (b, args, ctx, info) => firstItems(b.positions, args, info, boundsOf(ctx.config)),
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
    history: firstMany('Stance', 'historyIds'),
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
    records: (p, args, ctx, info) => firstItems(p.records, args, info, boundsOf(ctx.config)),
  },
  ProvenanceRecord: {
    stance: one('Stance', 'stanceId'),
    articles: firstMany('Article', 'articleIds'),
    citedAgencies: firstMany('Actor', 'citedAgencyIds'),
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
    speakers: firstMany('Actor', 'speakerIds'),
  },
  IndependentOrigins: {
    statement: one('Statement', 'statementId'),
    origins: (o, args, ctx, info) => firstItems(o.origins, args, info, boundsOf(ctx.config)),
  },
};
