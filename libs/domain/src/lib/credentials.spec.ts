import { isPlausibleEmail, normaliseEmail, passwordProblems } from './credentials';

describe('normaliseEmail', () => {
  it.each([
    ['  Ada@Library.ORG ', 'ada@library.org'],
    ['bob@example.org', 'bob@example.org'],
  ])('%j → %j', (input, expected) => expect(normaliseEmail(input)).toBe(expected));
});

describe('isPlausibleEmail', () => {
  it.each([
    ['ada@library.org', true],
    ['ada@library', false],
    ['ada library.org', false],
    ['', false],
  ])('%j → %s', (input, expected) => expect(isPlausibleEmail(input)).toBe(expected));
});

describe('passwordProblems', () => {
  // NIST SP 800-63B §3.1.1.2: a minimum length, no composition rules, reject context-specific words.
  it.each([
    ['correct horse battery', undefined, []],
    ['short', undefined, ['Password must be at least 12 characters long.']],
    ['aaaaaaaaaaaaaa', undefined, ['Password must not repeat a single character.']],
    ['my-catalogue-2026', 'catalogue@library.org', ['Password must not contain the e-mail address.']],
    ['x'.repeat(257) + 'y', undefined, ['Password must be at most 256 characters long.']],
  ])('%j', (password, email, expected) => expect(passwordProblems(password, email)).toEqual(expected));
});
