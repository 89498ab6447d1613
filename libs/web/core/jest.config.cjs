module.exports = {
  displayName: 'web-core',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/web/core',
};
