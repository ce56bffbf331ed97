import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { corpusBundles } from '../../../bench/dataset/corpus';
import type { Database } from '../../../src/db';
import { freePort } from '../../../src/embedded/freePort';
import { BulkImportRefusedError } from '../../../src/errors';
import { bulkImport, type BulkImportOptions } from '../../../src/ingest/bulk/bulkImport';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { repoPath } from '../../../src/paths';
import { countEverything, resetDatabase, testDatabase } from '../../support/database';
import { wildfiresJuly, wildfiresJune } from './bundles/canadaWildfires';
import {
  nordStreamFebruary,
  nordStreamOther,
  nordStreamV1,
  nordStreamV2,
  nordStreamWeekLater,
} from './bundles/nordStream';
import { fingerprint } from './fingerprint';

// Two Neo4j JVMs (the import's and the imported store's), besides the run's shared one.
jest.setTimeout(900_000);

let db: Database;
const homes: string[] = [];

beforeAll(() => {
  db = testDatabase({ queryTimeoutMs: 120_000 });
});

afterAll(async () => {
  await db.close();
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/**
 * A corpus in ingestion order: 2,000 generated statements in 10 bundles, then hand-written
 * bundles that share actors and statements, resolve aliases, revise an article (v1 then v2)
 * and carry figures, dates, multi-line text and quotes.
 */
function corpus(): unknown[] {
  return [
    ...corpusBundles({ statements: 2000, bundles: 10, prefix: 'bk' }),
    nordStreamV1(),
    nordStreamOther(),
    nordStreamWeekLater(),
    nordStreamFebruary(),
    wildfiresJune(),
    nordStreamV2(),
    wildfiresJuly(),
  ];
}

async function options(overrides: Partial<BulkImportOptions> = {}): Promise<BulkImportOptions> {
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), 'bulk-test-'));
  homes.push(home);
  return {
    config: {
      embedded: {
        home,
        boltPort: await freePort(),
        httpPort: await freePort(),
        heap: '512m',
        pagecache: '256m',
      },
      queryTimeoutMs: 120_000,
      ingestTimeoutMs: 120_000,
      deadlines: { livenessTimeoutMs: 60_000, graceMs: 10_000, acquisitionTimeoutMs: 60_000 },
    },
    bundles: corpus().map((bundle, i) => ({ name: `bundle-${i}`, load: () => bundle })),
    ...overrides,
  };
}

test('bulk import leaves exactly the graph that ingesting the same bundles in order leaves', async () => {
  await resetDatabase(db);
  for (const bundle of corpus()) await ingestBundle(db, bundle, { timeoutMs: 120_000 });
  const expected = await fingerprint(db);
  const expectedCounts = await countEverything(db);

  const bulk = await options();
  let actual: string[] = [];
  let actualCounts = { nodes: 0, relationships: 0 };
  let indexes: unknown[] = [];
  const result = await bulkImport({
    ...bulk,
    inspect: async (imported) => {
      actual = await fingerprint(imported);
      actualCounts = await countEverything(imported);
      indexes = (await imported.read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).map(
        (r) => `${String(r.name)} ${String(r.state)}`,
      );
    },
  });

  expect(result.imported).toBe(true);
  expect(result.outcomes.filter((o) => o.problems ?? o.error)).toEqual([]);
  expect(actualCounts).toEqual(expectedCounts);
  expect({ nodes: result.nodes, relationships: result.relationships }).toEqual(expectedCounts);
  expect(actual).toEqual(expected);
  // The schema is applied and online: the same indexes as on the normally ingested database.
  const online = (await db.read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).map(
    (r) => `${String(r.name)} ${String(r.state)}`,
  );
  expect(indexes).toEqual(online);

  // The store now holds data: a second bulk import is refused, naming the store.
  const home = bulk.config.embedded.home;
  const again = bulkImport({ ...bulk, inspect: undefined });
  await expect(again).rejects.toThrow(BulkImportRefusedError);
  await expect(again).rejects.toMatchObject({
    extensions: { code: 'BULK_STORE_NOT_EMPTY' },
    message: `the embedded store ${path.resolve(home)} already holds data; a bulk import only loads an empty database: ingest without --bulk, or set EMBEDDED_NEO4J_HOME to a new folder`,
  });
});

test('with NEO4J_URI set, bulk import is refused and starts nothing', async () => {
  const bulk = await options();
  const refused = bulkImport({
    ...bulk,
    config: {
      ...bulk.config,
      externalNeo4j: { uri: 'neo4j://db.example:7687', user: 'neo4j', password: 'x', database: 'neo4j' },
    },
  });
  await expect(refused).rejects.toMatchObject({
    extensions: { code: 'BULK_REMOTE_DATABASE' },
    message:
      "NEO4J_URI is set (neo4j://db.example:7687): a bulk import writes the embedded store's files offline and cannot load a remote database; unset NEO4J_URI, or ingest without --bulk",
  });
  expect(existsSync(path.join(bulk.config.embedded.home, 'data'))).toBe(false);
});

test('a corpus the heap cannot plan is refused before anything is read or started', async () => {
  const bulk = await options();
  let loaded = 0;
  const refused = bulkImport({
    ...bulk,
    bundles: bulk.bundles.map((b) => ({ ...b, load: () => (loaded++, b.load()) })),
    bundleBytes: 300 * 2 ** 20,
    heapLimitBytes: 4 * 2 ** 30,
  });
  await expect(refused).rejects.toMatchObject({
    extensions: { code: 'BULK_HEAP_TOO_SMALL' },
    message:
      'the bundles hold 300 MB of JSON; planning them needs about 4.7 GB of Node heap and this process has 4.0 GB: run it with NODE_OPTIONS=--max-old-space-size=6144 (megabytes), or ingest without --bulk',
  });
  expect(loaded).toBe(0);
  expect(existsSync(path.join(bulk.config.embedded.home, 'data'))).toBe(false);
});

test('a refused bundle writes nothing: every problem by bundle and JSON path', async () => {
  const bulk = await options();
  const bad = nordStreamOther() as { stances: { actor: string }[] };
  bad.stances[0] = { ...(bad.stances[0] as { actor: string }), actor: 'nobody-we-know' };
  const good: unknown = nordStreamV1();
  const result = await bulkImport({
    ...bulk,
    bundles: [
      { name: 'good', load: () => good },
      { name: 'bad', load: () => bad },
    ],
  });
  expect(result.imported).toBe(false);
  expect(result.outcomes.map((o) => [o.name, o.problems ?? null])).toEqual([
    ['good', null],
    [
      'bad',
      [
        {
          path: '$.stances[0].actor',
          message:
            'unknown actor "nobody-we-know": not an id, name or alias of an actor in the bundle or the graph',
        },
      ],
    ],
  ]);
  expect(existsSync(path.join(bulk.config.embedded.home, 'data'))).toBe(false);
});
