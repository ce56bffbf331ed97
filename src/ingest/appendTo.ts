/**
 * Appends `item` to the list under `key`, creating it on first use. In place: copying the list
 * on every append (`[...list, item]`) is quadratic, and a supernode or a 200,000-statement
 * bundle makes lists of tens of thousands.
 */
export function appendTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
