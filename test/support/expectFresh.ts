import { readFileSync } from 'node:fs';
import { repoPath } from '../../src/paths';
import { REGENERATE_DOCS } from '../../scripts/docSection';

/** Fails, naming the command that regenerates it, when a generated doc differs from `generated`. */
export function expectFresh(file: string, generated: string): void {
  const onDisk = readFileSync(repoPath(file), 'utf8');
  if (onDisk === generated) return;
  const have = onDisk.split('\n');
  const want = generated.split('\n');
  const line = have.findIndex((text, i) => text !== want[i]);
  const at = line < 0 ? want.length - 1 : line;
  throw new Error(
    `${file} is out of date: regenerate it with \`${REGENERATE_DOCS}\` and commit it.\n` +
      `  first difference, line ${at + 1}:\n  file:      ${have[at] ?? '(end of file)'}\n  generated: ${want[at] ?? '(end of file)'}`,
  );
}
