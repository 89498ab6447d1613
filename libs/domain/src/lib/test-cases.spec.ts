import { cleanTestTags, testCaseKey } from './test-cases';

describe('testCaseKey', () => {
  it.each([
    ['CIRC-T', 1, 'CIRC-T-001'],
    ['circ-t', 12, 'CIRC-T-012'],
    ['T', 999, 'T-999'],
    ['T', 1000, 'T-1000'],
    ['REG', 10000, 'REG-10000'],
  ])('%s and %d make %s', (prefix, number, expected) => {
    expect(testCaseKey(prefix, number)).toBe(expected);
  });
});

describe('cleanTestTags', () => {
  it.each([
    [[], []],
    [
      ['holds', 'smoke'],
      ['holds', 'smoke'],
    ],
    [[' holds ', 'holds'], ['holds']],
    [['Smoke', 'smoke', 'SMOKE'], ['Smoke']],
    [['', '  ', 'x'], ['x']],
    [
      ['b', 'a'],
      ['b', 'a'],
    ],
  ])('%j become %j', (tags, expected) => {
    expect(cleanTestTags(tags)).toEqual(expected);
  });
});
