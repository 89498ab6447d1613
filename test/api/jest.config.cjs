/** GraphQL end-to-end tests: each file starts the built API (dist/apps/api) on a fresh database. */
module.exports = {
  displayName: 'api-e2e',
  rootDir: '../..',
  preset: './jest.preset.cjs',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
    // The e-mail test opens the database in-process as a second API process would (see that transform).
    '@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/libs/api/core/jest.pglite-transform.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/dist/.+\\.cjs$)'],
  testTimeout: 120000,
};
