import { ClaimgraphError, DatabaseUnavailableError, QueryTimeoutError } from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * Maps a driver error to a coded, client-safe error. Unknown errors are returned unchanged so
 * that error masking turns them into INTERNAL_SERVER_ERROR and the logs keep the original.
 */
export function mapDriverError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof ClaimgraphError) return error;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    if (UNAVAILABLE.has(code)) return new DatabaseUnavailableError();
    if (TIMED_OUT.has(code)) return new QueryTimeoutError(timeoutMs);
  }
  const message = (error as { message?: unknown })?.message;
  if (typeof message === 'string' && /connection (was )?(refused|closed|terminated)|ECONNREFUSED/i.test(message)) {
    return new DatabaseUnavailableError();
  }
  return error;
}
