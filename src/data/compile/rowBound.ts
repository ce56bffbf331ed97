import type { FieldPlan } from './planSelection';

/**
 * The most items a selection can return below one object: each nested list holds at most its
 * `first` items, each with its own selection. Used to refuse, before running anything, a
 * request that could make the service hold more rows than its budget.
 */
export function rowBound(fields: readonly FieldPlan[]): number {
  let total = 0;
  for (const f of fields) {
    if (f.fields.length === 0) continue;
    const first = f.args.first;
    total += typeof first === 'number' ? first * (1 + rowBound(f.fields)) : rowBound(f.fields);
  }
  return total;
}
