module.exports = {
  displayName: 'api-reports',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/api/reports',
};
