import { STANCE_TYPES, stanceFieldName, type StanceType } from '../../domain/stanceTypes';
import { answersFromIds } from './answersFromIds';
import { CypherWriter, type CompiledQuery } from './cypherWriter';
import type { FieldPlan } from './planSelection';
import { firstOf, projectStance, projectStatement, type Bounds, type ProjectCtx } from './projectNode';

/**
 * The breakdown's stance lists (q08 / q12), by field: each reads the file's column of the same
 * name, whose holders all hold a current position of one type, so each list seeks one id index.
 */
const STANCE_LISTS: ReadonlyMap<string, StanceType> = new Map(
  STANCE_TYPES.map((t) => [stanceFieldName(t), t]),
);

/** The breakdown's statement lists: columns of statement ids. */
const STATEMENT_LISTS: readonly string[] = ['supportedBy', 'refutedBy'];

/**
 * The first `first` items `column` (a list) names, in its order: a seek per item keeps no order
 * of its own, so each match carries the item's index and the list is sorted back by it. `seek`
 * matches the item and names what it binds.
 */
function inRowOrder(
  ctx: ProjectCtx,
  column: string,
  first: number,
  seek: (item: string) => { match: string; carry: string; value: string },
): string {
  const n = ctx.w.param(first);
  const i = ctx.w.variable('i');
  const { match, carry, value } = seek(`${column}[${i}]`);
  return `COLLECT { UNWIND range(0, size(${column}) - 1)[..${n}] AS ${i} ${match} WITH ${i}, ${carry} ORDER BY ${i} RETURN ${value} }`;
}

/** The stances a column of holder maps names, through the id index of their one type. */
function stanceList(
  ctx: ProjectCtx,
  column: string,
  first: number,
  type: StanceType,
  fields: readonly FieldPlan[],
): string {
  return inRowOrder(ctx, column, first, (holder) => {
    const [a, r, s] = [ctx.w.variable('a'), ctx.w.variable('r'), ctx.w.variable('s')];
    return {
      match: `MATCH (${a}:Actor)-[${r}:${type}]->(${s}:Statement) WHERE ${r}.id = ${holder}.stanceId`,
      carry: `${a}, ${r}, ${s}`,
      value: projectStance(ctx, r, a, s, fields),
    };
  });
}

/** The statements a column of ids names. */
function statementList(ctx: ProjectCtx, column: string, first: number, fields: readonly FieldPlan[]): string {
  return inRowOrder(ctx, column, first, (id) => {
    const s = ctx.w.variable('s');
    return { match: `MATCH (${s}:Statement {id: ${id}})`, carry: s, value: projectStatement(ctx, s, fields) };
  });
}

/**
 * The projection of one direct field of a breakdown, or null when the row answers it as it is.
 * Every list's `first` is validated here, projected or not, so a bad one is refused before
 * anything runs.
 */
function projectField(ctx: ProjectCtx, f: FieldPlan): string | null {
  const type = STANCE_LISTS.get(f.name);
  if (type) {
    const first = firstOf(ctx, f, 'StanceBreakdown');
    return answersFromIds('Stance', f.fields) ? null : stanceList(ctx, f.name, first, type, f.fields);
  }
  if (STATEMENT_LISTS.includes(f.name)) {
    const first = firstOf(ctx, f, 'StanceBreakdown');
    return answersFromIds('Statement', f.fields) ? null : statementList(ctx, f.name, first, f.fields);
  }
  // Scalars and counts come from the row; `positions` (ActorPosition, one level down) still
  // loads through the request's loaders: a holder's current stance and its history are of any
  // type, so a seek by type would need a branch per type.
  if (f.name === 'positions') {
    firstOf(ctx, f, 'StanceBreakdown');
    for (const h of f.fields) if (h.name === 'history') firstOf(ctx, h, 'ActorPosition');
    return null;
  }
  if (f.name !== 'statement' || answersFromIds('Statement', f.fields)) return null;
  const s = ctx.w.variable('s');
  return `head(COLLECT { MATCH (${s}:Statement {id: statementId}) RETURN ${projectStatement(ctx, s, f.fields)} })`;
}

/**
 * `stanceBreakdown` and `contestedStatements` in one statement: the research file (`research`,
 * q12 or q08, the one copy of its Cypher, as Neo4j Browser runs it) inside `CALL () { … }`,
 * then, per row and kept in its order, the objects its selection asks for under each direct
 * field, as a map `selected` keyed by response key. A selection the row's ids answer adds
 * nothing: the file's own statement is returned.
 */
export function compileBreakdown(
  research: CompiledQuery,
  fields: readonly FieldPlan[],
  bounds: Bounds,
): CompiledQuery {
  const w = new CypherWriter();
  const ctx = { w, bounds };
  const entries: string[] = [];
  for (const f of fields) {
    const value = projectField(ctx, f);
    if (value !== null) entries.push(`${f.key}: ${value}`);
  }
  if (entries.length === 0) return research;
  const clash = Object.keys(research.params).find((name) => name in w.params);
  if (clash) throw new Error(`research parameter $${clash} clashes with a generated one`);
  // The file ends its statement with `;`, which a subquery may not hold. The outer RETURN
  // only projects, so the rows keep the order the file gives them.
  const text = `CALL () {
${research.text.replace(/;\s*$/, '')}
}
RETURN *, { ${entries.join(', ')} } AS selected`;
  return { text, params: { ...research.params, ...w.params } };
}
