import { BadUserInputError } from '../errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates an ISO calendar date (`2024-10-22`), naming the argument when it is not one. */
export function parseIsoDate(value: string, field: string): string {
  const m = ISO_DATE.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) {
    throw new BadUserInputError(`"${field}" must be a calendar date like 2024-10-22, got "${value}"`, field);
  }
  return value;
}

/** `parseIsoDate` for optional arguments. */
export function optionalDate(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : parseIsoDate(value, field);
}

/** An optional `from`..`to` window, each end validated and named; `from` after `to` is refused. */
export function optionalDateWindow(args: { from?: string | null; to?: string | null }): {
  from: string | null;
  to: string | null;
} {
  const from = optionalDate(args.from, 'from');
  const to = optionalDate(args.to, 'to');
  if (from !== null && to !== null && from > to)
    throw new BadUserInputError('"from" must not be after "to"', 'from');
  return { from, to };
}
