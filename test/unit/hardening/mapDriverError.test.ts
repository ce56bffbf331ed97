import { mapDriverError, mapDuringStartUp } from '../../../src/db/mapDriverError';
import { ClaimgraphError, DatabaseUnavailableError, QueryTimeoutError } from '../../../src/errors';

// Errors shaped as neo4j-driver 6 raises them: a message and a `code` (`N/A` when the driver
// itself failed without a server code).
const driverError = (code: string, message = 'driver text') => Object.assign(new Error(message), { code });

test.each([
  ['ServiceUnavailable', 'Could not perform discovery. No routing servers available.'],
  ['SessionExpired', 'No longer possible to write to server at localhost:7687'],
  ['Neo.TransientError.General.DatabaseUnavailable', 'Database neo4j is unavailable.'],
  ['Neo.TransientError.Transaction.Terminated', 'The transaction has been terminated.'],
  ['Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient[1] can not acquire ExclusiveLock'],
  ['N/A', 'connect ECONNREFUSED 127.0.0.1:7687'],
  [
    'N/A',
    'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.',
  ],
  ['N/A', 'Failed to establish connection in 5000ms'],
  ['N/A', 'Pool is closed, it is no more able to serve requests.'],
  ['N/A', 'read ECONNRESET'],
])('%s (%s) -> DATABASE_UNAVAILABLE, cause kept', (code, message) => {
  const original = driverError(code, message);
  const mapped = mapDriverError(original, 5000);
  expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
  expect((mapped as DatabaseUnavailableError).cause).toBe(original);
});

test.each([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
])('%s -> QUERY_TIMEOUT with the configured limit', (code) => {
  const mapped = mapDriverError(driverError(code), 1234);
  expect(mapped).toBeInstanceOf(QueryTimeoutError);
  expect((mapped as QueryTimeoutError).extensions).toEqual({ code: 'QUERY_TIMEOUT', timeoutMs: 1234 });
});

test.each([
  'Neo.ClientError.Statement.SyntaxError',
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.DatabaseError.General.UnknownError',
])('%s is returned unchanged (masked later as INTERNAL_SERVER_ERROR)', (code) => {
  const original = driverError(code);
  expect(mapDriverError(original, 5000)).toBe(original);
});

test('errors that are already coded pass through', () => {
  const coded = new DatabaseUnavailableError();
  expect(mapDriverError(coded, 5000)).toBe(coded);
});

// Issue 13: while Neo4j was starting (after a kill -9 and the supervisor's restart), a cold JVM
// timed transactions out (QUERY_TIMEOUT, "narrow it down") and Neo4j's own start-up trouble
// reached clients as INTERNAL_SERVER_ERROR.
describe('mapDuringStartUp: a call made while Neo4j was down or starting', () => {
  test.each([
    // A transaction timeout (a cold JVM), then Neo4j's own start-up trouble.
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.DatabaseError.General.UnknownError',
    'Neo.DatabaseError.Transaction.TransactionStartFailed',
    'Neo.ClientError.Database.DatabaseNotFound',
    'Neo.ClientError.Security.Unauthorized',
    'ProtocolError',
  ])('%s is DATABASE_UNAVAILABLE, with the driver error kept as cause', (code) => {
    const original = driverError(code);
    const mapped = mapDuringStartUp(mapDriverError(original, 5000));
    expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
    expect((mapped as DatabaseUnavailableError).cause).toBe(original);
  });

  test.each([
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Schema.ConstraintValidationFailed',
    'Neo.ClientError.Procedure.ProcedureNotFound',
  ])("%s is the query's own doing and stays as it is", (code) => {
    const original = driverError(code);
    expect(mapDuringStartUp(mapDriverError(original, 5000))).toBe(original);
  });

  test("an error that is not Neo4j's (no code) stays as it is, and coded errors pass through", () => {
    const bug = new TypeError('x is undefined');
    expect(mapDuringStartUp(bug)).toBe(bug);
    const coded = new DatabaseUnavailableError();
    expect(mapDuringStartUp(coded)).toBe(coded);
  });
});

test.each([
  // [Neo4j code, what ran, code and message start the client gets]
  [
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'query',
    'SERVICE_BUSY',
    'Neo4j has no memory free',
  ],
  [
    'Neo.TransientError.General.TransactionMemoryLimit',
    'query',
    'TRANSACTION_TOO_LARGE',
    'The query needs more',
  ],
  [
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'write',
    'TRANSACTION_TOO_LARGE',
    'The write needs more',
  ],
  [
    'Neo.TransientError.General.TransactionMemoryLimit',
    'write',
    'TRANSACTION_TOO_LARGE',
    'The write needs more',
  ],
] as const)('%s in a %s -> %s, cause kept', (code, what, expected, start) => {
  const original = driverError(code, 'The allocation of an extra 2.0 MiB would use more than the limit');
  const mapped = mapDriverError(original, 5000, what) as ClaimgraphError;
  expect({
    code: mapped.extensions.code,
    start: mapped.message.startsWith(start),
    cause: mapped.cause,
  }).toEqual({
    code: expected,
    start: true,
    cause: original,
  });
});
