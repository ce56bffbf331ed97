import neo4j from 'neo4j-driver';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A Cypher DATE parameter from an ISO day (`2024-03-07`), so a write stores a date with the
 * row's one `SET n = row.props` instead of a `SET n.f = date(n.f)` per date field and row.
 * Anything else (null, a malformed string) passes through unchanged; the bundle schema has
 * already refused malformed dates.
 */
export function dateParam(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const day = ISO_DAY.exec(value);
  if (!day) return value;
  return new neo4j.types.Date(Number(day[1]), Number(day[2]), Number(day[3]));
}
