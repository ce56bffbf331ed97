import { BadUserInputError } from '../errors';

/** A page request after validation: how many rows to skip and return. */
export interface PageWindow {
  skip: number;
  limit: number;
}

export interface Page<T> {
  rows: T[];
  /** Null when the selection did not ask for it (then it was not counted). */
  totalCount: number | null;
  skip: number;
  /** Known without counting when the query fetched one row more than the page. */
  hasNextPage?: boolean;
}

const PREFIX = 'cg:';
// Offsets are plain decimal integers well inside Neo4j's and JavaScript's integer range; a
// cursor such as `cg:1e308` or `cg:9007199254740993` is refused, not passed to SKIP.
const OFFSET = /^(0|[1-9]\d{0,8})$/;

/** Opaque Relay cursor for the row at `offset` in a sorted result. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/**
 * Validates `first` / `after` into a window. `first` arrives with its SDL default applied
 * (see `withSdlDefaults`), so there is no fallback here to disagree with the schema.
 */
export function pageWindow(
  first: unknown,
  after: string | null | undefined,
  maxPageSize: number,
): PageWindow {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new BadUserInputError(`"first" must be between 0 and ${maxPageSize}`, 'first');
  }
  return { skip: after == null ? 0 : decodeCursor(after, 'after') + 1, limit: first };
}

/** The offset a cursor of this API stands for; anything else is BAD_USER_INPUT naming `field`. */
export function decodeCursor(cursor: string, field: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const digits = decoded.startsWith(PREFIX) ? decoded.slice(PREFIX.length) : '';
  if (!OFFSET.test(digits) || encodeCursor(Number(digits)) !== cursor) {
    throw new BadUserInputError(`"${field}" is not a cursor from this API`, field);
  }
  return Number(digits);
}

/** Relay connection object for a page of rows. */
export function toConnection<T>(page: Page<T>) {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    edges,
    // Null only when the selection did not ask for totalCount, so nothing reads it.
    totalCount: page.totalCount as number,
    pageInfo: {
      hasNextPage:
        page.hasNextPage ?? (page.totalCount !== null && page.skip + page.rows.length < page.totalCount),
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
