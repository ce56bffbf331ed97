import type { CypherFile, Db } from '../../db';

/**
 * Evaluates a file's `:param` declarations the way Neo4j Browser does (each expression is
 * Cypher), in one round trip, so tests and docs run each file exactly as Browser would.
 */
export async function declaredParamValues(db: Db, file: CypherFile): Promise<Record<string, unknown>> {
  if (file.declaredParams.length === 0) return {};
  const columns = file.declaredParams.map((p, i) => `${p.expression} AS p${i}`).join(', ');
  const [row] = await db.read(`RETURN ${columns}`);
  return Object.fromEntries(file.declaredParams.map((p, i) => [p.name, row?.[`p${i}`] ?? null]));
}
