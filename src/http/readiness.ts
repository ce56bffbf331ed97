import type { Database } from '../db';

export interface ReadinessState {
  ready: boolean;
  neo4j: 'up' | 'down';
  schemaApplied: boolean;
  /** Present (true) once shutdown has begun: the load balancer should stop sending traffic. */
  draining?: true;
}

/**
 * Readiness: Neo4j answers a trivial read within `timeoutMs`, the schema (constraints,
 * indexes) has been applied, and the process is not shutting down. Checked live on every
 * call, so it turns false while Neo4j is away and true again when it returns.
 */
export class Readiness {
  schemaApplied = false;
  draining = false;

  constructor(
    private readonly database: Database,
    private readonly timeoutMs = 2000,
  ) {}

  async check(): Promise<ReadinessState> {
    let up = false;
    try {
      await withTimeout(this.database.ping(), this.timeoutMs);
      up = true;
    } catch {
      up = false;
    }
    return {
      ready: up && this.schemaApplied && !this.draining,
      neo4j: up ? 'up' : 'down',
      schemaApplied: this.schemaApplied,
      ...(this.draining ? { draining: true as const } : {}),
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('timeout'));
    }, ms);
    promise
      .finally(() => {
        clearTimeout(timer);
      })
      .then(resolve, reject);
  });
}
