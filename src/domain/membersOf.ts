/**
 * The members of a closed vocabulary written once, as a definition per member: the keys, in the
 * order written, so the list and its definitions cannot drift apart.
 */
export function membersOf<T extends string>(definitions: Readonly<Record<T, string>>): readonly [T, ...T[]] {
  return Object.keys(definitions) as [T, ...T[]];
}
