import { rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/embedded/startEmbeddedNeo4j';

/** Stops the Neo4j that neo4jSetup started, if it started one; every later call is a no-op. */
export default async function neo4jTeardown(): Promise<void> {
  const neo4j = (globalThis as { __neo4j?: EmbeddedNeo4j }).__neo4j;
  if (!neo4j) return;
  delete (globalThis as { __neo4j?: EmbeddedNeo4j }).__neo4j;
  await neo4j.stop();
  if (process.env.TEST_NEO4J_HOME) rmSync(process.env.TEST_NEO4J_HOME, { recursive: true, force: true });
}
