import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Libraries of reusable requirements kept by the consortium (e.g. "ILS core requirements"). A
 * library has numbered versions: at most one draft, which edits and proposals go to, and published
 * ones, which are frozen. An item keeps its identity (library, code) across versions; each version
 * holds its own text of the item. A requirement copied from a library names the item and the
 * version it came from, and is then edited freely in its evaluation.
 */
export class RequirementLibraries1764902100000 implements MigrationInterface {
  name = 'RequirementLibraries1764902100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE requirement_library (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        is_demo boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_requirement_library_name ON requirement_library (lower(name))`);
    await q.query(`
      CREATE TABLE requirement_library_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        library_id uuid NOT NULL REFERENCES requirement_library(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        published_at timestamptz,
        CONSTRAINT uq_requirement_library_version UNIQUE (library_id, number),
        CONSTRAINT ck_requirement_library_version_published CHECK ((status = 'published') = (published_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX ux_requirement_library_one_draft ON requirement_library_version (library_id) WHERE status = 'draft'`,
    );
    await q.query(`
      CREATE TABLE requirement_library_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        library_id uuid NOT NULL REFERENCES requirement_library(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_requirement_library_item_code UNIQUE (library_id, code)
      )`);
    await q.query(`
      CREATE TABLE requirement_library_entry (
        version_id uuid NOT NULL REFERENCES requirement_library_version(id) ON DELETE CASCADE,
        item_id uuid NOT NULL REFERENCES requirement_library_item(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL DEFAULT '',
        category text NOT NULL DEFAULT '',
        department_id uuid NOT NULL REFERENCES department(id) ON DELETE RESTRICT,
        priority text NOT NULL CHECK (priority IN ('must', 'should', 'could', 'wont')),
        mandatory boolean NOT NULL DEFAULT false,
        verification_method text NOT NULL DEFAULT 'test'
          CHECK (verification_method IN ('test', 'demonstration', 'inspection', 'vendor_statement', 'reference_check')),
        rationale text NOT NULL DEFAULT '',
        proposed_from uuid REFERENCES requirement(id) ON DELETE SET NULL,
        PRIMARY KEY (version_id, item_id)
      )`);
    await q.query(`CREATE INDEX ix_requirement_library_entry_item ON requirement_library_entry (item_id)`);
    await q.query(
      `ALTER TABLE requirement ADD COLUMN library_item_id uuid REFERENCES requirement_library_item(id) ON DELETE SET NULL`,
    );
    await q.query(`ALTER TABLE requirement ADD COLUMN library_version integer`);
    await q.query(
      `ALTER TABLE requirement ADD CONSTRAINT ck_requirement_library_link CHECK ((library_item_id IS NULL) = (library_version IS NULL))`,
    );
    await q.query(
      `CREATE INDEX ix_requirement_library_item ON requirement (library_item_id) WHERE library_item_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_requirement_library_item`);
    await q.query(`ALTER TABLE requirement DROP CONSTRAINT IF EXISTS ck_requirement_library_link`);
    await q.query(`ALTER TABLE requirement DROP COLUMN IF EXISTS library_version`);
    await q.query(`ALTER TABLE requirement DROP COLUMN IF EXISTS library_item_id`);
    await q.query(`DROP TABLE IF EXISTS requirement_library_entry`);
    await q.query(`DROP TABLE IF EXISTS requirement_library_item`);
    await q.query(`DROP TABLE IF EXISTS requirement_library_version`);
    await q.query(`DROP TABLE IF EXISTS requirement_library`);
  }
}
