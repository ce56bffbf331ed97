import { spawnSync } from 'node:child_process';
import { repoPath } from '../../../src/paths';

// The docs generated from a live seed graph (docs/api.md, docs/research-queries.md) are
// regenerated in memory by their own scripts (`--check`: compare, write nothing) and must equal
// the files. Each script starts its own throwaway Neo4j holding exactly the seed, as
// `npm run docs` does: a database that other tests wrote to and emptied answers full-text
// searches with other scores (Lucene still counts deleted documents). On failure the script's
// message names the command that regenerates them (`npm run docs`).

const withoutSharedDatabase = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_')));

test.each([
  ['docs/api.md', 'scripts/api-examples.ts'],
  ['docs/research-queries.md', 'scripts/research-examples.ts'],
])(
  '%s is up to date (%s --check)',
  (_doc, script) => {
    const run = spawnSync(repoPath('node_modules', '.bin', 'tsx'), [script, '--check'], {
      cwd: repoPath(),
      env: withoutSharedDatabase(),
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.status === 0 ? '' : `${run.stderr}${run.stdout}`).toBe('');
    expect(run.stdout).toMatch(/is up to date/);
  },
  660_000,
);
