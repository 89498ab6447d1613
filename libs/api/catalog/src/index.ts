export * from './lib/catalog.inputs';
export * from './lib/catalog.module';
export * from './lib/catalog.types';
export * from './lib/research.service';
export * from './lib/search.service';
export * from './lib/vendors.service';
