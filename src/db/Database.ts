import { appendFileSync } from 'node:fs';
import neo4j, {
  type Config,
  type Driver,
  type ManagedTransaction,
  type Session,
  type SessionConfig,
} from 'neo4j-driver';
import type { DatabaseDeadlines, Neo4jTarget } from '../config';
import { TransactionTooLargeError } from '../errors';
import { Liveness } from './Liveness';
import { ReadGate } from './ReadGate';
import { isMemoryLimitError, mapDriverError, mapDuringStartUp } from './mapDriverError';
import { toPlain } from './toPlain';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Observes every Cypher round trip (metrics, per-request counting in tests). */
/** What an observer learns of one round trip (a write transaction counts as one). */
export interface QueryInfo {
  mode: 'READ' | 'WRITE';
  ms: number;
  ok: boolean;
  /** Start, in ms since the epoch (sub-ms precision). */
  startedAt?: number;
  /** The Cypher text and parameters; absent for a write transaction of several statements. */
  query?: string;
  params?: Params;
  /** Rows returned, when the round trip succeeded. */
  rows?: number;
}

/** Observes every Cypher round trip (metrics, per-request counting in tests, the benchmark). */
export interface QueryObserver {
  onQuery(info: QueryInfo): void;
}

/**
 * CLAIMGRAPH_QUERY_LOG=<file> appends every round trip as a JSON line (off by default): the
 * benchmark replays the exact Cypher the service sent. Synchronous, so for measurement set-ups
 * only, never production.
 */
function queryLogObserver(file: string | undefined): QueryObserver | undefined {
  if (!file) return undefined;
  return {
    onQuery: (info) => {
      appendFileSync(file, `${JSON.stringify(info)}\n`);
    },
  };
}

/** Which round trip an observer is told about. */
type QueryLabel = Pick<QueryInfo, 'mode' | 'query' | 'params'>;

/** A transaction handed to `Database.writeTransaction` callbacks; rows come back plain. */
export interface Tx {
  run(query: string, params?: Params): Promise<Row[]>;
}

/** What data-access code needs from the database: reads, writes and write transactions. */
export interface Db {
  read(query: string, params?: Params): Promise<Row[]>;
  write(query: string, params?: Params): Promise<Row[]>;
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
}

export interface DatabaseOptions {
  database: string;
  queryTimeoutMs: number;
  maxPoolSize?: number;
  /** How long the driver keeps retrying a transaction on transient errors (default 5 s). */
  maxRetryTimeMs?: number;
  /** Bounds on every wait for Neo4j (defaults: liveness 5 s, grace 5 s, acquisition 3 s). */
  deadlines?: Partial<DatabaseDeadlines>;
  /** Reads that may run on Neo4j at once; more wait their turn (ReadGate). Default 8. */
  maxConcurrentReads?: number;
  /**
   * How long after Neo4j comes up (the process starts, or Neo4j answers again after an outage)
   * a transaction timeout answers DATABASE_UNAVAILABLE rather than QUERY_TIMEOUT (default 60 s).
   */
  warmUpMs?: number;
}

const DEFAULT_WARM_UP_MS = 60_000;
const DEFAULT_MAX_CONCURRENT_READS = 8;

const DEFAULT_DEADLINES: DatabaseDeadlines = {
  livenessTimeoutMs: 5000,
  graceMs: 5000,
  acquisitionTimeoutMs: 3000,
};

/**
 * The only place that talks to Neo4j. One driver per process; one session per unit of work,
 * closed in `finally`; writes in managed transaction functions (retried by the driver on
 * transient errors); the database always named; reads in READ-mode sessions so clusters route
 * them to readers; a timeout on every transaction; driver errors mapped to coded errors.
 *
 * Every call has a deadline (docs/resilience.md): a free connection is awaited for at most
 * `acquisitionTimeoutMs`; the call as a whole gives up `graceMs` after its transaction timeout
 * (by then Neo4j would have answered QUERY_TIMEOUT itself); and a liveness probe fails every
 * call in flight with DATABASE_UNAVAILABLE once Neo4j stops answering altogether.
 *
 * One bookmark manager per process: each session starts after the writes this process has
 * committed, so on a cluster a client reads its own writes even when the read goes to a follower.
 */
