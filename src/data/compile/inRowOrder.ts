import type { ProjectCtx } from './projectNode';

/**
 * The items `list` (a list expression of the row) names, in its order: a seek per item keeps no
 * order of its own, so each match carries the item's index and the list is sorted back by it.
 * `seek` matches the item (`list[index]`) and names what it binds; an item it finds nothing
 * for is dropped.
 */
export function inRowOrder(
  ctx: ProjectCtx,
  list: string,
  seek: (item: string, index: string) => { match: string; carry: string; value: string },
): string {
  const i = ctx.w.variable('i');
  const { match, carry, value } = seek(`${list}[${i}]`, i);
  return `COLLECT { UNWIND range(0, size(${list}) - 1) AS ${i} ${match} WITH ${i}, ${carry} ORDER BY ${i} RETURN ${value} }`;
}
