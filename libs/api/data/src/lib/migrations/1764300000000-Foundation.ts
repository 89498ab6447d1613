import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation, member libraries, departments, users, audit trail, shared counters and settings. */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE member_library (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        code text NOT NULL CHECK (length(trim(code)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_member_library_code UNIQUE (organisation_id, code)
      )`);
    await q.query(`
      CREATE TABLE department (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        code text NOT NULL CHECK (length(trim(code)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_department_code UNIQUE (organisation_id, code)
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(trim(email)) AND position('@' in email) > 1),
        display_name text NOT NULL CHECK (length(trim(display_name)) > 0),
        password_hash text NOT NULL,
        global_role text NOT NULL CHECK (global_role IN ('admin', 'user')),
        member_library_id uuid REFERENCES member_library(id) ON DELETE SET NULL,
        department_id uuid REFERENCES department(id) ON DELETE SET NULL,
        active boolean NOT NULL DEFAULT true,
        must_change_password boolean NOT NULL DEFAULT false,
        token_version integer NOT NULL DEFAULT 0,
        is_demo boolean NOT NULL DEFAULT false,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT uq_app_user_email UNIQUE (email)
      )`);
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        object_type text NOT NULL,
        object_id uuid NOT NULL,
        evaluation_id uuid,
        action text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id, occurred_at)`);
    await q.query(
      `CREATE INDEX ix_audit_event_evaluation ON audit_event (evaluation_id, occurred_at) WHERE evaluation_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE rate_limit_bucket (
        key text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE setting (
        key text PRIMARY KEY,
        value text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'setting',
      'rate_limit_bucket',
      'audit_event',
      'app_user',
      'department',
      'member_library',
      'organisation',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
