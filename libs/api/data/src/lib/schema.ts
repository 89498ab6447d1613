import { AuditEventEntity } from './entities/audit-event.entity';
import { DepartmentEntity } from './entities/department.entity';
import { MemberLibraryEntity } from './entities/member-library.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { RateLimitBucketEntity } from './entities/rate-limit-bucket.entity';
import { SettingEntity } from './entities/setting.entity';
import { UserEntity } from './entities/user.entity';
import { Foundation1764300000000 } from './migrations/1764300000000-Foundation';

/** Every entity, listed explicitly (a bundled or compiled API cannot rely on globs). */
export const ENTITIES = [
  OrganisationEntity,
  MemberLibraryEntity,
  DepartmentEntity,
  UserEntity,
  AuditEventEntity,
  RateLimitBucketEntity,
  SettingEntity,
];

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [Foundation1764300000000];
