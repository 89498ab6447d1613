import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications also go out by e-mail (when a mail server is configured), batched per person: each
 * notification remembers when it was e-mailed, how often sending failed and when to try again (or
 * that sending gave up); each person remembers when they were last e-mailed, so that they get at
 * most one e-mail per window, and which API process is sending to them now (a short claim).
 */
export class NotificationEmail1764901700000 implements MigrationInterface {
  name = 'NotificationEmail1764901700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        ADD COLUMN emailed_at timestamptz,
        ADD COLUMN email_attempts integer NOT NULL DEFAULT 0 CHECK (email_attempts >= 0),
        ADD COLUMN email_next_attempt_at timestamptz,
        ADD COLUMN email_given_up_at timestamptz`);
    // What the mailer looks for: notifications neither e-mailed, read nor given up.
    await q.query(`
      CREATE INDEX ix_notification_email_pending ON notification (recipient_id)
       WHERE emailed_at IS NULL AND read_at IS NULL AND email_given_up_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_email_recipient (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        last_sent_at timestamptz,
        claimed_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_email_recipient`);
    await q.query(`DROP INDEX IF EXISTS ix_notification_email_pending`);
    await q.query(`
      ALTER TABLE notification
        DROP COLUMN IF EXISTS emailed_at,
        DROP COLUMN IF EXISTS email_attempts,
        DROP COLUMN IF EXISTS email_next_attempt_at,
        DROP COLUMN IF EXISTS email_given_up_at`);
  }
}
