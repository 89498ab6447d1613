import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merging duplicate requirements. A merge keeps the merged requirements' full rows and every link
 * row it moved or dropped (as JSON) so that undoing it puts back exactly what was there; the
 * survivor keeps where each merged requirement came from (department, original code and text, who
 * proposed it) as origins. The survivor is not a foreign key: it may itself be merged later.
 *
 * Likely duplicates are found with pg_trgm's similarity() where the database offers it (the
 * PostgreSQL server's contrib, PGlite's bundled extension); elsewhere the service falls back to
 * comparing the requirements' full-text lexemes, so the extension is created only when available.
 */
export class RequirementMerges1764902200000 implements MigrationInterface {
  name = 'RequirementMerges1764902200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        END IF;
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'pg_trgm is not created (no privilege); duplicates are found by full-text comparison';
      END
      $$`);
    await q.query(`
      CREATE TABLE requirement_merge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES evaluation(id) ON DELETE CASCADE,
        survivor_id uuid NOT NULL,
        survivor_code text NOT NULL,
        merged_ids uuid[] NOT NULL CHECK (cardinality(merged_ids) > 0),
        merged_codes text[] NOT NULL,
        snapshot jsonb NOT NULL,
        merged_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        merged_at timestamptz NOT NULL DEFAULT now(),
        undone_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        undone_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_requirement_merge_evaluation ON requirement_merge (evaluation_id, merged_at DESC)`);
    await q.query(`
      CREATE TABLE requirement_origin (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requirement_id uuid NOT NULL REFERENCES requirement(id) ON DELETE CASCADE,
        merge_id uuid NOT NULL REFERENCES requirement_merge(id) ON DELETE CASCADE,
        original_requirement_id uuid NOT NULL,
        code text NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        department_id uuid REFERENCES department(id) ON DELETE SET NULL,
        proposed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        proposed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_requirement_origin_requirement ON requirement_origin (requirement_id)`);
    await q.query(`CREATE INDEX ix_requirement_origin_merge ON requirement_origin (merge_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The extension stays: other databases objects may have come to use it.
    await q.query(`DROP TABLE IF EXISTS requirement_origin`);
    await q.query(`DROP TABLE IF EXISTS requirement_merge`);
  }
}
