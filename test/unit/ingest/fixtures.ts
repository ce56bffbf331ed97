import { readFileSync } from 'node:fs';
import { repoPath } from '../../../src/paths';

/** A fresh, mutable copy of the seed bundle (typed loosely so tests can break it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loadSeedBundle(): any {
  return JSON.parse(readFileSync(repoPath('data', 'seed', '2024-10-22-dprk-denial.bundle.json'), 'utf8'));
}
