module.exports = {
  displayName: 'api-feedback',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/feedback',
  // The services' specs open an embedded PGlite database in-process (see the transform's comment).
  transform: { '@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/../core/jest.pglite-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
};
