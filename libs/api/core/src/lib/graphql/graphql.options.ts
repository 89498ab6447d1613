import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Request, Response } from 'express';
import { GraphQLError, ValidationContext } from 'graphql';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { Metrics } from '../metrics/metrics';
import { expensiveWorkRule } from './expensive-work.rule';
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
/** The web app's largest operation has about 200 tokens, no aliases and no directives. */
export const MAX_QUERY_TOKENS = 2000;
export const MAX_QUERY_ALIASES = 30;
export const MAX_QUERY_DIRECTIVES = 10;
/**
 * The budget for fields marked ExpensiveField: ten searches or rankings in one document, or the
 * ranking of each round of one evaluation; not the rankings of every round of every evaluation.
 */
export const MAX_EXPENSIVE_WORK = 1000;

/** Sets `Cache-Control: no-store` on every GraphQL response. */
const NO_STORE: ApolloServerPlugin = {
  requestDidStart: async () => NO_STORE_HOOKS,
};
const NO_STORE_HOOKS: GraphQLRequestListener<BaseContext> = {
  willSendResponse: async ({ response }) => {
    response.http.headers.set('cache-control', 'no-store');
  },
};

/**
 * GraphQL server settings: code-first schema, CSRF prevention, limits on a document's tokens,
 * depth, aliases, directives, cost and expensive work,
 * introspection only in development, no IDE loaded from a CDN, errors through formatGraphQLError,
 * and, with metrics on, each request timed by operation name with its errors counted by code.
 */
export function graphqlOptions(config: AppConfig, schemaFile: string | boolean, metrics?: Metrics): ApolloDriverConfig {
  const development = config.isDevelopment;
  return {
    autoSchemaFile: schemaFile,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    introspection: development,
    playground: false,
    includeStacktraceInErrorResponses: false,
    // Apollo's cache-control plugin, on by default, wraps every field's resolver to read cache hints
    // that Assay never gives: a cost on every field for nothing. Every answer is private to its
    // reader, so each says `no-store`, as that plugin said when it found no hint.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      NO_STORE,
      ...(metrics ? [metrics.graphqlPlugin()] : []),
    ],
    // The token limit stops the parser itself, before anything else looks at the document.
    // graphql-armor's max-tokens ships only as an Envelop plugin around the same lexer count; Apollo
    // cannot swap its parser, but passes graphql-js's own maxTokens through.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    // ExpensiveField's turn-taking applies to field resolvers (ranking, summaries) as well as queries.
    fieldResolverEnhancers: ['interceptors'],
    validationRules: [
      // Introspection counts too: deeply nested __type chains are a known way to load a server.
      maxDepthRule({
        n: MAX_QUERY_DEPTH,
        ignoreIntrospection: false,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [reportAsValidationError],
      }),
      costLimitRule({
        maxCost: MAX_QUERY_COST,
        ignoreIntrospection: true,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [reportAsValidationError],
      }),
      maxAliasesRule({
        n: MAX_QUERY_ALIASES,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [reportAsValidationError],
      }),
      maxDirectivesRule({
        n: MAX_QUERY_DIRECTIVES,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [reportAsValidationError],
      }),
      expensiveWorkRule({ maxCost: MAX_EXPENSIVE_WORK, onReject: reportAsValidationError }),
    ],
    formatError: (formatted, error) => formatGraphQLError(formatted, error, development),
    context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
      req,
      res,
      loaders: new RequestLoaders(),
    }),
  };
}
