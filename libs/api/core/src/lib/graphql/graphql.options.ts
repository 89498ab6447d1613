import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { Request, Response } from 'express';
import { GraphQLError, ValidationContext } from 'graphql';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { GraphQLContext } from './graphql-context';
import { RequestLoaders } from './request-loaders';

/**
 * The limit rules throw by default, which Apollo reports as an internal error; reported as
 * validation errors they reach the client as BAD_USER_INPUT with the limit and the value found.
 */
function reportAsValidationError(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COST = 5000;

/**
 * GraphQL server settings: code-first schema, CSRF prevention, depth and cost limits,
 * introspection only in development, no IDE loaded from a CDN, errors through formatGraphQLError.
 */
export function graphqlOptions(config: AppConfig, schemaFile: string | boolean): ApolloDriverConfig {
  const development = config.isDevelopment;
  return {
    autoSchemaFile: schemaFile,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    introspection: development,
    playground: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    validationRules: [
      // Introspection counts too: deeply nested __type chains are a known way to load a server.
      maxDepthRule({ n: MAX_QUERY_DEPTH, ignoreIntrospection: false, exposeLimits: true, propagateOnRejection: false, onReject: [reportAsValidationError] }),
      costLimitRule({ maxCost: MAX_QUERY_COST, ignoreIntrospection: true, exposeLimits: true, propagateOnRejection: false, onReject: [reportAsValidationError] }),
    ],
    formatError: (formatted, error) => formatGraphQLError(formatted, error, development),
    context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({ req, res, loaders: new RequestLoaders() }),
  };
}
