module.exports = {
  displayName: 'api-core',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/core',
  // The notifier's spec opens an embedded PGlite database in-process (see the transform's comment).
  transform: { '@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/jest.pglite-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
};
