import { ErrorCode } from './error-codes';
import { needsReload, Problem, validationMessage } from './problem';

const problem = (change: Partial<Problem>): Problem => ({
  code: ErrorCode.BadUserInput,
  message: 'No.',
  fields: {},
  stale: false,
  ...change,
});

describe('needsReload', () => {
  it.each([
    ['a stale version', problem({ code: ErrorCode.Conflict, stale: true }), true],
    ['a conflict', problem({ code: ErrorCode.Conflict }), true],
    ['a refusal', problem({ code: ErrorCode.Forbidden }), false],
    ['bad input', problem({}), false],
  ])('%s: %s', (_, given, expected) => {
    expect(needsReload(given)).toBe(expected);
  });
});

describe('validationMessage', () => {
  it.each([
    [{ server: 'That name is taken.' }, 'That name is taken.'],
    [{ required: true }, 'This is required.'],
    [{ email: true }, 'Enter a valid e-mail address.'],
    [{ minlength: { requiredLength: 12, actualLength: 3 } }, 'At least 12 characters.'],
    [{ maxlength: { requiredLength: 2000, actualLength: 2001 } }, 'At most 2000 characters.'],
    [{ min: { min: 1, actual: 0 } }, 'At least 1.'],
    [{ max: { max: 10, actual: 11 } }, 'At most 10.'],
    [{ url: true }, 'Enter a full web address starting with https:// or http://.'],
    [{ pattern: { requiredPattern: '^x$' } }, 'Check the format of this value.'],
    [{ mystery: true }, 'Check this value.'],
    [{ required: true, server: 'Said the server.' }, 'Said the server.'],
  ])('%j → %s', (errors, expected) => {
    expect(validationMessage(errors)).toBe(expected);
  });
});
