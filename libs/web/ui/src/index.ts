export * from './lib/empty-state.component';
export * from './lib/error-banner.component';
export * from './lib/loading.component';
export * from './lib/page-header.component';
export * from './lib/load-state.component';
export * from './lib/plural.pipe';
export * from './lib/form-dialog-actions.component';
