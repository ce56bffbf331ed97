import {
  DATE_FORMS,
  DATE_GRAMMAR_EXAMPLE,
  isCalendarDate,
  resolveDateRefs,
  knownByOf,
  onOrBeforeArticle,
  resolveDatePhrase,
  resolveDateRef,
} from '../../../src/ingest/resolveDate';

// The seed article appeared on Tuesday 2024-10-22.
const ARTICLE = '2024-10-22';

const pick = (span: { date: string; precision: string } | undefined) =>
  span && { date: span.date, precision: span.precision };

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
    expect(pick(resolveDatePhrase(text, ARTICLE))).toEqual({ date, precision });
  });

  // The year that puts a day and month nearest the article date.
  it.each([
    ['28 December', '2025-01-03', '2024-12-28', 'DAY'],
    ['3 January', '2024-12-30', '2025-01-03', 'DAY'],
    ['December', '2025-01-10', '2024-12-01', 'MONTH'],
    ['29 February', '2025-01-10', '2024-02-29', 'DAY'],
  ])('chooses the nearest year: %s (article %s) → %s %s', (text, article, date, precision) => {
    expect(pick(resolveDatePhrase(text, article))).toEqual({ date, precision });
  });

  it.each([
    ['last month', '2025-01-15', '2024-12-01', 'MONTH'],
    ['last week', '2025-01-01', '2024-12-23', 'WEEK'],
    ['yesterday', '2024-03-01', '2024-02-29', 'DAY'],
    // A Monday article: "last week" is the whole previous ISO week, "on Monday" is the day.
    ['last week', '2024-10-21', '2024-10-14', 'WEEK'],
    ['on Monday', '2024-10-21', '2024-10-21', 'DAY'],
    ['on Sunday', '2024-10-21', '2024-10-20', 'DAY'],
  ])('crosses month and year boundaries: %s (article %s) → %s %s', (text, article, date, precision) => {
    expect(pick(resolveDatePhrase(text, article))).toEqual({ date, precision });
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

  it.each([
    ['2024-10-24', 'WEEK', '2024-10-21', '2024-10-27'],
    ['2024-02-10', 'MONTH', '2024-02-01', '2024-02-29'],
    ['2024-06-30', 'YEAR', '2024-01-01', '2024-12-31'],
  ] as const)('moves a %s %s date to the first day of its period', (given, precision, date, knownBy) => {
    expect(resolveDateRef({ date: given, precision }, ARTICLE)).toEqual({
      ok: true,
      value: { date, precision, knownBy, text: null },
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
      message: '2024-02-30 is not a calendar date (YYYY-MM-DD, years 0001–9999)',
    });
  });

  it('reports an unknown phrase at `text`, listing the accepted forms and the explicit `date`', () => {
    const result = resolveDateRef({ text: 'soon' }, ARTICLE);
    expect(result).toMatchObject({ ok: false, field: 'text' });
    const message = result.ok ? '' : result.message;
    expect(message.startsWith('cannot read the date phrase "soon". Accepted forms: YYYY-MM-DD; today,')).toBe(
      true,
    );
    for (const form of DATE_FORMS) expect(message).toContain(form.form);
    expect(
      message.endsWith(
        'An explicit "date": "YYYY-MM-DD" (with "precision" WEEK, MONTH, YEAR or ON_OR_BEFORE when it is not a day) always works.',
      ),
    ).toBe(true);
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
  it.each([
    ['2024-10-14', 'DAY', '2024-10-14'],
    ['2024-10-14', 'WEEK', '2024-10-20'],
    ['2024-02-01', 'MONTH', '2024-02-29'],
    ['2023-02-01', 'MONTH', '2023-02-28'],
    ['2024-01-01', 'YEAR', '2024-12-31'],
    ['2024-11-01', 'ON_OR_BEFORE', '2024-11-01'],
  ] as const)(
    'gives the last day by which %s (%s) had certainly happened: %s',
    (date, precision, knownBy) => {
      expect(knownByOf(date, precision)).toBe(knownBy);
    },
  );

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-10', false],
  ])('accepts only real days: %s → %s', (date, real) => {
    expect(isCalendarDate(date)).toBe(real);
  });
});

// Reporting of other stories, never the seed: a Friday report (2025-03-14) on a ceasefire
// summit held on Tuesday 2025-03-11, and a Friday report (2024-10-25) of a Wednesday vote.
const FRIDAY = '2025-03-14';
const span = (date: string, precision: string, knownBy = date) => ({ date, precision, knownBy });

