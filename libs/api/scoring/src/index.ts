export * from './lib/scoring.module';
export * from './lib/ranking/ranking.types';
export * from './lib/rounds/rounds.inputs';
export * from './lib/rounds/rounds.service';
export * from './lib/rounds/rounds.types';
export * from './lib/rubric/rubric.inputs';
export * from './lib/rubric/rubric.service';
export * from './lib/rubric/rubric.types';
