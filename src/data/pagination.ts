import { BadUserInputError } from '../errors';

/** A page request after validation: how many rows to skip and return. */
export interface PageWindow {
  skip: number;
  limit: number;
}

export interface Page<T> {
  rows: T[];
  totalCount: number;
  skip: number;
}

const PREFIX = 'cg:';

/** Opaque Relay cursor for the row at `offset` in a sorted result. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** Validates `first` / `after` (page size capped at `maxPageSize`) into a window. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): PageWindow {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw new BadUserInputError(`"first" must be between 0 and ${maxPageSize}`, 'first');
  }
  let skip = 0;
  if (after) {
    const decoded = Buffer.from(after, 'base64url').toString('utf8');
    const offset = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : NaN;
    if (!Number.isInteger(offset) || offset < 0) throw new BadUserInputError('"after" is not a cursor from this API', 'after');
    skip = offset + 1;
  }
  return { skip, limit };
}

/**
 * Builds one query that returns the total count and one page of a filtered, sorted match.
 * `match` must bind `projectionVars`; `orderBy` comes from an enum map, never from input.
 */
export function pagedQuery(match: string, orderBy: string, projection: string, carry: string): string {
  return `CALL () { ${match} RETURN count(*) AS totalCount }
CALL () { ${match} WITH ${carry} ORDER BY ${orderBy} SKIP $skip LIMIT $limit RETURN collect(${projection}) AS rows }
RETURN totalCount, rows`;
}

/** Relay connection object for a page of rows. */
export function toConnection<T>(page: Page<T>) {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.skip + page.rows.length < page.totalCount,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
