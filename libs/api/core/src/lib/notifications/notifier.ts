import { EvaluationRole, NOTIFICATION_OBJECT_TYPES, NotificationKind, notificationText } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Who is told: named people, or everyone holding one of these roles in the evaluation. */
export type NotificationRecipients = readonly string[] | { roles: readonly EvaluationRole[] };

export interface NotifyInput {
  recipients: NotificationRecipients;
  kind: NotificationKind;
  /** The person whose action caused it: never notified. */
  actorId: string;
  /** The evaluation it happened in: only its members are notified. Null for a product in use. */
  evaluationId: string | null;
  objectId: string;
  /** What the title names (see NotificationFacts in libs/domain). */
  subject: string;
  detail?: string;
}

/**
 * Writes in-app notifications inside the transaction of the action that causes them (pass its
 * manager), so that an action rolled back notifies nobody. One insert for all recipients; the
 * person who acted, inactive accounts and (in an evaluation) non-members are left out.
 */
@Injectable()
export class Notifier {
  /** How many people were notified. */
  async notify(manager: EntityManager, input: NotifyInput): Promise<number> {
    const named = Array.isArray(input.recipients) ? (input.recipients as readonly string[]) : null;
    const roles = named ? null : (input.recipients as { roles: readonly EvaluationRole[] }).roles;
    if (named?.length === 0 || roles?.length === 0) return 0;
    if (roles && !input.evaluationId) return 0;
    let evaluationTitle: string | null = null;
    if (input.evaluationId) {
      const [row]: { title: string }[] = await manager.query('SELECT title FROM evaluation WHERE id = $1', [
        input.evaluationId,
      ]);
      evaluationTitle = row?.title ?? null;
    }
    const { title, link } = notificationText({
      kind: input.kind,
      evaluationId: input.evaluationId,
      evaluationTitle,
      objectId: input.objectId,
      subject: input.subject,
      detail: input.detail,
    });
    const people = named
      ? `SELECT DISTINCT r.id FROM unnest($8::uuid[]) AS r(id)`
      : `SELECT DISTINCT m.user_id AS id FROM evaluation_member m WHERE m.evaluation_id = $3 AND m.role = ANY($8::text[])`;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO notification (recipient_id, kind, evaluation_id, object_type, object_id, title, link, actor_id)
       SELECT p.id, $1, $3, $4, $5, $6, $7, $2
         FROM (${people}) AS p
         JOIN app_user u ON u.id = p.id AND u.active
        WHERE p.id <> $2
          AND ($3::uuid IS NULL OR EXISTS (
                SELECT 1 FROM evaluation_member em WHERE em.evaluation_id = $3 AND em.user_id = p.id))
       RETURNING id`,
      [
        input.kind,
        input.actorId,
        input.evaluationId,
        NOTIFICATION_OBJECT_TYPES[input.kind],
        input.objectId,
        title,
        link,
        named ? [...named] : [...(roles ?? [])],
      ],
    );
    return inserted.length;
  }

  /**
   * Marks read what no longer waits: the unread notifications of these kinds about the object, for
   * one person (who has done what was asked) or, without `recipientId`, for everyone (the object
   * needs nobody any more). In the transaction of the action that settles it. How many were marked.
   */
  async settle(
    manager: EntityManager,
    input: { kinds: readonly NotificationKind[]; objectId: string; recipientId?: string },
  ): Promise<number> {
    // A data-modifying statement answers with its rows only through a query around it.
    const [marked]: { n: number }[] = await manager.query(
      `WITH marked AS (UPDATE notification SET read_at = now()
                        WHERE object_id = $1 AND kind = ANY($2::text[]) AND read_at IS NULL
                          AND ($3::uuid IS NULL OR recipient_id = $3)
                        RETURNING id)
       SELECT count(*)::int AS n FROM marked`,
      [input.objectId, [...input.kinds], input.recipientId ?? null],
    );
    return marked?.n ?? 0;
  }
}
