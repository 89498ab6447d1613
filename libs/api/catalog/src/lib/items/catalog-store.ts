import { conflict, EditTarget, RequestActor, Versioned, VersionedEdit } from '@assay/api/core';
import {
  ProductEntity,
  ProductVersionEntity,
  ReferenceCheckEntity,
  ResearchNoteEntity,
  VendorContactEntity,
  VendorEntity,
} from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CatalogKind } from './items.types';

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

/** The given fields of an input, with text trimmed and blank optional text as null. */
export function pick<T extends object, K extends keyof T>(input: T, fields: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const field of fields) {
    const value = input[field];
    if (value !== undefined) out[field] = typeof value === 'string' ? cleanText(value) : value;
  }
  return out as Partial<Pick<T, K>>;
}

/** The catalogue kind as a versioned, audited row for VersionedEdit. */
function targetOf<T extends Versioned>(kind: CatalogKind): EditTarget<T> {
  const { entity, label, nameOf } = CATALOG_KINDS[kind];
  return {
    entity: entity as EntityTarget<T>,
    objectType: kind,
    missing: `The ${label}`,
    describe: (row) => `The ${label} ${nameOf(row)}`,
    refused: `The ${label} has a value the catalogue does not accept.`,
  };
}

/**
 * The catalogue's side of VersionedEdit: its kinds, and text cleaned the catalogue's way (trimmed,
 * empty optional text stored as null). Everything runs in the caller's transaction.
 */
@Injectable()
export class CatalogStore {
  constructor(private readonly edit: VersionedEdit) {}

  lockForEdit<T extends Versioned>(
    manager: EntityManager,
    kind: CatalogKind,
    id: string,
    expectedVersion: number,
  ): Promise<T> {
    return this.edit.lockVersion(manager, targetOf<T>(kind), id, expectedVersion);
  }

  /** Applies the fields present in `input` (undefined = leave as is), saves, and audits the changes. */
  update<T extends Versioned>(
    manager: EntityManager,
    actor: RequestActor,
    kind: CatalogKind,
    row: T,
    input: Partial<T>,
    fields: (keyof T & string)[],
  ): Promise<T> {
    const cleaned: Partial<T> = {};
    for (const field of fields) {
      const value = input[field];
      cleaned[field] = (typeof value === 'string' ? cleanText(value) : value) as T[keyof T & string];
    }
    return this.edit.update(manager, actor, targetOf<T>(kind), row, cleaned, fields);
  }

  create<T extends Versioned>(
    manager: EntityManager,
    actor: RequestActor,
    kind: CatalogKind,
    values: Partial<T>,
    fields: (keyof T & string)[],
  ): Promise<T> {
    return this.edit.create(manager, actor, targetOf<T>(kind), values as DeepPartial<T>, (saved) =>
      Object.fromEntries(
        fields
          .filter((field) => saved[field] !== undefined && saved[field] !== null)
          .map((field) => [field, saved[field]]),
      ),
    );
  }

  async setArchived<T extends Versioned & { archivedAt: Date | null }>(
    manager: EntityManager,
    actor: RequestActor,
    kind: CatalogKind,
    id: string,
    version: number,
    archived: boolean,
  ): Promise<T> {
    const target = targetOf<T>(kind);
    const row = await this.edit.lockVersion(manager, target, id, version);
    if (Boolean(row.archivedAt) === archived) {
      const { label, nameOf } = CATALOG_KINDS[kind];
      throw conflict(`The ${label} ${nameOf(row)} is already ${archived ? 'archived' : 'current'}.`);
    }
    return this.edit.update(
      manager,
      actor,
      target,
      row,
      { archivedAt: archived ? new Date() : null } as Partial<T>,
      ['archivedAt'],
      { action: archived ? 'archived' : 'restored', trail: 'action' },
    );
  }
}
