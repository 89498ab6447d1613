export * from './lib/acceptance.module';
export * from './lib/defects/defects.inputs';
export * from './lib/defects/defects.service';
export * from './lib/defects/defects.types';
export * from './lib/vendor-claims/vendor-claims.service';
export * from './lib/vendor-claims/vendor-claims.types';
