export * from './lib/scoring.routes';
export * from './lib/rubric/rubric.routes';
