import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

const MINUTE_MS = 60_000;

/** How the mailer paces itself; the defaults are the product's, tests may shorten nothing but the clock. */
export interface MailerPacing {
  /** At most one e-mail per person in this window. */
  windowMs: number;
  /** How often the background loop looks for work. */
  intervalMs: number;
  /** After a failed send: 1, 2, 4 … minutes, never more than this. */
  maxBackoffMs: number;
  /** Failed sends of a notification after which it is not e-mailed at all. */
  maxAttempts: number;
  /** How long one process holds a person while it sends to them (another process skips them meanwhile). */
  claimMs: number;
  /** Notifications older than this are not e-mailed (e.g. those from before mail was configured). */
  maxAgeMs: number;
  /** People handled in one tick. */
  batchPeople: number;
}

export const DEFAULT_PACING: MailerPacing = {
  windowMs: 15 * MINUTE_MS,
  intervalMs: MINUTE_MS,
  maxBackoffMs: 60 * MINUTE_MS,
  maxAttempts: 10,
  claimMs: 5 * MINUTE_MS,
  maxAgeMs: 7 * 24 * 60 * MINUTE_MS,
  batchPeople: 50,
};

/** What one tick did, for the tests and the log. */
export interface MailerTickResult {
  sent: number;
  failed: number;
}

interface PendingRow {
  id: string;
  title: string;
  link: string;
  email: string;
  display_name: string;
}

