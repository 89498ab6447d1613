import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Defects (problem tickets) of an evaluation or of a product in use, keyed D-<number> within it,
 * with the rules of their statuses (a won't-fix has a reason, a duplicate names the other defect,
 * a fixed or verified one names the fixing version), and the test results linked to them.
 */
export class Defects1764900500000 implements MigrationInterface {
  name = 'Defects1764900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE defect (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid REFERENCES evaluation(id) ON DELETE CASCADE,
        product_id uuid REFERENCES product(id) ON DELETE CASCADE,
        candidate_id uuid REFERENCES candidate(id) ON DELETE SET NULL,
        product_version_id uuid REFERENCES product_version(id) ON DELETE SET NULL,
        number integer NOT NULL CHECK (number >= 1),
        key text NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL DEFAULT '',
        severity text NOT NULL CHECK (severity IN ('critical', 'major', 'minor', 'trivial')),
        component text NOT NULL DEFAULT '',
        found_in_version text NOT NULL DEFAULT '',
        vendor_ticket_ref text NOT NULL DEFAULT '',
        resolution_notes text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'open'
          CHECK (status IN ('triage', 'open', 'in_progress', 'fixed', 'verified', 'closed', 'wont_fix', 'duplicate')),
        wont_fix_reason text,
        duplicate_of_id uuid REFERENCES defect(id) ON DELETE SET NULL,
        fixed_in_version text,
        retest_due_at timestamptz,
        resolved_at timestamptz,
        reporter_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_defect_subject CHECK ((evaluation_id IS NULL) <> (product_id IS NULL)),
        CONSTRAINT ck_defect_candidate CHECK (candidate_id IS NULL OR evaluation_id IS NOT NULL),
        CONSTRAINT ck_defect_wont_fix CHECK (status <> 'wont_fix' OR length(trim(coalesce(wont_fix_reason, ''))) > 0),
        CONSTRAINT ck_defect_duplicate CHECK (status <> 'duplicate' OR duplicate_of_id IS NOT NULL),
        CONSTRAINT ck_defect_not_own_duplicate CHECK (duplicate_of_id IS NULL OR duplicate_of_id <> id),
        CONSTRAINT ck_defect_fixed CHECK (
          status NOT IN ('fixed', 'verified') OR length(trim(coalesce(fixed_in_version, ''))) > 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_defect_evaluation_number ON defect (evaluation_id, number) WHERE evaluation_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX uq_defect_product_number ON defect (product_id, number) WHERE product_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_defect_evaluation_status ON defect (evaluation_id, status, severity)`);
    await q.query(`CREATE INDEX ix_defect_product_status ON defect (product_id, status, severity)`);
    await q.query(`CREATE INDEX ix_defect_candidate ON defect (candidate_id)`);
    await q.query(`CREATE INDEX ix_defect_duplicate_of ON defect (duplicate_of_id)`);
    await q.query(`CREATE INDEX ix_defect_retest_due ON defect (retest_due_at) WHERE retest_due_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE defect_result (
        defect_id uuid NOT NULL REFERENCES defect(id) ON DELETE CASCADE,
        result_id uuid NOT NULL REFERENCES test_result(id) ON DELETE CASCADE,
        linked_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (defect_id, result_id)
      )`);
    await q.query(`CREATE INDEX ix_defect_result_result ON defect_result (result_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS defect_result`);
    await q.query(`DROP TABLE IF EXISTS defect`);
  }
}
