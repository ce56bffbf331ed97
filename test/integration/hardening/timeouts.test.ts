import type { Database, Params } from '../../../src/db';
import { QueryTimeoutError } from '../../../src/errors';
import { testDatabase } from '../../support/database';
import { startHardeningServer } from './harness';
import { closeOpened } from '../../support/closeOpened';

// Every Cypher call runs in a transaction with a timeout (QUERY_TIMEOUT_MS); Neo4j terminates
// a transaction that outlives it, and the caller gets QUERY_TIMEOUT, not a hung request.

/** Busy work with no result: Neo4j counts to 100 million unless stopped. */
const BUSY = 'UNWIND range(1, 100000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n';

let db: Database;
let fast: Database;

beforeAll(() => {
  db = testDatabase();
  fast = testDatabase({ queryTimeoutMs: 500 });
});

afterAll(async () => {
  await closeOpened(fast, db);
});

async function timed<T>(work: () => Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await work();
    return { error: undefined, ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

test.each([
  ['read', (d: Database) => d.read(BUSY)],
  ['write', (d: Database) => d.write(BUSY)],
  ['writeTransaction', (d: Database) => d.writeTransaction((tx) => tx.run(BUSY))],
])('a slow %s is stopped at the 500 ms timeout with QUERY_TIMEOUT, not retried', async (_name, run) => {
  const { error, ms } = await timed(() => run(fast));
  expect(error).toBeInstanceOf(QueryTimeoutError);
  expect((error as QueryTimeoutError).extensions).toEqual({ code: 'QUERY_TIMEOUT', timeoutMs: 500 });
  expect((error as QueryTimeoutError).message).toBe(
    'The query took longer than its 500 ms limit; narrow it down',
  );
  // Neo4j's transaction monitor checks timeouts every 2 s (db.transaction.monitor.check.interval),
  // so termination comes between the timeout and about 2 s after it.
  expect(ms).toBeGreaterThanOrEqual(450);
  expect(ms).toBeLessThan(5000);
});

test('writeTransaction takes its own, longer timeout (ingestion) but still stops', async () => {
  const { error, ms } = await timed(() => fast.writeTransaction((tx) => tx.run(BUSY), { timeoutMs: 1200 }));
  expect(error).toBeInstanceOf(QueryTimeoutError);
  // The message states the timeout that applied, not the default (issue 13).
  expect((error as QueryTimeoutError).message).toBe(
    'The query took longer than its 1200 ms limit; narrow it down',
  );
  expect(ms).toBeGreaterThanOrEqual(1100);
  expect(ms).toBeLessThan(6000);
});

test('the timed-out transaction is gone from Neo4j afterwards', async () => {
  await timed(() => fast.read(BUSY));
  await new Promise((r) => setTimeout(r, 200));
  const running = await db.read(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $needle RETURN count(*) AS n',
    { needle: BUSY },
  );
  expect(running).toEqual([{ n: 0 }]);
});

test('through GraphQL, a slow query answers QUERY_TIMEOUT with its message, not an internal error', async () => {
  // The resolver's own query is swapped for the busy one, run by the real database.
  const slow = new Proxy(fast, {
    get(target, property, receiver) {
      if (property === 'read') return (_query: string, params?: Params) => target.read(BUSY, params);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(receiver) : value;
    },
  });
  const api = await startHardeningServer(slow);
  try {
    const response = await api.gql('{ actors { totalCount } }');
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'The query took longer than its 500 ms limit; narrow it down',
          locations: [{ line: 1, column: 3 }],
          path: ['actors'],
          extensions: {
            code: 'QUERY_TIMEOUT',
            timeoutMs: 500,
            requestId: response.headers.get('x-request-id'),
          },
        },
      ],
    });
    const warn = api.logs
      .forRequest(response.headers.get('x-request-id') as string)
      .find((l) => l.msg === 'graphql error');
    expect(warn).toMatchObject({
      level: 40,
      code: 'QUERY_TIMEOUT',
      err: { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' },
    });
  } finally {
    await api.close();
  }
});
