import { Database, type Params } from '../../../src/db';
import { freePort } from '../../../src/embedded/freePort';
import { DatabaseUnavailableError } from '../../../src/errors';
import { testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';
import { NEO4J_WORDS, startHardeningServer, type HardeningServer } from './harness';
import { closeOpened } from '../../support/closeOpened';

// Internal and Neo4j errors reach clients as a generic, coded message with the request id;
// the full error (Neo4j's own words, the stack) goes to the log line with the same id.

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
});

afterAll(async () => {
  await closeOpened(db);
});

/**
 * The real database, except that every query it is asked to run gets a syntax error appended:
 * Neo4j itself then fails the query, with a message that quotes the Cypher.
 */
function sabotaged(database: Database): Database {
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property === 'read' || property === 'write') {
        return (query: string, params?: Params) => target[property](`${query} THIS IS NOT CYPHER`, params);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(receiver) : value;
    },
  });
}

const QUERY = 'query Actors { actors(first: 5) { totalCount edges { node { name } } } }';

describe.each([
  ['development', {}],
  ['production', { NODE_ENV: 'production' }],
])('a Neo4j error in %s mode', (_mode, env) => {
  let api: HardeningServer;

  beforeAll(async () => {
    api = await startHardeningServer(sabotaged(db), env);
  });

  afterAll(async () => {
    await closeOpened(api);
  });

  test('answers INTERNAL_SERVER_ERROR with the request id and no Neo4j text or stack', async () => {
    const response = await api.gql(QUERY, undefined, { 'x-request-id': `mask-${_mode}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(`mask-${_mode}`);
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: `Internal server error (request id mask-${_mode})`,
          locations: [{ line: 1, column: 16 }],
          path: ['actors'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: `mask-${_mode}` },
        },
      ],
    });
    expect(response.text).not.toMatch(NEO4J_WORDS);
    expect(response.text).not.toMatch(/stack|THIS IS NOT/i);
  });

  test('logs the original Neo4j error under the same request id', async () => {
    await api.gql(QUERY, undefined, { 'x-request-id': `log-${_mode}` });
    const lines = api.logs.forRequest(`log-${_mode}`);
    const error = lines.find((l) => l.msg === 'graphql internal error');
    expect(error).toMatchObject({ level: 50, operation: 'Actors', code: 'INTERNAL_SERVER_ERROR' });
    expect((error?.err as { message: string; code: string; stack: string }).code).toBe(
      'Neo.ClientError.Statement.SyntaxError',
    );
    expect((error?.err as { message: string }).message).toMatch(/THIS IS NOT CYPHER/);
    expect(lines.find((l) => l.msg === 'graphql request')).toMatchObject({
      level: 30,
      operation: 'Actors',
      errors: ['INTERNAL_SERVER_ERROR'],
    });
  });

  test('counts the error by its client code', async () => {
    await api.gql(QUERY);
    const metrics = await api.metrics.registry.getSingleMetricAsString('claimgraph_graphql_errors_total');
    expect(metrics).toMatch(/claimgraph_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} [1-9]/);
  });
});

describe('a database nobody listens on', () => {
  let down: Database;
  let api: HardeningServer;

  beforeAll(async () => {
    const port = await freePort();
    down = Database.connect(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x', database: 'neo4j' },
      // NEO4J_MAX_RETRY_MS=1000: how long the driver retries a write before giving up.
      { queryTimeoutMs: 5000, maxRetryTimeMs: 1000 },
    );
    api = await startHardeningServer(down, { READY_TIMEOUT_MS: '1000' });
  });

  afterAll(async () => {
    await closeOpened(api, down);
  });

  test('answers DATABASE_UNAVAILABLE fast, with no driver text', async () => {
    const started = Date.now();
    const response = await api.gql(QUERY);
    const elapsed = Date.now() - started;
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'The database is unavailable; try again shortly',
          locations: [{ line: 1, column: 16 }],
          path: ['actors'],
          extensions: { code: 'DATABASE_UNAVAILABLE', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
    expect(response.text).not.toMatch(NEO4J_WORDS);
    expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    // A read is tried three times (100 ms, then 200 ms apart), a write for NEO4J_MAX_RETRY_MS;
    // never the minutes a hung connection would take (the test's own timeout bounds it; the
    // time is printed, not asserted).
    process.stdout.write(`read: DATABASE_UNAVAILABLE after ${elapsed} ms\n`);
    const warn = api.logs
      .forRequest(response.headers.get('x-request-id') as string)
      .find((l) => l.msg === 'graphql error');
    expect(warn).toMatchObject({
      level: 40,
      code: 'DATABASE_UNAVAILABLE',
      err: { code: 'ServiceUnavailable' },
    });
  });

  test('a write fails with DATABASE_UNAVAILABLE once the driver retry window (1 s here) is spent', async () => {
    const started = Date.now();
    const error = await down.write('CREATE (:Never)').catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    process.stdout.write(`write: DATABASE_UNAVAILABLE after ${elapsed} ms\n`);
  }, 20_000);

  test('/ready answers 503 with neo4j down', async () => {
    const response = await fetch(`${api.url}/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ready: false, neo4j: 'down', schemaApplied: true });
  });
});
