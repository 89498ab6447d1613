import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Problem reports from staff: a screenshot kept with a defect (in the attachment table, as test
 * evidence is), and the reports of each person found quickly for their "My reports" list.
 */
export class ProblemReports1764901100000 implements MigrationInterface {
  name = 'ProblemReports1764901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_owner_type_check`);
    await q.query(
      `ALTER TABLE attachment ADD CONSTRAINT attachment_owner_type_check
         CHECK (owner_type IN ('vendor', 'product', 'research_note', 'reference_check', 'test_result', 'defect'))`,
    );
    await q.query(`CREATE INDEX ix_defect_reporter ON defect (reporter_id, created_at) WHERE product_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_defect_reporter`);
    await q.query(`DELETE FROM attachment WHERE owner_type = 'defect'`);
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_owner_type_check`);
    await q.query(
      `ALTER TABLE attachment ADD CONSTRAINT attachment_owner_type_check
         CHECK (owner_type IN ('vendor', 'product', 'research_note', 'reference_check', 'test_result'))`,
    );
  }
}
