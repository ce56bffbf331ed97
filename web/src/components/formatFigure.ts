/** "≈ 12,000 troops": the approximate sign only where the source hedged. */
export function formatFigure(f: { value: number; unit: string; approximate: boolean }): string {
  return `${f.approximate ? '≈ ' : ''}${f.value.toLocaleString('en-GB')} ${f.unit}`;
}
