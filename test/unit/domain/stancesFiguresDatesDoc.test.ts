import { readFileSync } from 'node:fs';
import { renderStancesFiguresDates } from '../../../scripts/stancesFiguresDatesDoc';
import { DATE_FORMS } from '../../../src/ingest/resolveDate';
import { repoPath } from '../../../src/paths';

test('docs/stances-figures-dates.md is generated from the code (npx tsx scripts/stancesFiguresDatesDoc.ts)', () => {
  expect(readFileSync(repoPath('docs', 'stances-figures-dates.md'), 'utf8')).toBe(
    renderStancesFiguresDates(),
  );
});

test('the date grammar table has one row per form of the grammar', () => {
  const doc = renderStancesFiguresDates();
  for (const form of DATE_FORMS) expect(doc).toContain(`| \`${form.form}\``);
});
