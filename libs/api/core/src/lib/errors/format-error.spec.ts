import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { badInput, conflict } from './app-error';
import { formatGraphQLError } from './format-error';

const formatted = (error: GraphQLError): GraphQLFormattedError => error.toJSON();

describe('formatGraphQLError', () => {
  it('passes a product error through with its code, message and details', () => {
    const error = badInput('Enter a name.', [{ field: 'name', problems: ['Enter a name.'] }]);
    expect(formatGraphQLError(formatted(error), error, false)).toEqual({
      message: 'Enter a name.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', problems: ['Enter a name.'] }] },
    });
    const stale = conflict('Changed by Sam.', { changedBy: 'Sam' });
    expect(formatGraphQLError(formatted(stale), stale, false).extensions).toEqual({ code: 'CONFLICT', changedBy: 'Sam' });
  });

  it.each([
    [false, 'Cannot query field "mee" on type "Query".'],
    [true, 'Cannot query field "mee" on type "Query". Did you mean "me"?'],
  ])('turns a validation error into BAD_USER_INPUT; schema hints only in development (%s)', (development, message) => {
    const error = new GraphQLError('Cannot query field "mee" on type "Query". Did you mean "me"?', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const result = formatGraphQLError(formatted(error), error, development);
    expect(result.message).toBe(message);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it.each([false, true])('hides an unexpected error and its stack (development: %s)', (development) => {
    const original = new Error('relation "secret_table" does not exist');
    const error = new GraphQLError(original.message, { originalError: original, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js:1'] } });
    const result = formatGraphQLError(formatted(error), error, development);
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(result.message.includes('secret_table')).toBe(development);
  });
});
