const { nxPreset } = require('@nx/jest/preset');

/** Shared Jest settings: TypeScript through ts-jest (transpile only; `tsc` in each build checks types). */
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};
