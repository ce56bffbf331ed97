/**
 * A Neo4j holding the benchmark corpus, loaded through the real ingestion path: the bundles are
 * written as files and ingested by the CLI (`src/ingest/cli.ts`, its own process), in name
 * order. The loaded store is cached under .cache/bench/, keyed by the generator version, the
 * size, and a hash of the ingestion code and graph schema (so new ingestion code reloads).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../../src/paths';
import { GENERATOR_VERSION, corpusBundles, type CorpusOptions } from '../dataset/corpus';
import { PeakRss, type Watched } from './proc';
import { cachedStore, startBenchNeo4j, type BenchNeo4j } from './neo4j';

/** Hash of every file under the given repository folders (or files). */
export function codeHash(paths: string[]): string {
  const hash = createHash('sha256');
  const walk = (p: string) => {
    const full = repoPath(p);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of readdirSync(full).sort()) walk(path.join(p, name));
    else hash.update(p).update(readFileSync(full));
  };
  paths.forEach(walk);
  return hash.digest('hex').slice(0, 12);
}

/** Writes the corpus as `<dir>/<index>.bundle.json` files; returns their count. */
export function writeCorpus(options: CorpusOptions, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let k = 0;
  for (const bundle of corpusBundles(options)) {
    writeFileSync(path.join(dir, `${String(k).padStart(5, '0')}.bundle.json`), JSON.stringify(bundle));
    k++;
  }
  return k;
}

export interface CliRun {
  seconds: number;
  exitCode: number;
  peakRssMb: Record<string, number>;
  output: string;
}

/** Runs the ingestion CLI on `paths` against `neo4j`, sampling its RSS and the JVM's. */
export function runIngestCli(neo4j: BenchNeo4j, paths: string[], extraArgs: string[] = []): Promise<CliRun> {
  const env = {
    ...process.env,
    NEO4J_URI: neo4j.target.uri,
    NEO4J_USER: neo4j.target.user,
    NEO4J_PASSWORD: neo4j.target.password,
    NEO4J_DATABASE: neo4j.target.database,
  };
  return spawnIngestCli([...extraArgs, ...paths], env, () => ({ neo4j: neo4j.pid }));
}

/**
 * Runs `src/ingest/cli.ts` with `args` in its own process and waits for it, sampling the peak
 * RSS of the CLI and of the processes `watched` names (given the CLI's pid).
 */
export async function spawnIngestCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  watched: (cli: number | undefined) => Record<string, Watched>,
): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/ingest/cli.ts', '--no-progress', '--timeout-ms', '3600000', ...args],
    {
      cwd: repoPath(),
      env: {
        ...env,
        LOG_LEVEL: 'warn',
        // The CLI's own lookups use QUERY_TIMEOUT_MS (5 s by default): too short for large
        // bundles or a busy machine, and not what is measured.
        QUERY_TIMEOUT_MS: '600000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const rss = new PeakRss({ cli: child.pid, ...watched(child.pid) }, 200).start();
  let output = '';
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exitCode = await new Promise<number>((resolve) =>
    child.once('exit', (code) => {
      resolve(code ?? 1);
    }),
  );
  return { seconds: (performance.now() - started) / 1000, exitCode, peakRssMb: rss.stop(), output };
}

/** Starts a Neo4j with the corpus loaded, from the cache when it has it. */
export async function corpusNeo4j(
  options: CorpusOptions,
  { useCache, log }: { useCache: boolean; log: (line: string) => void },
): Promise<{ neo4j: BenchNeo4j; ingest?: CliRun; cacheKey: string }> {
  const code = codeHash(['src/ingest', 'src/db', 'src/domain', 'cypher/schema', 'schemas']);
  const cacheKey = `store-g${GENERATOR_VERSION}-${options.statements}-${code}`;
  const cache = cachedStore(cacheKey);
  if (useCache && cache.present && !process.env.NEO4J_URI) {
    log(`using the cached store ${path.relative(repoPath(), cache.dir)}`);
    return { neo4j: await startBenchNeo4j({ from: cache.dir, log }), cacheKey };
  }
  const neo4j = await startBenchNeo4j({ log });
  const dir = repoPath('.tmp', `bench-corpus-${options.statements}`);
  const files = writeCorpus(options, dir);
  log(`ingesting ${files} bundles (${options.statements} statements) with the CLI`);
  const ingest = await runIngestCli(neo4j, [dir]);
  rmSync(dir, { recursive: true, force: true });
  if (ingest.exitCode !== 0)
    throw new Error(`the ingestion CLI failed (exit ${ingest.exitCode}):\n${ingest.output}`);
  log(`ingested in ${ingest.seconds.toFixed(0)} s (peak RSS ${JSON.stringify(ingest.peakRssMb)} MB)`);
  if (useCache && neo4j.embedded) await neo4j.saveTo(cache.dir);
  return { neo4j, ingest, cacheKey };
}
