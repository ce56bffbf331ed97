import type { CypherFile } from '../../db';
import { compileBreakdown } from '../compile/compileBreakdown';
import type { CompiledQuery } from '../compile/cypherWriter';
import type { FieldPlan } from '../compile/planSelection';
import type { Bounds } from '../compile/projectNode';

/**
 * What a breakdown root field's one statement projects besides ids: the selection of `items`
 * breakdowns (the caller refuses one that could exceed the row budget) and the compiler's bounds.
 */
export type BreakdownSelection = (items: number) => { fields: readonly FieldPlan[]; bounds: Bounds };

/** The research file with its parameters, and the selected objects attached when asked for. */
export function breakdownQuery(
  file: CypherFile,
  params: Record<string, unknown>,
  items: number,
  select: BreakdownSelection | undefined,
): CompiledQuery {
  const research = { text: file.text, params };
  if (!select) return research;
  const { fields, bounds } = select(items);
  return compileBreakdown(research, fields, bounds);
}
