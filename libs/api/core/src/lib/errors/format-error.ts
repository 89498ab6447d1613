import { ErrorCode } from '@assay/domain';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';
import { uniqueViolation } from './unique-violation';

/** What a client is told about an unexpected error (the details go to the server log). */
export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on the server. The problem has been logged; please try again.';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const logger = new Logger('GraphQL');

/** GraphQL's own request errors that are the client's fault. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Scalars every GraphQL client knows; naming them says nothing about the server's own types. */
const PUBLIC_TYPES = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'DateTime']);
const isPublicType = (type: string) => PUBLIC_TYPES.has(type.replace(/[[\]!]/g, ''));

/**
 * GraphQL's own messages about arguments and variables, without the names of the server's input
 * and enum types (which are its class names): what is wrong, in words a client can act on.
 */
const TYPE_NAME_REWRITES: [RegExp, (...groups: string[]) => string][] = [
  [/Expected type "[^"]+" to be an object\./g, () => 'Expected an object.'],
  [
    /Field "(?:\w+\.)?(\w+)" of required type "([^"]+)" was not provided\./g,
    (_, field) => `Field "${field}" is required but was not provided.`,
  ],
  [
    /Variable "(\$\w+)" of required type "([^"]+)" was not provided\./g,
    (_, variable) => `Variable "${variable}" is required but was not provided.`,
  ],
  [/ of non-null type "[^"]+" must not be null/g, () => ' must not be null'],
  [/ is not defined by type "[^"]+"/g, () => ' is not a known field here'],
  [/ does not exist in "[^"]+" enum/g, () => ' is not one of the allowed values'],
  [/Enum "[^"]+" cannot represent non-(?:string|enum) value: /g, () => 'Expected one of the allowed values, found: '],
  [
    /Expected value of type "([^"]+)", found/g,
    (whole, type) => (isPublicType(type) ? whole : 'Expected a value of another type, found'),
  ],
  [
    / used in position expecting type "([^"]+)"/g,
    (whole, type) => (isPublicType(type) ? whole : ' does not fit where it is used'),
  ],
  [
    / argument "(\w+)" of type "([^"]+)" is required/g,
    (whole, argument, type) => (isPublicType(type) ? whole : ` argument "${argument}" is required`),
  ],
];

/** `message` without the server's input and enum type names (see TYPE_NAME_REWRITES). */
export function withoutTypeNames(message: string): string {
  return TYPE_NAME_REWRITES.reduce(
    (text, [pattern, replace]) =>
      text.replace(pattern, (...match: unknown[]) =>
        replace(...match.filter((part): part is string => typeof part === 'string')),
      ),
    message,
  );
}

/**
 * The one place where errors become what clients see: a stable code, a message a person can act
 * on, no stack trace and (outside development) no "did you mean" hints that map the schema.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? ErrorCode.Internal);
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  void _stacktrace;

  // GraphQL's own hints also reach here as BAD_USER_INPUT (variables that do not fit the schema);
  // outside development they lose the "did you mean" hints and the names of the server's types.
  const own =
    error instanceof AppError || (error as { originalError?: unknown } | null)?.originalError instanceof AppError;
  const plain =
    development || own ? formatted.message : withoutTypeNames(formatted.message.replace(/ ?Did you mean .*$/, ''));
  // The parser's token limit (graphql-js writes "more that"), worded like the other document limits.
  const message = plain.replace(
    /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/,
    'Token limit of $1 exceeded.',
  );

  if (KNOWN_CODES.has(code) && code !== ErrorCode.Internal) {
    return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  if (CLIENT_CODES.has(code)) {
    // Malformed documents are the client's input too: one code for "fix your request".
    const mapped = code === 'BAD_REQUEST' ? code : ErrorCode.BadUserInput;
    return { message, locations: formatted.locations, extensions: { code: mapped, reason: code } };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  // Two saves of the same name at the same moment both pass the service's check; the database refuses one.
  const duplicate = uniqueViolation(original);
  if (duplicate) {
    return {
      message: duplicate.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...duplicate.extensions },
    };
  }
  // PostgreSQL 22P02: a value of the wrong form for its column, in practice an id that is not a UUID.
  const sqlState =
    (original as { driverError?: { code?: string }; code?: string } | null)?.driverError?.code ??
    (original as { code?: string } | null)?.code;
  if (sqlState === '22P02') {
    return {
      message: 'An id in the request is not valid.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BadUserInput },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: development ? formatted.message : INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    extensions: { code: ErrorCode.Internal },
  };
}
