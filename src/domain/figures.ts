/**
 * Figures as news reports them: the one home of the qualifier and kind vocabularies and of the
 * vague-phrase table. The bundle format, the graph properties (`figureValue`, `figureLow`,
 * `figureHigh`, `figureUnit`, `figureQualifier`, `figurePhrase`, `figureKind`,
 * `figureTargetDate`, `figureTargetPrecision`), the GraphQL enums and the docs draw from here.
 */

import { membersOf } from './membersOf';

export const FIGURE_QUALIFIER_DEFINITIONS = {
  EXACT: 'The figure as given, with no hedge ("8,000 troops").',
  APPROXIMATE: 'A rounded or hedged figure ("about 8,000", "some 8,000", "roughly 8,000").',
  AT_LEAST: 'A lower bound ("at least 8,000", "more than 8,000", "over 8,000"): `value` is the bound.',
  AT_MOST: 'An upper bound ("up to 200", "no more than 200", "fewer than 200"): `value` is the bound.',
  RANGE: 'Between two figures ("between 10,000 and 12,000", "10,000-12,000"): `low` and `high`.',
  VAGUE:
    'A phrase rather than a number ("several hundred", "thousands"): `low` and `high` from the vague-phrase table, with the phrase kept.',
} as const;
export type FigureQualifier = keyof typeof FIGURE_QUALIFIER_DEFINITIONS;
export const FIGURE_QUALIFIERS = membersOf(FIGURE_QUALIFIER_DEFINITIONS);

/** Qualifiers that carry one `value`; RANGE and VAGUE carry `low` and `high` instead. */
export const POINT_QUALIFIERS: readonly FigureQualifier[] = ['EXACT', 'APPROXIMATE', 'AT_LEAST', 'AT_MOST'];

export const FIGURE_KIND_DEFINITIONS = {
  OBSERVED: 'A quantity seen or reported so far, at the time of the statement ("3,000 already sent").',
  CUMULATIVE: 'A running total to date, including earlier reported quantities ("12,000 in total so far").',
  PLANNED:
    'An intended or expected quantity, not yet there; may carry a target date ("10,000 intended by December").',
} as const;
export type FigureKind = keyof typeof FIGURE_KIND_DEFINITIONS;
export const FIGURE_KINDS = membersOf(FIGURE_KIND_DEFINITIONS);

/** The kind a figure has when its bundle does not say. */
export const DEFAULT_FIGURE_KIND: FigureKind = 'OBSERVED';

/** A figure as stored: a point (`value`) or a span (`low`..`high`), a unit, a kind. */
export type Figure = (
  | { qualifier: 'EXACT' | 'APPROXIMATE' | 'AT_LEAST' | 'AT_MOST'; value: number }
  | { qualifier: 'RANGE'; low: number; high: number }
  | { qualifier: 'VAGUE'; low: number; high: number; phrase: string }
) & {
  unit: string;
  kind: FigureKind;
};

/** A span of counts: `[low, high]`. */
type Span = readonly [number, number];

/**
 * Words that say "a small, unstated number of". `several` is 3–9 (more than a couple, fewer than
 * ten); `a few` and `a handful` 2–5; `a couple` 2–3.
 */
export const VAGUE_QUANTIFIERS: ReadonlyArray<{ words: string; span: Span }> = [
  { words: 'a couple of', span: [2, 3] },
  { words: 'a couple', span: [2, 3] },
  { words: 'a few', span: [2, 5] },
  { words: 'a handful', span: [2, 5] },
  { words: 'several', span: [3, 9] },
];

/** Units of counting that a quantifier or a plural ("hundreds") multiplies. */
export const VAGUE_SCALES: ReadonlyArray<{ word: string; plural: string; size: number }> = [
  { word: 'dozen', plural: 'dozens', size: 12 },
  { word: 'hundred', plural: 'hundreds', size: 100 },
  { word: 'thousand', plural: 'thousands', size: 1_000 },
  { word: 'million', plural: 'millions', size: 1_000_000 },
  { word: 'billion', plural: 'billions', size: 1_000_000_000 },
];

/** A bare plural ("hundreds", "dozens") is 2–9 of its unit. */
export const PLURAL_SPAN: Span = [2, 9];
/** "tens of thousands" is 2–9 tens of the unit (20,000–90,000). */
export const TENS_SPAN: Span = [20, 90];

/**
 * Reads a vague quantity phrase into a span, keeping the phrase; undefined when the phrase is
 * not one of the table's forms. Forms: `<quantifier>` ("several", "a few"), `<quantifier>
 * <unit>` ("several hundred", "a few dozen"), `<units>` ("hundreds", "dozens"), `tens of
 * <units>`, `<units> of <units>` ("hundreds of thousands"). A trailing "of" is ignored.
 */
export function vagueFigure(phrase: string): { low: number; high: number; phrase: string } | undefined {
  const kept = phrase.trim().replace(/\s+/g, ' ');
  const p = kept.toLowerCase().replace(/ of$/, '');
  const span = vagueSpan(p);
  return span ? { low: span[0], high: span[1], phrase: kept } : undefined;
}

