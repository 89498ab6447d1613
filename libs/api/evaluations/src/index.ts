export * from './lib/evaluations.module';
export * from './lib/evaluations.service';
export * from './lib/evaluations.types';
export * from './lib/requirements.service';
export * from './lib/requirements.types';
export * from './lib/scoring.service';
export * from './lib/scoring.types';
