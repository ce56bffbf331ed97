import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { applySchema, Database } from '../src/db';
import { freePort } from '../src/embedded/freePort';
import { startEmbeddedNeo4j } from '../src/embedded/startEmbeddedNeo4j';
import { loadSeed } from '../src/ingest/loadSeed';
import { repoPath } from '../src/paths';

/**
 * Runs `work` against NEO4J_URI's database as it is when that is set (nothing is written), else
 * against a throwaway embedded Neo4j on free ports holding exactly the seed graph.
 */
export async function withSeededDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  let stop: () => Promise<void> = () => Promise.resolve();
  let seed = false;
  let target = process.env.NEO4J_URI
    ? {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE ?? 'neo4j',
      }
    : undefined;
  if (!target) {
    mkdirSync(repoPath('.tmp'), { recursive: true });
    const home = mkdtempSync(path.join(repoPath('.tmp'), 'examples-'));
    const neo4j = await startEmbeddedNeo4j({
      home,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '1g',
      pagecache: '256m',
      password: 'claimgraph-examples',
    });
    target = { uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password, database: 'neo4j' };
    seed = true;
    stop = async () => {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    };
  }
  const db = Database.connect(target, { queryTimeoutMs: 60_000 });
  try {
    await db.waitUntilReachable(60_000);
    if (seed) {
      await applySchema(db);
      await loadSeed(db, { timeoutMs: 300_000 });
    }
    return await work(db);
  } finally {
    await db.close();
    await stop();
  }
}
