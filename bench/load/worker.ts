/**
 * The load generator, a process of its own (forked by bench/run.ts with IPC), so the measuring
 * never shares a CPU queue or heap with the harness. Two kinds of job:
 * - `http`: autocannon against a GraphQL endpoint (POST of one fixed body) with `connections`
 *   concurrent connections; each response's latency is kept (autocannon's own histogram has no
 *   p95), and any non-2xx or GraphQL `errors` body is counted.
 * - `floor`: the replayed Cypher (bench/floor.ts) from `connections` concurrent loops.
 * Each job first warms up for `warmupSec`, then measures for `durationSec`; it answers with the
 * latency in ms of every request completed inside the window (requests still running at its end
 * are not counted, by either kind) and the window's length.
 */
import autocannon from 'autocannon';
import type { Neo4jTarget } from '../../src/config';
import { floorDriver, replay, type FloorPlan } from '../floor';

export type LoadJob =
  | { kind: 'http'; url: string; body: string; connections: number; durationSec: number; warmupSec: number }
  | {
      kind: 'floor';
      target: Neo4jTarget;
      plan: FloorPlan;
      connections: number;
      durationSec: number;
      warmupSec: number;
    };

export interface LoadResult {
  latencies: number[];
  wallMs: number;
  errors: number;
  firstError?: string;
}

async function httpLoad(job: Extract<LoadJob, { kind: 'http' }>, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  let finish: (error: Error | null) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    finish = (error) => {
      if (error) reject(error);
      else resolve();
    };
  });
  const instance = autocannon(
    {
      url: job.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: job.body,
      connections: job.connections,
      pipelining: 1,
      duration: seconds,
      timeout: 60,
      setupClient: (client) => {
        client.on('body', (buf: Buffer) => {
          if (buf.subarray(0, 12).includes('"errors"')) {
            errors++;
            firstError ??= buf.subarray(0, 300).toString();
          }
        });
      },
    },
    (error: Error | null | undefined) => {
      finish(error ?? null);
    },
  );
  instance.on('reqError', (error: Error) => {
    errors++;
    firstError ??= error.message;
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status < 200 || status >= 300) errors++;
    latencies.push(ms);
  });
  await done;
  return { latencies, wallMs: Math.min(performance.now() - started, seconds * 1000), errors, firstError };
}

async function floorLoad(job: Extract<LoadJob, { kind: 'floor' }>, seconds: number): Promise<LoadResult> {
  const driver = floorDriver(job.target);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      try {
        await replay(driver, job.target.database, job.plan);
        // Like autocannon, count only what completes inside the window.
        if (performance.now() <= until) latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: job.connections }, loop));
  } finally {
    await driver.close();
  }
  return { latencies, wallMs: seconds * 1000, errors, firstError };
}

async function run(job: LoadJob): Promise<LoadResult> {
  const once = (seconds: number) => (job.kind === 'http' ? httpLoad(job, seconds) : floorLoad(job, seconds));
  if (job.warmupSec > 0) await once(job.warmupSec);
  return once(job.durationSec);
}

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) =>
      process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
