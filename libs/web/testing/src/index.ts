export * from './lib/testing.routes';
