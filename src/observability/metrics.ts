import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database, QueryObserver } from '../db';

/** Distinct operation names kept as label values; any further name is counted as `other`. */
const MAX_OPERATION_LABELS = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** Prometheus metrics served at /metrics. */
export class Metrics {
  private readonly operations = new Set<string>();

  readonly registry = new Registry();
  readonly requestDuration = new Histogram({
    name: 'claimgraph_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly cypherDuration = new Histogram({
    name: 'claimgraph_cypher_duration_seconds',
    help: 'Cypher round-trip latency by access mode and outcome',
    labelNames: ['mode', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: 'claimgraph_graphql_errors_total',
    help: 'GraphQL errors by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private poolStats: () => { inUse: number; idle: number } | undefined = () => undefined;
  readonly poolInUse = this.sampledGauge(
    'claimgraph_neo4j_pool_connections_in_use',
    'Neo4j driver connections in use',
    () => this.poolStats()?.inUse ?? 0,
  );
  readonly poolIdle = this.sampledGauge(
    'claimgraph_neo4j_pool_connections_idle',
    'Neo4j driver connections idle in the pool',
    () => this.poolStats()?.idle ?? 0,
  );

  private neo4jAnswers: () => boolean = () => true;
  readonly neo4jUp = this.sampledGauge(
    'claimgraph_neo4j_up',
    '1 while Neo4j answers (liveness probe), 0 while it is down, frozen or restarting',
    () => (this.neo4jAnswers() ? 1 : 0),
  );
  readonly embeddedRestarts = new Counter({
    name: 'claimgraph_embedded_neo4j_restarts_total',
    help: 'Supervisor actions on the embedded Neo4j: exited, restarted, restart_failed, gave_up',
    labelNames: ['event'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'claimgraph_' });
  }

  /**
   * The `operation` label for an operation name. Names come from clients, so their number is
   * capped: a client sending a fresh name per request must not grow the registry without bound.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (!GRAPHQL_NAME.test(name) || this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** A gauge set from `read` at each scrape (what it reads is wired up by `observe`). */
  private sampledGauge(name: string, help: string, read: () => number): Gauge {
    const gauge: Gauge = new Gauge({
      name,
      help,
      registers: [this.registry],
      collect: (): void => {
        gauge.set(read());
      },
    });
    return gauge;
  }

  /** Records every Cypher round trip of `database`, and samples its pool at scrape time. */
  observe(database: Database): void {
    const observer: QueryObserver = {
      onQuery: ({ mode, ms, ok }) => {
        this.cypherDuration.observe({ mode, outcome: ok ? 'ok' : 'error' }, ms / 1000);
      },
    };
    database.addObserver(observer);
    this.poolStats = () => database.poolStats();
    this.neo4jAnswers = () => database.liveness.isUp;
  }
}
