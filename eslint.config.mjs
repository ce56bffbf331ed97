// Small on purpose: the compiler's strict flags catch most mistakes; these rules add the rest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'src/generated/', 'node_modules/', 'neo4j/target/', '.data/', '.tmp/', 'coverage/'] },
  // web/ (the explorer) is checked by its own strict tsc build.
  { ignores: ['web/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/db/ may import neo4j-driver.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/db/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
);
