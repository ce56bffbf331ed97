import { membersOf } from './membersOf';

/**
 * How precisely a date is known. Every stored date is a span: `date` is its first possible day
 * and `knownBy` the last day by which it had certainly happened (docs/graph-model.md), except
 * ON_OR_BEFORE, where both are the latest possible day.
 */
export const DATE_PRECISION_DEFINITIONS = {
  DAY: 'The day itself.',
  WEEK: 'Some day of the ISO week (Monday to Sunday) starting on `date`.',
  MONTH: 'Some day of the calendar month starting on `date`.',
  YEAR: 'Some day of the calendar year starting on `date`.',
  RANGE:
    'Some day from `date` to `knownBy` inclusive, a span that is not a calendar week, month or year ("mid-October" is the 11th to the 20th; "earlier this month" runs from the 1st to the article\'s day).',
  ON_OR_BEFORE: 'Some day on or before `date` (and `knownBy`, the same day); "by 1 November".',
} as const;
export type DatePrecision = keyof typeof DATE_PRECISION_DEFINITIONS;
export const DATE_PRECISIONS = membersOf(DATE_PRECISION_DEFINITIONS);
