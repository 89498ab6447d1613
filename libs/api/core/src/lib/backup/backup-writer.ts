import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import * as tar from 'tar-stream';
import { DataSource, QueryRunner } from 'typeorm';
import { assertStorageKey } from '../files/file-storage';
import {
  appliedMigrations,
  BackupError,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupManifest,
  columnsOf,
  fileEntry,
  foreignKeysOf,
  ident,
  insertionOrder,
  MANIFEST_ENTRY,
  primaryKeyOf,
  tableEntry,
  tablesOf,
  TABLES_NOT_BACKED_UP,
} from './backup-format';

/** Where a backup reads from: the database, and where its files are kept. */
export interface BackupSource {
  dataSource: DataSource;
  engine: 'pglite' | 'postgres';
  filesStore: 'disk' | 'database';
  filesDir: string;
}

/** Rows fetched from the cursor at a time. */
const FETCH_ROWS = 500;

/**
 * Writes a backup archive (gzip'd tar) of every table and every attachment's file to `output`,
 * as one consistent snapshot: everything is read in one REPEATABLE READ READ ONLY transaction, so
 * Assay keeps running meanwhile. Rows are read through a cursor and each table is spooled to a
 * temporary file (a tar entry states its size first), files are streamed: neither a whole table
 * nor a whole file is held in memory. The manifest (row counts, SHA-256 of every entry) comes last.
 * On the embedded database the transaction holds its only connection: other requests wait until
 * the backup is written.
 */
export async function writeBackup(source: BackupSource, output: Writable): Promise<BackupManifest> {
  const runner = source.dataSource.createQueryRunner();
  const spool = await mkdtemp(join(tmpdir(), 'assay-backup-'));
  const pack = tar.pack();
  const written = pipeline(pack as unknown as NodeJS.ReadableStream, createGzip(), output);
  // Reported by `await written` below; kept from being an unhandled rejection meanwhile.
  written.catch(() => undefined);
  try {
    await runner.connect();
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      // Values come out the same way whatever the server's defaults: timestamps in UTC, exact floats, hex bytes.
      await runner.query(`SET LOCAL TimeZone = 'UTC'`);
      await runner.query(`SET LOCAL extra_float_digits = 1`);
      await runner.query(`SET LOCAL bytea_output = 'hex'`);
      const migrations = await appliedMigrations(runner);
      if (migrations.length === 0) {
        throw new BackupError(
          'There is no Assay database here to back up: it has no applied migration. Check DATABASE_URL or ASSAY_DATA_DIR.',
        );
      }
      const createdAt = new Date();
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: createdAt.toISOString(),
        database: source.engine,
        migrations,
        tables: [],
        files: [],
        missingFiles: [],
      };
      const tables = (await tablesOf(runner)).filter((table) => !TABLES_NOT_BACKED_UP.has(table));
      for (const table of insertionOrder(tables, await foreignKeysOf(runner))) {
        const spooled = join(spool, 'table.jsonl');
        const { rows, sha256, size } = await spoolTable(runner, table, spooled);
        await addEntry(pack, tableEntry(table), size, createdAt, createReadStream(spooled));
        await rm(spooled, { force: true });
        manifest.tables.push({ name: table, rows, sha256 });
      }
      for (const key of await storageKeys(runner, tables)) {
        const file = await openStoredFile(runner, source, key);
        if (!file) {
          manifest.missingFiles.push(key);
          continue;
        }
        const hash = createHash('sha256');
        await addEntry(pack, fileEntry(key), file.size, createdAt, hashing(file.bytes, hash));
        manifest.files.push({ key, size: file.size, sha256: hash.digest('hex') });
      }
      const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1));
      await addEntry(pack, MANIFEST_ENTRY, manifestBytes.length, createdAt, [manifestBytes]);
      pack.finalize();
      await written;
      return manifest;
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
    }
  } catch (error) {
    pack.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
    await rm(spool, { recursive: true, force: true });
  }
}

