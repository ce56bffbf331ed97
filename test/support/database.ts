import { Database, type Db, type Params, type Row, type Tx } from '../../src/db';
import { applySchema } from '../../src/db/applySchema';

/** Connection to the run's Neo4j (started by test/support/neo4jSetup.ts for the tiers that share it, or NEO4J_URI). Close it in afterAll. */
export function testDatabase(options: { queryTimeoutMs?: number } = {}): Database {
  const uri = process.env.NEO4J_URI;
  if (!uri)
    throw new Error(
      'NEO4J_URI is not set: run this tier through jest (its setup, test/support/neo4jSetup.ts, starts Neo4j)',
    );
  return Database.connect(
    {
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    },
    { queryTimeoutMs: options.queryTimeoutMs ?? 30_000 },
  );
}

/** Deletes every node and relationship and re-applies cypher/schema/. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
  await applySchema(db);
}

/** Node and relationship totals, for asserting that something wrote nothing. */
export async function countEverything(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

/**
 * `db` with each statement of its write transactions run through `run` (given the real
 * transaction): a fault injected into a real transaction, which then rolls back.
 */
export function withTxRun(
  db: Database,
  run: (tx: Tx, query: string, params: Params | undefined) => Promise<Row[]>,
): Db {
  return {
    read: (q, p) => db.read(q, p),
    write: (q, p) => db.write(q, p),
    writeTransaction: (work, options) =>
      db.writeTransaction((tx) => work({ run: (query, params) => run(tx, query, params) }), options),
  };
}
