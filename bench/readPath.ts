// Cost of one small read through the three ways neo4j-driver offers, on the same Neo4j:
// a transaction function (`executeRead`), an auto-commit query in a READ session (what
// src/db/Database.read does) and `driver.executeQuery`. Prints the mean per read; no assertions.
// Usage: npx tsx bench/readPath.ts   (starts a throwaway embedded Neo4j on free ports)
// bench/ is not the service, so the "only src/db/ imports the driver" rule does not apply.
// eslint-disable-next-line no-restricted-imports
import neo4j from 'neo4j-driver';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../src/embedded/freePort';
import { startEmbeddedNeo4j } from '../src/embedded/startEmbeddedNeo4j';
import { repoPath } from '../src/paths';

const QUERY = 'UNWIND $ids AS id RETURN id';
const PARAMS = { ids: ['a', 'b'] };
const WARMUP = 50;
const ROUNDS = 400;

async function main(): Promise<void> {
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), 'read-path-'));
  const server = await startEmbeddedNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '1g',
    pagecache: '256m',
    password: 'claimgraph-bench',
  });
  const driver = neo4j.driver(server.boltUri, neo4j.auth.basic(server.user, server.password));
  const session = () =>
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver declares its config types as classes; its API takes plain objects
    driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  const ways: Record<string, () => Promise<unknown>> = {
    executeRead: async () => {
      const s = session();
      try {
        return await s.executeRead((tx) => tx.run(QUERY, PARAMS), { timeout: 5000 });
      } finally {
        await s.close();
      }
    },
    'auto-commit READ session': async () => {
      const s = session();
      try {
        return await s.run(QUERY, PARAMS, { timeout: 5000 });
      } finally {
        await s.close();
      }
    },
    executeQuery: () =>
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver declares its config types as classes; its API takes plain objects
      driver.executeQuery(QUERY, PARAMS, {
        database: 'neo4j',
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: 5000 },
      }),
  };
  try {
    // Two interleaved rounds, so a slow start does not favour whichever way runs last.
    for (let round = 1; round <= 2; round++) {
      for (const [name, read] of Object.entries(ways)) {
        for (let i = 0; i < WARMUP; i++) await read();
        const started = performance.now();
        for (let i = 0; i < ROUNDS; i++) await read();
        console.log(
          `round ${round}  ${name.padEnd(26)} ${((performance.now() - started) / ROUNDS).toFixed(2)} ms per read`,
        );
      }
    }
  } finally {
    await driver.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
