import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { EMBEDDED_NEO4J_PASSWORD, type Config } from '../../config';
import { applySchema, connectOrStart, type Connection, type Database } from '../../db';
import { readStoreOwner, removeStoreOwner, writeStoreOwner } from '../../embedded/storeOwner';
import { BulkImportRefusedError, ErrorCode } from '../../errors';
import { bulkHeapProblem } from './bulkHeapProblem';
import { planCorpus, type BundleOutcome, type CorpusBundle } from './planCorpus';
import { runAdminImport } from './runAdminImport';
import { writeImportCsv } from './writeImportCsv';

/** Whether the database holds any node. */
export const HAS_ANY_NODE = 'RETURN EXISTS { MATCH (n) } AS any';

export type BulkPhase = 'checking' | 'planning' | 'writing CSV' | 'importing' | 'starting' | 'schema';

export interface BulkImportOptions {
  config: Pick<Config, 'externalNeo4j' | 'embedded' | 'queryTimeoutMs' | 'ingestTimeoutMs' | 'deadlines'>;
  bundles: CorpusBundle[];
  /** The bundles' size in bytes, when known: a corpus the heap cannot plan is refused at once. */
  bundleBytes?: number;
  /** Node's heap limit in bytes (default V8's `heap_size_limit`; tests set a small one). */
  heapLimitBytes?: number;
  /** Phase changes and progress within a phase (0 to 1). */
  onProgress?: (phase: BulkPhase, fraction: number, detail?: string) => void;
  /** Every bundle's outcome as it is planned. */
  onBundle?: (outcome: BundleOutcome) => void;
  log?: (line: string) => void;
  /** Called with the imported database before its Neo4j stops (tests look at the graph). */
  inspect?: (db: Database) => Promise<void>;
}

export interface BulkImportResult {
  outcomes: BundleOutcome[];
  /** False when a bundle was refused: then nothing was written. */
  imported: boolean;
  statements: number;
  nodes: number;
  relationships: number;
  /** Seconds per phase. */
  seconds: Partial<Record<BulkPhase, number>>;
}

/**
 * Loads a corpus into an EMPTY embedded store with `neo4j-admin database import full`: checks
 * that it may (not NEO4J_URI, store not in use, store empty, a heap that can plan it), plans every bundle in memory with
 * the normal path's own rules (planCorpus), writes the graph as CSV, imports it with the
 * embedded Neo4j stopped, starts it, and applies cypher/schema/. All or nothing: when any
 * bundle is refused, nothing is written. The store is marked as owned by this process
 * (src/embedded/storeOwner.ts) from the check to the end, so a service cannot start on it
 * meanwhile.
 */
export async function bulkImport(options: BulkImportOptions): Promise<BulkImportResult> {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  const progress = options.onProgress ?? (() => undefined);
  const seconds: BulkImportResult['seconds'] = {};
  let phaseStart = performance.now();
  let phase: BulkPhase = 'checking';
  const enter = (next: BulkPhase) => {
    seconds[phase] = (performance.now() - phaseStart) / 1000;
    phase = next;
    phaseStart = performance.now();
    progress(next, 0);
  };
  progress('checking', 0);

  if (config.externalNeo4j)
    throw new BulkImportRefusedError(
      ErrorCode.BULK_REMOTE_DATABASE,
      `NEO4J_URI is set (${config.externalNeo4j.uri}): a bulk import writes the embedded store's files offline and cannot load a remote database; unset NEO4J_URI, or ingest without --bulk`,
    );
  const heapProblem = bulkHeapProblem(
    options.bundleBytes ?? 0,
    options.heapLimitBytes ?? getHeapStatistics().heap_size_limit,
  );
  if (heapProblem) throw new BulkImportRefusedError(ErrorCode.BULK_HEAP_TOO_SMALL, heapProblem);
  const home = path.resolve(config.embedded.home);
  const owner = readStoreOwner(home);
  if (owner)
    throw new BulkImportRefusedError(
      ErrorCode.BULK_STORE_IN_USE,
      `process ${owner.pid} runs Neo4j on ${home} (Bolt ${owner.boltUri}); a bulk import needs the store stopped: stop that process first, or ingest without --bulk`,
    );
  const database = {
    // Index population after a large import takes longer than a query's usual bound.
    queryTimeoutMs: Math.max(config.queryTimeoutMs, config.ingestTimeoutMs),
    maxPoolSize: 4,
    // A freshly imported store populating its indexes answers slowly; no service waits on it.
    deadlines: {
      ...config.deadlines,
      livenessTimeoutMs: Math.max(config.deadlines.livenessTimeoutMs, 60_000),
      acquisitionTimeoutMs: Math.max(config.deadlines.acquisitionTimeoutMs, 60_000),
    },
  };
  const start = () =>
    connectOrStart({
      embedded: { ...config.embedded, password: EMBEDDED_NEO4J_PASSWORD },
      database,
      whenInUse: 'refuse',
      log,
    });

  if (existsSync(path.join(home, 'data', 'databases', 'neo4j'))) {
    const connection = await start();
    let holdsData: boolean;
    try {
      const [row] = await connection.database.read(HAS_ANY_NODE);
      holdsData = row?.any === true;
    } finally {
      await connection.close();
    }
    if (holdsData)
      throw new BulkImportRefusedError(
        ErrorCode.BULK_STORE_NOT_EMPTY,
        `the embedded store ${home} already holds data; a bulk import only loads an empty database: ingest without --bulk, or set EMBEDDED_NEO4J_HOME to a new folder`,
      );
  }

  mkdirSync(home, { recursive: true });
  writeStoreOwner(home, {
    boltUri: `bolt://localhost:${config.embedded.boltPort}`,
    boltPort: config.embedded.boltPort,
    httpPort: config.embedded.httpPort,
  });
  const csvDir = path.join(home, `bulk-import-${process.pid}`);
  let connection: Connection | undefined;
  try {
    enter('planning');
    let done = 0;
    const { graph, outcomes } = planCorpus(options.bundles, (outcome) => {
      done++;
      options.onBundle?.(outcome);
      progress('planning', done / Math.max(options.bundles.length, 1), outcome.name);
    });
    const statements = outcomes.reduce((n, o) => n + o.statements, 0);
    if (outcomes.some((o) => o.problems ?? o.error)) {
      seconds.planning = (performance.now() - phaseStart) / 1000;
      return { outcomes, imported: false, statements, nodes: 0, relationships: 0, seconds };
    }

    enter('writing CSV');
    rmSync(csvDir, { recursive: true, force: true });
    mkdirSync(csvDir, { recursive: true });
    const csv = writeImportCsv(graph, csvDir);
    log(`bulk: ${csv.nodes} nodes and ${csv.relationships} relationships in ${csv.files.length} CSV files`);

    enter('importing');
    await runAdminImport(csv, {
      home,
      heap: config.embedded.heap,
      offHeap: config.embedded.pagecache,
      onProgress: (fraction, stage) => {
        progress('importing', fraction, stage);
      },
    });
    rmSync(csvDir, { recursive: true, force: true });

    enter('starting');
    connection = await start();
    enter('schema');
    await applySchema(connection.database);
    progress('schema', 1);
    await options.inspect?.(connection.database);
    seconds.schema = (performance.now() - phaseStart) / 1000;
    return {
      outcomes,
      imported: true,
      statements,
      nodes: csv.nodes,
      relationships: csv.relationships,
      seconds,
    };
  } finally {
    await connection?.close();
    rmSync(csvDir, { recursive: true, force: true });
    removeStoreOwner(home);
  }
}
