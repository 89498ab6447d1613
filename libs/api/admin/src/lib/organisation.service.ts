import {
  AccessPolicy,
  AuditService,
  conflict,
  Department,
  MemberLibrary,
  notFound,
  RequestActor,
  staleVersionConflict,
} from '@assay/api/core';
import { DepartmentEntity, MemberLibraryEntity, OrganisationEntity } from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrganisationUnitInput, UpdateOrganisationUnitInput } from './admin.inputs';

type UnitEntity = typeof MemberLibraryEntity | typeof DepartmentEntity;
const UNITS = {
  memberLibrary: {
    entity: MemberLibraryEntity,
    label: 'member library',
    type: 'member_library',
    toGraphQL: MemberLibrary.from,
  },
  department: { entity: DepartmentEntity, label: 'department', type: 'department', toGraphQL: Department.from },
} as const;
type UnitKind = keyof typeof UNITS;

/** Member libraries and departments: everyone signed in reads them; administrators change them. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
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
      await this.assertCodeFree(manager, unit.entity, unit.label, input.code);
      const saved = await manager.save(
        manager.create(unit.entity as typeof MemberLibraryEntity, {
          organisationId: organisation[0].id,
          name: input.name.trim(),
          code: input.code,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: unit.type,
        objectId: saved.id,
        action: 'created',
        after: { name: saved.name, code: saved.code },
      });
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
      const row = await manager.findOne(unit.entity as typeof MemberLibraryEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw notFound(`The ${unit.label}`);
      if (row.version !== input.version) {
        throw await staleVersionConflict(manager, `The ${unit.label} ${row.name}`, unit.type, row.id, row.version);
      }
      if (row.code !== input.code) {
        await this.assertCodeFree(manager, unit.entity, unit.label, input.code);
      }
      const before = { name: row.name, code: row.code };
      row.name = input.name.trim();
      row.code = input.code;
      const changes = this.audit.diff(before, { name: row.name, code: row.code }, ['name', 'code']);
      if (Object.keys(changes.after).length === 0) return unit.toGraphQL(row);
      const saved = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: unit.type,
        objectId: row.id,
        action: 'updated',
        ...changes,
      });
      return unit.toGraphQL(saved);
    });
  }

  private async assertCodeFree(manager: EntityManager, entity: UnitEntity, label: string, code: string): Promise<void> {
    if (await manager.existsBy(entity as typeof MemberLibraryEntity, { code })) {
      throw conflict(`Another ${label} already uses the code ${code}.`, { field: 'code' });
    }
  }
}
