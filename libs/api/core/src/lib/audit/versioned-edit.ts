import { AuditAction, AuditObjectType } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DeepPartial, EntityManager, EntityTarget, QueryFailedError } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { AppError, badInput, notFound } from '../errors/app-error';
import { uniqueViolation } from '../errors/unique-violation';
import { AuditService } from './audit.service';
import { staleVersionConflict } from './stale-version';

/** A row that optimistic locking compares: every AuditedEntity. */
export interface Versioned {
  id: string;
  version: number;
}

/** One kind of versioned, audited row: where it is stored and how messages name it. */
export interface EditTarget<T extends Versioned> {
  entity: EntityTarget<T>;
  objectType: AuditObjectType;
  /** What NOT_FOUND calls it: "The vendor". */
  missing: string;
  /** How a stale-version CONFLICT begins: "The vendor Ex Libris". */
  describe: (row: T) => string;
  /** What a person is told when the database's CHECK rules refuse a value (else an internal error). */
  refused?: string;
}

/** How the change is filed in the audit trail. */
export interface EditOptions<T> {
  /** `updated` unless said otherwise. */
  action?: AuditAction;
  /** The evaluation the row belongs to, so the evaluation's history finds it. */
  evaluationId?: string | null;
  /** Rules on the row as it will be saved (after the changes, before the save); throws to refuse. */
  check?: (row: T, before: T) => void | Promise<void>;
  /** `action` when the action says it all (archived, restored): the entry then keeps no fields. */
  trail?: 'changes' | 'action';
}

/** SQLSTATE of a value a CHECK rule refuses. */
const CHECK_VIOLATION = '23514';

/**
 * The one way a versioned row is changed: load it with a write lock, compare the version the
 * editor saw (CONFLICT naming who saved the newer one), apply the given fields, audit the changed
 * ones before and after, and save — a broken unique rule becoming CONFLICT. Everything runs in
 * the caller's transaction, so the audit entry commits or rolls back with the change.
 */
@Injectable()
export class VersionedEdit {
  constructor(private readonly audit: AuditService) {}

  /** The row, locked until the transaction ends; NOT_FOUND when missing or when `within` says it is not this one's. */
  async lock<T extends Versioned>(
    manager: EntityManager,
    target: EditTarget<T>,
    id: string,
    within: (row: T) => boolean = () => true,
  ): Promise<T> {
    const row = await manager
      .getRepository(target.entity)
      .findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!row || !within(row)) throw notFound(target.missing);
    return row;
  }

  /**
   * The row, locked, if it still has the version the editor saw; otherwise CONFLICT saying who
   * saved the newer one and when. A missing version counts as an old one.
   */
  async lockVersion<T extends Versioned>(
    manager: EntityManager,
    target: EditTarget<T>,
    id: string,
    expectedVersion: number | undefined,
    within?: (row: T) => boolean,
  ): Promise<T> {
    const row = await this.lock(manager, target, id, within);
    await this.assertVersion(manager, target, row, expectedVersion);
    return row;
  }

  /** CONFLICT naming who saved the newer version, unless the locked row still has the one the editor saw. */
  async assertVersion<T extends Versioned>(
    manager: EntityManager,
    target: EditTarget<T>,
    row: T,
    expectedVersion: number | undefined,
  ): Promise<void> {
    if (expectedVersion === undefined || row.version !== expectedVersion) {
      throw await staleVersionConflict(manager, target.describe(row), target.objectType, row.id, row.version);
    }
  }

  /**
   * Applies the `fields` of `changes` that are not undefined to the locked row. When any of them
   * now differs, saves the row and audits those fields before and after; otherwise saves nothing
   * and returns the row as it was.
   */
  async update<T extends Versioned>(
    manager: EntityManager,
    actor: RequestActor,
    target: EditTarget<T>,
    row: T,
    changes: NoInfer<Partial<T>>,
    fields: readonly NoInfer<keyof T & string>[],
    options: EditOptions<T> = {},
  ): Promise<T> {
    const before = { ...row };
    for (const field of fields) {
      const value = changes[field];
      if (value !== undefined) row[field] = value as T[keyof T & string];
    }
    await options.check?.(row, before);
    const changed = this.audit.diff(before, row, [...fields]);
    if (Object.keys(changed.after).length === 0) return row;
    const saved = await this.save(manager, target, row);
    await this.audit.record(manager, {
      actorId: actor.id,
      objectType: target.objectType,
      objectId: row.id,
      action: options.action ?? 'updated',
      evaluationId: options.evaluationId,
      ...(options.trail === 'action' ? {} : changed),
    });
    return saved;
  }

  /** Inserts a row and audits it as `created`, with `after` as the values the trail keeps. */
  async create<T extends Versioned>(
    manager: EntityManager,
    actor: RequestActor,
    target: EditTarget<T>,
    values: NoInfer<DeepPartial<T>>,
    after: (saved: NoInfer<T>) => Record<string, unknown>,
    options: Pick<EditOptions<T>, 'evaluationId'> = {},
  ): Promise<T> {
    const saved = await this.save(manager, target, manager.getRepository(target.entity).create(values));
    await this.audit.record(manager, {
      actorId: actor.id,
      objectType: target.objectType,
      objectId: saved.id,
      action: 'created',
      evaluationId: options.evaluationId,
      after: after(saved),
    });
    return saved;
  }

  /**
   * Saves the row. Two people saving the same name at the same moment both pass a service's
   * check; the database refuses the second, and this says so as CONFLICT naming the value.
   */
  async save<T extends Versioned>(manager: EntityManager, target: EditTarget<T>, row: T): Promise<T> {
    try {
      return await manager.getRepository(target.entity).save(row);
    } catch (error) {
      throw this.explain(error, target, row) ?? error;
    }
  }

  private explain<T extends Versioned>(error: unknown, target: EditTarget<T>, row: T): AppError | null {
    const duplicate = uniqueViolation(error, row);
    if (duplicate) return duplicate;
    const code = (error as { driverError?: { code?: string } }).driverError?.code;
    if (target.refused && error instanceof QueryFailedError && code === CHECK_VIOLATION) {
      return badInput(target.refused);
    }
    return null;
  }
}
