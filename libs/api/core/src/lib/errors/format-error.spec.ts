import { ErrorCode } from '@assay/domain';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, badInput, conflict, forbidden, notFound, unauthenticated } from './app-error';
import { formatGraphQLError } from './format-error';

const formatted = (error: GraphQLError): GraphQLFormattedError => error.toJSON();

// Unexpected errors go to the server log; keep the test output clean.
beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('formatGraphQLError', () => {
  it('passes a product error through with its code, message and details', () => {
    const error = badInput('Enter a name.', [{ field: 'name', problems: ['Enter a name.'] }]);
    expect(formatGraphQLError(formatted(error), error, false)).toEqual({
      message: 'Enter a name.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', problems: ['Enter a name.'] }] },
    });
    const stale = conflict('Changed by Sam.', { changedBy: 'Sam' });
    expect(formatGraphQLError(formatted(stale), stale, false).extensions).toEqual({
      code: 'CONFLICT',
      changedBy: 'Sam',
    });
  });

  it.each([
    [false, 'Cannot query field "mee" on type "Query".'],
    [true, 'Cannot query field "mee" on type "Query". Did you mean "me"?'],
  ])('turns a validation error into BAD_USER_INPUT; schema hints only in development (%s)', (development, message) => {
    const error = new GraphQLError('Cannot query field "mee" on type "Query". Did you mean "me"?', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const result = formatGraphQLError(formatted(error), error, development);
    expect(result.message).toBe(message);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it("words the parser's token limit like the other document limits", () => {
    const error = new GraphQLError('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', {
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(formatGraphQLError(formatted(error), error, false)).toEqual({
      message: 'Token limit of 2000 exceeded.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it.each([false, true])('hides an unexpected error and its stack (development: %s)', (development) => {
    const original = new Error('relation "secret_table" does not exist');
    const error = new GraphQLError(original.message, {
      originalError: original,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js:1'] },
    });
    const result = formatGraphQLError(formatted(error), error, development);
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(result.message.includes('secret_table')).toBe(development);
  });
});

describe('formatGraphQLError, case by case', () => {
  const INTERNAL_MESSAGE = 'Something went wrong on the server. The problem has been logged; please try again.';
  let logged: jest.SpyInstance;

  beforeEach(() => {
    // The edge: the server log, which gets what the client does not.
    logged = jest.spyOn(Logger.prototype, 'error');
  });

  const sut = (error: GraphQLError, development: boolean) => formatGraphQLError(formatted(error), error, development);

  it.each([
    ['UNAUTHENTICATED', unauthenticated(), 'Sign in to continue.'],
    ['FORBIDDEN', forbidden(), 'You do not have permission to do that.'],
    ['NOT_FOUND', notFound('The vendor'), 'The vendor was not found.'],
    ['CONFLICT', conflict('Changed by Sam.'), 'Changed by Sam.'],
    [
      'RATE_LIMITED',
      new AppError(ErrorCode.RateLimited, 'Too many attempts; try again in 15 minutes.', { retryAfterSeconds: 900 }),
      'Too many attempts; try again in 15 minutes.',
    ],
  ])('passes %s through with its message and code, in production and development', (_code, error, message) => {
    for (const development of [false, true]) {
      const result = sut(error, development);
      expect(result.message).toBe(message);
      expect(result.extensions?.['code']).toBe(error.code);
    }
    expect(logged).not.toHaveBeenCalled();
  });

  // Variables that do not fit the schema are reported by GraphQL itself with BAD_USER_INPUT,
  // the same code as our own input errors; the hint still maps the schema.
  it.each([
    [
      false,
      'Variable "$input" got invalid value { nme: "x" }; Field "nme" is not a known field here.',
      'Variable "$input" got invalid value { nme: "x" }; Field "nme" is not defined by type "CreateVendorInput". Did you mean "name"?',
    ],
    [
      true,
      'Variable "$input" got invalid value { nme: "x" }; Field "nme" is not defined by type "CreateVendorInput". Did you mean "name"?',
      'Variable "$input" got invalid value { nme: "x" }; Field "nme" is not defined by type "CreateVendorInput". Did you mean "name"?',
    ],
    [
      false,
      'Variable "$role" got invalid value "ADMN"; Value "ADMN" is not one of the allowed values.',
      'Variable "$role" got invalid value "ADMN"; Value "ADMN" does not exist in "GlobalRole" enum. Did you mean the enum value "ADMIN"?',
    ],
  ])(
    'a variable that does not fit the schema stays BAD_USER_INPUT; its hint and type names only in development (%s)',
    (development, expected, message) => {
      const result = sut(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }), development);
      expect(result).toEqual({ message: expected, extensions: { code: 'BAD_USER_INPUT' } });
    },
  );

  it.each([
    ['GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'Syntax Error: Expected Name, found "}".'],
    ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'Unknown argument "nme" on field "Mutation.createVendor".'],
    ['OPERATION_RESOLUTION_FAILURE', 'BAD_USER_INPUT', 'Unknown operation named "Nope".'],
    ['PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_USER_INPUT', 'PersistedQueryNotSupported'],
    ['BAD_REQUEST', 'BAD_REQUEST', 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).'],
  ])('a request error %s becomes %s with the reason and the message, no stack trace', (reason, code, message) => {
    const error = new GraphQLError(message, {
      extensions: { code: reason, stacktrace: ['GraphQLError: x', '    at parse (graphql.js:1)'] },
    });
    for (const development of [false, true]) {
      expect(sut(error, development)).toEqual({ message, extensions: { code, reason } });
    }
  });

  it.each([
    [
      'an Error thrown by a resolver',
      new GraphQLError('Cannot read properties of undefined (reading "id")', {
        originalError: new TypeError('Cannot read properties of undefined (reading "id")'),
      }),
    ],
    [
      'an error with a code of its own',
      new GraphQLError('duplicate key value violates unique constraint "uq_vendor_name"', {
        extensions: { code: '23505' },
      }),
    ],
    ['an AppError that says it is internal', new AppError(ErrorCode.Internal, 'query failed: SELECT * FROM app_user')],
    ['an error without extensions', new GraphQLError('ECONNREFUSED 10.0.0.5:5432')],
  ])('%s is INTERNAL_SERVER_ERROR: generic outside development, logged, never a stack trace', (_label, error) => {
    const production = sut(error, false);
    expect(production).toEqual({ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const development = sut(error, true);
    expect(development).toEqual({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveBeenCalledTimes(2);
    expect(String(logged.mock.calls[0][0])).toContain((error.originalError ?? error).message);
  });

  it.each([
    ['a known code', new AppError(ErrorCode.NotFound, 'The vendor was not found.')],
    ['a request error', new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })],
    ['an unknown error', new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
  ])('drops the stacktrace extension of %s, even in development', (_label, error) => {
    const withStack: GraphQLFormattedError = {
      ...formatted(error),
      extensions: { ...formatted(error).extensions, stacktrace: ['Error: boom', '    at /srv/api/main.js:1:1'] },
    };
    for (const development of [false, true]) {
      expect(formatGraphQLError(withStack, error, development).extensions).not.toHaveProperty('stacktrace');
    }
  });
});

describe('formatGraphQLError with database errors', () => {
  it('reports an id that is not a UUID as BAD_USER_INPUT, not as an internal error', () => {
    const original = Object.assign(new Error('invalid input syntax for type uuid: "undefined"'), {
      driverError: { code: '22P02' },
    });
    const error = new GraphQLError(original.message, { originalError: original });
    expect(formatGraphQLError(error.toJSON(), error, false)).toEqual({
      message: 'An id in the request is not valid.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('reports two saves of one e-mail address at the same moment as CONFLICT, not as an internal error', () => {
    const original = Object.assign(new Error('duplicate key value violates unique constraint "uq_app_user_email"'), {
      driverError: { code: '23505', constraint: 'uq_app_user_email', detail: 'Key (email)=(a@b.test) already exists.' },
    });
    const error = new GraphQLError(original.message, { originalError: original, path: ['createUser'] });
    expect(formatGraphQLError(error.toJSON(), error, false)).toEqual({
      message: 'A user with the e-mail address a@b.test already exists.',
      path: ['createUser'],
      extensions: { code: 'CONFLICT', field: 'email' },
    });
  });
});

describe('formatGraphQLError outside development: no names of the server’s input and enum types', () => {
  // graphql-js's own messages for variables and arguments that do not fit (input type CreateVendorInput, enum Kind).
  it.each([
    [
      'Variable "$input" got invalid value 5; Expected type "CreateVendorInput" to be an object.',
      'Variable "$input" got invalid value 5; Expected an object.',
    ],
    [
      'Variable "$input" got invalid value {}; Field "name" of required type "String!" was not provided.',
      'Variable "$input" got invalid value {}; Field "name" is required but was not provided.',
    ],
    [
      'Variable "$input" got invalid value { name: "a", nme: "x" }; Field "nme" is not defined by type "CreateVendorInput". Did you mean "name"?',
      'Variable "$input" got invalid value { name: "a", nme: "x" }; Field "nme" is not a known field here.',
    ],
    [
      'Variable "$input" got invalid value "X" at "input.kind"; Value "X" does not exist in "Kind" enum.',
      'Variable "$input" got invalid value "X" at "input.kind"; Value "X" is not one of the allowed values.',
    ],
    ['Variable "$id" of required type "ID!" was not provided.', 'Variable "$id" is required but was not provided.'],
    [
      'Variable "$input" got invalid value 5 at "input.kind"; Enum "Kind" cannot represent non-string value: 5.',
      'Variable "$input" got invalid value 5 at "input.kind"; Expected one of the allowed values, found: 5.',
    ],
    ['Variable "$id" of non-null type "ID!" must not be null.', 'Variable "$id" must not be null.'],
    ['Expected value of type "CreateVendorInput!", found 5.', 'Expected a value of another type, found 5.'],
    ['Expected value of type "Int!", found "a".', 'Expected value of type "Int!", found "a".'],
    [
      'Field "CreateVendorInput.name" of required type "String!" was not provided.',
      'Field "name" is required but was not provided.',
    ],
    [
      'Enum "Kind" cannot represent non-enum value: "SELECTION". Did you mean the enum value "SELECTION"?',
      'Expected one of the allowed values, found: "SELECTION".',
    ],
    [
      'Variable "$i" of type "String" used in position expecting type "CreateVendorInput!".',
      'Variable "$i" of type "String" does not fit where it is used.',
    ],
    [
      'Field "w" argument "kind" of type "Kind!" is required, but it was not provided.',
      'Field "w" argument "kind" is required, but it was not provided.',
    ],
    ['String cannot represent a non string value: 5', 'String cannot represent a non string value: 5'],
  ])('%s', (message, expected) => {
    for (const code of ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']) {
      const error = new GraphQLError(message, { extensions: { code } });
      expect(formatGraphQLError(formatted(error), error, false).message).toBe(expected);
      // Development keeps GraphQL's own words, hints included.
      expect(formatGraphQLError(formatted(error), error, true).message).toBe(message);
    }
  });

  it('leaves the product’s own messages as they are', () => {
    const error = badInput('Expected type "Anything" to be an object.');
    expect(formatGraphQLError(formatted(error), error, false).message).toBe(
      'Expected type "Anything" to be an object.',
    );
  });
});
