import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Every `extensions.code` this service emits, besides the GraphQL spec's own. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_BUNDLE: 'INVALID_BUNDLE',
  AMBIGUOUS_REFERENCE: 'AMBIGUOUS_REFERENCE',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** At capacity for now: every read slot (NEO4J_MAX_CONCURRENT_READS) stayed busy for the query's time limit, or Neo4j's transaction memory is all in use. */
  SERVICE_BUSY: 'SERVICE_BUSY',
  /** A write needs more memory than Neo4j allows its transactions (a bundle too large for the heap). */
  TRANSACTION_TOO_LARGE: 'TRANSACTION_TOO_LARGE',
  /** The selection could return more rows than the read path's row budget. */
  RESULT_TOO_LARGE: 'RESULT_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** graphql-js's code for a document that does not parse; also used by src/http/documentGuard.ts. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** HTTP-level refusals, answered before GraphQL runs (see src/http/jsonErrors.ts). */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** HTTP 431: request headers over Node's limit. */
  HEADERS_TOO_LARGE: 'HEADERS_TOO_LARGE',
  /** HTTP 408: headers or body did not arrive within REQUEST_TIMEOUT_MS / HEADERS_TIMEOUT_MS. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /**
   * `ingest --bulk` refusals (src/ingest/bulk/): a remote database, a store in use or not empty,
   * a corpus larger than Node's heap can plan.
   */
  BULK_REMOTE_DATABASE: 'BULK_REMOTE_DATABASE',
  BULK_STORE_IN_USE: 'BULK_STORE_IN_USE',
  BULK_STORE_NOT_EMPTY: 'BULK_STORE_NOT_EMPTY',
  BULK_HEAP_TOO_SMALL: 'BULK_HEAP_TOO_SMALL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base of all errors whose message is safe to show to clients. */
export class ClaimgraphError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }
}

export class BadUserInputError extends ClaimgraphError {
  constructor(message: string, field?: string) {
    super(message, ErrorCode.BAD_USER_INPUT, field ? { field } : {});
  }
}

/** A selection whose nested `first`s multiply past the row budget; refused before it runs. */
export class ResultTooLargeError extends ClaimgraphError {
  constructor(rows: number, budget: number) {
    super(
      `The selection could return ${rows} items, more than the budget of ${budget}; lower the nested \`first\` arguments`,
      ErrorCode.RESULT_TOO_LARGE,
      { rows, budget },
    );
  }
}

export class NotFoundError extends ClaimgraphError {
  constructor(kind: string, id: string) {
    super(`${kind} "${id}" does not exist`, ErrorCode.NOT_FOUND, { kind, id });
  }
}

