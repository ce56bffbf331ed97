import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the explorer, from the service's own SDL. `documentMode: 'string'`
// makes each operation a typed string, so the browser bundle needs no GraphQL runtime.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