function vagueSpan(p: string): Span | undefined {
  for (const { words, span } of VAGUE_QUANTIFIERS) {
    if (p === words) return span;
    if (p.startsWith(`${words} `)) {
      const unit = VAGUE_SCALES.find((s) => s.word === p.slice(words.length + 1));
      return unit ? scale(span, unit.size) : undefined;
    }
  }
  const plural = (word: string | undefined) => VAGUE_SCALES.find((s) => s.plural === word);
  const m = /^([a-z]+)(?: of ([a-z]+))?$/.exec(p);
  if (!m) return undefined;
  const [, first, second] = m;
  if (second === undefined) {
    const unit = plural(first);
    return unit ? scale(PLURAL_SPAN, unit.size) : undefined;
  }
  const inner = plural(second);
  if (!inner) return undefined;
  if (first === 'tens') return scale(TENS_SPAN, inner.size);
  const outer = plural(first);
  return outer && outer.size > 12 ? scale(PLURAL_SPAN, outer.size * inner.size) : undefined;
}

const scale = (span: Span, size: number): Span => [span[0] * size, span[1] * size];

/** A figure as a bundle may write it, before checking (the ingest room's JSON Schema shapes it). */
export interface FigureInput {
  qualifier?: string | null;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  phrase?: string | null;
  unit: string;
  kind?: string | null;
}

/** A problem with a figure, named by its field (`low`, `phrase`, …) below the figure's path. */
export interface FigureProblem {
  field: string;
  message: string;
}

/**
 * Checks a figure's consistency and fills what the rules imply: the qualifier defaults to EXACT
 * with `value`, RANGE with `low`/`high`, VAGUE with `phrase`; a VAGUE figure takes `low`/`high`
 * from the vague-phrase table unless it gives both; the kind defaults to OBSERVED.
 */
export function readFigure(
  input: FigureInput,
): { ok: true; figure: Figure } | { ok: false; problems: FigureProblem[] } {
  const problems: FigureProblem[] = [];
  const kind = input.kind ?? DEFAULT_FIGURE_KIND;
  if (!(FIGURE_KINDS as readonly string[]).includes(kind))
    problems.push({ field: 'kind', message: `must be one of ${FIGURE_KINDS.join(', ')}` });
  const qualifier =
    input.qualifier ?? (isNum(input.value) ? 'EXACT' : typeof input.phrase === 'string' ? 'VAGUE' : 'RANGE');
  if (!(FIGURE_QUALIFIERS as readonly string[]).includes(qualifier))
    return {
      ok: false,
      problems: [{ field: 'qualifier', message: `must be one of ${FIGURE_QUALIFIERS.join(', ')}` }],
    };
  const base = { unit: input.unit, kind: kind as FigureKind };
  const q = qualifier as FigureQualifier;
  const stray = (fields: Array<keyof FigureInput>) => {
    for (const f of fields)
      if (input[f] !== undefined && input[f] !== null)
        problems.push({ field: f, message: `a ${q} figure has no \`${f}\`` });
  };

  let figure: Figure | undefined;
  if (q === 'RANGE' || q === 'VAGUE') {
    stray(q === 'RANGE' ? ['value', 'phrase'] : ['value']);
    let { low, high } = input;
    let phrase: string | undefined;
    if (q === 'VAGUE') {
      if (typeof input.phrase !== 'string' || input.phrase.trim() === '') {
        problems.push({ field: 'phrase', message: 'a VAGUE figure keeps its phrase ("several hundred")' });
      } else {
        phrase = input.phrase.trim();
        if (!isNum(low) && !isNum(high)) {
          const read = vagueFigure(phrase);
          if (!read)
            problems.push({
              field: 'phrase',
              message: `"${phrase}" is not in the vague-phrase table; give \`low\` and \`high\` with it`,
            });
          else ({ low, high } = read);
        }
      }
    }
    if (problems.length > 0) {
      // the phrase's problem already says what is missing
    } else if (!isNum(low) || !isNum(high)) {
      if (q === 'RANGE' || phrase !== undefined)
        problems.push({
          field: isNum(low) ? 'high' : 'low',
          message: `a ${q} figure needs both \`low\` and \`high\``,
        });
    } else if (low < 0 || high < low) {
      problems.push({ field: 'high', message: `needs 0 <= low <= high, got ${low}..${high}` });
    } else {
      figure =
        q === 'RANGE'
          ? { qualifier: q, low, high, ...base }
          : { qualifier: q, low, high, phrase: phrase as string, ...base };
    }
  } else {
    stray(['low', 'high', 'phrase']);
    if (!isNum(input.value)) problems.push({ field: 'value', message: `a ${q} figure needs \`value\`` });
    else if (input.value < 0) problems.push({ field: 'value', message: 'must not be negative' });
    else figure = { qualifier: q, value: input.value, ...base };
  }
  return problems.length === 0 && figure ? { ok: true, figure } : { ok: false, problems };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The `:Statement` properties a figure is stored as (every key present, absent parts null, so a
 * re-ingested statement loses a stale part). The target date comes from the bundle's date ref,
 * resolved by the date grammar; it belongs to PLANNED figures only.
 */
export function figureProperties(
  figure: Figure | null,
  target: { date: string; precision: string } | null = null,
): Record<string, string | number | null> {
  return {
    figureValue: figure && 'value' in figure ? figure.value : null,
    figureLow: figure && 'low' in figure ? figure.low : null,
    figureHigh: figure && 'high' in figure ? figure.high : null,
    figureUnit: figure?.unit ?? null,
    figureQualifier: figure?.qualifier ?? null,
    figurePhrase: figure?.qualifier === 'VAGUE' ? figure.phrase : null,
    figureKind: figure?.kind ?? null,
    figureTargetDate: figure ? (target?.date ?? null) : null,
    figureTargetPrecision: figure ? (target?.precision ?? null) : null,
  };
}
