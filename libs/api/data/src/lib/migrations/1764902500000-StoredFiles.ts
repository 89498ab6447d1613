import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files kept in the database (ASSAY_FILES_STORE=database), so that every API process on
 * one PostgreSQL server reads what any of them stored: a header per file and its bytes in chunks of
 * about 256 KB, each read and written on its own so that no file is ever held whole in memory.
 */
export class StoredFiles1764902500000 implements MigrationInterface {
  name = 'StoredFiles1764902500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_file (
        key text PRIMARY KEY,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 text NOT NULL,
        chunks integer NOT NULL CHECK (chunks >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE file_chunk (
        file_key text NOT NULL REFERENCES stored_file(key) ON DELETE CASCADE,
        seq integer NOT NULL CHECK (seq >= 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (file_key, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS file_chunk`);
    await q.query(`DROP TABLE IF EXISTS stored_file`);
  }
}
