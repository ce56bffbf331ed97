import { aroundResearch } from './aroundResearch';
import { CypherWriter, type CompiledQuery } from './cypherWriter';
import type { FieldPlan } from './planSelection';
import { projectStance, type Bounds } from './projectNode';
import { seekStance } from './seekStance';

/**
 * `actorTimeline` in one statement: the research file (`research`, q06, the one copy of its
 * Cypher, as Neo4j Browser runs it) inside `CALL () { … }`, then per row, in the file's order,
 * the stance its `stanceId` column names, sought through the id index of its type (seekStance:
 * the file reads the actor's stances, but anchored on a hub actor a seek would expand them all
 * again), projected as the selection asks. Rows `{id, value}`; an id that names no stance yields
 * no row. The caller answers a selection of ids alone from the file's own rows.
 */
export function compileActorTimeline(
  research: CompiledQuery,
  fields: readonly FieldPlan[],
  bounds: Bounds,
): CompiledQuery {
  const w = new CypherWriter();
  const { call, a, r, s } = seekStance(w, 'stanceId');
  const value = projectStance({ w, bounds }, r, a, s, fields);
  return aroundResearch(research, w, `${call}\nRETURN ${r}.id AS id, ${value} AS value`);
}
