export * from './lib/acceptance.module';
export * from './lib/vendor-claims/vendor-claims.service';
export * from './lib/vendor-claims/vendor-claims.types';
