import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import * as tar from 'tar-stream';
import { DataSource, MigrationExecutor, QueryRunner } from 'typeorm';
import { STORAGE_KEY_PATTERN } from '../files/file-storage';
import { writeStoredFile } from '../files/database-file-storage';
import { LocalDiskStorage } from '../files/local-disk-storage';
import {
  appliedMigrations,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  BackupManifest,
  columnsOf,
  fileEntry,
  foreignKeysOf,
  ident,
  MANIFEST_ENTRY,
  tableEntry,
  tablesOf,
} from './backup-format';

/** Where a restore writes: the database, and the file store new files go to. */
export interface RestoreTarget {
  dataSource: DataSource;
  filesStore: 'disk' | 'database';
  filesDir: string;
}

/** Rows (or bytes of JSON) inserted per statement. */
const INSERT_ROWS = 500;
const INSERT_BYTES = 4 * 1024 * 1024;

/** Calls `visit` with each entry of the archive in turn; the entry must be read to its end. */
async function eachEntry(
  path: string,
  visit: (name: string, entry: AsyncIterable<Uint8Array>) => Promise<void>,
): Promise<void> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(path), createGunzip(), extract as unknown as NodeJS.WritableStream);
  reading.catch(() => undefined);
  try {
    for await (const entry of extract) {
      await visit(entry.header.name, entry as AsyncIterable<Uint8Array>);
    }
    await reading;
  } catch (error) {
    extract.destroy();
    await reading.catch(() => undefined);
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${path} is not a readable Assay backup (${(error as Error).message}).`);
  }
}

/** The number of lines and the SHA-256 of a table entry. */
async function measure(entry: AsyncIterable<Uint8Array>): Promise<{ lines: number; sha256: string; size: number }> {
  const hash = createHash('sha256');
  let lines = 0;
  let size = 0;
  for await (const chunk of entry) {
    hash.update(chunk);
    size += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  return { lines, sha256: hash.digest('hex'), size };
}

/**
 * Reads the whole archive once and checks it before anything is written: a manifest of this
 * format, every table and file it lists present with its row count, size and SHA-256, nothing
 * else, and only migrations this version of Assay knows (`known`). Returns the manifest.
 */
export async function verifyArchive(path: string, known: string[]): Promise<BackupManifest> {
  const measured = new Map<string, { lines: number; sha256: string; size: number }>();
  let manifest: BackupManifest | undefined;
  await eachEntry(path, async (name, entry) => {
    if (name === MANIFEST_ENTRY) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(Buffer.from(chunk));
      try {
        manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as BackupManifest;
      } catch {
        throw new BackupError(`The manifest of ${path} is not valid JSON.`);
      }
    } else {
      measured.set(name, await measure(entry));
    }
  });
  if (!manifest || manifest.format !== BACKUP_FORMAT) {
    throw new BackupError(`${path} is not an Assay backup: it has no manifest.`);
  }
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `${path} is a backup in format ${manifest.formatVersion}; this version of Assay reads format ${BACKUP_FORMAT_VERSION}. Restore it with the version of Assay that made it.`,
    );
  }
  const unknown = manifest.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `${path} was made by a newer version of Assay (its schema has the migration(s) ${unknown.join(', ')}, which this version does not know). Restore it with that version of Assay or a later one.`,
    );
  }
  const listed = new Set<string>([MANIFEST_ENTRY]);
  for (const table of manifest.tables) {
    const entry = tableEntry(table.name);
    listed.add(entry);
    const found = measured.get(entry);
    if (!found) throw new BackupError(`${path} is incomplete: the rows of ${table.name} are missing.`);
    if (found.sha256 !== table.sha256 || found.lines !== table.rows) {
      throw new BackupError(
        `${path} is damaged or was changed: the rows of ${table.name} do not match the manifest's checksum (${found.lines} rows read, ${table.rows} listed).`,
      );
    }
  }
  for (const file of manifest.files) {
    if (!STORAGE_KEY_PATTERN.test(file.key))
      throw new BackupError(`${path} names a file ${file.key} that is no storage key.`);
    const entry = fileEntry(file.key);
    listed.add(entry);
    const found = measured.get(entry);
    if (!found) throw new BackupError(`${path} is incomplete: the file ${file.key} is missing.`);
    if (found.sha256 !== file.sha256 || found.size !== file.size) {
      throw new BackupError(
        `${path} is damaged or was changed: the file ${file.key} does not match the manifest's checksum.`,
      );
    }
  }
  const extra = [...measured.keys()].filter((name) => !listed.has(name));
  if (extra.length > 0) throw new BackupError(`${path} holds entries its manifest does not list: ${extra.join(', ')}.`);
  return manifest;
}

