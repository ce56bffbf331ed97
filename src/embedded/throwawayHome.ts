import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../paths';

/**
 * A new Neo4j home under .tmp/ (`<prefix>XXXXXX`) for a run that owns its database (tests,
 * scripts, benchmarks): empty, or a copy of `from`, a loaded store kept from an earlier run.
 * The caller removes it when done.
 */
export function throwawayHome(prefix: string, from?: string): string {
  mkdirSync(repoPath('.tmp'), { recursive: true });
  const home = mkdtempSync(path.join(repoPath('.tmp'), prefix));
  if (from) cpSync(from, home, { recursive: true });
  return home;
}