export class UnauthenticatedError extends ClaimgraphError {
  constructor(message = 'A valid bearer token is required (Authorization: Bearer <token>)') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

/** Why `ingest --bulk` will not import: the database is remote, in use, or not empty, or the heap too small. */
export class BulkImportRefusedError extends ClaimgraphError {
  constructor(
    code:
      | typeof ErrorCode.BULK_REMOTE_DATABASE
      | typeof ErrorCode.BULK_STORE_IN_USE
      | typeof ErrorCode.BULK_STORE_NOT_EMPTY
      | typeof ErrorCode.BULK_HEAP_TOO_SMALL,
    message: string,
  ) {
    super(message, code);
  }
}

/** One problem in an ingestion bundle, located by JSON path (`$.stances[3].actor`). */
export interface BundleProblem {
  path: string;
  message: string;
}

export class InvalidBundleError extends ClaimgraphError {
  readonly problems: BundleProblem[];
  constructor(problems: BundleProblem[]) {
    const head = problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.message}`)
      .join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    super(`Invalid bundle: ${head}${more}`, ErrorCode.INVALID_BUNDLE, { problems });
    this.problems = problems;
  }
}

/** `cause` (the driver's error) is kept for the logs; it never reaches a client. */
export class DatabaseUnavailableError extends ClaimgraphError {
  constructor(override readonly cause?: unknown) {
    super('The database is unavailable; try again shortly', ErrorCode.DATABASE_UNAVAILABLE);
  }
}

/**
 * Neo4j refused the transaction's memory (`dbms.memory.transaction.total.max`, by default 70 %
 * of its heap). Trying again would fail the same way, so it is not DATABASE_UNAVAILABLE.
 */
export class TransactionTooLargeError extends ClaimgraphError {
  constructor(
    override readonly cause?: unknown,
    what: 'write' | 'query' = 'write',
  ) {
    super(
      what === 'write'
        ? 'The write needs more memory than Neo4j allows one transaction; split the bundle, or give Neo4j a larger heap (EMBEDDED_NEO4J_HEAP, or dbms.memory.transaction.total.max)'
        : 'The query needs more memory than Neo4j allows one transaction; narrow it down',
      ErrorCode.TRANSACTION_TOO_LARGE,
    );
  }
}

export class QueryTimeoutError extends ClaimgraphError {
  constructor(
    timeoutMs: number,
    override readonly cause?: unknown,
  ) {
    super(`The query took longer than its ${timeoutMs} ms limit; narrow it down`, ErrorCode.QUERY_TIMEOUT, {
      timeoutMs,
    });
  }
}

/**
 * The service or Neo4j is at capacity for now: every read slot stayed busy for the query's whole
 * time limit, or Neo4j's memory for all transactions together is in use. Trying again later helps.
 */
export class ServiceBusyError extends ClaimgraphError {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message, ErrorCode.SERVICE_BUSY);
  }

  static queuedTooLong(limit: number, timeoutMs: number): ServiceBusyError {
    return new ServiceBusyError(
      `The service is answering ${limit} queries at once and none finished within ${timeoutMs} ms; try again shortly`,
    );
  }
}

/** Codes raised by graphql-js, Apollo Server and graphql-armor whose messages are safe to show. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
]);

/**
 * Client-facing shape of an error. Known errors keep their message and code; anything else
 * (a Neo4j message, a bug) becomes INTERNAL_SERVER_ERROR carrying only the request id, so
 * operators can find the full error in the logs. Stack traces never leave the process.
 * With `hideSuggestions` (production), "Did you mean ...?" hints that would reveal schema
 * names are cut from every message, including variable-coercion errors that graphql-js's
 * own `hideSuggestions` validation option does not reach.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  requestId: string,
  options: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  if (isPublicError(original, formatted.extensions?.code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const message = options.hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message;
    return { ...formatted, message, extensions: { ...extensions, requestId } };
  }
  return {
    message: `Internal server error (request id ${requestId})`,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}

/**
 * The code a client sees for `error`: its own when it is one of ours or a public library code,
 * INTERNAL_SERVER_ERROR otherwise (what `maskError` will turn it into). Used for metrics and logs.
 */
export function clientCode(error: unknown): string {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return isPublicError(error, code) ? String(code) : ErrorCode.INTERNAL_SERVER_ERROR;
}

function isPublicError(error: unknown, code: unknown): boolean {
  const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return cause instanceof ClaimgraphError || (typeof code === 'string' && PUBLIC_CODES.has(code));
}

/** Removes graphql-js "Did you mean ...?" hints (one or several) from a message. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '').trim();
}

/** One reference in a bundle that matches several actors. */
export interface AmbiguousReference {
  /** JSON path of the reference, e.g. `$.stances[3].actor`. */
  path: string;
  reference: string;
  /** Ids of every actor the reference matches; refer to one of them by id instead. */
  candidates: string[];
}

/** A name or alias in a bundle that matches several actors; names the candidate ids. */
export class AmbiguousReferenceError extends ClaimgraphError {
  readonly references: AmbiguousReference[];
  constructor(references: AmbiguousReference[]) {
    const head = references
      .slice(0, 5)
      .map((r) => `${r.path}: "${r.reference}" matches ${r.candidates.join(', ')}`)
      .join('; ');
    const more = references.length > 5 ? ` (and ${references.length - 5} more)` : '';
    super(`Ambiguous reference: ${head}${more}; refer to one of them by id`, ErrorCode.AMBIGUOUS_REFERENCE, {
      references,
    });
    this.references = references;
  }
}
