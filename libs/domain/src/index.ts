export * from './lib/credentials';
export * from './lib/error-codes';
export * from './lib/roles';
export * from './lib/requirements-import';
export * from './lib/evaluation-status';
export * from './lib/evaluation-permissions';
export * from './lib/ahp';
export * from './lib/krippendorff';
export * from './lib/special-functions';
export * from './lib/kendall-w';
export * from './lib/scoring';
export * from './lib/control-characters';
export * from './lib/user-agent';
export * from './lib/evaluator-keys';
export * from './lib/problem';
export * from './lib/money';
export * from './lib/audit';
export * from './lib/test-cases';
export * from './lib/api-tokens';
export * from './lib/test-case-file';
export * from './lib/acceptance/vocabulary';
export * from './lib/acceptance/criteria';
export * from './lib/acceptance/waivers';
export * from './lib/acceptance/requirement-evidence';
export * from './lib/acceptance/verdict';
export * from './lib/acceptance/sign-offs';
export * from './lib/acceptance/traceability';
export * from './lib/acceptance/upgrade-comparison';
export * from './lib/acceptance/defect-stats';
export * from './lib/defects';
export * from './lib/acceptance/vendor-claims';
export * from './lib/acceptance/retest';
<<<<<<< HEAD
export * from './lib/decisions/recommendation';
export * from './lib/decisions/snapshot-diff';
=======
export * from './lib/spreadsheet-formula';
>>>>>>> trends
