module.exports = {
  displayName: 'api-acceptance',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/acceptance',
  // The services' specs open an embedded PGlite database in-process (see the transform's comment).
  transform: { '@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/../core/jest.pglite-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
};
