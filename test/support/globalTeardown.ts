import { rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/embedded/startEmbeddedNeo4j';

export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as { __neo4j?: EmbeddedNeo4j }).__neo4j;
  if (!neo4j) return;
  await neo4j.stop();
  if (process.env.TEST_NEO4J_HOME) rmSync(process.env.TEST_NEO4J_HOME, { recursive: true, force: true });
}
