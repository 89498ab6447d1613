import { AuditEventEntity, UserEntity } from '@assay/api/data';
import { AuditObjectType } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HistoryEntry } from './history.types';

/** Reads an object's audit trail as history entries: newest first, fields in a stable order. Callers check access first. */
@Injectable()
export class HistoryReader {
  constructor(private readonly dataSource: DataSource) {}

  async history(objectType: AuditObjectType, objectId: string, limit = 500): Promise<HistoryEntry[]> {
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .leftJoin(UserEntity, 'u', 'u.id = e.actor_id')
      .select([
        'e.id AS id',
        'e.occurred_at AS "occurredAt"',
        'u.display_name AS "actorName"',
        'e.action AS action',
        'e.before AS before',
        'e.after AS after',
      ])
      .where('e.object_type = :objectType AND e.object_id = :objectId', { objectType, objectId })
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id')
      .limit(limit)
      .getRawMany<{
        id: string;
        occurredAt: Date;
        actorName: string | null;
        action: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }>();
    const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
    return rows.map((row) => {
      const fields = [...new Set([...Object.keys(row.before ?? {}), ...Object.keys(row.after ?? {})])].sort();
      return {
        id: row.id,
        occurredAt: row.occurredAt,
        actorName: row.actorName,
        action: row.action,
        changes: fields.map((field) => ({ field, before: json(row.before?.[field]), after: json(row.after?.[field]) })),
      };
    });
  }
}
