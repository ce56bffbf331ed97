import {
  isCalendarDate,
  knownByOf,
  onOrBeforeArticle,
  resolveDatePhrase,
  resolveDateRef,
} from '../../../src/ingest/resolveDate';

// The seed article appeared on Tuesday 2024-10-22.
const ARTICLE = '2024-10-22';

describe('resolveDateRef on the seed article', () => {
  it.each([
    ['last week', { date: '2024-10-14', precision: 'WEEK', knownBy: '2024-10-20' }],
    ['On Monday', { date: '2024-10-21', precision: 'DAY', knownBy: '2024-10-21' }],
    ['On 8 October', { date: '2024-10-08', precision: 'DAY', knownBy: '2024-10-08' }],
    ['On 13 October', { date: '2024-10-13', precision: 'DAY', knownBy: '2024-10-13' }],
    ['by 1 November', { date: '2024-11-01', precision: 'ON_OR_BEFORE', knownBy: '2024-11-01' }],
  ])('%s', (text, expected) => {
    expect(resolveDateRef({ text }, ARTICLE)).toEqual({ ok: true, value: { ...expected, text } });
  });
});

describe('resolveDatePhrase', () => {
  it.each([
    ['today', '2024-10-22', 'DAY'],
    ['Today.', '2024-10-22', 'DAY'],
    ['yesterday', '2024-10-21', 'DAY'],
    ['on Monday', '2024-10-21', 'DAY'],
    ['Monday', '2024-10-21', 'DAY'],
    ['last Monday', '2024-10-21', 'DAY'],
    ['on Sunday', '2024-10-20', 'DAY'],
    ['on Wednesday', '2024-10-16', 'DAY'],
    // The article's own weekday is the article's day ("said on Tuesday" in a Tuesday report)...
    ['on Tuesday', '2024-10-22', 'DAY'],
    // ...but "last Tuesday" is the one before.
    ['last Tuesday', '2024-10-15', 'DAY'],
    ['last week', '2024-10-14', 'WEEK'],
    ['this week', '2024-10-21', 'WEEK'],
    ['last month', '2024-09-01', 'MONTH'],
    ['this month', '2024-10-01', 'MONTH'],
    ['last year', '2023-01-01', 'YEAR'],
    ['this year', '2024-01-01', 'YEAR'],
    ['8 October', '2024-10-08', 'DAY'],
    ['on 8 October', '2024-10-08', 'DAY'],
    ['October 8', '2024-10-08', 'DAY'],
    ['Oct. 8', '2024-10-08', 'DAY'],
    ['8th of October', '2024-10-08', 'DAY'],
    ['8 October 2024', '2024-10-08', 'DAY'],
    ['October 8, 2024', '2024-10-08', 'DAY'],
    ['8 October 2023', '2023-10-08', 'DAY'],
    ['2024-10-08', '2024-10-08', 'DAY'],
    ['October 2024', '2024-10-01', 'MONTH'],
    ['in October 2024', '2024-10-01', 'MONTH'],
    ['October', '2024-10-01', 'MONTH'],
    ['2024', '2024-01-01', 'YEAR'],
    ['in 2023', '2023-01-01', 'YEAR'],
    ['by 1 November', '2024-11-01', 'ON_OR_BEFORE'],
    ['by 1 November 2024', '2024-11-01', 'ON_OR_BEFORE'],
    ['by November', '2024-11-30', 'ON_OR_BEFORE'],
    ['before 8 October', '2024-10-07', 'ON_OR_BEFORE'],
    ['earlier', '2024-10-22', 'ON_OR_BEFORE'],
    ['recently', '2024-10-22', 'ON_OR_BEFORE'],
    ['3 days ago', '2024-10-19', 'DAY'],
  ])('%s → %s %s', (text, date, precision) => {
    expect(resolveDatePhrase(text, ARTICLE)).toEqual({ date, precision });
  });

  it('chooses the year that puts a day and month nearest the article date', () => {
    expect(resolveDatePhrase('28 December', '2025-01-03')).toEqual({ date: '2024-12-28', precision: 'DAY' });
    expect(resolveDatePhrase('3 January', '2024-12-30')).toEqual({ date: '2025-01-03', precision: 'DAY' });
    expect(resolveDatePhrase('December', '2025-01-10')).toEqual({ date: '2024-12-01', precision: 'MONTH' });
    expect(resolveDatePhrase('29 February', '2025-01-10')).toEqual({ date: '2024-02-29', precision: 'DAY' });
  });

  it('crosses month and year boundaries', () => {
    expect(resolveDatePhrase('last month', '2025-01-15')).toEqual({ date: '2024-12-01', precision: 'MONTH' });
    expect(resolveDatePhrase('last week', '2025-01-01')).toEqual({ date: '2024-12-23', precision: 'WEEK' });
    expect(resolveDatePhrase('yesterday', '2024-03-01')).toEqual({ date: '2024-02-29', precision: 'DAY' });
    // A Monday article: "last week" is the whole previous ISO week, "on Monday" is the day.
    expect(resolveDatePhrase('last week', '2024-10-21')).toEqual({ date: '2024-10-14', precision: 'WEEK' });
    expect(resolveDatePhrase('on Monday', '2024-10-21')).toEqual({ date: '2024-10-21', precision: 'DAY' });
    expect(resolveDatePhrase('on Sunday', '2024-10-21')).toEqual({ date: '2024-10-20', precision: 'DAY' });
  });

  it.each(['soon', 'the other day', '31 September', '30 February 2024', 'Smarch 3', ''])(
    'does not resolve "%s"',
    (text) => {
      expect(resolveDatePhrase(text, ARTICLE)).toBeUndefined();
    },
  );
});

