import { readdirSync, readFileSync } from 'node:fs';
import { onRecordAsOf, withinFrom } from '../../../src/domain/datePredicates';
import { repoPath } from '../../../src/paths';

// The .cypher files cannot import src/domain/datePredicates.ts: every "as of" / "within"
// predicate in them must read exactly as the domain module writes it.

const files = readdirSync(repoPath('cypher', 'queries')).filter((f) => f.endsWith('.cypher'));

test.each(files)('%s writes the date predicates as src/domain/datePredicates.ts does', (file) => {
  const text = readFileSync(repoPath('cypher', 'queries', file), 'utf8');
  for (const m of text.matchAll(/(\w+)\.knownBy\s*<=\s*[^\n]*?\)/g)) {
    const param = /\$(\w+)/.exec(m[0])?.[1] ?? '';
    expect(m[0]).toBe(onRecordAsOf(m[1] as string, param));
  }
  for (const m of text.matchAll(/(\w+)\.date\s*>=\s*[^\n]*?\)/g)) {
    const param = /\$(\w+)/.exec(m[0])?.[1] ?? '';
    expect(m[0]).toBe(withinFrom(m[1] as string, param));
  }
});
