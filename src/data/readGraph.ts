import type { GraphQLResolveInfo } from 'graphql';
import type { Config } from '../config';
import type { Db } from '../db';
import { ResultTooLargeError } from '../errors';
import type { CompiledRow } from './compile/compiledRow';
import type { CompiledQuery } from './compile/cypherWriter';
import { plansAt, planSelection, withSdlDefaults, type FieldPlan } from './compile/planSelection';
import { nestedFirst, type Bounds } from './compile/projectNode';
import { rowBound } from './compile/rowBound';
import type { Page, PageWindow } from './pagination';

/** The compiler's bounds for this service's configuration. */
export const boundsOf = (config: Pick<Config, 'maxPageSize' | 'maxResultItems'>): Bounds => ({
  maxFirst: config.maxPageSize,
  rowBudget: config.maxResultItems,
});

/** The selection of the field being resolved, refused when it could exceed the row budget. */
export function boundedSelection(
  info: GraphQLResolveInfo,
  bounds: Bounds,
  items = 1,
  under: readonly string[] = [],
): FieldPlan[] {
  const fields = planSelection(info);
  const node = plansAt(fields, under);
  const rows = items * (1 + rowBound(node));
  if (rows > bounds.rowBudget) throw new ResultTooLargeError(rows, bounds.rowBudget);
  return fields;
}

/**
 * The first `first` of `items`, for a nested list a research row holds (`first` as the field
 * being resolved has it, the SDL default for null, validated as every nested list's is).
 */
export function firstItems<T>(
  items: readonly T[],
  args: { first?: number | null },
  info: GraphQLResolveInfo,
  bounds: Bounds,
): T[] {
  const { first } = withSdlDefaults(info, args);
  return items.slice(0, nestedFirst(first, info.parentType.name, info.fieldName, bounds.maxFirst));
}

/** Runs a compiled lookup: the `value` column of its one row, or null. */
export async function readOne(db: Db, query: CompiledQuery): Promise<CompiledRow | null> {
  const [row] = await db.read(query.text, query.params);
  return (row?.value as CompiledRow | undefined) ?? null;
}

/** Runs a compiled list (see `compilePage` in compileRoot.ts): one page, one row more when uncounted. */
export async function readPage(db: Db, query: CompiledQuery, window: PageWindow): Promise<Page<CompiledRow>> {
  const [row] = await db.read(query.text, query.params);
  const rows = (row?.rows as CompiledRow[] | undefined) ?? [];
  const totalCount = row?.totalCount == null ? null : Number(row.totalCount);
  return {
    rows: rows.slice(0, window.limit),
    totalCount,
    skip: window.skip,
    hasNextPage:
      totalCount === null
        ? rows.length > window.limit
        : window.skip + Math.min(rows.length, window.limit) < totalCount,
  };
}

/** Runs a compiled batch by id (`compileByIds`): the objects found, by id. */
export async function readByIds(db: Db, query: CompiledQuery): Promise<Map<string, CompiledRow>> {
  const rows = await db.read(query.text, query.params);
  return new Map(rows.map((r) => [String(r.id), r.value as CompiledRow]));
}
