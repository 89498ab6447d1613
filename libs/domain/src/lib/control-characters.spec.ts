import { fieldsWithControlCharacters, hasForbiddenControlCharacter } from './control-characters';

describe('hasForbiddenControlCharacter', () => {
  it.each([
    ['plain text', 'Koha 24.05', false],
    ['tab, line feed and carriage return', 'a\tb\nc\r\nd', false],
    ['letters beyond ASCII', 'Bibliothèque — 図書館', false],
    ['NUL', 'a\u0000b', true],
    ['NUL alone', '\u0000', true],
    ['backspace', 'a\u0008', true],
    ['vertical tab', '\u000B', true],
    ['form feed', '\u000C', true],
    ['shift out', '\u000E', true],
    ['unit separator', '\u001F', true],
    ['DEL', 'x\u007F', true],
    ['the next character after DEL', '\u0080', false],
    ['space', ' ', false],
  ])('%s', (_label, text, expected) => {
    expect(hasForbiddenControlCharacter(text)).toBe(expected);
  });
});

describe('fieldsWithControlCharacters', () => {
  it.each([
    ['a clean string', 'name', 'fine', []],
    ['a string', 'name', 'a\u0000b', ['name']],
    ['a nested input', 'input', { name: 'ok', contact: { email: 'x\u0001' } }, ['input.contact.email']],
    ['a list inside an input', 'input', { tags: ['ok', 'b\u007F', 'c\u0000'] }, ['input.tags[1]', 'input.tags[2]']],
    ['a list of inputs', 'input', { requirements: [{ id: '1' }, { id: '\u0000' }] }, ['input.requirements[1].id']],
    ['numbers, booleans, null and dates', 'input', { n: 1, b: true, x: null, d: new Date(0) }, []],
    ['an unnamed top level', '', { text: '\u0000' }, ['text']],
  ])('%s', (_label, path, value, expected) => {
    expect(fieldsWithControlCharacters(value, path)).toEqual(expected);
  });
});
