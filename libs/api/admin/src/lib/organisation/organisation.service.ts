import {
  AccessPolicy,
  conflict,
  Department,
  EditTarget,
  MemberLibrary,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import { DepartmentEntity, MemberLibraryEntity, OrganisationEntity } from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationUnitInput, UpdateOrganisationUnitInput } from './organisation.inputs';

type UnitEntity = MemberLibraryEntity | DepartmentEntity;
const unitTarget = (
  entity: typeof MemberLibraryEntity | typeof DepartmentEntity,
  label: string,
  type: 'member_library' | 'department',
): EditTarget<UnitEntity> => ({
  entity,
  objectType: type,
  missing: `The ${label}`,
  describe: (row) => `The ${label} ${row.name}`,
});
const UNITS = {
  memberLibrary: {
    target: unitTarget(MemberLibraryEntity, 'member library', 'member_library'),
    label: 'member library',
    toGraphQL: MemberLibrary.from,
  },
  department: {
    target: unitTarget(DepartmentEntity, 'department', 'department'),
    label: 'department',
    toGraphQL: Department.from,
  },
} as const;
type UnitKind = keyof typeof UNITS;

/** Member libraries and departments: everyone signed in reads them; administrators change them. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly edit: VersionedEdit,
  ) {}

  // Any signed-in person reads the organisation's name, libraries and departments.

  async organisationName(_actor: RequestActor): Promise<string> {
    return (
      (await this.dataSource.getRepository(OrganisationEntity).find({ order: { createdAt: 'ASC' }, take: 1 }))[0]
        ?.name ?? ''
    );
  }

  async memberLibraries(_actor: RequestActor): Promise<MemberLibrary[]> {
    return (await this.dataSource.getRepository(MemberLibraryEntity).find({ order: { name: 'ASC' } })).map(
      MemberLibrary.from,
    );
  }

  async departments(_actor: RequestActor): Promise<Department[]> {
    return (await this.dataSource.getRepository(DepartmentEntity).find({ order: { name: 'ASC' } })).map(
      Department.from,
    );
  }

  createMemberLibrary(actor: RequestActor, input: OrganisationUnitInput): Promise<MemberLibrary> {
    return this.create(actor, 'memberLibrary', input) as Promise<MemberLibrary>;
  }

  updateMemberLibrary(actor: RequestActor, input: UpdateOrganisationUnitInput): Promise<MemberLibrary> {
    return this.update(actor, 'memberLibrary', input) as Promise<MemberLibrary>;
  }

  createDepartment(actor: RequestActor, input: OrganisationUnitInput): Promise<Department> {
    return this.create(actor, 'department', input) as Promise<Department>;
  }

  updateDepartment(actor: RequestActor, input: UpdateOrganisationUnitInput): Promise<Department> {
    return this.update(actor, 'department', input) as Promise<Department>;
  }

  private async create(
    actor: RequestActor,
    kind: UnitKind,
    input: OrganisationUnitInput,
  ): Promise<MemberLibrary | Department> {
    this.access.requireAdmin(actor);
    const unit = UNITS[kind];
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.find(OrganisationEntity, { order: { createdAt: 'ASC' }, take: 1 });
      if (!organisation[0]) throw notFound('The organisation');
      await this.assertCodeFree(manager, unit.target, unit.label, input.code);
      const values = { organisationId: organisation[0].id, name: input.name.trim(), code: input.code };
      const saved = await this.edit.create(manager, actor, unit.target, values, (row) => ({
        name: row.name,
        code: row.code,
      }));
      return unit.toGraphQL(saved);
    });
  }

  private async update(
    actor: RequestActor,
    kind: UnitKind,
    input: UpdateOrganisationUnitInput,
  ): Promise<MemberLibrary | Department> {
    this.access.requireAdmin(actor);
    const unit = UNITS[kind];
    return this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, unit.target, input.id, input.version);
      if (row.code !== input.code) {
        await this.assertCodeFree(manager, unit.target, unit.label, input.code);
      }
      const changes = { name: input.name.trim(), code: input.code };
      return unit.toGraphQL(await this.edit.update(manager, actor, unit.target, row, changes, ['name', 'code']));
    });
  }

  private async assertCodeFree(
    manager: EntityManager,
    target: EditTarget<UnitEntity>,
    label: string,
    code: string,
  ): Promise<void> {
    if (await manager.existsBy(target.entity, { code })) {
      throw conflict(`Another ${label} already uses the code ${code}.`, { field: 'code' });
    }
  }
}
