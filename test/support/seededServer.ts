import type { Database } from '../../src/db';
import { testDatabase } from './database';
import { resetToSeed } from './seed';
import { testServer, type TestServer } from './server';

export interface SeededServer {
  db(): Database;
  server(): TestServer;
  /** Runs an operation and returns its data, failing the test on any error. */
  ask<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Registers beforeAll / afterAll hooks that reset the database to the seed graph and start an
 * in-process server over it (with `env` overrides), and returns accessors for the test file.
 */
export function useSeededServer(env: Record<string, string> = {}): SeededServer {
  // Unset until beforeAll has run (and still unset if it failed).
  let db: Database | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    db = testDatabase();
    await resetToSeed(db);
    server = await testServer(db, env);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });
  return {
    db: () => ready(db, 'the database'),
    server: () => ready(server, 'the server'),
    async ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const { data, errors } = await ready(server, 'the server').run<T>(query, variables);
      expect(errors).toBeUndefined();
      return data as T;
    },
  };
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not ready: the beforeAll hook has not run or failed`);
  return value;
}
