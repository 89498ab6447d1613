import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices about a problem with a product in use (an outage, a known defect and its workaround, a
 * planned upgrade), sent by an administrator or an evaluation lead to chosen member libraries. The
 * people told are kept as they were when it was sent (the libraries' staff then), so who may read it
 * does not change when someone moves library; a notice stays open until its sender or an
 * administrator closes it.
 */
export class ProblemNotices1764901800000 implements MigrationInterface {
  name = 'ProblemNotices1764901800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE problem_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES product(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('outage', 'known_defect', 'planned_upgrade')),
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        details text NOT NULL DEFAULT '' CHECK (length(details) <= 10000),
        starts_on date,
        ends_on date,
        sent_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_problem_notice_dates CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX ix_problem_notice_product ON problem_notice (product_id, sent_at DESC)`);
    await q.query(`
      CREATE TABLE problem_notice_library (
        notice_id uuid NOT NULL REFERENCES problem_notice(id) ON DELETE CASCADE,
        member_library_id uuid NOT NULL REFERENCES member_library(id) ON DELETE CASCADE,
        PRIMARY KEY (notice_id, member_library_id)
      )`);
    await q.query(`
      CREATE TABLE problem_notice_recipient (
        notice_id uuid NOT NULL REFERENCES problem_notice(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        PRIMARY KEY (notice_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_problem_notice_recipient_user ON problem_notice_recipient (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS problem_notice_recipient`);
    await q.query(`DROP TABLE IF EXISTS problem_notice_library`);
    await q.query(`DROP TABLE IF EXISTS problem_notice`);
  }
}