/** The message for one person's batch, as plain text and simple HTML (every value escaped). */
export function notificationEmail(
  name: string,
  notes: readonly { title: string; link: string }[],
  publicUrl: string,
): { subject: string; text: string; html: string } {
  const n = notes.length;
  const subject = n === 1 ? '1 thing waits for you in Assay' : `${n} things wait for you in Assay`;
  const url = (link: string) => `${publicUrl}${link}`;
  const text = [
    `Hello ${name},`,
    '',
    n === 1 ? 'This waits for you in Assay:' : 'These wait for you in Assay:',
    '',
    ...notes.map((note) => `- ${note.title}\n  ${url(note.link)}`),
    '',
    `All your notifications: ${url('/notifications')}`,
  ].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(name)},</p>`,
    `<p>${n === 1 ? 'This waits for you in Assay:' : 'These wait for you in Assay:'}</p>`,
    '<ul>',
    ...notes.map((note) => `<li><a href="${escapeHtml(url(note.link))}">${escapeHtml(note.title)}</a></li>`),
    '</ul>',
    `<p><a href="${escapeHtml(url('/notifications'))}">All your notifications</a></p>`,
  ].join('\n');
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * E-mails notifications, in the background, when ASSAY_SMTP_URL is set. The Notifier only writes
 * rows; this looks for people with notifications neither e-mailed nor read, and sends each of them
 * one message with all of those, at most one per window. State lives in the database, so several
 * API processes share the work: a person is claimed with `FOR UPDATE SKIP LOCKED` before sending,
 * and a process skips whoever another holds. A failed send keeps the batch and tries it again after
 * a growing pause; after too many failures those notifications stay in the app only. The clock is
 * `tick(now)`'s argument: the interval passes the wall clock, tests pass their own.
 */
@Injectable()
export class NotificationMailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationMailer');
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  pacing: MailerPacing = DEFAULT_PACING;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.ASSAY_SMTP_URL);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Starts the background loop (nothing without ASSAY_SMTP_URL). */
  start(): void {
    if (!this.enabled || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick(new Date())
        .catch((error: unknown) => this.logger.error(`E-mailing notifications failed: ${this.describe(error)}`))
        .finally(() => (this.running = null));
    }, this.pacing.intervalMs);
    this.timer.unref();
    this.logger.log(`E-mailing notifications through ${this.server()}`);
  }

  /** Stops the loop, waits for a send in progress and closes the connection to the mail server. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.transport?.close();
    this.transport = null;
  }

  /** One round: every person due an e-mail at `now` and not held by another process gets one. */
  async tick(now: Date): Promise<MailerTickResult> {
    const result: MailerTickResult = { sent: 0, failed: 0 };
    if (!this.enabled) return result;
    for (const personId of await this.claim(now)) {
      const outcome = await this.sendTo(personId, now);
      if (outcome === 'sent') result.sent += 1;
      if (outcome === 'failed') result.failed += 1;
    }
    return result;
  }

  /**
   * The people due an e-mail, claimed for this process: active, with pending notifications whose
   * retry pause (if any) is over, and not e-mailed within the window.
   */
  private async claim(now: Date): Promise<string[]> {
    const p = this.pacing;
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT n.recipient_id AS id
         FROM notification n
         JOIN app_user u ON u.id = n.recipient_id AND u.active AND u.email <> ''
        WHERE n.emailed_at IS NULL AND n.read_at IS NULL AND n.email_given_up_at IS NULL
          AND n.created_at > $1::timestamptz - make_interval(secs => $2::double precision)
        GROUP BY n.recipient_id
       HAVING coalesce(max(n.email_next_attempt_at), '-infinity') <= $1
        LIMIT $3`,
      [now, p.maxAgeMs / 1000, p.batchPeople],
    );
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await this.dataSource.query(
      `INSERT INTO notification_email_recipient (user_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
      [ids],
    );
    // SKIP LOCKED: a person another process is claiming right now is left to it; the re-checked
    // conditions leave out whoever another process claimed (or e-mailed) a moment ago.
    const claimed: { user_id: string }[] = await this.dataSource.query(
      `WITH free AS (
         SELECT user_id FROM notification_email_recipient
          WHERE user_id = ANY($1::uuid[])
            AND (last_sent_at IS NULL OR last_sent_at <= $2::timestamptz - make_interval(secs => $3::double precision))
            AND (claimed_until IS NULL OR claimed_until <= $2)
          FOR UPDATE SKIP LOCKED),
       taken AS (
         UPDATE notification_email_recipient r
            SET claimed_until = $2::timestamptz + make_interval(secs => $4::double precision)
           FROM free WHERE r.user_id = free.user_id
         RETURNING r.user_id)
       SELECT user_id FROM taken`,
      [ids, now, p.windowMs / 1000, p.claimMs / 1000],
    );
    return claimed.map((row) => row.user_id);
  }

  private async sendTo(personId: string, now: Date): Promise<'sent' | 'failed' | 'nothing'> {
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT n.id, n.title, n.link, u.email, u.display_name
         FROM notification n JOIN app_user u ON u.id = n.recipient_id AND u.active AND u.email <> ''
        WHERE n.recipient_id = $1
          AND n.emailed_at IS NULL AND n.read_at IS NULL AND n.email_given_up_at IS NULL
          AND n.created_at > $2::timestamptz - make_interval(secs => $3::double precision)
        ORDER BY n.created_at, n.id`,
      [personId, now, this.pacing.maxAgeMs / 1000],
    );
    if (rows.length === 0) {
      await this.release(personId);
      return 'nothing';
    }
    const ids = rows.map((row) => row.id);
    const message = notificationEmail(rows[0].display_name, rows, this.config.publicUrl);
    try {
      await this.mailTransport().sendMail({
        from: this.config.ASSAY_SMTP_FROM,
        to: { name: rows[0].display_name, address: rows[0].email },
        ...message,
      });
    } catch (error) {
      await this.recordFailure(personId, ids, now, error);
      return 'failed';
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE notification SET emailed_at = $2 WHERE id = ANY($1::uuid[]) AND emailed_at IS NULL`, [
        ids,
        now,
      ]);
      await manager.query(
        `UPDATE notification_email_recipient SET last_sent_at = $2, claimed_until = NULL WHERE user_id = $1`,
        [personId, now],
      );
    });
    return 'sent';
  }

  /** Keeps the batch for a later try (1, 2, 4 … minutes on), or gives it up after too many failures. */
  private async recordFailure(personId: string, ids: string[], now: Date, error: unknown): Promise<void> {
    const p = this.pacing;
    const updated: { attempts: number; given_up: boolean }[] = await this.dataSource.transaction(async (manager) => {
      // A data-modifying statement answers with its rows only through a query around it.
      const rows = await manager.query(
        `WITH failed AS (
           UPDATE notification
              SET email_attempts = email_attempts + 1,
                  email_next_attempt_at = $2::timestamptz + make_interval(secs =>
                    least($3::double precision, 60 * power(2, email_attempts)::double precision)),
                  email_given_up_at = CASE WHEN email_attempts + 1 >= $4 THEN $2::timestamptz END
            WHERE id = ANY($1::uuid[])
           RETURNING email_attempts, email_given_up_at)
         SELECT email_attempts AS attempts, email_given_up_at IS NOT NULL AS given_up FROM failed`,
        [ids, now, p.maxBackoffMs / 1000, p.maxAttempts],
      );
      await manager.query(`UPDATE notification_email_recipient SET claimed_until = NULL WHERE user_id = $1`, [
        personId,
      ]);
      return rows as { attempts: number; given_up: boolean }[];
    });
    const attempts = Math.max(0, ...updated.map((row) => row.attempts));
    const gaveUp = updated.filter((row) => row.given_up).length;
    const reason = this.describe(error);
    if (gaveUp > 0) {
      this.logger.error(
        `Gave up e-mailing ${gaveUp} notification(s) to person ${personId} after ${attempts} failed attempts through ${this.server()}: ${reason}`,
      );
    } else {
      this.logger.warn(
        `E-mailing ${ids.length} notification(s) to person ${personId} failed (attempt ${attempts}) through ${this.server()}, will retry: ${reason}`,
      );
    }
  }

  private async release(personId: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification_email_recipient SET claimed_until = NULL WHERE user_id = $1`, [
      personId,
    ]);
  }

  private mailTransport(): Transporter {
    this.transport ??= createTransport({
      url: this.config.ASSAY_SMTP_URL,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return this.transport;
  }

  /** The mail server as it may be logged: scheme, host and port, never the user or password. */
  private server(): string {
    try {
      const url = new URL(this.config.ASSAY_SMTP_URL ?? '');
      return `${url.protocol}//${url.host}`;
    } catch {
      return '(the configured mail server)';
    }
  }

  /** An error's message without the SMTP URL's password, should a library repeat it. */
  private describe(error: unknown): string {
    let message = error instanceof Error ? error.message : String(error);
    try {
      const url = new URL(this.config.ASSAY_SMTP_URL ?? '');
      for (const secret of [url.password, decodeURIComponent(url.password)].filter(Boolean)) {
        message = message.split(secret).join('(hidden)');
      }
    } catch {
      // no URL, nothing to hide
    }
    return message;
  }
}
