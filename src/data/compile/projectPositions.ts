import { answersFromIds } from './answersFromIds';
import { inRowOrder } from './inRowOrder';
import type { FieldPlan } from './planSelection';
import { projectActor, projectStance, type ProjectCtx } from './projectNode';
import { seekStance } from './seekStance';

/**
 * The stance `id` names (an expression of the row; ids are known per row only and may be of any
 * type), through the index of its own type (seekStance), or null.
 */
function oneStance(ctx: ProjectCtx, id: string, fields: readonly FieldPlan[]): string {
  const x = ctx.w.variable('x');
  const { call, a, r, s } = seekStance(ctx.w, x);
  return `head(COLLECT { WITH ${id} AS ${x} ${call} RETURN ${projectStance(ctx, r, a, s, fields)} })`;
}

/** The stances a list expression of ids names, in its order, unresolved ids dropped. */
function stancesInRowOrder(ctx: ProjectCtx, ids: string, fields: readonly FieldPlan[]): string {
  return inRowOrder(ctx, ids, (item, index) => {
    const x = ctx.w.variable('x');
    const { call, a, r, s } = seekStance(ctx.w, x);
    return {
      match: `WITH ${index}, ${item} AS ${x} ${call}`,
      carry: `${a}, ${r}, ${s}`,
      value: projectStance(ctx, r, a, s, fields),
    };
  });
}

/** The projection of one field of a position `p`, or null when the row answers it as it is. */
function projectPositionField(ctx: ProjectCtx, p: string, f: FieldPlan): string | null {
  switch (f.name) {
    case 'actor': {
      // An Actor's type needs its labels: even `actor { id }` is projected.
      const a = ctx.w.variable('a');
      return `head(COLLECT { MATCH (${a}:Actor {id: ${p}.actorId}) RETURN ${projectActor(ctx, a, f.fields)} })`;
    }
    case 'current':
      return answersFromIds('Stance', f.fields) ? null : oneStance(ctx, `${p}.stanceId`, f.fields);
    case 'history':
      return answersFromIds('Stance', f.fields) ? null : stancesInRowOrder(ctx, `${p}.history`, f.fields);
    default:
      // `effect` comes from the row's position.
      return null;
  }
}

/**
 * A breakdown's `positions` (ActorPosition), from `column`, the file's list of position maps
 * `{actorId, stanceId, history: [stanceId…], …}`: per position, a map of the objects its
 * selection asks for, keyed by response key; null when the row's ids answer the whole selection.
 * Every position keeps its place (its map holds nulls for what is not found), so the list lines
 * up with the column. A subquery rather than a list comprehension: the planner turns it (and
 * each `history` in it) into a RollUpApply, whose seeks PROFILE shows; inside a comprehension
 * all of it was one opaque expression.
 */
export function projectPositions(
  ctx: ProjectCtx,
  column: string,
  fields: readonly FieldPlan[],
): string | null {
  let entries: string[] = [];
  const projection = inRowOrder(ctx, column, (item, index) => {
    const p = ctx.w.variable('p');
    entries = fields.flatMap((f) => {
      const value = projectPositionField(ctx, p, f);
      return value === null ? [] : [`${f.key}: ${value}`];
    });
    return { match: `WITH ${index}, ${item} AS ${p}`, carry: p, value: `{ ${entries.join(', ')} }` };
  });
  return entries.length > 0 ? projection : null;
}
