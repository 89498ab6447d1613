module.exports = {
  displayName: 'web-admin',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/web/admin',
};
