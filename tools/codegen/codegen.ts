import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the web app, from the schema the API prints (apps/api/schema.graphql). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/**/*.graphql'],
  generates: {
    'libs/web/core/src/lib/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: { field: true, inputValue: false },
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        useTypeImports: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
