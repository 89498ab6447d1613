export * from './lib/feedback.module';
export * from './lib/surveys/survey.inputs';
export * from './lib/surveys/survey.types';
export * from './lib/surveys/surveys.service';
