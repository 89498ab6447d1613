import { AuditEventEntity, UserEntity } from '@assay/api/data';
import { AuditObjectType } from '@assay/domain';
import { EntityManager } from 'typeorm';
import { AppError, conflict } from '../errors/app-error';

/**
 * The CONFLICT error for a save based on an old version: says who saved the newer one and when,
 * from the audit trail, so the person knows whom to talk to before reloading.
 */
export async function staleVersionConflict(
  manager: EntityManager,
  what: string,
  objectType: AuditObjectType,
  objectId: string,
  currentVersion: number,
): Promise<AppError> {
  const last = await manager
    .createQueryBuilder(AuditEventEntity, 'e')
    .leftJoin(UserEntity, 'u', 'u.id = e.actor_id')
    .select(['e.occurred_at AS "occurredAt"', 'u.display_name AS "displayName"'])
    .where('e.object_type = :objectType AND e.object_id = :objectId', { objectType, objectId })
    .orderBy('e.occurred_at', 'DESC')
    .limit(1)
    .getRawOne<{ occurredAt: Date; displayName: string | null }>();
  const who = last?.displayName ?? 'someone else';
  const when = last ? ` at ${new Date(last.occurredAt).toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  return conflict(
    `${what} was changed by ${who}${when} after you opened it. Reload to see their changes, then edit again.`,
    {
      changedBy: last?.displayName ?? null,
      changedAt: last ? new Date(last.occurredAt).toISOString() : null,
      currentVersion,
    },
  );
}
