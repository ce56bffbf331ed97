import { readFileSync } from 'node:fs';
import type { Bundle } from '../../src/ingest/bundleFormat';
import { repoPath } from '../../src/paths';

/** A test bundle with every list present, so a test can edit its lists without checks. */
export type FullBundle = Bundle &
  Required<Pick<Bundle, 'actors' | 'relations' | 'events' | 'statements' | 'stances' | 'links'>>;

/** A fresh, mutable copy of the seed bundle. */
export function loadSeedBundle(): FullBundle {
  return JSON.parse(
    readFileSync(repoPath('data', 'seed', '2024-10-22-dprk-denial.bundle.json'), 'utf8'),
  ) as FullBundle;
}

/** The item at `index`; a test bundle too short for its test is a failure, not `undefined`. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`the test bundle has no item ${index} (only ${list.length})`);
  return item;
}
