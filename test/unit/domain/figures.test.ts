import { figureProperties, readFigure, vagueFigure } from '../../../src/domain/figures';

describe('vagueFigure', () => {
  it.each([
    ['several hundred', 300, 900],
    ['Several  Hundred', 300, 900],
    ['a few thousand', 2_000, 5_000],
    ['a few dozen', 24, 60],
    ['dozens', 24, 108],
    ['hundreds', 200, 900],
    ['thousands of', 2_000, 9_000],
    ['tens of thousands', 20_000, 90_000],
    ['hundreds of thousands', 200_000, 900_000],
    ['a couple of hundred', 200, 300],
    ['a handful of', 2, 5],
    ['several', 3, 9],
    ['millions', 2_000_000, 9_000_000],
  ])('%s → %d–%d', (phrase, low, high) => {
    expect(vagueFigure(phrase)).toEqual({ low, high, phrase: phrase.trim().replace(/\s+/g, ' ') });
  });

  it.each([
    'many',
    'lots',
    'several hundreds',
    'dozens of dozens',
    'tens',
    'a few hundred thousand more',
    '',
  ])('does not read "%s"', (phrase) => {
    expect(vagueFigure(phrase)).toBeUndefined();
  });
});

// Figures from reporting of a flood relief operation (not the seed story).
describe('readFigure', () => {
  it('reads every qualifier', () => {
    expect(readFigure({ value: 8000, unit: 'troops' })).toEqual({
      ok: true,
      figure: { qualifier: 'EXACT', value: 8000, unit: 'troops', kind: 'OBSERVED' },
    });
    expect(readFigure({ qualifier: 'AT_LEAST', value: 8000, unit: 'evacuees', kind: 'CUMULATIVE' })).toEqual({
      ok: true,
      figure: { qualifier: 'AT_LEAST', value: 8000, unit: 'evacuees', kind: 'CUMULATIVE' },
    });
    expect(readFigure({ low: 10_000, high: 12_000, unit: 'tents' })).toEqual({
      ok: true,
      figure: { qualifier: 'RANGE', low: 10_000, high: 12_000, unit: 'tents', kind: 'OBSERVED' },
    });
    expect(readFigure({ phrase: 'several hundred', unit: 'volunteers' })).toEqual({
      ok: true,
      figure: {
        qualifier: 'VAGUE',
        low: 300,
        high: 900,
        phrase: 'several hundred',
        unit: 'volunteers',
        kind: 'OBSERVED',
      },
    });
    expect(readFigure({ qualifier: 'VAGUE', phrase: 'scores', low: 40, high: 100, unit: 'boats' })).toEqual({
      ok: true,
      figure: { qualifier: 'VAGUE', low: 40, high: 100, phrase: 'scores', unit: 'boats', kind: 'OBSERVED' },
    });
  });

  it('names the field of each problem', () => {
    expect(readFigure({ qualifier: 'RANGE', low: 12, high: 10, unit: 'x' })).toEqual({
      ok: false,
      problems: [{ field: 'high', message: 'needs 0 <= low <= high, got 12..10' }],
    });
    expect(readFigure({ qualifier: 'VAGUE', phrase: 'umpteen', unit: 'x' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'phrase',
          message: '"umpteen" is not in the vague-phrase table; give `low` and `high` with it',
        },
      ],
    });
    expect(readFigure({ qualifier: 'AT_MOST', low: 1, unit: 'x', kind: 'GUESSED' })).toEqual({
      ok: false,
      problems: [
        { field: 'kind', message: 'must be one of OBSERVED, CUMULATIVE, PLANNED' },
        { field: 'low', message: 'a AT_MOST figure has no `low`' },
        { field: 'value', message: 'a AT_MOST figure needs `value`' },
      ],
    });
  });

  it('maps to the graph properties, every key present', () => {
    const read = readFigure({ qualifier: 'EXACT', value: 10_000, unit: 'troops', kind: 'PLANNED' });
    expect(
      read.ok && figureProperties(read.figure, { date: '2024-12-31', precision: 'ON_OR_BEFORE' }),
    ).toEqual({
      figureValue: 10_000,
      figureLow: null,
      figureHigh: null,
      figureUnit: 'troops',
      figureQualifier: 'EXACT',
      figurePhrase: null,
      figureKind: 'PLANNED',
      figureTargetDate: '2024-12-31',
      figureTargetPrecision: 'ON_OR_BEFORE',
    });
    expect(Object.values(figureProperties(null)).every((v) => v === null)).toBe(true);
  });
});
