import type { DateRef, Precision } from './bundleTypes';

/** A date as stored on stances, statements and events (docs/graph-model.md). */
export interface ResolvedDate {
  /** The day; the first day of the week/month/year; for ON_OR_BEFORE the latest possible day. */
  date: string;
  precision: Precision;
  /** The last day by which it had certainly happened. */
  knownBy: string;
  /** The bundle's original wording, when it gave one. */
  text: string | null;
}

/** What resolving a date ref yields: a date, or a problem located at the ref's `date` or `text`. */
export type DateResolution =
  { ok: true; value: ResolvedDate } | { ok: false; field: 'date' | 'text' | 'precision'; message: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `value` is `YYYY-MM-DD` and names a real calendar day (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The last day by which something dated `date` with `precision` had certainly happened. */
export function knownByOf(date: string, precision: Precision): string {
  const [y, m] = parts(date);
  switch (precision) {
    case 'DAY':
    case 'ON_OR_BEFORE':
      return date;
    case 'WEEK':
      return addDays(date, 6);
    case 'MONTH':
      return iso(y, m, daysInMonth(y, m));
    case 'YEAR':
      return iso(y, 12, 31);
  }
}

/**
 * Resolves a bundle date ref against the article's publication day. An explicit `date` wins
 * over `text` (which is then kept only as wording); otherwise `text` is read as a phrase
 * ("last week", "On Monday", "by 1 November"). An explicit `precision` overrides the phrase's.
 * (A stance with no date at all takes `onOrBeforeArticle`.)
 */
export function resolveDateRef(ref: DateRef, articleDate: string): DateResolution {
  const text = typeof ref.text === 'string' ? ref.text : null;
  let date: string;
  let precision: Precision;
  if (typeof ref.date === 'string') {
    if (!isCalendarDate(ref.date))
      return { ok: false, field: 'date', message: `${ref.date} is not a calendar date` };
    date = ref.date;
    precision = ref.precision ?? 'DAY';
  } else if (text !== null) {
    const phrase = resolveDatePhrase(text, articleDate);
    if (!phrase) return { ok: false, field: 'text', message: `cannot resolve the date phrase "${text}"` };
    date = phrase.date;
    precision = phrase.precision;
    if (ref.precision && ref.precision !== precision) {
      date = ref.precision === 'ON_OR_BEFORE' ? knownByOf(date, precision) : date;
      precision = ref.precision;
    }
  } else {
    return { ok: false, field: 'date', message: 'a date needs `date` or `text`' };
  }
  date = startOfPeriod(date, precision);
  return { ok: true, value: { date, precision, knownBy: knownByOf(date, precision), text } };
}

/** A stance with no date was taken on or before the day the article reporting it appeared. */
export function onOrBeforeArticle(articleDate: string): ResolvedDate {
  return { date: articleDate, precision: 'ON_OR_BEFORE', knownBy: articleDate, text: null };
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
// 0 = Monday, as in ISO weeks.
const WEEKDAYS: Record<string, number> = {
  monday: 0,
  mon: 0,
  tuesday: 1,
  tue: 1,
  tues: 1,
  wednesday: 2,
  wed: 2,
  thursday: 3,
  thu: 3,
  thur: 3,
  thurs: 3,
  friday: 4,
  fri: 4,
  saturday: 5,
  sat: 5,
  sunday: 6,
  sun: 6,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const UNDATED = new Set([
  'earlier',
  'recently',
  'previously',
  'lately',
  'in recent days',
  'in recent weeks',
  'before',
]);

/**
 * Reads a relative or partial date phrase against the article's day; undefined when unknown.
 * Weekdays: "on Monday" / "Monday" is the most recent such day before the article's day, or
 * the article's day itself when it is that weekday (news usage: "said on Tuesday" in a
 * Tuesday report); "last Monday" is always strictly before. Day and month without a year take
 * the year that puts them nearest the article's day. "by X" is ON_OR_BEFORE the last day X
 * can mean; "earlier" and "recently" are ON_OR_BEFORE the article's day.
 */
export function resolveDatePhrase(
  text: string,
  articleDate: string,
): { date: string; precision: Precision } | undefined {
  const phrase = text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.,;:!]+$/, '')
    .replace(/(\b[a-z]{3,4})\.(?= )/g, '$1') // "Oct. 8"
    .trim();

  const bounded = /^(by|on or before|no later than|not later than|until|before) (.+)$/.exec(phrase);
  if (bounded) {
    const inner = resolveDatePhrase(bounded[2] as string, articleDate);
    if (!inner) return undefined;
    const latest = knownByOf(inner.date, inner.precision);
    return { date: bounded[1] === 'before' ? addDays(inner.date, -1) : latest, precision: 'ON_OR_BEFORE' };
  }
  const p = phrase.replace(/^(on|in|during) (the )?/, '');
  if (UNDATED.has(p)) return { date: articleDate, precision: 'ON_OR_BEFORE' };

  const [y, m] = parts(articleDate);
  switch (p) {
    case 'today':
    case 'this morning':
    case 'this afternoon':
    case 'this evening':
    case 'tonight':
    case 'earlier today':
      return { date: articleDate, precision: 'DAY' };
    case 'yesterday':
    case 'last night':
      return { date: addDays(articleDate, -1), precision: 'DAY' };
    case 'this week':
    case 'earlier this week':
      return { date: mondayOf(articleDate), precision: 'WEEK' };
    case 'last week':
    case 'past week':
    case 'previous week':
      return { date: addDays(mondayOf(articleDate), -7), precision: 'WEEK' };
    case 'this month':
    case 'earlier this month':
      return { date: iso(y, m, 1), precision: 'MONTH' };
    case 'last month':
    case 'previous month':
      return { date: m === 1 ? iso(y - 1, 12, 1) : iso(y, m - 1, 1), precision: 'MONTH' };
    case 'this year':
    case 'earlier this year':
      return { date: iso(y, 1, 1), precision: 'YEAR' };
    case 'last year':
    case 'previous year':
      return { date: iso(y - 1, 1, 1), precision: 'YEAR' };
  }

  let match = /^(last )?([a-z]+)$/.exec(p);
  if (match && WEEKDAYS[match[2] as string] !== undefined) {
    const target = WEEKDAYS[match[2] as string] as number;
    let back = (weekday(articleDate) - target + 7) % 7;
    if (back === 0 && match[1]) back = 7;
    return { date: addDays(articleDate, -back), precision: 'DAY' };
  }
  if ((match = /^(\d{1,3}) days ago$/.exec(p)))
    return { date: addDays(articleDate, -Number(match[1])), precision: 'DAY' };
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p)))
    return isCalendarDate(p) ? { date: p, precision: 'DAY' } : undefined;

  // "8 October", "8 October 2024", "October 8", "October 8, 2024"
  const dayMonth = new RegExp(`^${DAY} (?:of )?${MONTH},? ?${YEAR}?$`).exec(p);
  const monthDay = new RegExp(`^${MONTH} ${DAY},? ?${YEAR}?$`).exec(p);
  if (dayMonth || monthDay) {
    const day = Number(dayMonth ? dayMonth[1] : monthDay?.[2]);
    const month = MONTHS[(dayMonth ? dayMonth[2] : monthDay?.[1]) as string] as number;
    const yearText = dayMonth ? dayMonth[3] : monthDay?.[3];
    if (yearText) {
      const date = iso(Number(yearText), month, day);
      return isCalendarDate(date) ? { date, precision: 'DAY' } : undefined;
    }
    const date = nearest(
      articleDate,
      (year) => iso(year, month, day),
      (d) => d,
    );
    return date && isCalendarDate(date) ? { date, precision: 'DAY' } : undefined;
  }
  // "October 2024", "October"
  if ((match = new RegExp(`^${MONTH}(?: of)?,? ?${YEAR}?$`).exec(p))) {
    const month = MONTHS[match[1] as string] as number;
    const date = match[2]
      ? iso(Number(match[2]), month, 1)
      : nearest(
          articleDate,
          (year) => iso(year, month, 1),
          (d) => knownByOf(d, 'MONTH'),
        );
    return date ? { date, precision: 'MONTH' } : undefined;
  }
  if ((match = /^(\d{4})$/.exec(p))) return { date: iso(Number(match[1]), 1, 1), precision: 'YEAR' };
  return undefined;
}

