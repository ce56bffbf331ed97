import { STANCE_TYPES } from '../../domain/stanceTypes';
import type { CypherWriter } from './cypherWriter';

/**
 * The stance whose id variable `id` holds, when ids are known per row only (a breakdown's
 * positions, a research file's rows): the per-row counterpart of `matchStancesById`
 * (compileRoot.ts), which groups ids by type at compile time. Each stance type has its own
 * relationship id index and a pattern names its type statically, so the subquery holds one
 * branch per type, each guarded by the type the id names (its second `:`-separated part, as
 * `stanceTypeOfId` reads it): only the id's own branch seeks, through its unique index. Anchored
 * on the actor instead, a lookup would expand every stance of a hub actor. An id of no type, or
 * of no stance, yields no row. Binds `a`, `r`, `s`.
 *
 * The type is projected (`WITH …, split(…) AS t WHERE t = …`) before the MATCH: PROFILE showed
 * that a bare `WITH id WHERE split(…) = …` is planned as a filter after the seek, so every branch
 * sought every id; the projection keeps the guard on the seek's input.
 */
export function seekStance(w: CypherWriter, id: string): { call: string; a: string; r: string; s: string } {
  const [t, a, r, s] = [w.variable('t'), w.variable('a'), w.variable('r'), w.variable('s')];
  const branches = STANCE_TYPES.map(
    (type) =>
      `WITH ${id}, split(${id}, ':')[1] AS ${t} WHERE ${t} = '${type}' MATCH (${a}:Actor)-[${r}:${type} {id: ${id}}]->(${s}:Statement) RETURN ${a}, ${r}, ${s}`,
  );
  return { call: `CALL (${id}) { ${branches.join(' UNION ALL ')} }`, a, r, s };
}