export class Database implements Db {
  private readonly observers: QueryObserver[] = [];
  private readonly queryLog = queryLogObserver(process.env.CLAIMGRAPH_QUERY_LOG);
  private readonly bookmarks = neo4j.bookmarkManager();
  private readonly deadlines: DatabaseDeadlines;
  private readonly gate: ReadGate;
  private closing: Promise<void> | undefined;
  /** Whether Neo4j answers; see Liveness. */
  readonly liveness: Liveness;

  private constructor(
    private readonly driver: Driver,
    private readonly probeDriver: Driver,
    private readonly options: DatabaseOptions,
  ) {
    this.deadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
    this.gate = new ReadGate(options.maxConcurrentReads ?? DEFAULT_MAX_CONCURRENT_READS);
    this.liveness = new Liveness(
      () => this.probe(),
      this.deadlines.livenessTimeoutMs,
      options.warmUpMs ?? DEFAULT_WARM_UP_MS,
    );
  }

  static connect(target: Neo4jTarget, options: Omit<DatabaseOptions, 'database'>): Database {
    const acquisition = options.deadlines?.acquisitionTimeoutMs ?? DEFAULT_DEADLINES.acquisitionTimeoutMs;
    // The driver declares its settings as classes but reads plain objects: Partial<> says so.
    const config: Partial<Config> = {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: acquisition,
      connectionTimeout: acquisition,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
      logging: { level: 'error', logger: () => undefined },
    };
    const auth = neo4j.auth.basic(target.user, target.password);
    const poolConfig: Partial<Config> = { ...config, maxConnectionPoolSize: options.maxPoolSize ?? 50 };
    const driver = neo4j.driver(target.uri, auth, poolConfig);
    // The probe has connections of its own, so a pool exhausted by slow queries is not
    // mistaken for a Neo4j that does not answer.
    const probeConfig: Partial<Config> = { ...config, maxConnectionPoolSize: 2 };
    const probeDriver = neo4j.driver(target.uri, auth, probeConfig);
    return new Database(driver, probeDriver, { ...options, database: target.database });
  }

  get databaseName(): string {
    return this.options.database;
  }

  addObserver(observer: QueryObserver): void {
    this.observers.push(observer);
  }

  /** A view of this database that also reports each round trip to `observer`. */
  observed(observer: QueryObserver): Db {
    return {
      read: (q, p) => this.observe({ mode: 'READ', query: q, params: p }, () => this.read(q, p), observer),
      write: (q, p) => this.observe({ mode: 'WRITE', query: q, params: p }, () => this.write(q, p), observer),
      writeTransaction: (work, o) => this.writeTransaction(wrapTx(work, observer), o),
    };
  }