/** Writes a table's rows to `path` as JSON lines, ordered by primary key; counts and hashes them. */
async function spoolTable(
  runner: QueryRunner,
  table: string,
  path: string,
): Promise<{ rows: number; sha256: string; size: number }> {
  const columns = (await columnsOf(runner, table)).map(ident).join(', ');
  const key = await primaryKeyOf(runner, table);
  const order = (key.length > 0 ? key.map(ident) : ['1']).join(', ');
  const cursor = 'assay_backup_rows';
  await runner.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR
     SELECT row_to_json(r)::text AS line FROM (SELECT ${columns} FROM ${ident(table)} ORDER BY ${order}) r`,
  );
  const hash = createHash('sha256');
  let rows = 0;
  let size = 0;
  async function* lines(): AsyncGenerator<Buffer> {
    for (;;) {
      const batch: { line: string }[] = await runner.query(`FETCH ${FETCH_ROWS} FROM ${cursor}`);
      if (batch.length === 0) return;
      const bytes = Buffer.from(batch.map((row) => `${row.line}\n`).join(''));
      hash.update(bytes);
      rows += batch.length;
      size += bytes.length;
      yield bytes;
    }
  }
  await pipeline(lines(), createWriteStream(path, { mode: 0o600 }));
  await runner.query(`CLOSE ${cursor}`);
  return { rows, sha256: hash.digest('hex'), size };
}

/** The storage keys the attachments name, in the snapshot. */
async function storageKeys(runner: QueryRunner, tables: string[]): Promise<string[]> {
  if (!tables.includes('attachment')) return [];
  const rows: { key: string }[] = await runner.query(
    `SELECT DISTINCT storage_key AS key FROM attachment ORDER BY storage_key`,
  );
  return rows.map((row) => row.key);
}

/**
 * A stored file's size and bytes: from the database store inside the snapshot, else (or when it
 * is not there: files kept on disk before the database store was chosen) from the disk.
 */
async function openStoredFile(
  runner: QueryRunner,
  source: BackupSource,
  key: string,
): Promise<{ size: number; bytes: AsyncIterable<Uint8Array> } | undefined> {
  assertStorageKey(key);
  if (source.filesStore === 'database') {
    const [header]: { size: string; chunks: number }[] = await runner.query(
      `SELECT size_bytes::text AS size, chunks FROM stored_file WHERE key = $1`,
      [key],
    );
    if (header) {
      return { size: Number(header.size), bytes: databaseChunks(runner, key, header.chunks) };
    }
  }
  const path = join(source.filesDir, ...key.split('/'));
  try {
    const handle = await open(path, 'r');
    const size = (await handle.stat()).size;
    return { size, bytes: handle.createReadStream() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function* databaseChunks(runner: QueryRunner, key: string, count: number): AsyncGenerator<Uint8Array> {
  for (let seq = 0; seq < count; seq += 1) {
    const [row]: { bytes: Uint8Array }[] = await runner.query(
      `SELECT bytes FROM file_chunk WHERE file_key = $1 AND seq = $2`,
      [key, seq],
    );
    if (!row) throw new Error(`The stored file ${key} lacks its piece ${seq}.`);
    yield row.bytes;
  }
}

async function* hashing(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>) {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

/** Adds one entry of `size` bytes to the archive, waiting whenever the reader is behind. */
function addEntry(
  pack: tar.Pack,
  name: string,
  size: number,
  mtime: Date,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const entry = pack.entry({ name, size, mtime, mode: 0o600 }, (error) => (error ? reject(error) : resolve()));
    (async () => {
      for await (const chunk of source) {
        if (!entry.write(chunk)) await new Promise<void>((drained) => entry.once('drain', () => drained()));
      }
      (entry as unknown as Writable).end();
    })().catch((error: Error) => {
      entry.destroy(error);
      reject(error);
    });
  });
}
