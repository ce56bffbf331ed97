import type { DatePrecision } from '../domain/datePrecision';

export type Precision = DatePrecision;

/**
 * A date as a bundle writes it: an ISO day, a phrase read against the article's day, or both.
 * `sameAs` makes a phrase relative to another dated item of the same bundle ("the same day",
 * "the day before"): it names that item by its local id (an event or statement id) or its JSON
 * path (`$.stances[2]`) — whatever keys the caller gives `resolveDateRefs`. It is never guessed.
 */
export interface DateInput {
  date?: string | null;
  precision?: Precision | null;
  text?: string | null;
  sameAs?: string | null;
}

/** A date as stored on stances, statements and events (docs/graph-model.md). */
export interface ResolvedDate extends DateSpan {
  /** The bundle's original wording, when it gave one. */
  text: string | null;
}

/** First possible day, precision, last day by which it had certainly happened. */
export interface DateSpan {
  /** The day; the first day of the week/month/year/range; for ON_OR_BEFORE the latest possible day. */
  date: string;
  precision: Precision;
  /** The last day by which it had certainly happened. */
  knownBy: string;
}

/** What resolving a date ref yields: a date, or a problem located at one of the ref's fields. */
export type DateResolution =
  | { ok: true; value: ResolvedDate }
  | { ok: false; field: 'date' | 'text' | 'precision' | 'sameAs'; message: string };

/** Years a date may have: ISO 8601 four-digit years, from 0001 (year 0 and earlier are refused). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A date computed outside MIN_YEAR..MAX_YEAR; caught and reported as a coded bundle problem. */
class DateOutOfRange extends Error {}

/** True when `value` is `YYYY-MM-DD`, names a real calendar day (2024-02-30 is not) and its year is 0001–9999. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The last day by which something dated `date` with `precision` had certainly happened. (For
 * RANGE the end is not implied by the start: ranges carry their own `knownBy`.)
 */
