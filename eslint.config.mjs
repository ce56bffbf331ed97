// The compiler's strict flags catch most mistakes; typescript-eslint's strict, type-aware rules
// (strictTypeChecked, with the project's tsconfig through projectService) add the rest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The rules strictTypeChecked adds to the recommended set this project used before. */
const rulesOf = (configs) => new Set(configs.flatMap((c) => Object.keys(c.rules ?? {})));
const recommended = rulesOf(tseslint.configs.recommended);
const addedRules = [...rulesOf(tseslint.configs.strictTypeChecked)].filter((rule) => !recommended.has(rule));

// TEMPORARY, until the type-aware fix pass after the rooms' branches are merged: files in which
// the strict, type-aware rules found problems when they were turned on. There they warn (listed by
// `npm run lint`) instead of failing. Fix a file, delete its line; delete the block when empty.
const PENDING_TYPE_AWARE_FIXES = [
  'src/db/Database.ts',
  'src/db/Liveness.ts',
  'src/db/mapDriverError.ts',
  'src/db/toPlain.ts',
  'src/embedded/freePort.ts',
  'src/embedded/startEmbeddedNeo4j.ts',
  'src/embedded/superviseEmbeddedNeo4j.ts',
  'src/index.ts',
  'test/fault/freezeAndCrash.test.ts',
  'test/fault/neo4jOutage.test.ts',
  'test/unit/hardening/observabilityUnits.test.ts',
];

export default tseslint.config(
  {
    ignores: ['dist/', 'src/generated/', 'node_modules/', 'neo4j/target/', '.data/', '.tmp/', 'coverage/'],
  },
  // web/ (the explorer) is checked by its own strict tsc build.
  { ignores: ['web/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/db/ may import neo4j-driver.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Numbers print the same everywhere; other types in templates must be converted explicitly.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  { files: ['src/db/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Plain JavaScript (this file) has no types to check.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: PENDING_TYPE_AWARE_FIXES,
    rules: {
      ...Object.fromEntries(addedRules.map((rule) => [rule, 'warn'])),
      '@typescript-eslint/restrict-template-expressions': ['warn', { allowNumber: true }],
    },
  },
);
