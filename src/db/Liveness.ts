import { DatabaseUnavailableError } from '../errors';

/** What the liveness watch needs: one cheap round trip to Neo4j on a connection of its own. */
export type Probe = () => Promise<void>;

interface Call {
  fail(error: DatabaseUnavailableError): void;
}

/**
 * Watches whether Neo4j answers at all, so that no call waits on a Neo4j that cannot answer.
 *
 * A frozen JVM (`kill -STOP`, a stop-the-world pause, a half-open connection) keeps TCP
 * connections open and answers nothing: the driver would wait forever, and Neo4j's own
 * transaction timeout cannot fire. While calls are in flight (or Neo4j is known to be down),
 * a probe runs every `intervalMs` on its own connection; a probe unanswered after `timeoutMs`
 * (once a first probe has answered: opening the first connection may be slow), or failing, marks
 * Neo4j down: every call in flight fails at once with DATABASE_UNAVAILABLE,
 * and new calls fail fast until a probe succeeds again. Nothing runs while the service is idle.
 */
export class Liveness {
  private up = true;
  /** Set by the first answered probe: a cold first connection may be slow, a stall after not. */
  private armed = false;
  private probing = false;
  private probeStarted = 0;
  private generation = 0;
  /** When Neo4j last came up (started, or answered again after being down); see `wasStarting`. */
  private upSince = Number.NEGATIVE_INFINITY;
  private readonly calls = new Set<Call>();
  private readonly timer: NodeJS.Timeout;
  /** Called on every change, with the new state and, when down, why (logs). */
  onChange: (up: boolean, reason: string) => void = () => undefined;

  constructor(
    private readonly probe: Probe,
    private readonly timeoutMs: number,
    /** How long after Neo4j comes up it counts as still starting (see `wasStarting`). */
    private readonly warmUpMs = 60_000,
    intervalMs = Math.max(200, Math.floor(timeoutMs / 3)),
  ) {
    this.timer = setInterval(() => {
      if (this.calls.size > 0 || !this.up) this.check();
    }, intervalMs);
    this.timer.unref();
  }

  get isUp(): boolean {
    return this.up;
  }

  /**
   * Whether Neo4j is down now, or a call begun at `startedAt` began before Neo4j had been up for
   * `warmUpMs`. A freshly started JVM plans every query anew and runs cold, so a transaction
   * timeout then says Neo4j is starting, not that the query is too broad.
   */
  wasStarting(startedAt: number): boolean {
    return !this.up || startedAt - this.upSince < this.warmUpMs;
  }

  /** Neo4j has just been started (its JVM is cold): its warm-up begins now. */
  startWarmUp(): void {
    this.upSince = Date.now();
  }

  /**
   * Runs `work` unless Neo4j is known to be down; fails it with DATABASE_UNAVAILABLE when Neo4j
   * stops answering or when `deadlineMs` passes (Neo4j's own timeout would have answered by then).
   * `work` is not cancelled (the driver offers no way to); its late outcome is dropped.
   */
  run<T>(work: () => Promise<T>, deadlineMs: number): Promise<T> {
    if (!this.up) {
      this.check();
      return Promise.reject(
        new DatabaseUnavailableError(new Error('Neo4j is not answering (liveness probe)')),
      );
    }
    return new Promise<T>((resolve, reject) => {
      const call: Call = {
        fail: (error) => {
          settle();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        call.fail(new DatabaseUnavailableError(new Error(`no answer from Neo4j within ${deadlineMs} ms`)));
      }, deadlineMs);
      const settle = () => {
        clearTimeout(timer);
        this.calls.delete(call);
      };
      this.calls.add(call);
      work().then(
        (value) => {
          if (!this.calls.has(call)) return;
          settle();
          resolve(value);
        },
        (error: unknown) => {
          if (!this.calls.has(call)) return;
          settle();
          reject(asError(error));
        },
      );
    });
  }

  /** Marks Neo4j down now (e.g. the embedded JVM exited): calls in flight fail at once. */
  markDown(reason: string): void {
    this.setUp(false, reason);
  }

  close(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    // A probe stuck far beyond its timeout (a half-open connection) is abandoned for a new one.
    if (this.probing && Date.now() - this.probeStarted < this.timeoutMs * 5) return;
    const generation = ++this.generation;
    this.probing = true;
    this.probeStarted = Date.now();
    let answered = false;
    const timer = setTimeout(() => {
      if (!answered && this.armed) this.setUp(false, `liveness probe unanswered after ${this.timeoutMs} ms`);
    }, this.timeoutMs);
    const done = (up: boolean, reason?: string) => {
      answered = true;
      clearTimeout(timer);
      if (generation !== this.generation) return;
      this.probing = false;
      this.setUp(up, reason);
    };
    this.probe().then(
      () => {
        done(true);
      },
      (error: unknown) => {
        done(false, error instanceof Error ? error.message : String(error));
      },
    );
  }

  private setUp(up: boolean, reason = ''): void {
    if (up) this.armed = true;
    if (!up) {
      const error = new DatabaseUnavailableError(new Error(`Neo4j is not answering: ${reason}`));
      for (const call of [...this.calls]) call.fail(error);
    }
    if (up === this.up) return;
    this.up = up;
    if (up) this.upSince = Date.now();
    this.onChange(up, reason);
  }
}

/** The driver rejects with Errors; anything else is wrapped so callers always get one. */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