  /**
   * Runs one read query as an auto-commit transaction in a READ session. A read is a single
   * statement, so an explicit transaction only adds the BEGIN / COMMIT exchange: 2.8 ms against
   * 1.4 ms per read with `npx tsx bench/readPath.ts` on the 2-core machine. Being idempotent, a read
   * is retried like a transaction function would be, on errors Neo4j marks retryable.
   */
  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.gate.run(this.options.queryTimeoutMs, (remainingMs) =>
      this.readNow(query, params, remainingMs),
    );
  }

  /** `read` without waiting for a read slot (health checks must not queue behind requests). */
  private readNow(query: string, params: Params, timeoutMs: number): Promise<Row[]> {
    const limitMs = this.options.queryTimeoutMs;
    return this.timed({ mode: 'READ', query, params }, timeoutMs, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.withSession(
            'READ',
            async (s) => {
              const result = await withoutStackCapture(() =>
                s.run(query, toCypherParams(params), { timeout: timeoutMs }),
              );
              return result.records.map((record) => toPlain(record.toObject()) as Row);
            },
            { mapErrors: false },
          );
        } catch (error) {
          if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error))
            throw mapDriverError(error, limitMs, 'query');
          await new Promise((r) => setTimeout(r, 100 * attempt));
        }
      }
    });
  }

  write(query: string, params: Params = {}): Promise<Row[]> {
    const timeoutMs = this.options.queryTimeoutMs;
    return this.timed({ mode: 'WRITE', query, params }, timeoutMs, () =>
      this.withSession(
        'WRITE',
        (s) => s.executeWrite((tx) => runPlain(tx, query, params), { timeout: timeoutMs }),
        { timeoutMs },
      ),
    );
  }

  /**
   * Runs several statements in one write transaction: all of them commit or none does. The
   * callback may be retried by the driver on transient errors, so it must be idempotent.
   */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.options.queryTimeoutMs;
    return this.timed({ mode: 'WRITE' }, timeoutMs, () =>
      this.withSession(
        'WRITE',
        (s) =>
          s.executeWrite(
            (tx) =>
              work({
                // Mapped here, so the driver does not retry a transaction that cannot fit.
                run: (q, p = {}) =>
                  runPlain(tx, q, p).catch((error: unknown) => {
                    throw isMemoryLimitError(error) ? new TransactionTooLargeError(error) : error;
                  }),
              }),
            { timeout: timeoutMs },
          ),
        { timeoutMs },
      ),
    );
  }

  /**
   * Plans `query` without running it (`EXPLAIN`): Neo4j caches the plan for the text and its
   * parameter types, so the next run of it skips planning. Not reported to observers.
   */
  async explain(query: string, params: Params, timeoutMs: number): Promise<void> {
    await this.gate.run(timeoutMs, (remainingMs) =>
      this.liveness.run(
        () =>
          this.withSession('READ', (s) =>
            s.run(`EXPLAIN ${query}`, toCypherParams(params), { timeout: remainingMs }),
          ),
        remainingMs + this.deadlines.graceMs,
      ),
    );
  }

  /** Resolves when Neo4j answers a trivial query on the configured database. */
  async ping(): Promise<void> {
    await this.readNow('RETURN 1 AS ok', {}, this.options.queryTimeoutMs);
  }

  /**
   * Waits until Neo4j accepts connections, polling; rejects after about `timeoutMs`. Each attempt
   * is bounded too, since a frozen Neo4j accepts TCP connections and then answers nothing.
   */
  async waitUntilReachable(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const attemptMs = Math.max(100, Math.min(this.deadlines.livenessTimeoutMs, deadline - Date.now()));
        await withTimeout(this.driver.verifyConnectivity({ database: this.options.database }), attemptMs);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw mapDriverError(error, this.options.queryTimeoutMs);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** Connection pool figures for metrics: connections in use and idle. */
  poolStats(): { inUse: number; idle: number } | undefined {
    // The driver exposes no public pool API; the figures come from its connection provider.
    const provider = (this.driver as unknown as { _connectionProvider?: { _connectionPool?: PoolLike } })
      ._connectionProvider;
    const pool = provider?._connectionPool;
    if (!pool) return undefined;
    let inUse = 0;
    let idle = 0;
    for (const key of Object.keys(pool._activeResourceCounts ?? {}))
      inUse += pool._activeResourceCounts?.[key] ?? 0;
    for (const list of Object.values(pool._pools ?? {})) idle += list?.length ?? 0;
    return { inUse, idle };
  }

  /** Closes the driver; calling it again does nothing. */
  async close(): Promise<void> {
    this.closing ??= (async () => {
      this.liveness.close();
      await Promise.all([this.driver.close(), this.probeDriver.close()]);
    })();
    await this.closing;
  }

  /** One `RETURN 1` on the probe's own connections (see Liveness). */
  private async probe(): Promise<void> {
    const sessionConfig: Partial<SessionConfig> = {
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    };
    const session = this.probeDriver.session(sessionConfig);
    try {
      await session.run('RETURN 1', {}, { timeout: this.deadlines.livenessTimeoutMs });
    } catch (error) {
      // Refused for memory while a large transaction holds the pool: Neo4j answered, so it is up
      // (that transaction gets TRANSACTION_TOO_LARGE on its own).
      if (!isMemoryLimitError(error)) throw error;
    } finally {
      void session.close().catch(() => undefined);
    }
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (s: Session) => Promise<T>,
    {
      mapErrors = true,
      timeoutMs = this.options.queryTimeoutMs,
    }: { mapErrors?: boolean; timeoutMs?: number } = {},
  ): Promise<T> {
    const sessionConfig: Partial<SessionConfig> = {
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    };
    const session = this.driver.session(sessionConfig);
    try {
      return await work(session);
    } catch (error) {
      throw mapErrors ? mapDriverError(error, timeoutMs) : error;
    } finally {
      // Not awaited: closing waits for the connection, which a frozen Neo4j never gives back.
      void session.close().catch(() => undefined);
    }
  }

  /**
   * Runs `work` under the call's deadline (its transaction timeout plus the grace) and the
   * liveness watch, and reports the round trip to the observers. A call begun while Neo4j was
   * down or still starting that fails with a timeout or Neo4j's own trouble answers
   * DATABASE_UNAVAILABLE (see mapDuringStartUp).
   */
  private timed<T>(what: QueryLabel, timeoutMs: number, work: () => Promise<T>): Promise<T> {
    const startedAt = Date.now();
    return this.observe(what, () =>
      this.liveness.run(work, timeoutMs + this.deadlines.graceMs).catch((error: unknown) => {
        throw this.liveness.wasStarting(startedAt) ? mapDuringStartUp(error) : error;
      }),
    );
  }

  /** Reports the round trip to `extra`, or else to every observer. */
  private async observe<T>(what: QueryLabel, work: () => Promise<T>, extra?: QueryObserver): Promise<T> {
    const started = performance.now();
    let ok = false;
    let rows: number | undefined;
    try {
      const result = await work();
      ok = true;
      if (Array.isArray(result)) rows = result.length;
      return result;
    } finally {
      const startedAt = performance.timeOrigin + started;
      const info: QueryInfo = { ...what, ms: performance.now() - started, ok, startedAt, rows };
      if (extra) extra.onQuery(info);
      else {
        for (const o of this.observers) o.onQuery(info);
        this.queryLog?.onQuery(info);
      }
    }
  }
}

