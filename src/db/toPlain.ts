import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-ready values: integers to numbers, temporal
 * values to ISO strings, nodes and relationships to their properties. Applied to every row at
 * the boundary so nothing above src/db/ ever sees a driver type. Maps and lists from the driver
 * are fresh objects owned by the caller, so they are converted in place: rows can hold
 * thousands of values, and copying them showed up in profiles.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain({ ...(value as { properties: Record<string, unknown> }).properties });
  }
  // Dates, times, date-times and durations print as ISO-8601 (their own toString).
  return (value as { toString(): string }).toString();
}
