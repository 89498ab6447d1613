/**
 * Unit tests of the library's framework-free logic (no Angular, no TestBed): plain Node, as in libs/domain.
 * Components and stores are covered by the browser tests in test/web.
 */
module.exports = {
  displayName: 'web-feedback',
  preset: '../../../jest.preset.cjs',
  testEnvironment: 'node',
  coverageDirectory: '../../../coverage/libs/web/feedback',
};
