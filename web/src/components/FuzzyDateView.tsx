import type { DatePrecision } from '../gql/graphql';

export interface FuzzyDate {
  date: string;
  precision: DatePrecision;
  knownBy: string;
  text?: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2024-10-14 -> "14 Oct 2024" (no locale: the same on every machine, and no time zone shift). */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** The date as its precision allows: a week as a week, a month as a month, never a false day. */
export function describeFuzzyDate(fd: FuzzyDate): string {
  const [y, m] = fd.date.split('-');
  switch (fd.precision) {
    case 'DAY':
      return formatDay(fd.date);
    case 'WEEK':
      return `week of ${formatDay(fd.date)} – ${formatDay(fd.knownBy)}`;
    case 'MONTH':
      return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
    case 'YEAR':
      return `${y}`;
    case 'ON_OR_BEFORE':
      return `on or before ${formatDay(fd.knownBy)}`;
    default:
      return `${formatDay(fd.date)} – ${formatDay(fd.knownBy)}`;
  }
}

/** A fuzzy date: its honest reading, the precision, and the source's own words. */
export function FuzzyDateView({ value }: { value: FuzzyDate }) {
  const days = daysBetween(value.date, value.knownBy) + 1;
  return (
    <span className={`fuzzy-date precision-${value.precision.toLowerCase()}`}>
      <time dateTime={value.date} title={`${value.precision}: ${value.date} … ${value.knownBy}`}>
        {describeFuzzyDate(value)}
      </time>
      {days > 1 && (
        <span className="date-span" aria-hidden="true" title={`${days} days`}>
          <span style={{ width: `${Math.min(100, days * 4)}px` }} />
        </span>
      )}
      {value.text && <span className="date-text"> (“{value.text}”)</span>}
    </span>
  );
}

/** Whole days from a to b (ISO dates, UTC). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
