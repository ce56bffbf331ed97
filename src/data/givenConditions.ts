/**
 * The Cypher conditions of the filters actually given (`args[key] !== null`), in table order.
 * Absent filters add nothing, so the planner can anchor on what remains instead of evaluating
 * `$x IS NULL OR …` for every row.
 */
export function givenConditions<A extends object>(table: Partial<Record<keyof A, string>>, args: A): string[] {
  return (Object.keys(table) as (keyof A)[])
    .filter((key) => args[key] !== null)
    .map((key) => table[key] as string);
}
