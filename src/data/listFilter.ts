/**
 * The one meaning of a filter list, everywhere in the API (set semantics): an omitted or
 * `null` list is no constraint; an empty list `[]` matches nothing, like Cypher's `x IN []`.
 * Returns null for "no constraint", else the distinct values in a stable order, so that the
 * generated Cypher (and any cache key built from it) does not depend on the client's order.
 */
export function listFilter<T extends string>(values: readonly T[] | null | undefined): readonly T[] | null {
  if (values === null || values === undefined) return null;
  return [...new Set(values)].sort();
}

/** True when a filter list given through `listFilter` can match nothing. */
export const matchesNothing = (values: readonly unknown[] | null): boolean =>
  values !== null && values.length === 0;
