import type { Database } from '../db';

/** Readiness: Neo4j answers and the schema (constraints, indexes) has been applied. */
export class Readiness {
  schemaApplied = false;

  constructor(private readonly database: Database) {}

  async check(): Promise<{ ready: boolean; neo4j: 'up' | 'down'; schemaApplied: boolean }> {
    let up = false;
    try {
      await withTimeout(this.database.ping(), 2000);
      up = true;
    } catch {
      up = false;
    }
    return { ready: up && this.schemaApplied, neo4j: up ? 'up' : 'down', schemaApplied: this.schemaApplied };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
