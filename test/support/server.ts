import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config';
import type { Database } from '../../src/db';
import { Readiness } from '../../src/http/readiness';
import { createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import { createServer, type ClaimgraphServer } from '../../src/server';

export const TEST_TOKEN = 'test-token-0123456789';

/** Config for tests: the run's Neo4j, a known token, quiet logs; `overrides` are env vars. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    NEO4J_URI: process.env.NEO4J_URI,
    NEO4J_USER: process.env.NEO4J_USER,
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_DATABASE,
    CLAIMGRAPH_TOKEN: TEST_TOKEN,
    ...overrides,
  });
}

export interface TestServer extends ClaimgraphServer {
  /** Runs an operation in-process; returns data and errors, plus the round trips it made. */
  // T is the shape the caller's own query asks for: the response itself is untyped.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<{
    data: T | null;
    errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
    roundTrips: number;
  }>;
  stop(): Promise<void>;
}

/** An in-process server over `database` (schema applied; data as the test left it). */
export async function testServer(database: Database, env: Record<string, string> = {}): Promise<TestServer> {
  const config = testConfig(env);
  const readiness = new Readiness(database);
  readiness.schemaApplied = true;
  const server = await createServer({
    config,
    database,
    readiness,
    logger: createLogger('silent'),
    metrics: new Metrics(),
  });
  return {
    ...server,
    async run(query, variables, options) {
      const contextValue = server.contextFor({ token: options?.token });
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return {
        data: (data ?? null) as never,
        errors: errors as never,
        roundTrips: contextValue.stats.roundTrips,
      };
    },
    stop: () => server.apollo.stop(),
  };
}

/** Listens on a free port; returns the base URL and a close function. */
export async function listen(server: ClaimgraphServer): Promise<{ url: string; close(): Promise<void> }> {
  const httpServer = http.createServer(server.app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => {
          resolve();
        });
      }),
  };
}