describe('news date phrases (issue 12)', () => {
  it.each([
    ['On Wednesday 23 October', '2024-10-25', span('2024-10-23', 'DAY')],
    ['Wednesday, October 23', '2024-10-25', span('2024-10-23', 'DAY')],
    ['Wed. 23 Oct. 2024', '2024-10-25', span('2024-10-23', 'DAY')],
    ['on Tuesday the 11th of March', FRIDAY, undefined],
    ['Tuesday 11 March', FRIDAY, span('2025-03-11', 'DAY')],
    ['last Friday', FRIDAY, span('2025-03-07', 'DAY')],
    ['on Friday', FRIDAY, span('2025-03-14', 'DAY')],
    ['last Saturday', FRIDAY, span('2025-03-08', 'DAY')],
    ['this past Monday', FRIDAY, span('2025-03-10', 'DAY')],
    ['earlier this month', FRIDAY, span('2025-03-01', 'RANGE', '2025-03-14')],
    ['earlier this week', FRIDAY, span('2025-03-10', 'RANGE', '2025-03-14')],
    ['earlier this week', '2025-03-10', span('2025-03-10', 'DAY')],
    ['earlier this year', FRIDAY, span('2025-01-01', 'RANGE', '2025-03-14')],
    ['mid-October', '2024-10-22', span('2024-10-11', 'RANGE', '2024-10-20')],
    ['in mid-October', '2024-10-22', span('2024-10-11', 'RANGE', '2024-10-20')],
    ['early March', FRIDAY, span('2025-03-01', 'RANGE', '2025-03-10')],
    ['late February', '2024-03-05', span('2024-02-21', 'RANGE', '2024-02-29')],
    ['late February', FRIDAY, span('2025-02-21', 'RANGE', '2025-02-28')],
    ['the end of February', FRIDAY, span('2025-02-21', 'RANGE', '2025-02-28')],
    ['in the middle of January', FRIDAY, span('2025-01-11', 'RANGE', '2025-01-20')],
    ['early January', '2024-12-30', span('2025-01-01', 'RANGE', '2025-01-10')],
    ['mid-October 2023', FRIDAY, span('2023-10-11', 'RANGE', '2023-10-20')],
    ['by December', '2024-10-22', span('2024-12-31', 'ON_OR_BEFORE')],
    ['by mid-April', FRIDAY, span('2025-04-20', 'ON_OR_BEFORE')],
    ['by the end of March', FRIDAY, span('2025-03-31', 'ON_OR_BEFORE')],
    ['before 1 April', FRIDAY, span('2025-03-31', 'ON_OR_BEFORE')],
    ['in recent weeks', FRIDAY, span('2025-03-14', 'ON_OR_BEFORE')],
    ['yesterday evening', FRIDAY, span('2025-03-13', 'DAY')],
  ])('%s (article %s)', (text, article, expected) => {
    expect(resolveDatePhrase(text, article)).toEqual(expected);
  });

  it('refuses a weekday that does not fit the day, saying which weekday it is', () => {
    expect(resolveDateRef({ text: 'Thursday 23 October' }, '2024-10-25')).toEqual({
      ok: false,
      field: 'text',
      message:
        '"Thursday 23 October": 2024-10-23 is a Wednesday, not a Thursday; check the day or give the year. An explicit "date": "YYYY-MM-DD" (with "precision" WEEK, MONTH, YEAR or ON_OR_BEFORE when it is not a day) always works.',
    });
  });

  it('reads a RANGE phrase under an explicit precision', () => {
    expect(resolveDateRef({ text: 'mid-October', precision: 'MONTH' }, ARTICLE)).toEqual({
      ok: true,
      value: { date: '2024-10-01', precision: 'MONTH', knownBy: '2024-10-31', text: 'mid-October' },
    });
    expect(resolveDateRef({ text: 'mid-October', precision: 'ON_OR_BEFORE' }, ARTICLE)).toEqual({
      ok: true,
      value: { date: '2024-10-20', precision: 'ON_OR_BEFORE', knownBy: '2024-10-20', text: 'mid-October' },
    });
    expect(resolveDateRef({ date: '2024-10-11', precision: 'RANGE' }, ARTICLE)).toMatchObject({
      ok: false,
      field: 'precision',
    });
  });
});

