export * from './lib/scoring.routes';
