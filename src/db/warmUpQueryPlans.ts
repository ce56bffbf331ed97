import type { Database } from './Database';
import type { RecordedQuery } from './QueryPlanRecorder';

export interface WarmUpOutcome {
  /** Texts Neo4j planned and cached. */
  planned: number;
  /** Texts it refused (a query of an older version of the service); they are skipped. */
  failed: number;
  /** Texts not reached: the time was up, or the service began to stop. */
  skipped: number;
}

export interface WarmUpOptions {
  /** Longest time for one plan: a cold JVM takes seconds for a large selection. */
  planTimeoutMs: number;
  /** The whole warm-up stops after this, wherever it is. */
  deadlineMs: number;
  /** Set when the service begins to stop: the warm-up stops before the next text. */
  stopped?: () => boolean;
}

/**
 * Plans `queries` one at a time, most recently used first, so that after a restart clients
 * find their plans cached. One at a time: it competes with requests for the same two cores.
 */
export async function warmUpQueryPlans(
  database: Pick<Database, 'explain'>,
  queries: readonly RecordedQuery[],
  options: WarmUpOptions,
): Promise<WarmUpOutcome> {
  const outcome: WarmUpOutcome = { planned: 0, failed: 0, skipped: 0 };
  const deadline = Date.now() + options.deadlineMs;
  const mostRecentFirst = [...queries].reverse();
  for (const [i, { query, params }] of mostRecentFirst.entries()) {
    const left = deadline - Date.now();
    if (left <= 0 || options.stopped?.()) {
      outcome.skipped = mostRecentFirst.length - i;
      break;
    }
    try {
      await database.explain(query, params, Math.min(options.planTimeoutMs, left));
      outcome.planned++;
    } catch {
      outcome.failed++;
    }
  }
  return outcome;
}
