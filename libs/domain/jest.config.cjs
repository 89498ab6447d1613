module.exports = {
  displayName: 'domain',
  preset: '../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../coverage/libs/domain',
};
