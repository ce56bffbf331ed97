import type { Config } from '../../config';
import { BadUserInputError } from '../../errors';

/** The configured caps every research traversal is validated against. */
export type ResearchLimits = Pick<Config, 'maxTraversalHops' | 'maxSubgraphNodes' | 'maxPageSize'>;

/**
 * Validates an integer argument against [min, max], naming the argument when it is out of
 * range, so that no input makes a traversal unbounded.
 */
export function boundedInt(
  value: number | null | undefined,
  fallback: number,
  field: string,
  min: number,
  max: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new BadUserInputError(
      `"${field}" must be an integer between ${min} and ${max}, got ${String(value)}`,
      field,
    );
  }
  return n;
}

/** The `first` of a research list: `fallback` when omitted, at most the configured page size. */
export function boundedFirst(
  first: number | null | undefined,
  fallback: number,
  limits: ResearchLimits,
): number {
  return boundedInt(first, fallback, 'first', 0, limits.maxPageSize);
}
