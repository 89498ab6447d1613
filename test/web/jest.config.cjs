/** Browser end-to-end tests: each file starts the built API (which serves the built web app) and drives Chromium. */
module.exports = {
  displayName: 'web-e2e',
  rootDir: '../..',
  preset: './jest.preset.cjs',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/web/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  testTimeout: 120000,
};
