import { rmSync } from 'node:fs';
import { loadExternalNeo4j } from '../src/config';
import { applySchema, connectOrStart, type Database } from '../src/db';
import { freePort } from '../src/embedded/freePort';
import { loadSeed } from '../src/ingest/loadSeed';
import { throwawayHome } from '../src/embedded/throwawayHome';

/**
 * Runs `work` against NEO4J_URI's database as it is when that is set (nothing is written), else
 * against a throwaway embedded Neo4j on free ports holding exactly the seed graph.
 */
export async function withSeededDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const external = loadExternalNeo4j();
  const home = throwawayHome('examples-');
  const connection = await connectOrStart({
    ...(external ? { external } : {}),
    embedded: {
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '1g',
      pagecache: '256m',
      password: 'claimgraph-examples',
    },
    database: { queryTimeoutMs: 60_000 },
    whenInUse: 'refuse',
    reachableTimeoutMs: 60_000,
  });
  const db = connection.database;
  try {
    if (connection.mode === 'started') {
      await applySchema(db);
      await loadSeed(db, { timeoutMs: 300_000 });
    }
    return await work(db);
  } finally {
    await connection.close();
    rmSync(home, { recursive: true, force: true });
  }
}
