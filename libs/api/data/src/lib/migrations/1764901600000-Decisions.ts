import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recommendation of an evaluation (one, edited by its leads), each version submitted for review
 * with the snapshot of its text and evidence, the directors' reviews of each version, and the
 * decision recorded when enough directors approved one. A decision never changes: a trigger
 * refuses every UPDATE and DELETE of its rows, so no later bug (nor a cascade) can alter one.
 * Evaluations, candidates and versions a decision names are therefore never deleted under it
 * (plain foreign keys refuse that too).
 */
export class Decisions1764901600000 implements MigrationInterface {
  name = 'Decisions1764901600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recommendation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL UNIQUE REFERENCES evaluation(id),
        candidate_id uuid REFERENCES candidate(id),
        none_reason text NOT NULL DEFAULT '',
        rationale text NOT NULL DEFAULT '',
        risks jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(risks) = 'array'),
        conditions text NOT NULL DEFAULT '',
        cost_notes text NOT NULL DEFAULT '',
        required_approvals integer NOT NULL DEFAULT 1 CHECK (required_approvals BETWEEN 1 AND 9),
        state text NOT NULL DEFAULT 'draft'
          CHECK (state IN ('draft', 'submitted', 'changes_requested', 'rejected', 'withdrawn', 'approved')),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`
      CREATE TABLE recommendation_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendation(id),
        number integer NOT NULL CHECK (number >= 1),
        snapshot jsonb NOT NULL,
        state text NOT NULL DEFAULT 'submitted'
          CHECK (state IN ('submitted', 'changes_requested', 'rejected', 'withdrawn', 'approved')),
        submitted_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_recommendation_version UNIQUE (recommendation_id, number)
      )`);
    await q.query(`
      CREATE TABLE recommendation_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES recommendation_version(id),
        director_id uuid NOT NULL REFERENCES app_user(id),
        outcome text NOT NULL CHECK (outcome IN ('approve', 'reject', 'request_changes')),
        comment text NOT NULL DEFAULT '',
        evidence_path text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (outcome = 'approve' OR length(trim(comment)) > 0),
        CONSTRAINT uq_recommendation_review UNIQUE (version_id, director_id)
      )`);
    await q.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL UNIQUE REFERENCES evaluation(id),
        recommendation_version_id uuid NOT NULL UNIQUE REFERENCES recommendation_version(id),
        candidate_id uuid REFERENCES candidate(id),
        snapshot jsonb NOT NULL,
        approvals jsonb NOT NULL CHECK (jsonb_typeof(approvals) = 'array' AND jsonb_array_length(approvals) >= 1),
        decided_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE FUNCTION decision_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A decision is never changed or deleted (decision %).', OLD.id
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER decision_immutable BEFORE UPDATE OR DELETE ON decision
        FOR EACH ROW EXECUTE FUNCTION decision_is_immutable()`);
    await q.query(`CREATE INDEX ix_recommendation_review_director ON recommendation_review (director_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS decision`);
    await q.query(`DROP FUNCTION IF EXISTS decision_is_immutable()`);
    await q.query(`DROP TABLE IF EXISTS recommendation_review`);
    await q.query(`DROP TABLE IF EXISTS recommendation_version`);
    await q.query(`DROP TABLE IF EXISTS recommendation`);
  }
}
