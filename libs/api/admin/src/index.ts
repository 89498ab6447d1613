export * from './lib/admin.module';
export * from './lib/organisation/organisation.inputs';
export * from './lib/organisation/organisation.service';
export * from './lib/users/users.inputs';
export * from './lib/users/users.service';
export * from './lib/users/users.types';
