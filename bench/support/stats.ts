/** Latency figures of one measured cell (one operation, variant and concurrency). */
export interface LatencyStats {
  /** Completed requests measured. */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Completed requests per second of wall-clock time. */
  rps: number;
  /** Failed requests (timeouts, errors in the answer), not in the latencies. */
  errors: number;
}

/** Nearest-rank percentile of ascending values (NaN when there are none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

const round = (v: number, digits = 2) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

/** p50 / p95 / p99 / max in ms (2 decimals) and throughput over `wallMs`. */
export function summarise(latenciesMs: readonly number[], wallMs: number, errors = 0): LatencyStats {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    rps: round(wallMs > 0 ? (sorted.length * 1000) / wallMs : NaN, 1),
    errors,
  };
}

/** a / b to 2 decimals; null when either is missing. */
export function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
    return null;
  return Number((a / b).toFixed(2));
}
