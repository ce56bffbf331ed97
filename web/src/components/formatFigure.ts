import { describeFuzzyDate } from './FuzzyDateView';
import type { FigureFieldsFragment } from '../gql/graphql';

export type FigureView = FigureFieldsFragment;

const n = (v: number | null | undefined) => (v == null ? '?' : v.toLocaleString('en-GB'));

/**
 * The figure as the source qualified it: "12,000 troops", "≈ 12,000 troops", "at least 3,000",
 * "at most 200", "10,000–12,000", "several hundred (200–900)"; a planned figure says so, with
 * its target date when given.
 */
export function formatFigure(f: FigureView): string {
  let amount: string;
  switch (f.qualifier) {
    case 'EXACT':
      amount = n(f.value);
      break;
    case 'APPROXIMATE':
      amount = `≈ ${n(f.value)}`;
      break;
    case 'AT_LEAST':
      amount = `at least ${n(f.value)}`;
      break;
    case 'AT_MOST':
      amount = `at most ${n(f.value)}`;
      break;
    case 'RANGE':
      amount = `${n(f.low)}–${n(f.high)}`;
      break;
    case 'VAGUE':
      amount = `${f.phrase ?? 'vague'} (${n(f.low)}–${n(f.high)})`;
      break;
  }
  const text = `${amount} ${f.unit}`;
  if (f.kind === 'CUMULATIVE') return `${text} in total`;
  if (f.kind !== 'PLANNED') return text;
  const target =
    f.targetDate && f.targetPrecision
      ? ` by ${describeFuzzyDate({ date: f.targetDate, precision: f.targetPrecision, knownBy: weekEnd(f.targetDate, f.targetPrecision) })}`
      : '';
  return `${text} planned${target}`;
}

/** Where a figure sits on a value axis: its point, or its low and high ends. */
export function figureSpan(f: FigureView): { y: number; low: number; high: number } | null {
  if (f.value != null) return { y: f.value, low: f.value, high: f.value };
  if (f.low != null && f.high != null) return { y: (f.low + f.high) / 2, low: f.low, high: f.high };
  return null;
}

// A target date carries no knownBy; only a week needs one to be read ("week of … – …").
function weekEnd(iso: string, precision: string): string {
  if (precision !== 'WEEK') return iso;
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
}
