/** Child processes of the benchmarks: services started as their own processes, the load worker. */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoPath } from '../../src/paths';
import type { LoadJob, LoadResult } from '../load/worker';

const TSX = ['--import', 'tsx'];

export interface Service {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Where `compileServices` puts the compiled services (git-ignored). */
const BUILD_DIR = repoPath('.tmp', 'bench-build');

/**
 * Compiles the services with tsc, as the Dockerfile builds them for production, so that both
 * are measured as deployed: under tsx a service transpiles and source-maps at run time, which
 * cost claimgraph 35-55 MB of RSS. `script` in `startService` is then a .ts path of the repo.
 */
export function compileServices(): void {
  execFileSync(
    process.execPath,
    [repoPath('node_modules/typescript/bin/tsc'), '-p', 'bench/tsconfig.services.json'],
    {
      cwd: repoPath(),
      stdio: 'inherit',
    },
  );
}

/** The compiled file of `script` (a .ts path relative to the repo). */
const compiled = (script: string): string => path.join(BUILD_DIR, script.replace(/\.ts$/, '.js'));

/**
 * Starts the compiled `script` (see `compileServices`) as `node <script.js>` with `env`, waits
 * until GET `readyPath` answers 2xx.
 */
export async function startService(
  name: string,
  script: string,
  env: Record<string, string>,
  port: number,
  readyPath: string,
): Promise<Service> {
  const child = spawn(process.execPath, [compiled(script)], {
    cwd: repoPath(),
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4000)));
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited (${child.exitCode}) while starting:\n${stderr}`);
    try {
      const r = await fetch(`${base}${readyPath}`, {
        method: readyPath === '/graphql' ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: readyPath === '/graphql' ? '{"query":"{__typename}"}' : undefined,
      });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not become ready in 120 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    name,
    url: `${base}/graphql`,
    pid: child.pid ?? -1,
    stop: () => stopChild(child, kill),
  };
}

async function stopChild(child: ChildProcess, kill: () => void): Promise<void> {
  process.removeListener('exit', kill);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** The load generator process (bench/load/worker.ts), one job at a time over IPC. */
export interface LoadWorker {
  pid: number;
  run(job: LoadJob): Promise<LoadResult>;
  stop(): Promise<void>;
}

export function startLoadWorker(): LoadWorker {
  const child = fork(repoPath('bench', 'load', 'worker.ts'), [], {
    execArgv: TSX,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  return {
    pid: child.pid ?? -1,
    run: (job) =>
      new Promise((resolve, reject) => {
        const onExit = (code: number | null) => {
          reject(new Error(`the load worker exited (${code})`));
        };
        child.once('exit', onExit);
        child.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => {
          child.removeListener('exit', onExit);
          if (m.ok && m.result) resolve(m.result);
          else reject(new Error(`load job failed: ${m.error}`));
        });
        child.send(job);
      }),
    stop: async () => {
      process.removeListener('exit', kill);
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) =>
        child.once('exit', () => {
          resolve();
        }),
      );
      child.disconnect();
      await exited;
    },
  };
}

/** POSTs one GraphQL request; throws on HTTP or GraphQL errors. */
export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!r.ok || !body.data) throw new Error(`${url}: HTTP ${r.status}`);
  return body.data;
}
