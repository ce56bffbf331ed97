import type { CompiledQuery, CypherWriter } from './cypherWriter';

/**
 * A research file's statement (`research`: its text, the one copy of its Cypher as Neo4j Browser
 * runs it, and its parameters) inside `CALL () { … }`, followed by `rest`, which reads the
 * file's columns and was written with `w`. `rest` works row by row (projections, subqueries
 * per row, no ORDER BY or aggregation), so the rows keep the order the file gives them.
 */
export function aroundResearch(research: CompiledQuery, w: CypherWriter, rest: string): CompiledQuery {
  const clash = Object.keys(research.params).find((name) => name in w.params);
  if (clash) throw new Error(`research parameter $${clash} clashes with a generated one`);
  // The file ends its statement with `;`, which a subquery may not hold.
  const text = `CALL () {
${research.text.replace(/;\s*$/, '')}
}
${rest}`;
  return { text, params: { ...research.params, ...w.params } };
}
