import { Writable } from 'node:stream';
import type { Database } from '../../../src/db';
import { Readiness } from '../../../src/http/readiness';
import { createLogger } from '../../../src/observability/logger';
import { Metrics } from '../../../src/observability/metrics';
import { createServer, type ClaimgraphServer } from '../../../src/server';
import { testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';
import { listen, testConfig } from '../../support/server';

/** A log destination that keeps every JSON line, for asserting what was logged. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n'))
      if (line.trim()) this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
  /** Every line mentioning `requestId`. */
  forRequest(requestId: string): Record<string, unknown>[] {
    return this.lines.filter((l) => l.requestId === requestId);
  }
  get text(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n');
  }
}

export interface HardeningServer {
  server: ClaimgraphServer;
  url: string;
  logs: LogCapture;
  metrics: Metrics;
  readiness: Readiness;
  /** POSTs a JSON body (or a raw string) to /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** POSTs `{ query, variables }` and returns status, headers and parsed body. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  extensions: Record<string, unknown> & { code: string; requestId?: string };
  locations?: unknown;
  path?: unknown;
}

export interface GqlResponse {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: GqlError[] };
  text: string;
}

/** The real server over HTTP on a free port, logging at `debug` into a capture. `env` = env vars. */
export async function startHardeningServer(
  database: Database,
  env: Record<string, string> = {},
): Promise<HardeningServer> {
  const config = testConfig(env);
  const logs = new LogCapture();
  const metrics = new Metrics();
  metrics.observe(database);
  const readiness = new Readiness(database, config.readyTimeoutMs);
  readiness.schemaApplied = true;
  const server = await createServer({
    config,
    database,
    readiness,
    logger: createLogger('debug', logs),
    metrics,
  });
  const http = await listen(server);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    server,
    url: http.url,
    logs,
    metrics,
    readiness,
    post,
    async gql(query, variables, headers) {
      const response = await post({ query, ...(variables ? { variables } : {}) }, headers);
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: JSON.parse(text) as GqlResponse['body'],
        text,
      };
    },
    async close() {
      await http.close();
      await server.apollo.stop();
    },
  };
}

/** Neo4j vocabulary that must never reach a client. */
export const NEO4J_WORDS =
  /neo4j|cypher|Neo\.|ClientError|TransientError|bolt|MATCH|RETURN|at .*\.(js|ts):\d+/i;

/**
 * Registers beforeAll / afterAll hooks that reset the database to the seed and start the real
 * server over HTTP; `ready` receives both once they are up.
 */
export function useHardeningServer(ready: (started: { db: Database; api: HardeningServer }) => void): void {
  let db: Database | undefined;
  let api: HardeningServer | undefined;
  beforeAll(async () => {
    db = testDatabase();
    await resetToSeed(db);
    api = await startHardeningServer(db);
    ready({ db, api });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });
}
