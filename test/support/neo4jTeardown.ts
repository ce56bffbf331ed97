import { rmSync } from 'node:fs';
import type { Connection } from '../../src/db';

/** Stops the Neo4j that neo4jSetup started, if it started one; every later call is a no-op. */
export default async function neo4jTeardown(): Promise<void> {
  const connection = (globalThis as { __neo4j?: Connection }).__neo4j;
  if (!connection) return;
  delete (globalThis as { __neo4j?: Connection }).__neo4j;
  await connection.close();
  if (process.env.TEST_NEO4J_HOME) rmSync(process.env.TEST_NEO4J_HOME, { recursive: true, force: true });
}
