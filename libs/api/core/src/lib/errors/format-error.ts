import { ErrorCode } from '@assay/domain';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

/** What a client is told about an unexpected error (the details go to the server log). */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on the server. The problem has been logged; please try again.';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const logger = new Logger('GraphQL');

/** GraphQL's own request errors that are the client's fault. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The one place where errors become what clients see: a stable code, a message a person can act
 * on, no stack trace and (outside development) no "did you mean" hints that map the schema.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, development: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? ErrorCode.Internal);
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  void _stacktrace;

  // GraphQL's own hints also reach here as BAD_USER_INPUT (variables that do not fit the schema).
  const plain = development ? formatted.message : formatted.message.replace(/ ?Did you mean .*$/, '');
  // The parser's token limit (graphql-js writes "more that"), worded like the other document limits.
  const message = plain.replace(/^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/, 'Token limit of $1 exceeded.');

  if (KNOWN_CODES.has(code) && code !== ErrorCode.Internal) {
    return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  if (CLIENT_CODES.has(code)) {
    // Malformed documents are the client's input too: one code for "fix your request".
    const mapped = code === 'BAD_REQUEST' ? code : ErrorCode.BadUserInput;
    return { message, locations: formatted.locations, extensions: { code: mapped, reason: code } };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  // PostgreSQL 22P02: a value of the wrong form for its column, in practice an id that is not a UUID.
  const sqlState = (original as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code ?? (original as { code?: string } | null)?.code;
  if (sqlState === '22P02') {
    return { message: 'An id in the request is not valid.', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BadUserInput } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: development ? formatted.message : INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    extensions: { code: ErrorCode.Internal },
  };
}
