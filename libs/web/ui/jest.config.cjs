module.exports = {
  displayName: 'web-ui',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  // Angular and Apollo ship ES modules: ts-jest turns them into CommonJS like the sources.
  transform: {
    '^.+\\.(ts|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: ['node_modules/(?!(@angular|@apollo|rxjs|tslib)/)'],
  coverageDirectory: '../../../coverage/libs/web/ui',
};
