/**
 * `npm run schema:bundle`: writes schemas/bundle.schema.json from the typed source
 * (src/ingest/bundleFormat.ts). A unit test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { repoPath } from '../paths';
import { bundleJsonSchema } from './bundleFormat';
import { BUNDLE_SCHEMA_PATH } from './bundleSchema';

/** The file's exact text: two-space JSON and a final newline. */
export function bundleSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(repoPath(BUNDLE_SCHEMA_PATH), bundleSchemaText());
  process.stdout.write(`wrote ${BUNDLE_SCHEMA_PATH}\n`);
}