export function knownByOf(date: string, precision: Exclude<Precision, 'RANGE'>): string {
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

const EXPLICIT_DATE_HINT =
  'An explicit "date": "YYYY-MM-DD" (with "precision" WEEK, MONTH, YEAR or ON_OR_BEFORE when it is not a day) always works.';

/**
 * Resolves a bundle date ref against the article's publication day. An explicit `date` wins
 * over `text` (which is then kept only as wording); otherwise `text` is read by the date grammar
 * (`DATE_FORMS`). An explicit `precision` overrides the phrase's. `anchor` is the resolved date
 * of the item `sameAs` names (`resolveDateRefs` finds it). (A stance with no date at all takes
 * `onOrBeforeArticle`.)
 */
export function resolveDateRef(ref: DateInput, articleDate: string, anchor?: DateSpan): DateResolution {
  const text = typeof ref.text === 'string' ? ref.text : null;
  if (!isCalendarDate(articleDate))
    return { ok: false, field: 'date', message: `the article's date ${articleDate} is not a calendar date` };
  if (ref.precision === 'RANGE')
    return {
      ok: false,
      field: 'precision',
      message:
        'RANGE comes from a phrase such as "mid-October"; with an explicit `date` use DAY, WEEK, MONTH, YEAR or ON_OR_BEFORE',
    };
  let span: DateSpan;
  if (typeof ref.date === 'string') {
    if (!isCalendarDate(ref.date))
      return {
        ok: false,
        field: 'date',
        message: `${ref.date} is not a calendar date (YYYY-MM-DD, years ${pad4(MIN_YEAR)}–${MAX_YEAR})`,
      };
    const precision = ref.precision ?? 'DAY';
    const date = startOfPeriod(ref.date, precision);
    span = { date, precision, knownBy: knownByOf(date, precision) };
  } else if (text !== null) {
    const hasRef = typeof ref.sameAs === 'string';
    const read = readDatePhrase(text, articleDate, anchor);
    if (!read.ok) return { ok: false, field: read.needsAnchor ? 'sameAs' : 'text', message: read.message };
    if (hasRef && !read.anchored)
      return {
        ok: false,
        field: 'sameAs',
        message: `"${text}" is not relative to another item; \`sameAs\` goes only with ${ANCHORED_FORMS_LIST}`,
      };
    span = read.value;
    if (ref.precision && ref.precision !== span.precision) {
      try {
        const date = startOfPeriod(
          ref.precision === 'ON_OR_BEFORE' ? span.knownBy : span.date,
          ref.precision,
        );
        span = { date, precision: ref.precision, knownBy: knownByOf(date, ref.precision) };
      } catch (e) {
        return { ok: false, field: 'precision', message: outOfRangeMessage(e, text, articleDate) };
      }
    }
  } else {
    return { ok: false, field: 'date', message: `a date needs \`date\` or \`text\`. ${EXPLICIT_DATE_HINT}` };
  }
  return { ok: true, value: { ...span, text } };
}

/**
 * Resolves every date ref of a bundle, following `sameAs` references between them. Keys are
 * what `sameAs` may name (the caller chooses: local ids, JSON paths). A reference to a missing
 * key, to an item whose own date fails, or a cycle of references is a problem at `sameAs`.
 */
export function resolveDateRefs(
  refs: ReadonlyMap<string, DateInput>,
  articleDate: string,
): Map<string, DateResolution> {
  const resolver = new DateRefResolver(refs, articleDate);
  const done = new Map<string, DateResolution>();
  for (const [key, ref] of refs) done.set(key, resolver.resolve(key, ref));
  return done;
}

/** Distinct dates without `sameAs` whose resolution is kept for reuse. */
const SHARED_DATES_MAX = 100_000;

/**
 * Resolves date refs one at a time, following `sameAs` to the items `targets` holds (every key
 * `sameAs` may name; the caller may give only those some `sameAs` does name). It keeps the
 * resolutions of those targets, and one resolution per distinct date without `sameAs`, shared
 * by every item that gives it: a 200,000-statement bundle has half a million dates, few distinct.
 * A resolution is never changed once made.
 */
export class DateRefResolver {
  private readonly done = new Map<string, DateResolution>();
  private readonly visiting = new Set<string>();
  private readonly shared = new Map<string, DateResolution>();

  constructor(
    private readonly targets: ReadonlyMap<string, DateInput>,
    private readonly articleDate: string,
  ) {}

  /** The resolution of `ref`, the date of the item named `key`. */
  resolve(key: string, ref: DateInput): DateResolution {
    const known = this.done.get(key);
    if (known) return known;
    const target = typeof ref.sameAs === 'string' ? ref.sameAs : null;
    let result: DateResolution;
    if (target === null || typeof ref.date === 'string') {
      result = this.resolveAlone(ref);
    } else if (!this.targets.has(target)) {
      result = { ok: false, field: 'sameAs', message: `"${target}" names no dated item of this bundle` };
    } else if (this.visiting.has(target) || target === key) {
      result = {
        ok: false,
        field: 'sameAs',
        message: `"${target}" leads back to this date (a cycle of \`sameAs\`)`,
      };
    } else {
      this.visiting.add(key);
      const anchor = this.resolve(target, this.targets.get(target) as DateInput);
      this.visiting.delete(key);
      result = anchor.ok
        ? resolveDateRef(ref, this.articleDate, anchor.value)
        : { ok: false, field: 'sameAs', message: `"${target}" has no usable date itself` };
    }
    if (this.targets.has(key)) this.done.set(key, result);
    return result;
  }

  /** A date that `sameAs` does not anchor: it depends on its date, precision and text alone. */
  private resolveAlone(ref: DateInput): DateResolution {
    // null and absent read alike; an empty string does not.
    const key = JSON.stringify([ref.date ?? null, ref.precision ?? null, ref.text ?? null]);
    const known = this.shared.get(key);
    if (known) return known;
    const result = resolveDateRef(ref, this.articleDate);
    if (this.shared.size < SHARED_DATES_MAX) this.shared.set(key, result);
    return result;
  }
}

/** A stance with no date was taken on or before the day the article reporting it appeared. */
export function onOrBeforeArticle(articleDate: string): ResolvedDate {
  return { date: articleDate, precision: 'ON_OR_BEFORE', knownBy: articleDate, text: null };
}

// ---------------------------------------------------------------------------------------------
// The grammar: a table of forms, read in order. The docs' table is generated from it
// (scripts/date-grammar-table.ts → docs/stances-figures-dates.md) and a test checks both.

/** What a form's reader sees: the article's day and, for anchored forms, the anchor's span. */
interface Context {
  article: string;
  anchor?: DateSpan;
}

/** A form's answer: a span, a message (recognised but wrong, e.g. a weekday that does not fit), or no match. */
type FormResult = DateSpan | { error: string } | undefined;

export interface DateForm {
  /** How the form reads in the docs: `last <weekday>`. */
  form: string;
  /** What it resolves to, in words. */
  rule: string;
  /** Examples, read in the docs against DATE_GRAMMAR_EXAMPLE. */
  examples: readonly string[];
  /** Needs `sameAs`: relative to another dated item of the bundle. */
  anchored?: boolean;
  read(p: string, ctx: Context): FormResult;
}

/** The article day and anchor the docs' examples are read against (a Friday; the anchor a Tuesday). */
export const DATE_GRAMMAR_EXAMPLE = {
  article: '2025-03-14',
  anchor: { date: '2025-03-11', precision: 'DAY', knownBy: '2025-03-11' } as DateSpan,
};

const MONTHS = new Map<string, number>(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
);
// 0 = Monday, as in ISO weeks.
const WEEKDAYS = new Map<string, number>(
  [
    ['monday', 'mon'],
    ['tuesday', 'tue', 'tues'],
    ['wednesday', 'wed'],
    ['thursday', 'thu', 'thur', 'thurs'],
    ['friday', 'fri'],
    ['saturday', 'sat'],
    ['sunday', 'sun'],
  ].flatMap((names, i) => names.map((n) => [n, i] as [string, number])),
);
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const MONTH = `(${[...MONTHS.keys()].join('|')})`;
const WEEKDAY = `(${[...WEEKDAYS.keys()].join('|')})`;
const DAY_OF_MONTH = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const PART_OF_DAY = '(?: morning| afternoon| evening| night)?';

const month = (name: string | undefined): number => MONTHS.get(name ?? '') ?? 0;
const weekdayIndex = (name: string | undefined): number => WEEKDAYS.get(name ?? '') ?? -1;

const day = (date: string): DateSpan => ({ date, precision: 'DAY', knownBy: date });
const period = (date: string, precision: 'WEEK' | 'MONTH' | 'YEAR'): DateSpan => ({
  date,
  precision,
  knownBy: knownByOf(date, precision),
});
/** A span from `from` to `to`; a one-day range is a DAY. */
const range = (from: string, to: string): DateSpan =>
  from === to ? day(from) : { date: from, precision: 'RANGE', knownBy: to };
const onOrBefore = (date: string): DateSpan => ({ date, precision: 'ON_OR_BEFORE', knownBy: date });

const oneOf = (p: string, words: readonly string[]) => words.includes(p);

/** A day and month (and perhaps year) as a DAY; without a year, the year nearest the article. */
function dayOfMonth(
  dayText: string | undefined,
  monthNo: number,
  yearText: string | undefined,
  article: string,
) {
  const d = Number(dayText);
  if (yearText) {
    const date = iso(Number(yearText), monthNo, d);
    return isCalendarDate(date) ? day(date) : { error: `${date} is not a calendar date` };
  }
  const date = nearest(
    article,
    (year) => iso(year, monthNo, d),
    (start) => start,
  );
  return date ? day(date) : { error: `day ${d} of month ${monthNo} is not a calendar date` };
}

/** The month (first day) nearest the article when no year is given. */
function monthStart(monthNo: number, yearText: string | undefined, article: string): string | undefined {
  if (yearText) return iso(Number(yearText), monthNo, 1);
  return nearest(
    article,
    (year) => iso(year, monthNo, 1),
    (start) => knownByOf(start, 'MONTH'),
  );
}

/** Shifts an anchor by `days`: a DAY stays a DAY, ON_OR_BEFORE stays a bound, anything wider becomes a RANGE. */
function shift(anchor: DateSpan, days: number): DateSpan {
  if (days === 0) return { ...anchor };
  if (anchor.precision === 'DAY') return day(addDays(anchor.date, days));
  if (anchor.precision === 'ON_OR_BEFORE') return onOrBefore(addDays(anchor.date, days));
  return range(addDays(anchor.date, days), addDays(anchor.knownBy, days));
}

const BOUNDS = ['by', 'on or before', 'no later than', 'not later than', 'until', 'before'];
const UNDATED = ['earlier', 'recently', 'previously', 'lately', 'recent days', 'recent weeks', 'before'];
const PARTS_OF_MONTH: ReadonlyArray<{ words: RegExp; from: number; to: number | 'end' }> = [
  { words: /^(early|the beginning of|beginning of|the start of|start of)$/, from: 1, to: 10 },
  { words: /^(mid|the middle of|middle of)$/, from: 11, to: 20 },
  { words: /^(late|the end of|end of)$/, from: 21, to: 'end' },
];

export const DATE_FORMS: readonly DateForm[] = [
  {
    form: 'YYYY-MM-DD',
    rule: 'that day',
    examples: ['2025-03-10'],
    read: (p) =>
      ISO_DAY.test(p) ? (isCalendarDate(p) ? day(p) : { error: `${p} is not a calendar date` }) : undefined,
  },
  {
    form: 'today, this morning/afternoon/evening, tonight, earlier today',
    rule: "the article's day",
    examples: ['today', 'this morning'],
    read: (p, { article }) =>
      oneOf(p, ['today', 'this morning', 'this afternoon', 'this evening', 'tonight', 'earlier today'])
        ? day(article)
        : undefined,
  },
  {
    form: 'yesterday (morning/afternoon/evening), last night',
    rule: "the day before the article's day",
    examples: ['yesterday', 'last night'],
    read: (p, { article }) =>
      /^yesterday(?: morning| afternoon| evening)?$|^last night$/.test(p)
        ? day(addDays(article, -1))
        : undefined,
  },
  {
    form: '<n> days ago',
    rule: "n days before the article's day",
    examples: ['3 days ago'],
    read: (p, { article }) => {
      const m = /^(\d{1,3}) days? ago$/.exec(p);
      return m ? day(addDays(article, -Number(m[1]))) : undefined;
    },
  },
  {
    form: '(on) <weekday>',
    rule: 'the latest such weekday on or before the article\'s day (a Friday report\'s "on Friday" is that day)',
    examples: ['on Wednesday', 'Friday', 'on Friday evening'],
    read: (p, { article }) => {
      const m = new RegExp(`^${WEEKDAY}${PART_OF_DAY}$`).exec(p);
      if (!m) return undefined;
      return day(addDays(article, -((weekday(article) - weekdayIndex(m[1]) + 7) % 7)));
    },
  },
  {
    form: 'last <weekday>',
    rule: "the latest such weekday strictly before the article's day",
    examples: ['last Friday', 'last Monday'],
    read: (p, { article }) => {
      const m = new RegExp(`^(?:last|this past) ${WEEKDAY}${PART_OF_DAY}$`).exec(p);
      if (!m) return undefined;
      return day(addDays(article, -((weekday(article) - weekdayIndex(m[1]) + 6) % 7) - 1));
    },
  },
  {
    form: '<weekday> <day> <month> (<year>), <weekday>, <month> <day>(, <year>)',
    rule: 'that day, in the year nearest the article when none is given; the weekday must fit',
    examples: ['On Wednesday 12 March', 'Monday, March 10', 'Tue 11 Mar 2025'],
    read: (p, { article }) => {
      const dm = new RegExp(`^${WEEKDAY} ${DAY_OF_MONTH} (?:of )?${MONTH}(?: ${YEAR})?$`).exec(p);
      const md = new RegExp(`^${WEEKDAY} ${MONTH} ${DAY_OF_MONTH}(?: ${YEAR})?$`).exec(p);
      if (!dm && !md) return undefined;
      const wd = weekdayIndex((dm ?? md)?.[1]);
      const found = dm
        ? dayOfMonth(dm[2], month(dm[3]), dm[4], article)
        : dayOfMonth(md?.[3], month(md?.[2]), md?.[4], article);
      if ('error' in found) return found;
      if (weekday(found.date) !== wd)
        return {
          error: `${found.date} is a ${WEEKDAY_NAMES[weekday(found.date)]}, not a ${WEEKDAY_NAMES[wd]}; check the day or give the year`,
        };
      return found;
    },
  },
  {
    form: '<day> <month> (<year>), <month> <day>(, <year>)',
    rule: 'that day, in the year nearest the article when none is given',
    examples: ['10 March', 'March 10', '10th of March', 'Dec. 28, 2024'],
    read: (p, { article }) => {
      const dm = new RegExp(`^${DAY_OF_MONTH} (?:of )?${MONTH}(?: ${YEAR})?$`).exec(p);
      if (dm) return dayOfMonth(dm[1], month(dm[2]), dm[3], article);
      const md = new RegExp(`^${MONTH} ${DAY_OF_MONTH}(?: ${YEAR})?$`).exec(p);
      return md ? dayOfMonth(md[2], month(md[1]), md[3], article) : undefined;
    },
  },
  {
    form: 'this week',
    rule: "the article's ISO week (WEEK)",
    examples: ['this week'],
    read: (p, { article }) => (p === 'this week' ? period(mondayOf(article), 'WEEK') : undefined),
  },
  {
    form: 'earlier this week',
    rule: "Monday of the article's week to the article's day (RANGE)",
    examples: ['earlier this week'],
    read: (p, { article }) => (p === 'earlier this week' ? range(mondayOf(article), article) : undefined),
  },
  {
    form: 'last week, past week, previous week',
    rule: "the ISO week before the article's (WEEK)",
    examples: ['last week'],
    read: (p, { article }) =>
      oneOf(p, ['last week', 'past week', 'previous week'])
        ? period(addDays(mondayOf(article), -7), 'WEEK')
        : undefined,
  },
  {
    form: 'this month',
    rule: "the article's month (MONTH)",
    examples: ['this month'],
    read: (p, { article }) => (p === 'this month' ? period(firstOfMonth(article), 'MONTH') : undefined),
  },
  {
    form: 'earlier this month',
    rule: "the 1st of the article's month to the article's day (RANGE)",
    examples: ['earlier this month'],
    read: (p, { article }) =>
      p === 'earlier this month' ? range(firstOfMonth(article), article) : undefined,
  },
  {
    form: 'last month, previous month',
    rule: "the month before the article's (MONTH)",
    examples: ['last month'],
    read: (p, { article }) =>
      oneOf(p, ['last month', 'previous month'])
        ? period(firstOfMonth(addDays(firstOfMonth(article), -1)), 'MONTH')
        : undefined,
  },
  {
    form: 'early / mid / late <month> (<year>); the beginning / middle / end of <month>',
    rule: 'days 1–10, 11–20, or 21 to the end of the month (RANGE), in the year nearest the article when none is given',
    examples: ['mid-February', 'early March', 'late February 2025', 'the end of February'],
    read: (p, { article }) => {
      const m = new RegExp(`^(.+?)[ -]${MONTH}(?: ${YEAR})?$`).exec(p);
      const part = m && PARTS_OF_MONTH.find((x) => x.words.test(m[1] as string));
      if (!m || !part) return undefined;
      const start = monthStart(month(m[2]), m[3], article);
      if (!start) return undefined;
      const [y, mo] = parts(start);
      return range(iso(y, mo, part.from), iso(y, mo, part.to === 'end' ? daysInMonth(y, mo) : part.to));
    },
  },
  {
    form: '<month> (<year>)',
    rule: 'that month (MONTH), the one nearest the article when no year is given',
    examples: ['February', 'March 2025', 'December of 2024'],
    read: (p, { article }) => {
      const m = new RegExp(`^${MONTH}(?:,? (?:of )?${YEAR})?$`).exec(p);
      if (!m) return undefined;
      const start = monthStart(month(m[1]), m[2], article);
      return start ? period(start, 'MONTH') : undefined;
    },
  },
  {
    form: 'this year',
    rule: "the article's year (YEAR)",
    examples: ['this year'],
    read: (p, { article }) => (p === 'this year' ? period(iso(parts(article)[0], 1, 1), 'YEAR') : undefined),
  },
  {
    form: 'earlier this year',
    rule: "1 January to the article's day (RANGE)",
    examples: ['earlier this year'],
    read: (p, { article }) =>
      p === 'earlier this year' ? range(iso(parts(article)[0], 1, 1), article) : undefined,
  },
  {
    form: 'last year, previous year',
    rule: "the year before the article's (YEAR)",
    examples: ['last year'],
    read: (p, { article }) =>
      oneOf(p, ['last year', 'previous year']) ? period(iso(parts(article)[0] - 1, 1, 1), 'YEAR') : undefined,
  },
  {
    form: '<year>',
    rule: 'that year (YEAR)',
    examples: ['2024'],
    read: (p) => {
      const m = /^(\d{4})$/.exec(p);
      return m ? period(iso(Number(m[1]), 1, 1), 'YEAR') : undefined;
    },
  },
  {
    form: 'earlier, recently, previously, lately, in recent days/weeks, before',
    rule: "on or before the article's day (ON_OR_BEFORE)",
    examples: ['recently', 'in recent weeks'],
    read: (p, { article }) => (oneOf(p, UNDATED) ? onOrBefore(article) : undefined),
  },
  {
    form: 'by / on or before / no later than / until <any dated form>',
    rule: 'on or before the last day the inner form can mean (ON_OR_BEFORE): "by December" is on or before 31 December, the only reading certainly true',
    examples: ['by 1 April', 'by December', 'by mid-April', 'until last week'],
    read: (p, ctx) => {
      const m = new RegExp(`^(${BOUNDS.join('|')}) (.+)$`).exec(p);
      if (!m) return undefined;
      const inner = readForms(stripPreposition(m[2] as string), ctx);
      if (!inner || 'error' in inner) return inner;
      return onOrBefore(m[1] === 'before' ? addDays(inner.date, -1) : inner.knownBy);
    },
  },
  {
    form: 'the same day, that day, that same day',
    rule: 'the date of the item `sameAs` names, with its precision',
    examples: ['the same day', 'that day'],
    anchored: true,
    read: (p, { anchor }) =>
      /^(?:the same|that(?: same)?) day$/.test(p) ? anchorOrNeed(anchor, 0) : undefined,
  },
  {
    form: 'the day before, the previous day, a day earlier',
    rule: 'one day before the item `sameAs` names (a wider anchor becomes a RANGE one day earlier)',
    examples: ['the day before', 'the previous day'],
    anchored: true,
    read: (p, { anchor }) =>
      /^(?:the day before|the previous day|the preceding day|a day (?:earlier|before)|the day earlier)$/.test(
        p,
      )
        ? anchorOrNeed(anchor, -1)
        : undefined,
  },
  {
    form: 'the day after, the next day, the following day, a day later',
    rule: 'one day after the item `sameAs` names',
    examples: ['the next day', 'the following day'],
    anchored: true,
    read: (p, { anchor }) =>
      /^(?:the day after|the next day|the following day|a day (?:later|after)|the day later)$/.test(p)
        ? anchorOrNeed(anchor, 1)
        : undefined,
  },
  {
    form: '<n> days later / after / earlier / before',
    rule: 'n days after or before the item `sameAs` names',
    examples: ['2 days later', '3 days earlier'],
    anchored: true,
    read: (p, { anchor }) => {
      const m = /^(\d{1,3}) days? (later|after|earlier|before)$/.exec(p);
      if (!m) return undefined;
      return anchorOrNeed(anchor, Number(m[1]) * (m[2] === 'later' || m[2] === 'after' ? 1 : -1));
    },
  },
];

const ANCHORED_FORMS_LIST = DATE_FORMS.filter((f) => f.anchored)
  .map((f) => `"${f.examples[0]}"`)
  .join(', ');
const NEEDS_ANCHOR = 'needs `sameAs`';

function anchorOrNeed(anchor: DateSpan | undefined, days: number): FormResult {
  return anchor ? shift(anchor, days) : { error: NEEDS_ANCHOR };
}

/** Lower case, single spaces, no trailing punctuation, "Oct." → "oct", commas dropped. */
export function normaliseDatePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[.;:!]+$/, '')
    .replace(/\b([a-z]{3,4})\.(?= |$)/g, '$1')
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "on Monday" → "monday", "in mid-October" → "mid-october"; "on or before" is kept. */
function stripPreposition(p: string): string {
  return p.replace(/^(?:on|in|during|at) (?!or )(?=.)/, '');
}

