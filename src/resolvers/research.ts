import type { QueryResolvers } from '../generated/graphql';

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
> = {};

/** Field resolvers of the research result types. */
export const researchTypes = {};
