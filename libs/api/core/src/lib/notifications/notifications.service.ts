import { NotificationKind } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestActor } from '../auth/actor';
import { notFound } from '../errors/app-error';
import { PageInput } from '../graphql/page.input';
import { Notification, NotificationPage } from './notifications.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  link: string;
  evaluation_id: string | null;
  object_type: string;
  object_id: string;
  actor_name: string | null;
  created_at: Date;
  read_at: Date | null;
}

/**
 * A person's own notifications: listed newest first, counted while unread, marked read. Every
 * query is bound to the signed-in person, so another's notification reads as one that does not exist.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: RequestActor, page: PageInput, unreadOnly: boolean): Promise<NotificationPage> {
    const unread = unreadOnly ? 'AND n.read_at IS NULL' : '';
    const [rows, count] = await Promise.all([
      this.rows(`n.recipient_id = $1 ${unread} ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3`, [
        actor.id,
        page.limit,
        page.offset,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS n FROM notification n WHERE n.recipient_id = $1 ${unread}`, [
        actor.id,
      ]) as Promise<{ n: number }[]>,
    ]);
    return { items: rows, total: count[0]?.n ?? 0 };
  }

  async unreadCount(actor: RequestActor): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL',
      [actor.id],
    );
    return row?.n ?? 0;
  }

  /** Marks one of the person's notifications read (a read one keeps its first reading time). */
  async markRead(actor: RequestActor, id: string): Promise<Notification> {
    if (!UUID.test(id)) throw notFound('The notification');
    // A data-modifying statement answers with its rows only through a query around it.
    const [updated]: { n: number }[] = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET read_at = coalesce(read_at, now())
                        WHERE id = $1 AND recipient_id = $2 RETURNING id)
       SELECT count(*)::int AS n FROM marked`,
      [id, actor.id],
    );
    if (!updated?.n) throw notFound('The notification');
    const [row] = await this.rows('n.id = $1 AND n.recipient_id = $2', [id, actor.id]);
    return row;
  }

  /** Marks all the person's unread notifications read; how many were. */
  async markAllRead(actor: RequestActor): Promise<number> {
    const [updated]: { n: number }[] = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id)
       SELECT count(*)::int AS n FROM marked`,
      [actor.id],
    );
    return updated?.n ?? 0;
  }

  private async rows(where: string, params: unknown[]): Promise<Notification[]> {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.title, n.link, n.evaluation_id, n.object_type, n.object_id, n.created_at, n.read_at,
              a.display_name AS actor_name
         FROM notification n LEFT JOIN app_user a ON a.id = n.actor_id
        WHERE ${where}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      link: row.link,
      evaluationId: row.evaluation_id,
      objectType: row.object_type,
      objectId: row.object_id,
      actorName: row.actor_name,
      createdAt: row.created_at,
      readAt: row.read_at,
    }));
  }
}
