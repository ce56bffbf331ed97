import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { connectOrStart, type Connection } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import { repoPath } from '../../src/paths';

/**
 * Starts one Neo4j for the whole run on free ports (unless NEO4J_URI points at one) and hands
 * its coordinates to the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env.NEO4J_DATABASE ??= 'neo4j';
    process.env.NEO4J_USER ??= 'neo4j';
    return;
  }
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), 'neo4j-test-'));
  const connection = await connectOrStart({
    embedded: {
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: process.env.TEST_NEO4J_HEAP ?? '1g',
      pagecache: process.env.TEST_NEO4J_PAGECACHE ?? '512m',
      password: 'claimgraph-test',
      // A shared, busy machine can take minutes to start a JVM.
      startTimeoutMs: 600_000,
    },
    database: { queryTimeoutMs: 30_000 },
    whenInUse: 'refuse',
  });
  (globalThis as { __neo4j?: Connection }).__neo4j = connection;
  const { target, embedded } = connection;
  process.env.NEO4J_URI = target.uri;
  process.env.NEO4J_USER = target.user;
  process.env.NEO4J_PASSWORD = target.password;
  process.env.NEO4J_DATABASE = target.database;
  process.env.TEST_NEO4J_HOME = home;
  if (embedded) {
    process.env.TEST_NEO4J_BROWSER_URL = embedded.browserUrl;
    process.env.TEST_NEO4J_PID = String(embedded.pid);
  }
}
