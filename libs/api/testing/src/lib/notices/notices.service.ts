import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  forbidden,
  notFound,
  Notifier,
  RequestActor,
} from '@assay/api/core';
import { ProblemNoticeKindValue } from '@assay/api/data';
import { GlobalRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemNoticeRef, SendProblemNoticeInput } from './notices.inputs';
import { ProblemNotice } from './notices.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MISSING = 'The notice';

/** A notice with who sent it (for the rules; the API shows only the name). */
type NoticeWithSender = ProblemNotice & { sentBy: string | null };

interface NoticeRow {
  id: string;
  product_id: string;
  product_name: string;
  kind: ProblemNoticeKindValue;
  title: string;
  details: string;
  starts_on: string | null;
  ends_on: string | null;
  sent_by: string | null;
  sent_by_name: string | null;
  sent_at: Date;
  closed_at: Date | null;
  version: number;
  libraries: { id: string; name: string; code: string }[] | null;
  recipient_count: number;
}

/**
 * Problem notices: an administrator or a person who leads an evaluation tells chosen member
 * libraries' staff about a problem with a product in use. The people told are fixed when it is
 * sent, each gets a notification, and it shows on their home page until its sender or an
 * administrator closes it. Only they, the sender and administrators read it; to anyone else it
 * does not exist.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
  ) {}

  /** Administrators and leads of an evaluation (the people who may send notices). */
  private async requireSender(actor: RequestActor): Promise<void> {
    if (!(await this.access.canEditCatalogue(actor))) {
      throw forbidden('Only administrators and evaluation leads may send or list problem notices.');
    }
  }

  async get(actor: RequestActor, id: string): Promise<NoticeWithSender> {
    if (!UUID.test(id)) throw notFound(MISSING);
    const [row] = await this.load(this.dataSource.manager, actor, 'n.id = $2', [id]);
    if (!row || !(await this.mayRead(actor, row))) throw notFound(MISSING);
    return row;
  }

  /** Every notice about a product, newest first: for senders (administrators and leads). */
  async forProduct(actor: RequestActor, productId: string): Promise<ProblemNotice[]> {
    await this.requireSender(actor);
    if (!UUID.test(productId)) throw notFound('The product');
    return this.load(this.dataSource.manager, actor, 'n.product_id = $2', [productId]);
  }

  /** The open notices sent to the person, newest first (their home page). */
  openFor(actor: RequestActor): Promise<ProblemNotice[]> {
    return this.load(
      this.dataSource.manager,
      actor,
      `n.closed_at IS NULL AND EXISTS (SELECT 1 FROM problem_notice_recipient r WHERE r.notice_id = n.id AND r.user_id = $2)`,
      [actor.id],
    );
  }

  async send(actor: RequestActor, input: SendProblemNoticeInput): Promise<ProblemNotice> {
    await this.requireSender(actor);
    const title = input.title.trim();
    if (!title) throw badInput('Give the notice a title.', [{ field: 'title', problems: ['is empty'] }]);
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      throw badInput('The notice cannot end before it starts.', [{ field: 'endsOn', problems: ['before startsOn'] }]);
    }
    const libraryIds = [...new Set(input.libraryIds)];
    const id = await this.dataSource.transaction(async (manager) => {
      const [product]: { name: string }[] = await manager.query('SELECT name FROM product WHERE id = $1', [
        input.productId,
      ]);
      if (!product) throw notFound('The product');
      const libraries: { id: string }[] = await manager.query(
        'SELECT id FROM member_library WHERE id = ANY($1::uuid[])',
        [libraryIds],
      );
      if (libraries.length !== libraryIds.length) {
        throw badInput('One of the chosen libraries does not exist.', [
          { field: 'libraryIds', problems: ['unknown library'] },
        ]);
      }
      const [{ id: noticeId }]: { id: string }[] = await manager.query(
        `INSERT INTO problem_notice (product_id, kind, title, details, starts_on, ends_on, sent_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          input.productId,
          input.kind,
          title,
          input.details?.trim() ?? '',
          input.startsOn ?? null,
          input.endsOn ?? null,
          actor.id,
        ],
      );
      await manager.query(
        `INSERT INTO problem_notice_library (notice_id, member_library_id) SELECT $1, unnest($2::uuid[])`,
        [noticeId, libraryIds],
      );
      const people: { user_id: string }[] = await manager.query(
        `WITH told AS (
           INSERT INTO problem_notice_recipient (notice_id, user_id)
           SELECT $1, u.id FROM app_user u WHERE u.active AND u.member_library_id = ANY($2::uuid[])
           RETURNING user_id)
         SELECT user_id FROM told`,
        [noticeId, libraryIds],
      );
      await this.notifier.notify(manager, {
        recipients: people.map((p) => p.user_id),
        kind: 'problem_notice',
        actorId: actor.id,
        evaluationId: null,
        objectId: noticeId,
        subject: product.name,
        detail: title,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'problem_notice',
        objectId: noticeId,
        action: 'created',
        after: { productId: input.productId, kind: input.kind, title, libraryIds, recipients: people.length },
      });
      return noticeId;
    });
    return this.get(actor, id);
  }

  /** Closes an open notice: its sender or an administrator. It leaves the recipients' home pages. */
  async close(actor: RequestActor, ref: ProblemNoticeRef): Promise<ProblemNotice> {
    const notice = await this.get(actor, ref.id);
    if (!this.mayClose(actor, notice.sentBy))
      throw forbidden('Only its sender or an administrator may close a notice.');
    await this.dataSource.transaction(async (manager) => {
      const [changed]: { n: number }[] = await manager.query(
        `WITH closed AS (
           UPDATE problem_notice SET closed_at = now(), closed_by = $3, version = version + 1
            WHERE id = $1 AND version = $2 AND closed_at IS NULL RETURNING id)
         SELECT count(*)::int AS n FROM closed`,
        [ref.id, ref.version, actor.id],
      );
      if (!changed?.n) {
        throw conflict(
          notice.closedAt
            ? 'The notice is closed already.'
            : 'The notice was changed meanwhile: reload it and try again.',
        );
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'problem_notice',
        objectId: ref.id,
        action: 'closed',
        before: { closedAt: null },
        after: { closedAt: 'now' },
      });
    });
    return this.get(actor, ref.id);
  }

  private mayClose(actor: RequestActor, sentBy: string | null): boolean {
    return actor.globalRole === GlobalRole.Admin || (sentBy !== null && sentBy === actor.id);
  }

  private async mayRead(actor: RequestActor, notice: NoticeWithSender): Promise<boolean> {
    if (this.mayClose(actor, notice.sentBy)) return true;
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM problem_notice_recipient WHERE notice_id = $1 AND user_id = $2',
      [notice.id, actor.id],
    );
    return rows.length > 0;
  }

  private async load(
    manager: EntityManager,
    actor: RequestActor,
    where: string,
    params: unknown[],
  ): Promise<NoticeWithSender[]> {
    const rows: NoticeRow[] = await manager.query(
      `SELECT n.id, n.product_id, p.name AS product_name, n.kind, n.title, n.details,
              to_char(n.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(n.ends_on, 'YYYY-MM-DD') AS ends_on,
              n.sent_by, s.display_name AS sent_by_name, n.sent_at, n.closed_at, n.version,
              (SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'code', l.code) ORDER BY l.name)
                 FROM problem_notice_library nl JOIN member_library l ON l.id = nl.member_library_id
                WHERE nl.notice_id = n.id) AS libraries,
              (SELECT count(*)::int FROM problem_notice_recipient r WHERE r.notice_id = n.id) AS recipient_count
         FROM problem_notice n
         JOIN product p ON p.id = n.product_id
         LEFT JOIN app_user s ON s.id = n.sent_by
        WHERE $1::uuid IS NOT NULL AND ${where}
        ORDER BY n.sent_at DESC, n.id DESC`,
      [actor.id, ...params],
    );
    return rows.map((row) => ({
      id: row.id,
      productId: row.product_id,
      productName: row.product_name,
      kind: row.kind,
      title: row.title,
      details: row.details,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      sentBy: row.sent_by,
      sentByName: row.sent_by_name,
      sentAt: row.sent_at,
      closedAt: row.closed_at,
      libraries: row.libraries ?? [],
      recipientCount: row.recipient_count,
      canClose: row.closed_at === null && this.mayClose(actor, row.sent_by),
      version: row.version,
    }));
  }
}
