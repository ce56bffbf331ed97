import type { CypherFile } from '../../db';

const MARKER = /\/\/\s*hop bound:\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*$/;
const QUANTIFIER = /\{(\d+),(\d+)\}/g;
const cache = new Map<string, string>();

/**
 * The file's query with the upper bound of its marked quantifier set to `hops`.
 *
 * Cypher takes no parameter in a quantifier, and a fixed high bound filtered afterwards would
 * expand every path to that bound. So each file writes a literal bound on the line that ends
 * in `// hop bound: $name` (what Browser runs), and the service runs one fixed text per
 * validated value: the same query, never text built from input.
 */
export function withHopBound(file: CypherFile, param: string, hops: number): string {
  if (!Number.isInteger(hops) || hops < 0)
    throw new Error(`hop bound must be a validated integer, got ${hops}`);
  const key = `${file.path}\u0000${param}\u0000${hops}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const lines = file.text.split('\n');
  const marked = lines.flatMap((line, i) => (MARKER.exec(line)?.[1] === param ? [i] : []));
  if (marked.length !== 1)
    throw new Error(`${file.path}: expected one line marked "// hop bound: $${param}"`);
  const index = marked[0] as number;
  const line = lines[index] as string;
  const quantifiers = [...line.matchAll(QUANTIFIER)];
  if (quantifiers.length !== 1)
    throw new Error(`${file.path}: the "hop bound" line must hold one {min,max} quantifier`);
  lines[index] = line.replace(QUANTIFIER, (_all, min: string) => `{${min},${Math.max(hops, Number(min))}}`);
  const text = lines.join('\n');
  cache.set(key, text);
  return text;
}
