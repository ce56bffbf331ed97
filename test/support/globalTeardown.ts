import { rmSync } from 'node:fs';
import type { Connection } from '../../src/db';

export default async function globalTeardown(): Promise<void> {
  const connection = (globalThis as { __neo4j?: Connection }).__neo4j;
  if (!connection) return;
  await connection.close();
  if (process.env.TEST_NEO4J_HOME) rmSync(process.env.TEST_NEO4J_HOME, { recursive: true, force: true });
}