describe('resolveDateRef', () => {
  it('takes an explicit date as a DAY by default and keeps the wording', () => {
    expect(resolveDateRef({ date: '2024-10-08', text: 'a fortnight ago' }, ARTICLE)).toEqual({
      ok: true,
      value: { date: '2024-10-08', precision: 'DAY', knownBy: '2024-10-08', text: 'a fortnight ago' },
    });
  });

  it('moves a WEEK, MONTH or YEAR date to the first day of its period', () => {
    expect(resolveDateRef({ date: '2024-10-24', precision: 'WEEK' }, ARTICLE)).toEqual({
      ok: true,
      value: { date: '2024-10-21', precision: 'WEEK', knownBy: '2024-10-27', text: null },
    });
    expect(resolveDateRef({ date: '2024-02-10', precision: 'MONTH' }, ARTICLE)).toEqual({
      ok: true,
      value: { date: '2024-02-01', precision: 'MONTH', knownBy: '2024-02-29', text: null },
    });
    expect(resolveDateRef({ date: '2024-06-30', precision: 'YEAR' }, ARTICLE)).toEqual({
      ok: true,
      value: { date: '2024-01-01', precision: 'YEAR', knownBy: '2024-12-31', text: null },
    });
  });

  it('lets an explicit precision override the phrase', () => {
    expect(resolveDateRef({ text: 'last week', precision: 'ON_OR_BEFORE' }, ARTICLE)).toEqual({
      ok: true,
      value: { date: '2024-10-20', precision: 'ON_OR_BEFORE', knownBy: '2024-10-20', text: 'last week' },
    });
  });

  it('reports a day that is not on the calendar at `date`', () => {
    expect(resolveDateRef({ date: '2024-02-30' }, ARTICLE)).toEqual({
      ok: false,
      field: 'date',
      message: '2024-02-30 is not a calendar date',
    });
  });

  it('reports an unknown phrase at `text`', () => {
    expect(resolveDateRef({ text: 'soon' }, ARTICLE)).toEqual({
      ok: false,
      field: 'text',
      message: 'cannot resolve the date phrase "soon"',
    });
  });

  it('dates a stance with no date ON_OR_BEFORE the article', () => {
    expect(onOrBeforeArticle(ARTICLE)).toEqual({
      date: ARTICLE,
      precision: 'ON_OR_BEFORE',
      knownBy: ARTICLE,
      text: null,
    });
  });
});

describe('knownByOf and isCalendarDate', () => {
  it('gives the last day by which it had certainly happened', () => {
    expect(knownByOf('2024-10-14', 'DAY')).toBe('2024-10-14');
    expect(knownByOf('2024-10-14', 'WEEK')).toBe('2024-10-20');
    expect(knownByOf('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(knownByOf('2023-02-01', 'MONTH')).toBe('2023-02-28');
    expect(knownByOf('2024-01-01', 'YEAR')).toBe('2024-12-31');
    expect(knownByOf('2024-11-01', 'ON_OR_BEFORE')).toBe('2024-11-01');
  });

  it('accepts only real days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-00-10')).toBe(false);
    expect(isCalendarDate('2024-1-10')).toBe(false);
  });
});
