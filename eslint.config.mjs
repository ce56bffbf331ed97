// The compiler's strict flags catch most mistakes; typescript-eslint's strict, type-aware rules
// (strictTypeChecked, with the project's tsconfig through projectService) add the rest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
);