/** Of the candidates in the article's year and the years either side, the one nearest its day. */
function nearest(
  articleDate: string,
  candidate: (year: number) => string,
  end: (start: string) => string,
): string | undefined {
  const [y] = parts(articleDate);
  const article = toDays(articleDate);
  let best: { date: string; distance: number } | undefined;
  for (const year of [y - 1, y, y + 1]) {
    const start = candidate(year);
    const [, cm, cd] = parts(start);
    if (cd > daysInMonth(year, cm)) continue;
    const from = toDays(start);
    const to = toDays(end(start));
    const distance = article < from ? from - article : article > to ? article - to : 0;
    if (!best || distance < best.distance) best = { date: start, distance };
  }
  return best?.date;
}

function startOfPeriod(date: string, precision: Precision): string {
  const [y, m] = parts(date);
  switch (precision) {
    case 'WEEK':
      return mondayOf(date);
    case 'MONTH':
      return iso(y, m, 1);
    case 'YEAR':
      return iso(y, 1, 1);
    default:
      return date;
  }
}

function parts(date: string): [number, number, number] {
  const m = ISO_DAY.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function utc(y: number, m: number, d: number): Date {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

function daysInMonth(y: number, m: number): number {
  return utc(y, m + 1, 0).getUTCDate();
}

function toDays(date: string): number {
  const [y, m, d] = parts(date);
  return utc(y, m, d).getTime() / DAY_MS;
}

function addDays(date: string, days: number): string {
  const t = new Date((toDays(date) + days) * DAY_MS);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Monday … 6 = Sunday. */
function weekday(date: string): number {
  return (new Date(toDays(date) * DAY_MS).getUTCDay() + 6) % 7;
}

function mondayOf(date: string): string {
  return addDays(date, -weekday(date));
}
