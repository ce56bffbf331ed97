import path from 'node:path';
import type { Neo4jTarget } from '../config';
import { readStoreOwner, removeStoreOwner, writeStoreOwner } from '../embedded/storeOwner';
import type { EmbeddedNeo4jOptions } from '../embedded/startEmbeddedNeo4j';
import {
  superviseEmbeddedNeo4j,
  type SupervisedNeo4j,
  type SupervisorEvent,
} from '../embedded/superviseEmbeddedNeo4j';
import { Database, type DatabaseOptions } from './Database';

export interface ConnectOrStartOptions {
  /** NEO4J_URI and its credentials: used as they are; nothing is started. */
  external?: Neo4jTarget;
  /** The embedded Neo4j to start, or to attach to when another process already runs it. */
  embedded: EmbeddedNeo4jOptions;
  /** Driver settings: timeouts, pool size, retries, deadlines. */
  database: Omit<DatabaseOptions, 'database'>;
  /**
   * When another live process already runs Neo4j on `embedded.home`: `attach` to it (the CLI,
   * scripts), or `refuse` with a clear error (the service, which must own its Neo4j). Never is a
   * second Neo4j started on a store in use.
   */
  whenInUse: 'attach' | 'refuse';
  /** Restart the embedded Neo4j when it dies (the service); 0 or absent: no restarts. */
  maxRestarts?: number;
  onSupervisorEvent?: (event: SupervisorEvent) => void;
  /** How long to wait for an external or attached Neo4j to answer (default 30 s). */
  reachableTimeoutMs?: number;
  /** One line per decision (which Neo4j, why). */
  log?: (message: string) => void;
}

export interface Connection {
  database: Database;
  target: Neo4jTarget;
  /** How the database was found. */
  mode: 'external' | 'attached' | 'started';
  /** The embedded Neo4j this call started (and supervises), if it started one. */
  embedded?: SupervisedNeo4j;
  /** Closes the driver, then stops the embedded Neo4j if this call started it. */
  close(): Promise<void>;
}

/** Thrown when the store is in use and `whenInUse` is `refuse`, or its owner does not answer. */
export class StoreInUseError extends Error {}

/**
 * The one way to get a database: NEO4J_URI when given; else the embedded Neo4j already running
 * on the store (found by the owner file its process writes beside the store, with its Bolt
 * port); else a new embedded Neo4j on that store, recorded as owned by this process. Every wait
 * is bounded, so a caller never hangs on a Neo4j that does not answer.
 */
export async function connectOrStart(options: ConnectOrStartOptions): Promise<Connection> {
  const log = options.log ?? (() => undefined);
  const reachableMs = options.reachableTimeoutMs ?? 30_000;
  const { embedded: embeddedOptions } = options;

  if (options.external) {
    const target = options.external;
    const database = Database.connect(target, options.database);
    await reachable(database, reachableMs);
    log(`Neo4j: ${target.uri} (NEO4J_URI), database ${target.database}`);
    return { database, target, mode: 'external', close: () => database.close() };
  }

  const home = path.resolve(embeddedOptions.home);
  const local = (uri: string): Neo4jTarget => ({
    uri,
    user: 'neo4j',
    password: embeddedOptions.password,
    database: 'neo4j',
  });

  const owner = readStoreOwner(home);
  if (owner) {
    if (options.whenInUse === 'refuse') {
      throw new StoreInUseError(
        `Process ${owner.pid} already runs Neo4j on ${home} (Bolt ${owner.boltUri}); stop it first, or set EMBEDDED_NEO4J_HOME to another store`,
      );
    }
    const target = local(owner.boltUri);
    const database = Database.connect(target, options.database);
    try {
      await reachable(database, reachableMs);
    } catch {
      throw new StoreInUseError(
        `Process ${owner.pid} runs Neo4j on ${home} (Bolt ${owner.boltUri}) but it did not answer within ${reachableMs} ms; not starting a second Neo4j on the same store`,
      );
    }
    log(`Neo4j: the embedded Neo4j of process ${owner.pid} at ${owner.boltUri}`);
    return { database, target, mode: 'attached', close: () => database.close() };
  }

  log(`Neo4j: starting the embedded Neo4j Community 5.26 on ${home}`);
  const started: { database?: Database } = {};
  const embedded = await superviseEmbeddedNeo4j(embeddedOptions, {
    maxRestarts: options.maxRestarts ?? 0,
    onEvent: (event) => {
      // Calls in flight on the dead JVM fail now, and new ones fast, until it answers again.
      if (event.type === 'exited')
        started.database?.liveness.markDown(
          `the embedded Neo4j exited (${event.signal ?? `code ${event.code}`})`,
        );
      // A restarted JVM is cold: its first transactions may time out through no fault of theirs.
      if (event.type === 'restarted') started.database?.liveness.startWarmUp();
      options.onSupervisorEvent?.(event);
    },
  });
  writeStoreOwner(home, {
    boltUri: embedded.boltUri,
    boltPort: embeddedOptions.boltPort,
    httpPort: embeddedOptions.httpPort,
  });
  const target = local(embedded.boltUri);
  const database = (started.database = Database.connect(target, options.database));
  const close = async () => {
    await database.close();
    await embedded.stop();
    removeStoreOwner(home);
  };
  try {
    await database.waitUntilReachable(60_000);
  } catch (error) {
    await close();
    throw error;
  }
  database.liveness.startWarmUp();
  return { database, target, mode: 'started', embedded, close };
}

/** Waits for `database` to answer; closes it when it does not. */
async function reachable(database: Database, timeoutMs: number): Promise<void> {
  try {
    await database.waitUntilReachable(timeoutMs);
  } catch (error) {
    await database.close();
    throw error;
  }
}
