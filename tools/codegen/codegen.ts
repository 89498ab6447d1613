import type { CodegenConfig } from '@graphql-codegen/cli';
import type { FragmentImportFromFn } from '@graphql-codegen/near-operation-file-preset';

/**
 * Typed GraphQL documents for the web app, from the schema the API prints (apps/api/schema.graphql).
 *
 * Each `.graphql` file gets its operations generated beside it (`x.graphql` → `x.generated.ts`), so a
 * change to one feature's operations touches only that feature. The enums and input types the
 * operations share are generated once, into web core's `types.generated.ts`, which `@assay/web/core`
 * exports; web core's own operations (sign-in, the session, people) are exported from there too.
 */
const CORE = 'libs/web/core/src/lib/graphql';
const CORE_DOCUMENTS = 'libs/web/core/**/*.graphql';
const FEATURE_DOCUMENTS = ['libs/web/**/*.graphql', `!${CORE_DOCUMENTS}`];

const operations = {
  avoidOptionals: { field: true, inputValue: false },
  enumsAsTypes: true,
  scalars: { DateTime: 'string', ID: 'string' },
  useTypeImports: true,
};

/** A feature reaches a fragment of another library through that library's public alias, never a relative path. */
const fragmentsThroughCore: FragmentImportFromFn = (source, generatedFile) =>
  source.path.includes(`${CORE}/`) && !generatedFile.includes(`${CORE}/`)
    ? { ...source, path: '~@assay/web/core' }
    : source;

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  generates: {
    [`${CORE}/types.generated.ts`]: {
      documents: ['libs/web/**/*.graphql'],
      plugins: ['typescript-operations'],
      config: { ...operations, generateOperationTypes: false },
    },
    [`${CORE}/`]: {
      documents: [CORE_DOCUMENTS],
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts' },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...operations, importSchemaTypesFrom: `${CORE}/types.generated.ts`, namespacedImportName: 'Types' },
    },
    'libs/web/': {
      documents: FEATURE_DOCUMENTS,
      // Spelled differently from CORE_DOCUMENTS: the CLI caches loaded documents by their pointers, not by
      // whether they are external, and would otherwise generate web core's files a second time here.
      externalDocuments: [`./${CORE_DOCUMENTS}`],
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', importAllFragmentsFrom: fragmentsThroughCore },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...operations, importSchemaTypesFrom: '~@assay/web/core', namespacedImportName: 'Types' },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
