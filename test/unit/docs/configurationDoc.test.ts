import { readFileSync } from 'node:fs';
import {
  CONFIGURATION_DOC,
  configurationDoc,
  configurationVariables,
} from '../../../scripts/configuration-doc';
import { envSchema } from '../../../src/config';
import { repoPath } from '../../../src/paths';
import { expectFresh } from '../../support/expectFresh';

// docs/configuration.md is generated from the zod schema in src/config.ts; this keeps it equal
// to what the schema says today.

test('docs/configuration.md is up to date with src/config.ts', () => {
  expectFresh(CONFIGURATION_DOC, configurationDoc());
});

test('it lists every variable the service reads, each once', () => {
  const doc = readFileSync(repoPath(CONFIGURATION_DOC), 'utf8');
  const listed = [...doc.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
  expect(listed.sort()).toEqual(Object.keys(envSchema.shape).sort());
});

test('the defaults it shows are the ones the schema applies to an empty environment', () => {
  const applied = envSchema.parse({}) as Record<string, unknown>;
  const shown = Object.fromEntries(configurationVariables().map((v) => [v.name, v.default]));
  const expected = Object.fromEntries(
    Object.keys(envSchema.shape).map((name) => [
      name,
      applied[name] === undefined ? 'unset' : `\`${String(applied[name] as string | number | boolean)}\``,
    ]),
  );
  expect(shown).toEqual(expected);
});
