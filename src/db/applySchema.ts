import { readdirSync, readFileSync } from 'node:fs';
import { repoPath } from '../paths';
import { splitStatements } from './cypherFile';
import type { Db } from './Database';

/** Every statement of cypher/schema/*.cypher, files in name order. */
export function schemaStatements(): string[] {
  const dir = repoPath('cypher', 'schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => splitStatements(readFileSync(`${dir}/${f}`, 'utf8')));
}

/**
 * Applies constraints, indexes and the full-text index. Idempotent (every statement says
 * IF NOT EXISTS), so it runs at every start; then waits until the indexes are online.
 */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of schemaStatements()) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
}
