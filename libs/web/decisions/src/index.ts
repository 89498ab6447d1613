export * from './lib/decisions.routes';
