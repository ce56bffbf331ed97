import { anyNodeById, NODE_LABELS, type NodeLabel } from './compile/compileRoot';

/** The node labels that have ids, in the order lookups try them. */
export const ID_LABELS = NODE_LABELS;
export type IdLabel = NodeLabel;

/** Finds which label carries each id, with the same lookup as `node(id)` (anyNodeById). */
export const LABEL_OF_IDS = `UNWIND $ids AS id
${anyNodeById('id', 'n')}
RETURN id, [l IN labels(n) WHERE l IN [${ID_LABELS.map((l) => `'${l}'`).join(', ')}]][0] AS label`;
