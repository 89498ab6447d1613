export * from './lib/acceptance.module';
export * from './lib/defects/defects.inputs';
export * from './lib/defects/defects.service';
export * from './lib/defects/defects.types';
