/** The research query files, one per PRODUCT.md question, plus the drawing query. */
export const QUERY_FILES = {
  accusers: 'cypher/queries/q01-accusers.cypher',
  deniers: 'cypher/queries/q02-deniers.cypher',
  declinedToConfirm: 'cypher/queries/q03-declined-to-confirm.cypher',
  figureTimeline: 'cypher/queries/q04-figure-timeline.cypher',
  linkChains: 'cypher/queries/q05-link-chains.cypher',
  actorTimeline: 'cypher/queries/q06-actor-timeline.cypher',
  provenance: 'cypher/queries/q07-provenance.cypher',
  contestedStatements: 'cypher/queries/q08-contested-statements.cypher',
  shortestPath: 'cypher/queries/q09-shortest-path.cypher',
  stancesAsOf: 'cypher/queries/q10-stances-as-of.cypher',
  independentOrigins: 'cypher/queries/q11-independent-origins.cypher',
  stanceBreakdown: 'cypher/queries/q12-contested-breakdown.cypher',
  positionChanges: 'cypher/queries/q13-position-changes.cypher',
  neighbourhood: 'cypher/queries/neighbourhood.cypher',
} as const;
