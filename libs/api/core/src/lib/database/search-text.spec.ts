import { likePattern, prefixQuery } from './search-text';

describe('prefixQuery', () => {
  it.each([
    ['Koha evergreen', 'koha:* & evergreen:*'],
    ['  RFID, self-check!  ', 'rfid:* & self:* & check:*'],
    ['Bibliothèque 2027', 'bibliothèque:* & 2027:*'],
    ["a & b | !c:* <-> 'd'", 'a:* & b:* & c:* & d:*'],
    ['', null],
    ['&|!()', null],
  ])('%j → %j', (text, expected) => {
    expect(prefixQuery(text)).toBe(expected);
  });

  it('keeps the first twelve words', () => {
    expect(prefixQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))?.split(' & ')).toHaveLength(12);
  });
});

describe('likePattern', () => {
  it.each([
    ['eva', 'contains', '%eva%'],
    [' 50% off ', 'contains', '%50\\% off%'],
    ['snake_case', 'prefix', 'snake\\_case%'],
    ['back\\slash', 'prefix', 'back\\\\slash%'],
  ] as const)('%j (%s) → %j', (text, match, expected) => {
    expect(likePattern(text, match)).toBe(expected);
  });
});
