const pglite = require('../core/jest.pglite.cjs');
const preset = require('../../../jest.preset.cjs');

module.exports = {
  displayName: 'api-scoring',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/scoring',
  // The services' specs run on an embedded PGlite database (see ../core/jest.pglite.cjs).
  transform: { ...pglite.transform, ...preset.transform },
  transformIgnorePatterns: pglite.transformIgnorePatterns,
};
