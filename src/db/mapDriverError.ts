import {
  ClaimgraphError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  ServiceBusyError,
  TransactionTooLargeError,
} from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
/** Neo4j's transaction memory limits: transient by Neo4j's classification, but a retry fails the same way. */
/** Neo4j's memory for all transactions together is in use (`dbms.memory.transaction.total.max`). */
const MEMORY_POOL_FULL = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';
/** One transaction over its own limit (`dbms.memory.transaction.max`). */
const TRANSACTION_MEMORY_LIMIT = 'Neo.TransientError.General.TransactionMemoryLimit';
const MEMORY_LIMIT = new Set([MEMORY_POOL_FULL, TRANSACTION_MEMORY_LIMIT]);

/** Whether `error` is Neo4j refusing a transaction more memory (see TransactionTooLargeError). */
export function isMemoryLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && MEMORY_LIMIT.has(code);
}

/**
 * Driver errors that carry no Neo4j code ("N/A") but mean the database cannot be reached:
 * refused or dropped connections, a pool with no free connection in time, a closed driver.
 */
const UNREACHABLE_MESSAGE =
  /connection (was )?(refused|closed|terminated)|ECONNREFUSED|ECONNRESET|EPIPE|Failed to establish connection|Connection acquisition timed out|Pool is closed/i;

/**
 * Maps a driver error to a coded, client-safe error; the original stays on `cause` for the
 * logs. Transient errors (Neo.TransientError.*: the database stopping, terminated or
 * deadlocked transactions) reach here only after the driver's own retries ran out, so the
 * client is told to try again. Unknown errors are returned unchanged so that error masking
 * turns them into INTERNAL_SERVER_ERROR and the logs keep the original.
 */
export function mapDriverError(
  error: unknown,
  timeoutMs: number,
  what: 'write' | 'query' = 'write',
): unknown {
  if (error instanceof ClaimgraphError) return error;
  const { code, message } = fieldsOf(error);
  if (typeof code === 'string') {
    if (TIMED_OUT.has(code)) return new QueryTimeoutError(timeoutMs, error);
    // A read refused because other transactions hold the memory can succeed later; a write
    // (one bundle) that fills the pool on its own would fail the same way again.
    if (code === MEMORY_POOL_FULL && what === 'query')
      return new ServiceBusyError('Neo4j has no memory free for this query now; try again shortly', error);
    if (MEMORY_LIMIT.has(code)) return new TransactionTooLargeError(error, what);
    if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.'))
      return new DatabaseUnavailableError(error);
  }
  if (typeof message === 'string' && UNREACHABLE_MESSAGE.test(message))
    return new DatabaseUnavailableError(error);
  return error;
}

/** Neo4j codes the query itself causes (syntax, constraints, procedures): never Neo4j's state. */
const CAUSED_BY_QUERY = /^Neo\.ClientError\.(Statement|Schema|Procedure)\./;

/**
 * The answer for `error` (already mapped by `mapDriverError`) from a call made while Neo4j was
 * down or starting (a JVM just started or back after an outage runs cold, and its Bolt server
 * answers before every part of it is ready): a transaction timeout, or any other Neo4j or driver
 * error the query itself did not cause, is DATABASE_UNAVAILABLE: the client's query is not to
 * blame, and trying again shortly works. Errors of the query's own making are left as they are.
 */
export function mapDuringStartUp(error: unknown): unknown {
  if (error instanceof QueryTimeoutError) return new DatabaseUnavailableError(error.cause);
  if (error instanceof ClaimgraphError) return error;
  const { code } = fieldsOf(error);
  if (typeof code === 'string' && !CAUSED_BY_QUERY.test(code)) return new DatabaseUnavailableError(error);
  return error;
}

/** The `code` and `message` of whatever was thrown, if it has them. */
function fieldsOf(error: unknown): { code?: unknown; message?: unknown } {
  return typeof error === 'object' && error !== null ? error : {};
}
