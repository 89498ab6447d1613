import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications: what waits for a person (a waiver to agree to, a retest due, a scoring
 * round opened…), with the object it is about and the path that shows it, read or not. A person's
 * unread ones, newest first, are found by one index.
 */
export class Notifications1764901400000 implements MigrationInterface {
  name = 'Notifications1764901400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('waiver_proposed', 'waiver_agreed', 'waiver_rejected', 'follow_up_due',
          'scoring_round_opened', 'scoring_round_revealed', 'member_added', 'problem_report_resolved')),
        evaluation_id uuid REFERENCES evaluation(id) ON DELETE CASCADE,
        object_type text NOT NULL CHECK (object_type IN ('waiver', 'defect', 'scoring_round', 'evaluation')),
        object_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        link text NOT NULL CHECK (link LIKE '/%'),
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification`);
  }
}
