import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluations with their members (per-evaluation roles), candidates (product versions from the
 * catalogue), requirements and training needs. Requirement history lives in the audit trail.
 */
export class Evaluations1764500000000 implements MigrationInterface {
  name = 'Evaluations1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        purpose text NOT NULL DEFAULT '',
        kind text NOT NULL DEFAULT 'selection' CHECK (kind IN ('selection', 'upgrade')),
        budget numeric(14, 2) CHECK (budget IS NULL OR budget >= 0),
        currency text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
        starts_on date,
        ends_on date,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'requirements', 'scoring', 'testing', 'recommendation', 'decided', 'cancelled')),
        cancelled_reason text,
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`
      CREATE TABLE evaluation_member (
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('lead', 'department_head', 'evaluator', 'tester', 'director', 'viewer')),
        added_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (evaluation_id, user_id, role)
      )`);
    await q.query(`CREATE INDEX ix_evaluation_member_user ON evaluation_member (user_id, role)`);
    await q.query(`
      CREATE TABLE candidate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        product_version_id uuid NOT NULL REFERENCES product_version(id) ON DELETE RESTRICT,
        state text NOT NULL DEFAULT 'shortlisted' CHECK (state IN ('shortlisted', 'eliminated', 'recommended', 'selected')),
        eliminated_reason text,
        eliminated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        eliminated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_candidate UNIQUE (evaluation_id, product_version_id),
        CHECK (state <> 'eliminated' OR length(trim(coalesce(eliminated_reason, ''))) > 0)
      )`);
    await q.query(`
      CREATE TABLE requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL DEFAULT '',
        category text NOT NULL DEFAULT '',
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        priority text NOT NULL CHECK (priority IN ('must', 'should', 'could', 'wont')),
        mandatory boolean NOT NULL DEFAULT false,
        rationale text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
        decided_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_comment text,
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', code), 'A') ||
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', description || ' ' || category), 'B') ||
          setweight(to_tsvector('english', rationale), 'C')
        ) STORED,
        CONSTRAINT uq_requirement_code UNIQUE (evaluation_id, code)
      )`);
    await q.query(`CREATE INDEX ix_requirement_evaluation ON requirement (evaluation_id, department_id, status)`);
    await q.query(`CREATE INDEX ix_requirement_search ON requirement USING gin (search)`);
    await q.query(`
      CREATE TABLE training_need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        topic text NOT NULL CHECK (length(trim(topic)) > 0),
        people integer NOT NULL CHECK (people >= 0),
        hours_per_person numeric(8, 2) NOT NULL CHECK (hours_per_person >= 0),
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_training_need_candidate ON training_need (evaluation_id, candidate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['training_need', 'requirement', 'candidate', 'evaluation_member', 'evaluation']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
