import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { engine, sql, TestDatabase } from './server';

/** A file as its store keeps it: the key the server made, and the SHA-256 of its bytes. */
export interface StoredFile {
  key: string;
  sha256: string;
}

/**
 * A database and a files directory of their own for one test file, and the files the API keeps in
 * whichever store it uses by default: the disk (ASSAY_FILES_DIR) beside the embedded database, the
 * database itself (`stored_file`) on a PostgreSQL server.
 */
export class FileStore {
  private constructor(
    readonly database: TestDatabase,
    readonly dir: string,
  ) {}

  static async create(): Promise<FileStore> {
    return new FileStore(await TestDatabase.create(), mkdtempSync(join(tmpdir(), 'assay-e2e-files-')));
  }

  /** The API's settings for this store. */
  get env(): Record<string, string> {
    return { ASSAY_FILES_DIR: this.dir };
  }

  /** Every stored file, ordered by key. */
  async files(): Promise<StoredFile[]> {
    if (engine === 'postgres') {
      return (await sql(this.database, 'SELECT key, sha256 FROM stored_file ORDER BY key')) as unknown as StoredFile[];
    }
    return readdirSync(this.dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => ({
        key: relative(this.dir, path),
        sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  /** The keys of every stored file, ordered. */
  async keys(): Promise<string[]> {
    return (await this.files()).map((file) => file.key);
  }

  async drop(): Promise<void> {
    rmSync(this.dir, { recursive: true, force: true });
    await this.database.drop();
  }
}
