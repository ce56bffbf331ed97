/** One timed operation: resolves when the answer is complete. */
export type Operation = () => Promise<unknown>;

export interface Budget {
  /** Stop once this much time has passed (after `min` operations)... */
  budgetMs: number;
  /** ...but never before this many operations, */
  min: number;
  /** and never after this many. */
  max: number;
}

export interface Stats {
  n: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  /** Sequential: 1000 / mean. Concurrent: operations completed / wall-clock seconds. */
  opsPerSec: number;
}

/** Runs `op` until the budget is spent; returns each operation's latency in ms. */
export async function runSequential(op: Operation, budget: Budget): Promise<number[]> {
  const latencies: number[] = [];
  const started = performance.now();
  while (
    latencies.length < budget.max &&
    (latencies.length < budget.min || performance.now() - started < budget.budgetMs)
  ) {
    const t = performance.now();
    await op();
    latencies.push(performance.now() - t);
  }
  return latencies;
}

/**
 * Runs `op` from `concurrency` loops at once until the budget is spent. Returns each
 * operation's latency and the wall-clock time of the whole pass (for throughput).
 */
export async function runConcurrent(
  op: Operation,
  concurrency: number,
  budget: Budget,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let started = 0;
  const t0 = performance.now();
  const more = () =>
    started < budget.max && (started < budget.min || performance.now() - t0 < budget.budgetMs);
  const loop = async () => {
    while (more()) {
      started++;
      const t = performance.now();
      await op();
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latencies, wallMs: performance.now() - t0 };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Median, p95, mean, min, max and throughput of a set of latencies. */
export function summarise(latencies: number[], wallMs?: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = sorted.reduce((s, v) => s + v, 0);
  const mean = total / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    meanMs: mean,
    minMs: sorted[0] ?? NaN,
    maxMs: sorted[sorted.length - 1] ?? NaN,
    opsPerSec: wallMs === undefined ? 1000 / mean : (sorted.length * 1000) / wallMs,
  };
}
