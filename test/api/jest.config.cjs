/** GraphQL end-to-end tests: each file starts the built API (dist/apps/api) on a fresh database. */
module.exports = {
  displayName: 'api-e2e',
  rootDir: '../..',
  preset: './jest.preset.cjs',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  testTimeout: 120000,
};
