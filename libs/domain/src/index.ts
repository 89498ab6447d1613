export * from './lib/credentials';
export * from './lib/error-codes';
export * from './lib/roles';
export * from './lib/requirements-import';
export * from './lib/evaluation-status';
export * from './lib/ahp';
export * from './lib/krippendorff';
