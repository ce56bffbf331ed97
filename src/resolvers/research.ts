import type DataLoader from 'dataloader';
import type { QueryResolvers, Resolvers } from '../generated/graphql';
import { loadAll } from '../data/loaders';
import { ID_LABELS, loadNode } from '../data/nodeKinds';
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
  actorTimeline: async (_, args, { db, config, loaders }) =>
    loadAll(loaders.stance, await actorTimeline(db, config, args)),
  shortestPath: (_, args, { db, config }) => shortestPath(db, config, args),
  neighbourhood: (_, args, { db, config }) => neighbourhood(db, config, args),
  independentOrigins: (_, args, { db, config }) => independentOrigins(db, config, args),
  positionChanges: (_, args, { db, config }) => positionChanges(db, config, args),
};

/** Loads one object that a research row refers to; a missing one is a bug, not a 404. */
async function one<T>(loader: DataLoader<string, T | null>, id: string, kind: string): Promise<T> {
  const value = await loader.load(id);
  if (value === null) throw new Error(`dangling ${kind} reference ${id}`);
  return value;
}

/** Field resolvers of the research result types: ids become objects through the loaders. */
export const researchTypes: Resolvers = {
  StanceBreakdown: {
    statement: (b, _, { loaders }) => one(loaders.statement, b.statementId, 'statement'),
    claimed: (b, _, { loaders }) => loadAll(loaders.stance, b.claimedIds),
    confirmed: (b, _, { loaders }) => loadAll(loaders.stance, b.confirmedIds),
    denied: (b, _, { loaders }) => loadAll(loaders.stance, b.deniedIds),
    declinedToConfirm: (b, _, { loaders }) => loadAll(loaders.stance, b.declinedToConfirmIds),
    didNotDeny: (b, _, { loaders }) => loadAll(loaders.stance, b.didNotDenyIds),
    declinedToComment: (b, _, { loaders }) => loadAll(loaders.stance, b.declinedToCommentIds),
    retracted: (b, _, { loaders }) => loadAll(loaders.stance, b.retractedIds),
    positions: (b) => b.positions,
    supportedBy: (b, _, { loaders }) => loadAll(loaders.statement, b.supportedByIds),
    refutedBy: (b, _, { loaders }) => loadAll(loaders.statement, b.refutedByIds),
  },
  Figure: {
    qualifier: (f) => f.qualifier ?? (f.approximate ? 'APPROXIMATE' : 'EXACT'),
    kind: (f) => f.kind ?? DEFAULT_FIGURE_KIND,
    approximate: (f) => (f.qualifier ? f.qualifier !== 'EXACT' : f.approximate === true),
  },
  ActorPosition: {
    actor: (p, _, { loaders }) => one(loaders.actor, p.actorId, 'actor'),
    current: (p, _, { loaders }) => one(loaders.stance, p.stanceId, 'stance'),
    effect: (p) => STANCE_EFFECT[p.position],
    history: (p, _, { loaders }) => loadAll(loaders.stance, p.historyIds),
  },
  PositionChange: {
    actor: (c, _, { loaders }) => one(loaders.actor, c.actorId, 'actor'),
    statement: (c, _, { loaders }) => one(loaders.statement, c.statementId, 'statement'),
    from: (c, _, { loaders }) => one(loaders.stance, c.fromStanceId, 'stance'),
    to: (c, _, { loaders }) => one(loaders.stance, c.toStanceId, 'stance'),
  },
  LinkChain: {
    statements: (c, _, { loaders }) => loadAll(loaders.statement, c.statementIds),
  },
  Provenance: {
    statement: (p, _, { loaders }) => one(loaders.statement, p.statementId, 'statement'),
  },
  ProvenanceRecord: {
    stance: (r, _, { loaders }) => one(loaders.stance, r.stanceId, 'stance'),
    articles: (r, _, { loaders }) => loadAll(loaders.article, r.articleIds),
    citedAgencies: (r, _, { loaders }) => loadAll(loaders.actor, r.citedAgencyIds),
    relayChain: (r, _, { loaders }) => loadAll(loaders.actor, r.relayChainIds),
    origin: (r, _, { loaders }) => one(loaders.actor, r.originId, 'actor'),
  },
  FigurePoint: {
    statement: (f, _, { loaders }) => one(loaders.statement, f.statementId, 'statement'),
    actor: (f, _, { loaders }) => one(loaders.actor, f.actorId, 'actor'),
    event: (f, _, { loaders }) => one(loaders.event, f.eventId, 'event'),
  },
  GraphNode: {
    node: async (n, _, { loaders }) => {
      const label = ID_LABELS.find((l) => n.labels.includes(l));
      const node = label ? await loadNode(loaders, label, n.id) : null;
      if (!node) throw new Error(`dangling node reference ${n.id}`);
      return node;
    },
  },
  Origin: {
    root: (o, _, { loaders }) => one(loaders.actor, o.rootId, 'actor'),
    speakers: (o, _, { loaders }) => loadAll(loaders.actor, o.speakerIds),
  },
  IndependentOrigins: {
    statement: (o, _, { loaders }) => one(loaders.statement, o.statementId, 'statement'),
  },
};