/**
 * Why the database cannot take a restore (it must be empty: no applied migration, no table), or
 * undefined when it can.
 */
export async function whyNotEmpty(dataSource: DataSource): Promise<string | undefined> {
  const runner = dataSource.createQueryRunner();
  try {
    const migrations = await appliedMigrations(runner);
    if (migrations.length > 0) {
      return `it already has ${migrations.length} applied migration(s)`;
    }
    const tables = await tablesOf(runner);
    for (const table of tables) {
      const [row]: { present: boolean }[] = await runner.query(
        `SELECT EXISTS (SELECT 1 FROM ${ident(table)}) AS present`,
      );
      if (row?.present) return `its table ${table} has rows`;
    }
    if (tables.length > 0) return `it already has tables (${tables.slice(0, 5).join(', ')})`;
    return undefined;
  } finally {
    await runner.release();
  }
}

/**
 * Loads a verified archive into an empty database, all in ONE transaction: the migrations the
 * archive was made with, its rows table by table (each checked against the manifest again as it
 * is read; a mismatch rolls everything back), then the newer migrations this version of Assay
 * has, which bring the older data up to date, then its files (into the database store inside the
 * transaction, or onto the disk before the commit: a file left on disk by a failed restore is
 * never named by any row and harmless). `progress` hears a line per table.
 */
