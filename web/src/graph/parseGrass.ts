/** One rule of a Neo4j Browser style file: `node.Actor { color: #4C8EDA; … }`. */
export interface GrassRule {
  kind: 'node' | 'relationship';
  /** The label or relationship type; null for the `node` / `relationship` defaults. */
  name: string | null;
  props: Record<string, string>;
}

/** Parses a `.grass` file (the format Neo4j Browser exports) into its rules, in file order. */
export function parseGrass(source: string): GrassRule[] {
  const rules: GrassRule[] = [];
  // A body runs to the first `}` outside quotes (captions such as '{name}' hold braces).
  for (const match of source.matchAll(/(node|relationship)(?:\.([\w-]+))?\s*\{((?:'[^']*'|[^}'])*)\}/g)) {
    const props: Record<string, string> = {};
    for (const decl of (match[3] ?? '').split(';')) {
      const colon = decl.indexOf(':');
      if (colon < 0) continue;
      props[decl.slice(0, colon).trim()] = decl
        .slice(colon + 1)
        .trim()
        .replace(/^'(.*)'$/, '$1');
    }
    rules.push({ kind: match[1] as GrassRule['kind'], name: match[2] ?? null, props });
  }
  return rules;
}
