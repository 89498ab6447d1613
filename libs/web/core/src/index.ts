export * from './lib/auth/guards';
export * from './lib/auth/session.store';
export * from './lib/errors/problem';
export * from './lib/forms/form-dialog';
export * from './lib/graphql/auth.generated';
export * from './lib/graphql/types.generated';
export * from './lib/graphql/provide-graphql';