export async function restoreArchive(
  target: RestoreTarget,
  path: string,
  manifest: BackupManifest,
  progress: (line: string) => void,
): Promise<{ rows: number; files: number; newer: string[] }> {
  const runner = target.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const executor = new MigrationExecutor(target.dataSource, runner);
    executor.transaction = 'none';
    const pending = await executor.getPendingMigrations();
    for (const name of manifest.migrations) {
      const migration = pending.find((candidate) => candidate.name === name);
      if (!migration) throw new BackupError(`This version of Assay does not know the migration ${name}.`);
      await executor.executeMigration(migration);
    }

    const deferred = await deferBackwardKeys(runner, manifest);
    const tables = new Map(manifest.tables.map((table) => [tableEntry(table.name), table]));
    const files = new Map(manifest.files.map((file) => [fileEntry(file.key), file]));
    const disk = new LocalDiskStorage(target.filesDir);
    let rows = 0;
    let newer: string[] | undefined;
    // Once the rows are in (the archive holds every table before any file): the deferred keys are
    // checked, the sequences set, and the newer migrations bring the rows and the file store up to date.
    const finishRows = async () => {
      if (newer) return;
      await restoreKeys(runner, deferred);
      await resetSequences(runner);
      newer = (await executor.executePendingMigrations()).map((migration) => migration.name);
    };
    await eachEntry(path, async (name, entry) => {
      const table = tables.get(name);
      const file = files.get(name);
      if (table) {
        if (newer) throw new BackupError(`${path} holds the rows of ${table.name} after its files.`);
        const count = await insertRows(runner, table.name, table.sha256, entry);
        rows += count;
        progress(`restored table ${table.name}: ${count} rows`);
        return;
      }
      await finishRows();
      if (file) {
        const hash = createHash('sha256');
        const bytes = Readable.from(hashed(entry, hash));
        if (target.filesStore === 'database') {
          await writeStoredFile((sql, parameters) => runner.query(sql, parameters), file.key, bytes);
        } else {
          await disk.put(file.key, bytes);
        }
        if (hash.digest('hex') !== file.sha256) {
          throw new BackupError(`The file ${file.key} changed since the archive was checked; nothing was restored.`);
        }
      } else {
        for await (const chunk of entry) void chunk; // the manifest, read before
      }
    });
    await finishRows();
    if (manifest.files.length > 0) progress(`restored files: ${manifest.files.length}`);
    await runner.commitTransaction();
    return { rows, files: manifest.files.length, newer: newer ?? [] };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

async function* hashed(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>) {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

/** Inserts a table entry's JSON lines in batches; checks the entry's checksum before going on. */
async function insertRows(runner: QueryRunner, table: string, sha256: string, entry: AsyncIterable<Uint8Array>) {
  const columns = (await columnsOf(runner, table)).map(ident).join(', ');
  const insert = `INSERT INTO ${ident(table)} (${columns}) OVERRIDING SYSTEM VALUE
    SELECT ${columns} FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`;
  const hash = createHash('sha256');
  let count = 0;
  let batch: string[] = [];
  let batchBytes = 0;
  let rest = Buffer.alloc(0);
  const flush = async () => {
    if (batch.length === 0) return;
    await runner.query(insert, [`[${batch.join(',')}]`]);
    count += batch.length;
    batch = [];
    batchBytes = 0;
  };
  for await (const chunk of entry) {
    hash.update(chunk);
    let data = rest.length > 0 ? Buffer.concat([rest, chunk]) : Buffer.from(chunk);
    let newline = data.indexOf(10);
    while (newline >= 0) {
      const line = data.subarray(0, newline).toString('utf8');
      batch.push(line);
      batchBytes += line.length;
      if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) await flush();
      data = data.subarray(newline + 1);
      newline = data.indexOf(10);
    }
    rest = Buffer.from(data);
  }
  if (rest.length > 0) throw new BackupError(`The rows of ${table} end in the middle of a row.`);
  await flush();
  if (hash.digest('hex') !== sha256) {
    throw new BackupError(`The rows of ${table} changed since the archive was checked; nothing was restored.`);
  }
  return count;
}

/**
 * Makes deferrable, until the rows are in, each foreign key whose referenced rows come later in
 * the archive than its own (a table referencing itself, or a cycle of tables). Returns them.
 */
async function deferBackwardKeys(runner: QueryRunner, manifest: BackupManifest) {
  const position = new Map(manifest.tables.map((table, index) => [table.name, index]));
  const keys = (await foreignKeysOf(runner)).filter((key) => {
    const own = position.get(key.table);
    const referenced = position.get(key.references);
    return own !== undefined && referenced !== undefined && referenced >= own && !key.deferred;
  });
  for (const key of keys) {
    await runner.query(
      `ALTER TABLE ${ident(key.table)} ALTER CONSTRAINT ${ident(key.name)} DEFERRABLE INITIALLY DEFERRED`,
    );
  }
  return keys;
}

/** Checks the deferred foreign keys now, then puts them back as the schema had them. */
async function restoreKeys(runner: QueryRunner, keys: Awaited<ReturnType<typeof deferBackwardKeys>>) {
  if (keys.length === 0) return;
  await runner.query('SET CONSTRAINTS ALL IMMEDIATE');
  for (const key of keys) {
    await runner.query(
      `ALTER TABLE ${ident(key.table)} ALTER CONSTRAINT ${ident(key.name)} ${key.deferrable ? 'DEFERRABLE INITIALLY IMMEDIATE' : 'NOT DEFERRABLE'}`,
    );
  }
}

/** Sets every sequence behind a column past the largest value restored into it. */
async function resetSequences(runner: QueryRunner) {
  const columns: { table: string; column: string; sequence: string }[] = await runner.query(
    `SELECT c.relname AS "table", a.attname AS "column",
            pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
       AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const { table, column, sequence } of columns) {
    await runner.query(
      `SELECT setval($1, COALESCE((SELECT max(${ident(column)}) FROM ${ident(table)}), 0) + 1, false)`,
      [sequence],
    );
  }
}
