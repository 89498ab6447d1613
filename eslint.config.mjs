import nx from '@nx/eslint-plugin';
import angularTemplate from '@angular-eslint/eslint-plugin-template';
import angularTemplateParser from '@angular-eslint/template-parser';

/**
 * One flat config for the whole workspace. Every project's `lint` target (@nx/eslint:lint) and the
 * root `eslint tools test` run read this file.
 *
 * The layering in docs/architecture.md ("Dependency rules") is enforced by @nx/enforce-module-boundaries from the
 * project tags: scope:api|web|shared decides which side a project lives on, type:app|feature|core|
 * data|ui|domain decides how far down it may reach. A feature never imports another feature.
 */

/** Server-only packages: the browser bundle and the shared domain never pull these in. */
const serverOnly = ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'argon2', 'express'];
/** Browser-only packages: the API and the shared domain never pull these in. */
const browserOnly = ['@angular/*', 'apollo-angular'];
/** Other frameworks and transport concerns that do not belong in framework-free domain code. */
const notInDomain = [
  '@apollo/*',
  'graphql',
  'class-validator',
  'class-transformer',
  'dataloader',
  'helmet',
  'cookie-parser',
  'reflect-metadata',
  'rxjs',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      '**/coverage',
      '**/tmp',
      '**/test-results',
      '**/.assay',
      // Written by graphql-codegen (npm run codegen) from apps/api/schema.graphql and each .graphql file.
      'libs/web/**/*.generated.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    rules: {
      // The Nx presets leave these at "warn"; a warning nobody is made to read is noise, so they fail.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Sides: API and web never meet except through the shared domain.
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: browserOnly,
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: serverOnly,
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...serverOnly, ...browserOnly, ...notInDomain],
            },
            // Layers: data flows one way, features never import each other.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:data', 'type:ui', 'type:domain'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:core', 'type:data', 'type:ui', 'type:domain'],
            },
            {
              sourceTag: 'type:core',
              onlyDependOnLibsWithTags: ['type:core', 'type:data', 'type:domain'],
            },
            // Web core has no data layer of its own: it talks GraphQL and uses the domain.
            {
              allSourceTags: ['scope:web', 'type:core'],
              onlyDependOnLibsWithTags: ['type:core', 'type:domain'],
            },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: ['type:data', 'type:domain'],
            },
            {
              sourceTag: 'type:ui',
              onlyDependOnLibsWithTags: ['type:ui', 'type:domain'],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
            },
          ],
        },
      ],
    },
  },
  // The API's services and resolvers act for the signed-in person the guard attached, never for an
  // absent one: an actor parameter that may be undefined or null (or is optional) is refused, so no
  // service needs `actor!` and every access check has someone to check.
  {
    files: ['libs/api/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "Identifier[typeAnnotation.typeAnnotation.type='TSUnionType']:has(TSTypeReference > Identifier[name='RequestActor']):matches(:has(TSUndefinedKeyword), :has(TSNullKeyword))",
          message:
            'Take a non-null RequestActor: AuthGuard guarantees one on every authenticated path (a @Public operation reads req.actor itself).',
        },
        {
          selector: "Identifier[optional=true]:has(TSTypeReference > Identifier[name='RequestActor'])",
          message:
            'Take a non-null RequestActor: AuthGuard guarantees one on every authenticated path (a @Public operation reads req.actor itself).',
        },
      ],
    },
  },
  // Angular templates, inline and in .html files: the recommended rules and every accessibility rule
  // (labels, alt text, keyboard access to what can be clicked, valid ARIA).
  {
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
    processor: angularTemplate.processors['extract-inline-html'],
  },
  {
    files: ['**/*.html'],
    languageOptions: { parser: angularTemplateParser },
    plugins: { '@angular-eslint/template': angularTemplate },
    rules: {
      ...angularTemplate.configs.recommended.rules,
      ...angularTemplate.configs.accessibility.rules,
    },
  },
];
