import type { Loaders } from './loaders';
import type { NodeRow } from './rows';

/** The node labels that have ids, in the order lookups try them. */
export const ID_LABELS = ['Actor', 'Statement', 'Event', 'Article'] as const;
export type IdLabel = (typeof ID_LABELS)[number];

/** Finds which label carries an id: one index lookup per label, in one round trip. */
export const LABEL_OF_IDS = `UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN 'Actor' AS label
  UNION MATCH (n:Statement {id: id}) RETURN 'Statement' AS label
  UNION MATCH (n:Event {id: id}) RETURN 'Event' AS label
  UNION MATCH (n:Article {id: id}) RETURN 'Article' AS label
}
RETURN id, label`;

/** Loads a node row of a known label through the request's loaders. */
export function loadNode(loaders: Loaders, label: string, id: string): Promise<NodeRow | null> {
  switch (label) {
    case 'Actor':
      return loaders.actor.load(id);
    case 'Statement':
      return loaders.statement.load(id);
    case 'Event':
      return loaders.event.load(id);
    case 'Article':
      return loaders.article.load(id);
    case 'Stance':
      return loaders.stance.load(id);
    default:
      return Promise.resolve(null);
  }
}
