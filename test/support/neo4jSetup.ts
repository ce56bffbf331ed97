import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { Database } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/startEmbeddedNeo4j';
import { repoPath } from '../../src/paths';

/**
 * Setup of the tiers that share the run's database (jest.config.ts): starts one Neo4j on free
 * ports (unless NEO4J_URI points at one) and hands its coordinates to the test workers through
 * the environment. Idempotent: the second tier to ask finds NEO4J_URI set and reuses it.
 */
export default async function neo4jSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env.NEO4J_DATABASE ??= 'neo4j';
    process.env.NEO4J_USER ??= 'neo4j';
    return;
  }
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), 'neo4j-test-'));
  const neo4j = await startEmbeddedNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: process.env.TEST_NEO4J_HEAP ?? '1g',
    pagecache: process.env.TEST_NEO4J_PAGECACHE ?? '512m',
    password: 'claimgraph-test',
    // A loaded machine can take minutes to start a JVM; failing the whole run for that helps nobody.
    startTimeoutMs: Number(process.env.TEST_NEO4J_START_TIMEOUT_MS ?? 600_000),
  });
  (globalThis as { __neo4j?: EmbeddedNeo4j }).__neo4j = neo4j;
  // "Started" in the log is not "answers queries" on a busy machine: wait for that too, so no
  // test fails for a database that is still opening.
  const db = Database.connect(
    { uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password, database: 'neo4j' },
    { queryTimeoutMs: 60_000 },
  );
  try {
    await db.waitUntilReachable(Number(process.env.TEST_NEO4J_START_TIMEOUT_MS ?? 600_000));
  } finally {
    await db.close();
  }
  process.env.NEO4J_URI = neo4j.boltUri;
  process.env.NEO4J_USER = neo4j.user;
  process.env.NEO4J_PASSWORD = neo4j.password;
  process.env.NEO4J_DATABASE = 'neo4j';
  process.env.TEST_NEO4J_HOME = home;
  process.env.TEST_NEO4J_BROWSER_URL = neo4j.browserUrl;
  process.env.TEST_NEO4J_PID = String(neo4j.pid);
}