describe('dates relative to another item of the bundle (sameAs)', () => {
  const refs = new Map([
    ['summit', { date: '2025-03-11' }],
    ['$.stances[0]', { text: 'the same day', sameAs: 'summit' }],
    ['$.stances[1]', { text: 'the day before', sameAs: 'summit' }],
    ['$.stances[2]', { text: 'On the following day', sameAs: '$.stances[1]' }],
    ['$.stances[3]', { text: 'that day', sameAs: 'no-such-item' }],
    ['week', { text: 'last week' }],
    ['$.stances[4]', { text: 'the day after', sameAs: 'week' }],
    ['$.stances[5]', { text: 'that day', sameAs: '$.stances[6]' }],
    ['$.stances[6]', { text: 'that day', sameAs: '$.stances[5]' }],
    ['$.stances[7]', { text: 'the same day', sameAs: '$.stances[3]' }],
    ['$.stances[8]', { text: 'last week', sameAs: 'summit' }],
    ['$.stances[9]', { text: '2 days later', sameAs: 'by' }],
    ['by', { text: 'by 10 March' }],
    ['$.stances[10]', { text: 'the same day' }],
  ]);
  const got = resolveDateRefs(refs, FRIDAY);
  const value = (key: string) => {
    const r = got.get(key);
    return r?.ok ? { date: r.value.date, precision: r.value.precision, knownBy: r.value.knownBy } : r;
  };

  it('follows the reference, also through a chain', () => {
    expect(value('$.stances[0]')).toEqual(span('2025-03-11', 'DAY'));
    expect(value('$.stances[1]')).toEqual(span('2025-03-10', 'DAY'));
    expect(value('$.stances[2]')).toEqual(span('2025-03-11', 'DAY'));
  });

  it('moves a wider anchor as a RANGE and a bound as a bound', () => {
    expect(value('$.stances[4]')).toEqual(span('2025-03-04', 'RANGE', '2025-03-10'));
    expect(value('$.stances[9]')).toEqual(span('2025-03-12', 'ON_OR_BEFORE'));
  });

  it('refuses a missing item, a cycle, a failed anchor, a stray or a missing sameAs at `sameAs`', () => {
    expect(value('$.stances[3]')).toEqual({
      ok: false,
      field: 'sameAs',
      message: '"no-such-item" names no dated item of this bundle',
    });
    expect(value('$.stances[5]')).toMatchObject({ ok: false, field: 'sameAs' });
    expect(value('$.stances[6]')).toMatchObject({ ok: false, field: 'sameAs' });
    expect(value('$.stances[7]')).toEqual({
      ok: false,
      field: 'sameAs',
      message: '"$.stances[3]" has no usable date itself',
    });
    expect(value('$.stances[8]')).toMatchObject({ ok: false, field: 'sameAs' });
    expect(value('$.stances[10]')).toMatchObject({ ok: false, field: 'sameAs' });
  });
});

describe('bad input never throws (issue 13)', () => {
  it.each([
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'last constructor',
    '__proto__ 8',
  ])('refuses "%s" with the accepted forms', (text) => {
    const result = resolveDateRef({ text }, ARTICLE);
    expect(result).toMatchObject({ ok: false, field: 'text' });
    expect(result.ok ? '' : result.message).toContain('Accepted forms');
  });

  it('bounds the years to 0001–9999', () => {
    expect(isCalendarDate('0000-01-05')).toBe(false);
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(resolveDateRef({ text: '8 October' }, '0000-01-05')).toEqual({
      ok: false,
      field: 'date',
      message: "the article's date 0000-01-05 is not a calendar date",
    });
    expect(resolveDateRef({ text: '8 January' }, '9999-12-30')).toMatchObject({
      ok: true,
      value: { date: '9999-01-08', precision: 'DAY' },
    });
    expect(resolveDateRef({ text: '2 January' }, '0001-01-01')).toMatchObject({
      ok: true,
      value: { date: '0001-01-02' },
    });
    for (const [text, article] of [
      ['yesterday', '0001-01-01'],
      ['last week', '0001-01-03'],
      ['last year', '0001-06-01'],
      ['by next year', '9999-06-01'],
    ] as const) {
      const result = resolveDateRef({ text }, article);
      if (text === 'by next year') {
        expect(result).toMatchObject({ ok: false, field: 'text' });
        continue;
      }
      expect(result).toEqual({
        ok: false,
        field: 'text',
        message: `"${text}" read against ${article} falls outside the years 0001–9999. An explicit "date": "YYYY-MM-DD" (with "precision" WEEK, MONTH, YEAR or ON_OR_BEFORE when it is not a day) always works.`,
      });
    }
    expect(
      resolveDateRefs(
        new Map([
          ['x', { text: 'the day after', sameAs: 'y' }],
          ['y', { date: '9999-12-31' }],
        ]),
        '9999-12-31',
      ).get('x'),
    ).toMatchObject({ ok: false, field: 'text' });
  });
});

describe('the grammar table', () => {
  it('reads every example of every form by that form', () => {
    const { article, anchor } = DATE_GRAMMAR_EXAMPLE;
    for (const form of DATE_FORMS) {
      for (const example of form.examples) {
        const read = resolveDatePhrase(example, article, form.anchored ? anchor : undefined);
        expect([form.form, example, read !== undefined]).toEqual([form.form, example, true]);
      }
    }
  });
});
