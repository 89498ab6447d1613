import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence on test results: screenshots and files kept with a result, in the attachment table
 * the catalogue uses, so storage, type detection and downloads work the same way.
 */
export class TestResultAttachments1764900300000 implements MigrationInterface {
  name = 'TestResultAttachments1764900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_owner_type_check`);
    await q.query(
      `ALTER TABLE attachment ADD CONSTRAINT attachment_owner_type_check
         CHECK (owner_type IN ('vendor', 'product', 'research_note', 'reference_check', 'test_result'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM attachment WHERE owner_type = 'test_result'`);
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_owner_type_check`);
    await q.query(
      `ALTER TABLE attachment ADD CONSTRAINT attachment_owner_type_check
         CHECK (owner_type IN ('vendor', 'product', 'research_note', 'reference_check'))`,
    );
  }
}
