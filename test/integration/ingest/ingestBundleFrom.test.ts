import type { Database, Db } from '../../../src/db';
import { ingestBundle, ingestBundleFrom } from '../../../src/ingest/ingestBundle';
import { loadSeedBundle } from '../../support/bundles';
import { resetDatabase, testDatabase, withTxRun } from '../../support/database';
import { duplicates, graphCounts } from './graphCounts';

let db: Database;

beforeAll(() => {
  db = testDatabase();
});

afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  await resetDatabase(db);
});

/** The seed bundle as the CLI reads it: parsed again from its text on every call, counted. */
function seedLoader(): { load: () => unknown; calls: () => number } {
  const text = JSON.stringify(loadSeedBundle());
  let calls = 0;
  return {
    load: () => {
      calls++;
      return JSON.parse(text) as unknown;
    },
    calls: () => calls,
  };
}

/**
 * The database, except that the first write transaction's first CREATE fails as when a
 * concurrent ingest created the same node first (its transaction is rolled back).
 */
function raceOnce(): Db {
  let raced = false;
  return withTxRun(db, (tx, query, params) => {
    if (raced || !/^\s*UNWIND \$rows AS row\s+CREATE /.test(query)) return tx.run(query, params);
    raced = true;
    const error = new Error('Node already exists with label `Actor` and property `id`');
    return Promise.reject(
      Object.assign(error, { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' }),
    );
  });
}

test('without a retry the bundle is loaded once', async () => {
  const seed = seedLoader();
  const summary = await ingestBundleFrom(db, seed.load);
  expect(seed.calls()).toBe(1);
  expect(summary.nodes.created).toBeGreaterThan(0);
});

test('a retry after a uniqueness race loads the bundle again and writes it once', async () => {
  const expected = await ingestBundle(db, loadSeedBundle());
  const counts = await graphCounts(db);
  await resetDatabase(db);

  const seed = seedLoader();
  const summary = await ingestBundleFrom(raceOnce(), seed.load);
  expect(seed.calls()).toBe(2);
  expect(summary).toEqual(expected);
  expect(await graphCounts(db)).toEqual(counts);
  expect(await duplicates(db)).toEqual({ nodes: [], stances: [], edges: [] });
});

test('a dry run loads the bundle once and writes nothing', async () => {
  const seed = seedLoader();
  const summary = await ingestBundleFrom(db, seed.load, { dryRun: true });
  expect(seed.calls()).toBe(1);
  expect(summary.dryRun).toBe(true);
  expect((await graphCounts(db)).nodes).toEqual({});
});
