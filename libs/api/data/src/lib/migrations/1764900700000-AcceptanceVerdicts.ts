import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the acceptance verdict is computed from besides test results: each evaluation's criteria
 * (when a lead changed the defaults), recorded verifications of requirements that are not tested,
 * and waivers with a director's agreement.
 */
export class AcceptanceVerdicts1764900700000 implements MigrationInterface {
  name = 'AcceptanceVerdicts1764900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE acceptance_criteria (
        evaluation_id uuid PRIMARY KEY REFERENCES evaluation(id) ON DELETE CASCADE,
        mandatory_verified boolean NOT NULL,
        pass_rate_threshold numeric(4,1) NOT NULL CHECK (pass_rate_threshold BETWEEN 0 AND 100),
        no_open_critical_defects boolean NOT NULL,
        no_open_major_defects boolean NOT NULL,
        min_should_coverage numeric(4,1) CHECK (min_should_coverage BETWEEN 0 AND 100),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE requirement_verification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        outcome text NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
        note text NOT NULL DEFAULT '',
        recorded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_requirement_verification_candidate ON requirement_verification (candidate_id, requirement_id, recorded_at)`,
    );
    await q.query(`
      CREATE TABLE acceptance_waiver (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        rationale text NOT NULL CHECK (length(trim(rationale)) > 0),
        state text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'agreed', 'rejected', 'withdrawn')),
        proposed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_acceptance_waiver_candidate ON acceptance_waiver (candidate_id)`);
    // One live waiver (proposed or agreed) per candidate and requirement.
    await q.query(
      `CREATE UNIQUE INDEX uq_acceptance_waiver_live ON acceptance_waiver (candidate_id, requirement_id)
         WHERE state IN ('proposed', 'agreed')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS acceptance_waiver`);
    await q.query(`DROP TABLE IF EXISTS requirement_verification`);
    await q.query(`DROP TABLE IF EXISTS acceptance_criteria`);
  }
}
