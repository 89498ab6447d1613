export * from './lib/evaluations.module';
export * from './lib/evaluations.service';
export * from './lib/evaluations.types';
