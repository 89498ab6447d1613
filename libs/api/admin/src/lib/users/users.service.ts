import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  DEFAULT_PAGE,
  EditTarget,
  likePattern,
  notFound,
  PageInput,
  PasswordHasher,
  RequestActor,
  SessionService,
  User,
  VersionedEdit,
} from '@assay/api/core';
import { DepartmentEntity, MemberLibraryEntity, UserEntity } from '@assay/api/data';
import { GlobalRole, isPlausibleEmail, normaliseEmail, passwordProblems } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { CreateUserInput, ResetPasswordInput, UpdateUserInput, UsersFilter } from './users.inputs';
import { UserPage } from './users.types';

const USER: EditTarget<UserEntity> = {
  entity: UserEntity,
  objectType: 'user',
  missing: 'The user',
  describe: (user) => `The user ${user.displayName}`,
};

const AUDITED_FIELDS: (keyof UserEntity & string)[] = [
  'email',
  'displayName',
  'globalRole',
  'memberLibraryId',
  'departmentId',
  'active',
];

/** Managing accounts. Every method is for administrators only, checked here whatever the caller. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
  ) {}

  async list(actor: RequestActor, filter: UsersFilter = {}, page: PageInput = DEFAULT_PAGE): Promise<UserPage> {
    this.access.requireAdmin(actor);
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    const search = filter.search?.trim();
    if (search) {
      const pattern = likePattern(search);
      query.andWhere(
        new Brackets((w) =>
          w.where('u.display_name ILIKE :pattern', { pattern }).orWhere('u.email ILIKE :pattern', { pattern }),
        ),
      );
    }
    if (filter.active !== undefined && filter.active !== null) {
      query.andWhere('u.active = :active', { active: filter.active });
    }
    const [rows, total] = await query
      .orderBy('lower(u.display_name)', 'ASC')
      .addOrderBy('u.id')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items: rows.map((row) => User.from(row)), total };
  }

  async get(actor: RequestActor, id: string): Promise<User> {
    this.access.requireAdmin(actor);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('The user');
    return User.from(user);
  }

  async create(actor: RequestActor, input: CreateUserInput): Promise<User> {
    this.access.requireAdmin(actor);
    const email = normaliseEmail(input.email);
    if (!isPlausibleEmail(email)) {
      throw badInput('Enter a valid e-mail address.', [
        { field: 'email', problems: ['Enter a valid e-mail address.'] },
      ]);
    }
    const problems = passwordProblems(input.temporaryPassword, email);
    if (problems.length > 0) {
      throw badInput(problems.join(' '), [{ field: 'temporaryPassword', problems }]);
    }
    const passwordHash = await this.hasher.hash(input.temporaryPassword);
    return this.dataSource.transaction(async (manager) => {
      await this.assertUnitsExist(manager, input.memberLibraryId, input.departmentId);
      if (await manager.existsBy(UserEntity, { email })) {
        throw conflict(`A user with the e-mail address ${email} already exists.`, { field: 'email' });
      }
      const values = {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        globalRole: input.globalRole,
        memberLibraryId: input.memberLibraryId ?? null,
        departmentId: input.departmentId ?? null,
        active: true,
        mustChangePassword: true,
      };
      const saved = await this.edit.create(manager, actor, USER, values, (row) => pick(row, AUDITED_FIELDS));
      return User.from(saved);
    });
  }

  async update(actor: RequestActor, input: UpdateUserInput): Promise<User> {
    this.access.requireAdmin(actor);
    const updated = await this.dataSource.transaction(async (manager) => {
      const user = await this.edit.lockVersion(manager, USER, input.id, input.version);
      const changes: Partial<UserEntity> = {
        displayName: input.displayName?.trim(),
        globalRole: input.globalRole ?? undefined,
        memberLibraryId: input.memberLibraryId,
        departmentId: input.departmentId,
        active: input.active ?? undefined,
      };
      const saved = await this.edit.update(manager, actor, USER, user, changes, AUDITED_FIELDS, {
        check: async (row, before) => {
          await this.assertUnitsExist(manager, row.memberLibraryId, row.departmentId);
          const losesAdmin =
            before.globalRole === GlobalRole.Admin &&
            before.active &&
            (row.globalRole !== GlobalRole.Admin || !row.active);
          if (losesAdmin && (await this.activeAdminCount(manager)) <= 1) {
            throw badInput('This is the only active administrator. Make someone else an administrator first.', [
              { field: 'globalRole', problems: ['The last active administrator must stay one.'] },
            ]);
          }
          if (before.active && !row.active) {
            row.tokenVersion += 1; // signs the person out everywhere
            await this.sessions.endAll(row.id, { manager });
          }
        },
      });
      return User.from(saved);
    });
    // A role or name change applies to the person's next request on this process (other processes: within seconds).
    this.sessions.forget(input.id);
    return updated;
  }

  async resetPassword(actor: RequestActor, input: ResetPasswordInput): Promise<User> {
    this.access.requireAdmin(actor);
    const reset = await this.dataSource.transaction(async (manager) => {
      const user = await this.edit.lock(manager, USER, input.id);
      const problems = passwordProblems(input.temporaryPassword, user.email);
      if (problems.length > 0) {
        throw badInput(problems.join(' '), [{ field: 'temporaryPassword', problems }]);
      }
      user.passwordHash = await this.hasher.hash(input.temporaryPassword);
      user.mustChangePassword = true;
      user.tokenVersion += 1;
      await this.sessions.endAll(user.id, { manager });
      const saved = await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'user',
        objectId: user.id,
        action: 'password_reset',
      });
      return User.from(saved);
    });
    this.sessions.forget(input.id);
    return reset;
  }

  /** Serialised, so two admins demoting each other at once cannot leave none. */
  private async activeAdminCount(manager: EntityManager): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(4242002)');
    return manager.countBy(UserEntity, { globalRole: GlobalRole.Admin, active: true });
  }

  private async assertUnitsExist(
    manager: EntityManager,
    memberLibraryId?: string | null,
    departmentId?: string | null,
  ): Promise<void> {
    if (memberLibraryId && !(await manager.existsBy(MemberLibraryEntity, { id: memberLibraryId }))) {
      throw badInput('That member library does not exist.', [
        { field: 'memberLibraryId', problems: ['Choose a member library from the list.'] },
      ]);
    }
    if (departmentId && !(await manager.existsBy(DepartmentEntity, { id: departmentId }))) {
      throw badInput('That department does not exist.', [
        { field: 'departmentId', problems: ['Choose a department from the list.'] },
      ]);
    }
  }
}

function pick<T extends object>(source: T, fields: (keyof T)[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, source[field]]));
}
