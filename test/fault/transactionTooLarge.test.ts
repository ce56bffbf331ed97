import { rmSync } from 'node:fs';
import { syntheticBundle } from '../../bench/ingest/syntheticBundle';
import { Database, applySchema } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/startEmbeddedNeo4j';
import { ErrorCode, TransactionTooLargeError } from '../../src/errors';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { throwawayHome } from '../../src/embedded/throwawayHome';
import { countEverything } from '../support/database';

// A bundle whose transaction needs more memory than Neo4j allows one transaction (here a
// per-transaction limit of 4 MiB; in production the 70 %-of-heap total) is refused with
// TRANSACTION_TOO_LARGE, at once (a retry would fail the same way), and nothing is written.
// This test starts its own Neo4j with that limit; the run's one is not touched.

jest.setTimeout(5 * 60_000);

let home: string | undefined;
let neo4j: EmbeddedNeo4j | undefined;
let db: Database | undefined;

beforeAll(async () => {
  home = throwawayHome('neo4j-txmem-');
  const started = await startEmbeddedNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '512m',
    pagecache: '128m',
    password: 'claimgraph-txmem',
    settings: { 'db.memory.transaction.max': '4m' },
  });
  neo4j = started;
  db = Database.connect(
    { uri: started.boltUri, user: started.user, password: started.password, database: 'neo4j' },
    { queryTimeoutMs: 120_000, maxRetryTimeMs: 30_000 },
  );
  await applySchema(db);
});

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('a bundle over the transaction memory limit answers TRANSACTION_TOO_LARGE and writes nothing', async () => {
  const written: string[] = [];
  if (!db) throw new Error('no database');
  const error = await ingestBundle(db, syntheticBundle(3000, 'txmem'), {
    onProgress: (done, total) => written.push(`${done}/${total}`),
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransactionTooLargeError);
  expect((error as TransactionTooLargeError).extensions.code).toBe(ErrorCode.TRANSACTION_TOO_LARGE);
  // One attempt only: progress starts from 0 once (a retry would start it again).
  expect(written.filter((p) => p.startsWith('0/'))).toHaveLength(1);
  expect(await countEverything(db)).toEqual({ nodes: 0, relationships: 0 });
  // A small bundle still fits.
  const small = await ingestBundle(db, syntheticBundle(20, 'small'));
  expect(await countEverything(db)).toEqual({
    nodes: small.nodes.created,
    relationships: small.relationships.created,
  });
  expect(small.nodes.created).toBe(small.nodes.created + small.nodes.unchanged);
});
