module.exports = {
  displayName: 'api-admin',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/admin',
};
