import { AuditEventEntity } from '@assay/api/data';
import { AuditAction, AuditObjectType } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AuditEntry {
  actorId: string | null;
  objectType: AuditObjectType;
  objectId: string;
  action: AuditAction;
  evaluationId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** When it happened, where that is not now (demo data dated in its own timeline). */
  occurredAt?: Date;
}

/** Fields never written to the trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenVersion']);

/**
 * Records who changed what, when, with before/after values. Takes the caller's EntityManager
 * so that the entry commits or rolls back with the change itself.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEventEntity, row(entry) as never);
  }

  /** Many entries in one statement (an import's thousand rows), in the caller's transaction. */
  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values(entries.map(row) as never)
      .execute();
  }

  /** The changed fields only: `before` and `after` restricted to keys whose values differ. */
  diff<T extends object>(
    before: T,
    after: T,
    fields: (keyof T)[],
  ): { before: Record<string, unknown>; after: Record<string, unknown> } {
    const changed = fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
    return {
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
    };
  }
}

function row(entry: AuditEntry) {
  return {
    actorId: entry.actorId,
    objectType: entry.objectType,
    objectId: entry.objectId,
    action: entry.action,
    evaluationId: entry.evaluationId ?? null,
    before: clean(entry.before),
    after: clean(entry.after),
    ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
  };
}

function clean(values: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!values) return null;
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}
