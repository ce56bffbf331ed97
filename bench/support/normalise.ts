/**
 * Answer normalisation: the same data from different APIs compares equal once keys are sorted,
 * list order is made canonical where the question does not fix it, and numbers are rounded.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Deep copy with object keys sorted and numbers rounded to 6 significant digits. */
export function canonical(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number(value.toPrecision(6));
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const key of Object.keys(value).sort())
      out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  // A bigint, symbol or function.
  return (value as { toString(): string }).toString();
}

/** Sorts a list by each item's canonical JSON: for answers whose order the question leaves open. */
export function unordered(items: readonly unknown[]): Json[] {
  return items.map(canonical).sort((a, b) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Every string leaf of a value (keys excluded), as a set. */
export function stringLeaves(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) stringLeaves(v, into);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value as Record<string, unknown>)) stringLeaves(v, into);
  return into;
}

/** Path of the first difference between two canonical values, for error messages. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at} (length ${a.length} vs ${b.length})`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${at}.${k}`,
      );
      if (d) return d;
    }
  }
  return `${at} (${preview(a)} vs ${preview(b)})`;
}

/** The start of a value's JSON; JSON.stringify answers undefined for undefined, whatever its type says. */
const preview = (value: unknown): string =>
  (JSON.stringify(value) as string | undefined)?.slice(0, 80) ?? 'undefined';
