import { spawnSync } from 'node:child_process';
import type { Database } from '../../../src/db';
import { repoPath } from '../../../src/paths';
import { testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';

// The docs generated from a live seed graph (docs/api.md, docs/research-queries.md) are
// regenerated in memory by their own scripts (`--check`: compare, write nothing) against the
// run's database holding exactly the seed, and must equal the files. On failure the script's
// message names the command that regenerates them (`npm run docs`).

let db: Database | undefined;

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
});

afterAll(async () => {
  await db?.close();
});

test.each([
  ['docs/api.md', 'scripts/api-examples.ts'],
  ['docs/research-queries.md', 'scripts/research-examples.ts'],
])('%s is up to date (%s --check)', (_doc, script) => {
  const run = spawnSync(repoPath('node_modules', '.bin', 'tsx'), [script, '--check'], {
    cwd: repoPath(),
    env: process.env, // NEO4J_URI &c.: the run's database, read as it is
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(run.status === 0 ? '' : `${run.stderr}${run.stdout}`).toBe('');
  expect(run.stdout).toMatch(/is up to date/);
});
