export * from './lib/evaluations.module';
export * from './lib/evaluations/evaluations.inputs';
export * from './lib/evaluations/evaluations.service';
export * from './lib/evaluations/evaluations.types';
export * from './lib/requirements/requirements.inputs';
export * from './lib/requirements/requirements.service';
export * from './lib/requirements/requirements.types';
