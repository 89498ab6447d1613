export * from './lib/admin.inputs';
export * from './lib/admin.module';
export * from './lib/organisation.service';
export * from './lib/users.service';
