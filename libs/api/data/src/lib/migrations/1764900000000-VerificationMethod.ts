import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each requirement will be verified (test, demonstration, inspection of documentation, vendor
 * statement, reference check), so the evidence gathered later knows what counts. Requirements
 * recorded before this are verified by test, the method most of them assumed.
 */
export class VerificationMethod1764900000000 implements MigrationInterface {
  name = 'VerificationMethod1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE requirement ADD COLUMN verification_method text NOT NULL DEFAULT 'test'
        CONSTRAINT ck_requirement_verification_method
        CHECK (verification_method IN ('test', 'demonstration', 'inspection', 'vendor_statement', 'reference_check'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE requirement DROP COLUMN verification_method`);
  }
}
