import type { FieldPlan } from '../compile/planSelection';
import type { Bounds } from '../compile/projectNode';

/**
 * What a research root field's one statement projects besides ids: the selection of `items`
 * results (the caller refuses one that could exceed the row budget) and the compiler's bounds.
 */
export type ResearchSelection = (items: number) => { fields: readonly FieldPlan[]; bounds: Bounds };
