// The benchmark's floor talks to Neo4j through neo4j-driver directly, and @neo4j/graphql needs
// a driver of its own. bench/ is not the service, so the "only src/db/ imports the driver"
// rule does not apply here (see docs/benchmarks.md).
// eslint-disable-next-line no-restricted-imports
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../../src/config';

/** A driver configured like the service's (src/db/Database.ts): plain JS numbers, quiet logs. */
export function benchDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => undefined },
  });
}

/**
 * Runs one read query in one read transaction (one round trip), the way a hand-written data
 * layer would, and returns the records as plain objects (temporals as ISO strings).
 */
export async function readPlain(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(query, integers(params)));
    return result.records.map((r) => plain(r.toObject()) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/** JS numbers reach Cypher as floats; whole numbers (SKIP, LIMIT, slice bounds) go as integers. */
function integers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v,
    ]),
  );
}

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = plain(v);
    return out;
  }
  return value;
}
