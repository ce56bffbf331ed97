/**
 * The floor: the exact Cypher claimgraph sent for a request (from its CLAIMGRAPH_QUERY_LOG),
 * replayed through neo4j-driver the way src/db/Database.ts runs it: reads as auto-commit queries
 * in READ sessions, writes in managed write transactions, one session per round trip, the same
 * transaction timeout, whole numbers sent as Cypher integers, the same driver settings. Round
 * trips that overlapped in the service (DataLoader batches of one level) are replayed together.
 */
// bench/ is not the service: the floor talks to Neo4j directly.
// eslint-disable-next-line no-restricted-imports
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../src/config';

/** One logged round trip (the JSON lines CLAIMGRAPH_QUERY_LOG writes). */
export interface LoggedQuery {
  mode: 'READ' | 'WRITE';
  ms: number;
  ok: boolean;
  startedAt?: number;
  query?: string;
  params?: Record<string, unknown>;
  rows?: number;
}

export interface FloorPlan {
  /** Groups run one after another; the queries of a group run at once. */
  groups: LoggedQuery[][];
  timeoutMs: number;
}

/** Groups round trips by overlap in time: a query that started before the group ended joins it. */
export function planFromLog(queries: readonly LoggedQuery[], timeoutMs: number): FloorPlan {
  const sorted = [...queries].sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
  const groups: LoggedQuery[][] = [];
  let groupEnd = -Infinity;
  for (const q of sorted) {
    if (!q.query)
      throw new Error('the query log has a round trip without its Cypher (a multi-statement write)');
    const start = q.startedAt ?? 0;
    const last = groups[groups.length - 1];
    if (last && start < groupEnd) {
      last.push(q);
      groupEnd = Math.max(groupEnd, start + q.ms);
    } else {
      groups.push([q]);
      groupEnd = start + q.ms;
    }
  }
  return { groups, timeoutMs };
}

/** A driver configured like the service's (src/db/Database.ts connect). */
export function floorDriver(target: Neo4jTarget, maxPoolSize = 50): Driver {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver declares its config types as classes; its API takes plain objects
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: maxPoolSize,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Whole numbers as Cypher integers, as Database.ts sends them. */
function cypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(cypherParams);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherParams(v)]));
  return value;
}

/** Runs one plan; returns each round trip's records (as driver objects). */
export async function replay(driver: Driver, database: string, plan: FloorPlan): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for (const group of plan.groups) {
    const results = await Promise.all(group.map((q) => runOne(driver, database, q, plan.timeoutMs)));
    out.push(...results);
  }
  return out;
}

async function runOne(driver: Driver, database: string, q: LoggedQuery, timeout: number): Promise<unknown[]> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver declares its config types as classes; its API takes plain objects
  const session = driver.session({
    database,
    defaultAccessMode: q.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
  try {
    const params = cypherParams(q.params ?? {}) as Record<string, unknown>;
    const result =
      q.mode === 'READ'
        ? await session.run(q.query as string, params, { timeout })
        : await session.executeWrite((tx) => tx.run(q.query as string, params), { timeout });
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Driver values as plain JSON (temporals as ISO strings), to compare with GraphQL answers. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value) || neo4j.isRelationship(value))
    return plain((value as { properties: unknown }).properties);
  if (Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  // Temporal values: their toString is ISO-8601.
  return (value as { toString(): string }).toString();
}