/**
 * JavaScript numbers reach Cypher as floats; SKIP, LIMIT, range bounds and integer properties
 * need integers, so whole numbers are sent as Cypher integers.
 */
function toCypherParams(value: Params): Params {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, convert(x)]),
      );
    }
    return v;
  };
  return convert(value) as Params;
}

const READ_ATTEMPTS = 3;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

interface PoolLike {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, unknown[] | undefined>;
}

/**
 * neo4j-driver formats a stack trace for every query it starts, to graft onto a later error:
 * 5 % of the service's CPU on lookups under load (`--cpu-prof`, most of it source-mapping under
 * tsx). Driver errors are mapped here, with Neo4j's code and message, so queries start without.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

async function runPlain(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
  const result = await withoutStackCapture(() => tx.run(query, toCypherParams(params)));
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

function wrapTx<T>(work: (tx: Tx) => Promise<T>, observer: QueryObserver): (tx: Tx) => Promise<T> {
  return (tx) =>
    work({
      run: async (q, p) => {
        const started = performance.now();
        let ok = false;
        try {
          const rows = await tx.run(q, p);
          ok = true;
          return rows;
        } finally {
          observer.onQuery({ mode: 'WRITE', ms: performance.now() - started, ok, query: q, params: p });
        }
      },
    });
}
