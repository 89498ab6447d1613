export * from './lib/decisions.module';
export * from './lib/evidence/evidence-source';
export * from './lib/recommendations/recommendation.inputs';
export * from './lib/recommendations/recommendation.types';
export * from './lib/recommendations/recommendations.service';
