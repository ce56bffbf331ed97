import { readFileSync } from 'node:fs';
import { repoPath } from '../paths';

/** A Cypher query loaded from a `.cypher` file, with the parameters its `:param` lines declare. */
export interface CypherFile {
  /** Path relative to the repository root. */
  path: string;
  /** The query text, without the Browser-only `:param` lines. */
  text: string;
  /** `:param name => expression` declarations, in order (expressions are Cypher, unevaluated). */
  declaredParams: { name: string; expression: string }[];
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?);?\s*$/;
const cache = new Map<string, CypherFile>();

/**
 * Loads a `.cypher` file once. The same file runs as is in Neo4j Browser (where `:param` lines
 * set defaults) and from the service (which passes its own parameters), so there is one copy
 * of each query.
 */
export function cypherFile(relativePath: string): CypherFile {
  const hit = cache.get(relativePath);
  if (hit) return hit;
  const source = readFileSync(repoPath(relativePath), 'utf8');
  const declaredParams: CypherFile['declaredParams'] = [];
  const lines: string[] = [];
  for (const line of source.split('\n')) {
    const match = PARAM_LINE.exec(line.trim());
    if (match) declaredParams.push({ name: match[1] as string, expression: match[2] as string });
    else if (line.trim().startsWith(':'))
      throw new Error(`${relativePath}: unsupported Browser command: ${line}`);
    else lines.push(line);
  }
  const file = { path: relativePath, text: lines.join('\n').trim(), declaredParams };
  cache.set(relativePath, file);
  return file;
}

/** Splits a schema file into statements (one per `;`), dropping `//` comment lines. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
