import type { QueryRunner } from 'typeorm';

/** What a backup archive holds, written as `manifest.json` (the archive's last entry). */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The database it was taken from. */
  database: 'pglite' | 'postgres';
  /** The migrations applied to that database, in the order they were applied: the schema of the rows. */
  migrations: string[];
  /** Every table, in the order its rows must be inserted (referenced tables first). */
  tables: { name: string; rows: number; sha256: string }[];
  /** Every stored file an attachment names. */
  files: { key: string; size: number; sha256: string }[];
  /** Files an attachment names that no store held when the backup was taken (deleted meanwhile). */
  missingFiles: string[];
}

export const BACKUP_FORMAT = 'assay-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const tableEntry = (table: string) => `tables/${table}.jsonl`;
export const fileEntry = (key: string) => `files/${key}`;

/**
 * Tables a backup leaves out: the migrations bookkeeping (the manifest lists them), sign-in sessions
 * and rate-limit counters (disposable: people sign in again after a restore; their accounts and
 * personal API tokens are kept), and the database file store (its files are carried as files).
 */
export const TABLES_NOT_BACKED_UP = new Set([
  'migrations',
  'typeorm_metadata',
  'user_session',
  'rate_limit_bucket',
  'stored_file',
  'file_chunk',
]);

/** A quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The tables of the current schema. */
export async function tablesOf(runner: QueryRunner): Promise<string[]> {
  const rows: { name: string }[] = await runner.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** A table's stored columns (generated ones are computed again on insert), in table order. */
export async function columnsOf(runner: QueryRunner, table: string): Promise<string[]> {
  const rows: { name: string }[] = await runner.query(
    `SELECT a.attname AS name FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [ident(table)],
  );
  return rows.map((row) => row.name);
}

/** A table's primary key columns, in key order (empty when it has none). */
export async function primaryKeyOf(runner: QueryRunner, table: string): Promise<string[]> {
  const rows: { name: string }[] = await runner.query(
    `SELECT a.attname AS name FROM pg_index i
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary
     ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [ident(table)],
  );
  return rows.map((row) => row.name);
}

export interface ForeignKey {
  name: string;
  table: string;
  references: string;
  deferrable: boolean;
  deferred: boolean;
}

/** The foreign keys between tables of the current schema. */
export async function foreignKeysOf(runner: QueryRunner): Promise<ForeignKey[]> {
  return runner.query(
    `SELECT con.conname AS name, src.relname AS "table", dst.relname AS "references",
            con.condeferrable AS deferrable, con.condeferred AS deferred
     FROM pg_constraint con
     JOIN pg_class src ON src.oid = con.conrelid
     JOIN pg_class dst ON dst.oid = con.confrelid
     JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE con.contype = 'f' AND n.nspname = current_schema()
     ORDER BY src.relname, con.conname`,
  );
}

/**
 * The tables ordered so that each comes after the tables it references (a table referencing
 * itself is fine: its own key is checked at the end of the load). Tables in a cycle of
 * references, which no order satisfies, come last, by name.
 */
export function insertionOrder(tables: string[], keys: ForeignKey[]): string[] {
  const included = new Set(tables);
  const needs = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const key of keys) {
    if (key.table !== key.references && included.has(key.table) && included.has(key.references)) {
      needs.get(key.table)?.add(key.references);
    }
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const table of [...tables].sort()) {
      if (placed.has(table)) continue;
      if ([...(needs.get(table) ?? [])].every((needed) => placed.has(needed))) {
        ordered.push(table);
        placed.add(table);
        progress = true;
      }
    }
  }
  return [...ordered, ...[...tables].sort().filter((table) => !placed.has(table))];
}

/** The names of the applied migrations, in the order they were applied (none when there is no table). */
export async function appliedMigrations(runner: QueryRunner): Promise<string[]> {
  const [exists]: { present: boolean }[] = await runner.query(
    `SELECT to_regclass(current_schema() || '.migrations') IS NOT NULL AS present`,
  );
  if (!exists?.present) return [];
  const rows: { name: string }[] = await runner.query(`SELECT name FROM migrations ORDER BY id`);
  return rows.map((row) => row.name);
}

/** A message for the person running a backup or a restore: the problem, and what to do. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
