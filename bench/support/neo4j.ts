/**
 * The benchmarks' Neo4j, through the project's one connect-or-start function: the one NEO4J_URI
 * names, else an embedded Neo4j (the project's launcher) in a throwaway home under .tmp/ on free
 * ports. A loaded store can be cached under .cache/bench/ (git-ignored) and copied into the next
 * run's home, so a corpus is ingested once per generator version, size and ingestion code.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadExternalNeo4j, type Neo4jTarget } from '../../src/config';
import { connectOrStart, type Connection, type ConnectOrStartOptions } from '../../src/db';
import { freePort } from '../../src/embedded/freePort';
import { throwawayHome } from '../../src/embedded/throwawayHome';
import { repoPath } from '../../src/paths';

export interface BenchNeo4j {
  target: Neo4jTarget;
  /** The JVM's pid when embedded (for its RSS). */
  readonly pid?: number;
  embedded: boolean;
  /** Stops an embedded Neo4j (the store stays in its home until `dispose`). */
  stop(): Promise<void>;
  /** Stops, then removes the throwaway home. */
  dispose(): Promise<void>;
  /** Embedded only: stops, copies the home to `dir` (replacing it), starts again. */
  saveTo(dir: string): Promise<void>;
}

export interface StartOptions {
  heap?: string;
  pagecache?: string;
  /** Copy this cached home into the new one before starting. */
  from?: string;
  log?: (line: string) => void;
}

const PASSWORD = 'claimgraph-bench';
const RESERVED_PORTS = new Set([7474, 7687, 4000]);

/** A free loopback port that is none of the well-known ones a developer's services may use. */
export async function benchPort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!RESERVED_PORTS.has(port)) return port;
  }
}

export async function startBenchNeo4j(options: StartOptions = {}): Promise<BenchNeo4j> {
  const log = options.log ?? (() => undefined);
  const external = loadExternalNeo4j();
  // Made (and removed by `dispose`) even when NEO4J_URI is used, as connectOrStart asks for one.
  const home = throwawayHome('neo4j-bench-', external ? undefined : options.from);
  const connectOptions: ConnectOrStartOptions = {
    ...(external ? { external } : {}),
    embedded: {
      home,
      boltPort: await benchPort(),
      httpPort: await benchPort(),
      heap: options.heap ?? process.env.BENCH_NEO4J_HEAP ?? '2g',
      pagecache: options.pagecache ?? process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
      password: PASSWORD,
      startTimeoutMs: 600_000,
    },
    // The benchmarks query through their own drivers; this one only proves Neo4j answers.
    database: { queryTimeoutMs: 600_000, maxPoolSize: 1 },
    whenInUse: 'refuse',
    reachableTimeoutMs: 600_000,
    log,
  };
  let connection: Connection | undefined = await connectOrStart(connectOptions);
  const stop = async () => {
    await connection?.close();
    connection = undefined;
  };
  const embedded = connection.mode === 'started';
  return {
    target: connection.target,
    get pid() {
      return connection?.embedded?.pid;
    },
    embedded,
    stop,
    dispose: async () => {
      await stop();
      rmSync(home, { recursive: true, force: true });
    },
    saveTo: async (dir) => {
      if (!embedded) return;
      await stop();
      const partial = `${dir}.partial`;
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(path.dirname(dir), { recursive: true });
      cpSync(home, partial, { recursive: true, filter: (src) => !src.startsWith(path.join(home, 'logs')) });
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
      log(`cached the loaded store in ${path.relative(repoPath(), dir)}`);
      connection = await connectOrStart(connectOptions);
    },
  };
}

/** Where a cached store for `key` lives, and whether it is there. */
export function cachedStore(key: string): { dir: string; present: boolean } {
  const dir = repoPath('.cache', 'bench', key);
  return { dir, present: existsSync(path.join(dir, 'conf')) };
}
