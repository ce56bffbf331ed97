import { connectOrStart, type Connection } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import { throwawayHome } from '../../src/embedded/throwawayHome';

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
  const home = throwawayHome('neo4j-test-');
  const connection = await connectOrStart({
    embedded: {
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: process.env.TEST_NEO4J_HEAP ?? '1g',
      pagecache: process.env.TEST_NEO4J_PAGECACHE ?? '512m',
      password: 'claimgraph-test',
      // A loaded machine can take minutes to start a JVM; failing the whole run for that helps nobody.
      startTimeoutMs: Number(process.env.TEST_NEO4J_START_TIMEOUT_MS ?? 600_000),
    },
    database: { queryTimeoutMs: 30_000 },
    whenInUse: 'refuse',
    // "Started" in the log is not "answers queries" on a busy machine: wait for that too.
    reachableTimeoutMs: Number(process.env.TEST_NEO4J_START_TIMEOUT_MS ?? 600_000),
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
