module.exports = {
  displayName: 'web-ui',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/web/ui',
};
