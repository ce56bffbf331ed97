/** JSON with every object or array that fits in `width` characters kept on one line. */
export function compactJson(value: unknown, width = 130, indent = ''): string {
  // JSON.stringify's type says string, but it gives undefined for undefined and functions.
  const flat = JSON.stringify(value) as string | undefined;
  if (flat === undefined) return 'null';
  if (flat.length + indent.length <= width || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compactJson(v, width, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, width, inner)}`).join(',\n')}\n${indent}}`;
}
