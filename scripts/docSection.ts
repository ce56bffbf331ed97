import { readFileSync, writeFileSync } from 'node:fs';
import { repoPath } from '../src/paths';

/** The command that regenerates every generated doc; freshness failures name it. */
export const REGENERATE_DOCS = 'npm run docs';

/** `text` with its part between `<!-- name:start -->` and `<!-- name:end -->` replaced by `body`. */
export function withDocSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body.trim()}\n${text.slice(to)}`;
}

/**
 * Replaces a marked section of a generated doc (`file` relative to the repository root). With
 * `--check` on the command line it writes nothing and throws when the file is out of date, so
 * a test can regenerate a doc in memory and compare. Returns what it did, for the script's log.
 */
export function replaceDocSection(file: string, name: string, body: string): string {
  const path = repoPath(file);
  const current = readFileSync(path, 'utf8');
  const next = withDocSection(current, name, body);
  if (process.argv.includes('--check')) {
    if (next !== current)
      throw new Error(`${file} is out of date: regenerate it with \`${REGENERATE_DOCS}\``);
    return `${file} is up to date`;
  }
  writeFileSync(path, next);
  return `updated ${file}`;
}
