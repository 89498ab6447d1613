import { AuditService, badInput, conflict, notFound, RequestActor, staleVersionConflict } from '@assay/api/core';
import {
  ProductEntity,
  ProductVersionEntity,
  ReferenceCheckEntity,
  ResearchNoteEntity,
  VendorContactEntity,
  VendorEntity,
} from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import { CatalogKind } from './catalog.types';

/** Each archivable kind: its entity, what to call it in messages, and how to name one row. */
export const CATALOG_KINDS: Record<
  CatalogKind,
  { entity: EntityTarget<ObjectLiteral>; label: string; nameOf: (row: ObjectLiteral) => string }
> = {
  vendor: { entity: VendorEntity, label: 'vendor', nameOf: (row) => row['name'] },
  product: { entity: ProductEntity, label: 'product', nameOf: (row) => row['name'] },
  product_version: { entity: ProductVersionEntity, label: 'product version', nameOf: (row) => row['name'] },
  vendor_contact: { entity: VendorContactEntity, label: 'contact', nameOf: (row) => row['name'] },
  research_note: { entity: ResearchNoteEntity, label: 'research note', nameOf: (row) => `“${row['title']}”` },
  reference_check: {
    entity: ReferenceCheckEntity,
    label: 'reference check',
    nameOf: (row) => `with ${row['libraryName']}`,
  },
};

/** Trims text; an empty optional text becomes null. */
export function cleanText(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The write path every catalogue change shares: load and lock the row, check the version the
 * editor saw, apply the given fields, save, and record the change in the audit trail — all in
 * the caller's transaction.
 */
@Injectable()
export class CatalogStore {
  constructor(private readonly audit: AuditService) {}

  async lockForEdit<T extends ObjectLiteral>(
    manager: EntityManager,
    kind: CatalogKind,
    id: string,
    expectedVersion: number,
  ): Promise<T> {
    const { entity, label, nameOf } = CATALOG_KINDS[kind];
    const row = (await manager
      .getRepository(entity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })) as T | null;
    if (!row) throw notFound(`The ${label}`);
    if (row['version'] !== expectedVersion) {
      throw await staleVersionConflict(manager, `The ${label} ${nameOf(row)}`, kind, id, row['version']);
    }
    return row;
  }

  /** Applies the fields present in `input` (undefined = leave as is), saves, and audits the changes. */
  async update<T extends ObjectLiteral>(
    manager: EntityManager,
    actor: RequestActor,
    kind: CatalogKind,
    row: T,
    input: Partial<T>,
    fields: (keyof T & string)[],
  ): Promise<T> {
    const before = { ...row };
    for (const field of fields) {
      const value = input[field];
      if (value === undefined) continue;
      (row as Record<string, unknown>)[field] = typeof value === 'string' ? cleanText(value) : value;
    }
    const changes = this.audit.diff(before, row, fields);
    if (Object.keys(changes.after).length === 0) return row;
    const saved = await this.save(manager, kind, row);
    await this.audit.record(manager, {
      actorId: actor.id,
      objectType: kind,
      objectId: row['id'],
      action: 'updated',
      before: changes.before,
      after: changes.after,
    });
    return saved;
  }

  async create<T extends ObjectLiteral>(
    manager: EntityManager,
    actor: RequestActor,
    kind: CatalogKind,
    values: Partial<T>,
    fields: (keyof T & string)[],
  ): Promise<T> {
    const { entity } = CATALOG_KINDS[kind];
    const row = manager.getRepository(entity).create(values as ObjectLiteral) as T;
    const saved = await this.save(manager, kind, row);
    const after = Object.fromEntries(
      fields
        .filter((field) => saved[field] !== undefined && saved[field] !== null)
        .map((field) => [field, saved[field]]),
    );
    await this.audit.record(manager, {
      actorId: actor.id,
      objectType: kind,
      objectId: saved['id'],
      action: 'created',
      after,
    });
    return saved;
  }

  async setArchived<T extends ObjectLiteral>(
    manager: EntityManager,
    actor: RequestActor,
    kind: CatalogKind,
    id: string,
    version: number,
    archived: boolean,
  ): Promise<T> {
    const row = await this.lockForEdit<T>(manager, kind, id, version);
    const { label, nameOf } = CATALOG_KINDS[kind];
    if (Boolean(row['archivedAt']) === archived) {
      throw conflict(`The ${label} ${nameOf(row)} is already ${archived ? 'archived' : 'current'}.`);
    }
    (row as Record<string, unknown>)['archivedAt'] = archived ? new Date() : null;
    const saved = await this.save(manager, kind, row);
    await this.audit.record(manager, {
      actorId: actor.id,
      objectType: kind,
      objectId: id,
      action: archived ? 'archived' : 'restored',
    });
    return saved;
  }

  /** Saves, turning a broken unique rule into a CONFLICT that says which name is taken. */
  private async save<T extends ObjectLiteral>(manager: EntityManager, kind: CatalogKind, row: T): Promise<T> {
    const { entity, label } = CATALOG_KINDS[kind];
    try {
      return (await manager.getRepository(entity).save(row)) as T;
    } catch (error) {
      const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (error instanceof QueryFailedError && code === '23505') {
        throw conflict(`Another ${label} already has the name ${row['name']}.`, { field: 'name' });
      }
      if (error instanceof QueryFailedError && code === '23514') {
        throw badInput(`The ${label} has a value the catalogue does not accept.`);
      }
      throw error;
    }
  }
}
