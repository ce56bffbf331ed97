import type { GraphNodeRow } from '../rows';
import type { GraphEdgeRow } from './rows';

/** `nodes` / `edges` columns of q09 and neighbourhood.cypher, already in drawing shape. */
export const toGraphNodes = (value: unknown): GraphNodeRow[] => (value as GraphNodeRow[] | null) ?? [];
export const toGraphEdges = (value: unknown): GraphEdgeRow[] => (value as GraphEdgeRow[] | null) ?? [];
