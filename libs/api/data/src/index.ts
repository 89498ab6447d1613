export * from './lib/entities/audit-event.entity';
export * from './lib/entities/department.entity';
export * from './lib/entities/member-library.entity';
export * from './lib/entities/organisation.entity';
export * from './lib/entities/rate-limit-bucket.entity';
export * from './lib/entities/setting.entity';
export * from './lib/entities/user.entity';
export * from './lib/schema';
