import { syntheticBundle } from '../../../bench/ingest/syntheticBundle';
import type { Database } from '../../../src/db';
import { InvalidBundleError } from '../../../src/errors';
import { CREATE_RELS } from '../../../src/ingest/cypher';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { countEverything, resetDatabase, testDatabase, withTxRun } from '../../support/database';

let db: Database;

// Each test moves tens of thousands of rows; give a loaded machine room.
jest.setTimeout(300_000);

beforeAll(() => {
  db = testDatabase({ queryTimeoutMs: 300_000 });
});

afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  await resetDatabase(db);
});

test('a 10,000-statement bundle with one bad item at the end writes nothing', async () => {
  const bundle = syntheticBundle(10_000, 'big');
  bundle.stances.push({ actor: 'big-actor-1', statement: 'big-statement-10000', stance: 'CLAIMED' });
  const last = bundle.stances.length - 1;
  const error = await ingestBundle(db, bundle).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidBundleError);
  expect((error as InvalidBundleError).problems).toEqual([
    {
      path: `$.stances[${last}].statement`,
      message: 'unknown statement "big-statement-10000": not in the bundle or the graph',
    },
  ]);
  expect(await countEverything(db)).toEqual({ nodes: 0, relationships: 0 });
});

test('a failure in the last batch of a 10,000-statement bundle rolls back every batch before it', async () => {
  // The real database with a fault injected into the transaction: the nodes and most
  // relationships have been written (uncommitted) when the last REPORTS batch throws.
  const reports = CREATE_RELS('REPORTS', 'Article', 'Statement');
  let reportBatches = 0;
  const faulty = withTxRun(db, (tx, query, params) =>
    query === reports && ++reportBatches === 5
      ? Promise.reject(new Error('injected fault in the last batch'))
      : tx.run(query, params),
  );
  let batches = 0;
  const error = await ingestBundle(faulty, syntheticBundle(10_000, 'big'), {
    onProgress: () => {
      batches++;
    },
  }).catch((e: unknown) => e);
  expect((error as Error).message).toBe('injected fault in the last batch');
  expect(batches).toBeGreaterThan(10);
  expect(await countEverything(db)).toEqual({ nodes: 0, relationships: 0 });
});

test('a 10,000-statement bundle goes in batches and stays idempotent', async () => {
  const bundle = syntheticBundle(10_000, 'big');
  const progress: number[] = [];
  const first = await ingestBundle(db, bundle, { onProgress: (done, total) => progress.push(total - done) });
  // 10 states + 200 actors + 20 events + 10,000 statements + the article.
  expect(first.nodes).toEqual({ created: 10_231, updated: 0, unchanged: 0, removed: 0 });
  expect(first.relationships).toEqual({ created: 43_573, updated: 0, unchanged: 0, removed: 0 });
  expect(progress.at(-1)).toBe(0);
  expect(await countEverything(db)).toEqual({ nodes: 10_231, relationships: 43_573 });

  const again = await ingestBundle(db, bundle);
  expect(again.nodes).toEqual({ created: 0, updated: 0, unchanged: 10_231, removed: 0 });
  expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 43_573, removed: 0 });
});
