export * from './lib/acceptance.module';
export * from './lib/verdicts/verdicts.inputs';
export * from './lib/verdicts/verdicts.service';
export * from './lib/verdicts/verdicts.types';
