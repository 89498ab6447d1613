import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conflict-of-interest declarations: per evaluation, evaluator and vendor, "no conflict" or a
 * conflict with a description. A declared conflict keeps the evaluator's scores of that vendor's
 * candidates out of the results until the lead lets them score anyway, with a recorded reason.
 */
export class ConflictDeclarations1764902000000 implements MigrationInterface {
  name = 'ConflictDeclarations1764902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conflict_declaration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        evaluator_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        vendor_id uuid NOT NULL REFERENCES vendor(id) ON DELETE CASCADE,
        conflict boolean NOT NULL,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        declared_at timestamptz NOT NULL DEFAULT now(),
        override_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        override_reason text,
        overridden_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_conflict_declaration UNIQUE (evaluation_id, evaluator_id, vendor_id),
        CONSTRAINT ck_conflict_declaration_description CHECK (NOT conflict OR length(trim(description)) > 0),
        CONSTRAINT ck_conflict_declaration_override CHECK (overridden_at IS NULL OR (conflict AND length(trim(override_reason)) > 0))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS conflict_declaration`);
  }
}
