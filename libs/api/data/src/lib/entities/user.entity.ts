import { GlobalRole } from '@assay/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditedEntity } from './audited.entity';

/** A person who signs in. Never exposed to GraphQL as is: the password hash stays here. */
@Entity('app_user')
export class UserEntity extends AuditedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised (trimmed, lower-case); unique. */
  @Column('text')
  email!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** argon2id encoded hash. */
  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('text', { name: 'global_role' })
  globalRole!: GlobalRole;

  @Column('uuid', { name: 'member_library_id', nullable: true })
  memberLibraryId!: string | null;

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  /** Set when an admin resets the password: the person must choose a new one at next sign-in. */
  @Column('boolean', { name: 'must_change_password', default: false })
  mustChangePassword!: boolean;

  /** Bumped when a password changes or the account is deactivated: older tokens stop working. */
  @Column('integer', { name: 'token_version', default: 0 })
  tokenVersion!: number;

  /** Marks accounts created as demo data, so they are never mistaken for real ones. */
  @Column('boolean', { name: 'is_demo', default: false })
  isDemo!: boolean;

  @Column('timestamptz', { name: 'last_login_at', nullable: true })
  lastLoginAt!: Date | null;
}
