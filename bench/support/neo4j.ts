/**
 * The benchmarks' Neo4j, started in one place: an embedded Neo4j (the project's launcher) in a
 * throwaway home under .tmp/ on free ports, or the one NEO4J_URI names. A loaded store can be
 * cached under .cache/bench/ (git-ignored) and copied into the next run's home, so a corpus is
 * ingested once per generator version, size and ingestion code.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jTarget } from '../../src/config';
import { freePort } from '../../src/embedded/freePort';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/embedded/startEmbeddedNeo4j';
import { repoPath } from '../../src/paths';

export interface BenchNeo4j {
  target: Neo4jTarget;
  /** The JVM's pid when embedded (for its RSS). */
  pid?: number;
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
  const env = process.env;
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new Error('NEO4J_PASSWORD is required with NEO4J_URI');
    const target = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE ?? 'neo4j',
    };
    log(`using NEO4J_URI ${target.uri} (database ${target.database})`);
    const none = () => Promise.resolve();
    return { target, embedded: false, stop: none, dispose: none, saveTo: none };
  }
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), 'neo4j-bench-'));
  if (options.from) cpSync(options.from, home, { recursive: true });
  const heap = options.heap ?? env.BENCH_NEO4J_HEAP ?? '2g';
  const pagecache = options.pagecache ?? env.BENCH_NEO4J_PAGECACHE ?? '1g';
  const boltPort = await benchPort();
  const httpPort = await benchPort();
  const start = async () => {
    log(
      `starting embedded Neo4j (heap ${heap}, page cache ${pagecache}, bolt ${boltPort}) in ${path.relative(repoPath(), home)}`,
    );
    return startEmbeddedNeo4j({
      home,
      boltPort,
      httpPort,
      heap,
      pagecache,
      password: PASSWORD,
      startTimeoutMs: 600_000,
    });
  };
  let neo4j: EmbeddedNeo4j | undefined = await start();
  const stop = async () => {
    await neo4j?.stop();
    neo4j = undefined;
  };
  const handle: BenchNeo4j = {
    target: { uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password, database: 'neo4j' },
    pid: neo4j.pid,
    embedded: true,
    stop,
    dispose: async () => {
      await stop();
      rmSync(home, { recursive: true, force: true });
    },
    saveTo: async (dir) => {
      await stop();
      const partial = `${dir}.partial`;
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(path.dirname(dir), { recursive: true });
      cpSync(home, partial, { recursive: true, filter: (src) => !src.startsWith(path.join(home, 'logs')) });
      rmSync(dir, { recursive: true, force: true });
      renameSync(partial, dir);
      log(`cached the loaded store in ${path.relative(repoPath(), dir)}`);
      neo4j = await start();
      handle.pid = neo4j.pid;
    },
  };
  return handle;
}

/** Where a cached store for `key` lives, and whether it is there. */
export function cachedStore(key: string): { dir: string; present: boolean } {
  const dir = repoPath('.cache', 'bench', key);
  return { dir, present: existsSync(path.join(dir, 'conf')) };
}
