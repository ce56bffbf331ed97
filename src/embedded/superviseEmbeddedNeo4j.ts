import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions } from './startEmbeddedNeo4j';

/** What the supervisor reports: to the logs, the metrics and the database's liveness watch. */
export type SupervisorEvent =
  | { type: 'exited'; pid: number; code: number | null; signal: string | null }
  | { type: 'restarting'; attempt: number; delayMs: number }
  | { type: 'restarted'; attempt: number; pid: number; ms: number }
  | { type: 'restart-failed'; attempt: number; error: string }
  | { type: 'gave-up'; attempts: number };

export interface SupervisorOptions {
  /** Tries after each crash before giving up; 0 turns supervision off. */
  maxRestarts: number;
  /** First backoff delay, doubled per failed try up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  onEvent?: (event: SupervisorEvent) => void;
}

/** The embedded Neo4j as the service sees it: the same coordinates across restarts. */
export interface SupervisedNeo4j extends Omit<EmbeddedNeo4j, 'exited'> {
  /** Restarts done so far. */
  readonly restarts: number;
}

/**
 * Starts the embedded Neo4j and brings it back when its JVM dies (crash, OOM, kill -9): same
 * home (so the data survives) and same ports (so the driver reconnects by itself), after a
 * backoff of `initialDelayMs` doubling up to `maxDelayMs`, at most `maxRestarts` tries per crash.
 * Meanwhile requests get DATABASE_UNAVAILABLE (the database's liveness watch fails them fast).
 */
export async function superviseEmbeddedNeo4j(
  options: EmbeddedNeo4jOptions,
  supervision: SupervisorOptions,
): Promise<SupervisedNeo4j> {
  const initialDelayMs = supervision.initialDelayMs ?? 1000;
  const maxDelayMs = supervision.maxDelayMs ?? 30_000;
  const emit = supervision.onEvent ?? (() => undefined);

  let current = await startEmbeddedNeo4j(options);
  let stopping = false;
  // Read through a function: `stop()` may set it while a restart awaits.
  const stopped = () => stopping;
  let restarts = 0;
  let restarting: Promise<void> | undefined;

  const restart = async () => {
    let attempt = 0;
    while (!stopping) {
      attempt++;
      if (attempt > supervision.maxRestarts) {
        emit({ type: 'gave-up', attempts: attempt - 1 });
        return;
      }
      const delayMs = Math.min(initialDelayMs * 2 ** (attempt - 1), maxDelayMs);
      emit({ type: 'restarting', attempt, delayMs });
      await new Promise((r) => setTimeout(r, delayMs));
      if (stopped()) return;
      const began = Date.now();
      try {
        current = await startEmbeddedNeo4j(options);
        restarts++;
        emit({ type: 'restarted', attempt, pid: current.pid, ms: Date.now() - began });
        watch(current);
        return;
      } catch (error) {
        emit({
          type: 'restart-failed',
          attempt,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  };

  const watch = (instance: EmbeddedNeo4j) => {
    void instance.exited.then(({ code, signal }) => {
      if (stopping || instance !== current) return;
      emit({ type: 'exited', pid: instance.pid, code, signal });
      if (supervision.maxRestarts === 0) return;
      restarting = restart().finally(() => {
        restarting = undefined;
      });
    });
  };
  watch(current);

  return {
    get boltUri() {
      return current.boltUri;
    },
    get browserUrl() {
      return current.browserUrl;
    },
    get user() {
      return current.user;
    },
    get password() {
      return current.password;
    },
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}
