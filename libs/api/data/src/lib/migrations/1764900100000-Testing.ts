import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Testing: plans (for an evaluation or for a product in use), versioned cases with their steps and
 * the requirements they verify, runs of a plan against one product version, and one result per
 * case per run recording the case version it ran.
 */
export class Testing1764900100000 implements MigrationInterface {
  name = 'Testing1764900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE test_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid REFERENCES evaluation(id) ON DELETE CASCADE,
        product_id uuid REFERENCES product(id) ON DELETE CASCADE,
        current_version_id uuid REFERENCES product_version(id) ON DELETE SET NULL,
        target_version_id uuid REFERENCES product_version(id) ON DELETE SET NULL,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        scope text NOT NULL DEFAULT '',
        entry_criteria text NOT NULL DEFAULT '',
        exit_criteria text NOT NULL DEFAULT '',
        owner_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        key_prefix text NOT NULL CHECK (key_prefix ~ '^[A-Z0-9][A-Z0-9-]*$'),
        next_case_number integer NOT NULL DEFAULT 1 CHECK (next_case_number >= 1),
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_test_plan_subject CHECK ((evaluation_id IS NULL) <> (product_id IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_test_plan_evaluation ON test_plan (evaluation_id, created_at)`);
    await q.query(`CREATE INDEX ix_test_plan_product ON test_plan (product_id, created_at)`);
    await q.query(`
      CREATE TABLE test_plan_member (
        plan_id uuid NOT NULL REFERENCES test_plan(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        added_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_test_plan_member_user ON test_plan_member (user_id)`);
    await q.query(`
      CREATE TABLE test_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES test_plan(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        key text NOT NULL,
        section text NOT NULL DEFAULT '',
        current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
        automation_name text,
        archived_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_test_case_key UNIQUE (plan_id, key),
        CONSTRAINT uq_test_case_number UNIQUE (plan_id, number)
      )`);
    await q.query(`
      CREATE TABLE test_case_version (
        case_id uuid NOT NULL REFERENCES test_case(id) ON DELETE CASCADE,
        case_version integer NOT NULL CHECK (case_version >= 1),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        preconditions text NOT NULL DEFAULT '',
        steps jsonb NOT NULL DEFAULT '[]',
        priority text NOT NULL DEFAULT 'medium' CHECK (priority IN ('critical', 'high', 'medium', 'low')),
        tags text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, case_version)
      )`);
    await q.query(`CREATE INDEX ix_test_case_version_tags ON test_case_version USING gin (tags)`);
    await q.query(`
      CREATE TABLE test_case_requirement (
        case_id uuid NOT NULL REFERENCES test_case(id) ON DELETE CASCADE,
        requirement_id uuid NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, requirement_id)
      )`);
    await q.query(`CREATE INDEX ix_test_case_requirement_requirement ON test_case_requirement (requirement_id)`);
    await q.query(`
      CREATE TABLE test_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES test_plan(id) ON DELETE CASCADE,
        candidate_id uuid REFERENCES candidate(id) ON DELETE CASCADE,
        product_version_id uuid NOT NULL REFERENCES product_version(id) ON DELETE CASCADE,
        environment text NOT NULL CHECK (length(trim(environment)) > 0),
        build_label text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        closed_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_test_run_plan ON test_run (plan_id, created_at)`);
    await q.query(`
      CREATE TABLE test_run_tester (
        run_id uuid NOT NULL REFERENCES test_run(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        PRIMARY KEY (run_id, user_id)
      )`);
    await q.query(`CREATE INDEX ix_test_run_tester_user ON test_run_tester (user_id)`);
    await q.query(`
      CREATE TABLE test_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES test_run(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES test_case(id) ON DELETE CASCADE,
        case_version integer NOT NULL,
        status text NOT NULL DEFAULT 'untested'
          CHECK (status IN ('untested', 'passed', 'failed', 'blocked', 'skipped', 'retest')),
        actual_result text NOT NULL DEFAULT '',
        step_results jsonb NOT NULL DEFAULT '[]',
        tester_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        executed_at timestamptz,
        duration_seconds integer CHECK (duration_seconds >= 0),
        failure_kind text,
        failure_message text,
        failure_output text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_test_result UNIQUE (run_id, case_id),
        CONSTRAINT fk_test_result_case_version FOREIGN KEY (case_id, case_version)
          REFERENCES test_case_version (case_id, case_version)
      )`);
    await q.query(`CREATE INDEX ix_test_result_run_status ON test_result (run_id, status)`);
    await q.query(`CREATE INDEX ix_test_result_case ON test_result (case_id, case_version)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS test_result`);
    await q.query(`DROP TABLE IF EXISTS test_run_tester`);
    await q.query(`DROP TABLE IF EXISTS test_run`);
    await q.query(`DROP TABLE IF EXISTS test_case_requirement`);
    await q.query(`DROP TABLE IF EXISTS test_case_version`);
    await q.query(`DROP TABLE IF EXISTS test_case`);
    await q.query(`DROP TABLE IF EXISTS test_plan_member`);
    await q.query(`DROP TABLE IF EXISTS test_plan`);
  }
}
