import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../../src/paths';

// The repository is self-contained: a fresh clone with nothing beside it builds, runs and
// tests. So no tracked (or new, not ignored) file may point outside it: not at the shared
// folder beside the checkout, not at an absolute path of the machine it was written on. The
// patterns are assembled from pieces so that this file does not match itself.

/** The root folder of the development machine's checkouts, with its slashes. */
const WORK = ['', 'work', ''].join('/');

const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'a sibling folder outside the repository', pattern: new RegExp(['\\.\\.', 'shared'].join('/')) },
  { what: 'an absolute path on the development machine', pattern: new RegExp(`(^|[^\\w.~-])${WORK}`) },
];

function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoPath(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter((file) => file !== '');
}

function textOf(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(repoPath(file));
  } catch {
    return undefined; // listed by git but deleted in the working tree
  }
  return bytes.includes(0) ? undefined : bytes.toString('utf8'); // binary files (images) skipped
}

test('the file list is the repository (sanity check of the listing itself)', () => {
  const files = repositoryFiles();
  expect(files).toContain('package.json');
  expect(files).toContain('data/seed/2024-10-22-dprk-denial.txt');
  expect(files.some((file) => file.startsWith('node_modules/'))).toBe(false);
});

test('no file refers to anything outside the repository', () => {
  const hits: string[] = [];
  for (const file of repositoryFiles()) {
    const text = textOf(file);
    if (text === undefined) continue;
    text.split('\n').forEach((line, index) => {
      for (const { what, pattern } of FORBIDDEN) {
        if (pattern.test(line)) hits.push(`${file}:${index + 1}: ${what}: ${line.trim().slice(0, 160)}`);
      }
    });
  }
  expect(hits).toEqual([]);
});

test('the patterns catch what they are meant to catch', () => {
  const matches = (line: string) => FORBIDDEN.filter(({ pattern }) => pattern.test(line)).map((f) => f.what);
  expect(matches(`readFileSync('${['..', 'shared', 'seeds', 'a.txt'].join('/')}')`)).toEqual([
    'a sibling folder outside the repository',
  ]);
  expect(matches(`cd ${WORK}main && npm test`)).toEqual(['an absolute path on the development machine']);
  expect(matches('see docs/work/notes.md and src/network/x.ts')).toEqual([]);
});
