import { readFileSync, writeFileSync } from 'node:fs';
import { repoPath } from '../src/paths';

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` of a Markdown file. */
export function replaceReadmeSection(name: string, body: string, relativePath = 'README.md'): void {
  const file = repoPath(relativePath);
  const readme = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${relativePath} has no ${start} … ${end} markers`);
  writeFileSync(file, `${readme.slice(0, from + start.length)}\n${body.trim()}\n${readme.slice(to)}`);
}