function readForms(p: string, ctx: Context): FormResult {
  for (const form of DATE_FORMS) {
    const found = form.read(p, ctx);
    if (found) return found;
  }
  return undefined;
}

/** Which form, if any, reads `p` (for the `sameAs` check and the docs). */
function formOf(p: string, ctx: Context): DateForm | undefined {
  return DATE_FORMS.find((form) => form.read(p, ctx) !== undefined);
}

/** The accepted forms, for error messages. */
export const ACCEPTED_DATE_FORMS = DATE_FORMS.map((f) => f.form).join('; ');

export type PhraseReading =
  { ok: true; value: DateSpan; anchored: boolean } | { ok: false; message: string; needsAnchor?: boolean };

/**
 * Reads a date phrase against the article's day (and the anchor, for "the same day" forms).
 * An unknown phrase's message lists the accepted forms and says an explicit `date` always works.
 */
export function readDatePhrase(text: string, articleDate: string, anchor?: DateSpan): PhraseReading {
  const p = stripPreposition(normaliseDatePhrase(text));
  const ctx: Context = anchor ? { article: articleDate, anchor } : { article: articleDate };
  try {
    const found = readForms(p, ctx);
    if (!found)
      return {
        ok: false,
        message: `cannot read the date phrase "${text}". Accepted forms: ${ACCEPTED_DATE_FORMS}. ${EXPLICIT_DATE_HINT}`,
      };
    if ('error' in found) {
      if (found.error === NEEDS_ANCHOR)
        return {
          ok: false,
          needsAnchor: true,
          message: `"${text}" is relative to another dated item of this bundle: name it with \`sameAs\` (its id or JSON path). ${EXPLICIT_DATE_HINT}`,
        };
      return { ok: false, message: `"${text}": ${found.error}. ${EXPLICIT_DATE_HINT}` };
    }
    return { ok: true, value: found, anchored: formOf(p, ctx)?.anchored === true };
  } catch (e) {
    return { ok: false, message: outOfRangeMessage(e, text, articleDate) };
  }
}

/** `readDatePhrase`'s span, or undefined when the phrase cannot be read. */
export function resolveDatePhrase(
  text: string,
  articleDate: string,
  anchor?: DateSpan,
): DateSpan | undefined {
  const read = readDatePhrase(text, articleDate, anchor);
  return read.ok ? read.value : undefined;
}

function outOfRangeMessage(e: unknown, text: string | null, articleDate: string): string {
  if (!(e instanceof DateOutOfRange)) throw e;
  return `"${text ?? ''}" read against ${articleDate} falls outside the years ${pad4(MIN_YEAR)}–${MAX_YEAR}. ${EXPLICIT_DATE_HINT}`;
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
    if (year < MIN_YEAR || year > MAX_YEAR) continue;
    const start = candidate(year);
    if (!isCalendarDate(start)) continue;
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

function firstOfMonth(date: string): string {
  const [y, m] = parts(date);
  return iso(y, m, 1);
}

function parts(date: string): [number, number, number] {
  const m = ISO_DAY.exec(date);
  if (!m) throw new DateOutOfRange(date);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad4 = (y: number) => String(y).padStart(4, '0');

function iso(y: number, m: number, d: number): string {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) throw new DateOutOfRange(String(y));
  return `${pad4(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
