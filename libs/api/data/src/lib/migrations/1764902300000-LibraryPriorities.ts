import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Member libraries' priorities: per requirement, how much it matters to each member library
 * (must / should / could / not needed), marked by that library's representative; and, per
 * evaluation, the rule the lead chose to derive the consortium priority from them.
 */
export class LibraryPriorities1764902300000 implements MigrationInterface {
  name = 'LibraryPriorities1764902300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE library_priority (
        requirement_id uuid NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        member_library_id uuid NOT NULL REFERENCES member_library(id) ON DELETE CASCADE,
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        priority text NOT NULL CHECK (priority IN ('must', 'should', 'could', 'not_needed')),
        marked_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (requirement_id, member_library_id)
      )`);
    await q.query(`CREATE INDEX ix_library_priority_evaluation ON library_priority (evaluation_id, member_library_id)`);
    await q.query(`
      ALTER TABLE evaluation ADD COLUMN library_priority_rule text NOT NULL DEFAULT 'highest'
        CHECK (library_priority_rule IN ('highest', 'majority'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation DROP COLUMN IF EXISTS library_priority_rule`);
    await q.query(`DROP TABLE IF EXISTS library_priority`);
  }
}
