import './register-paths';
import 'reflect-metadata';
import { BackupError, openDatabase, verifyArchive, writeBackup } from '@assay/api/core';
import { MIGRATIONS } from '@assay/api/data';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { configOrExit } from './config-or-exit';

const USAGE = `Usage: npm run backup -- --out FILE [--url http://HOST:PORT --token TOKEN]
  --out FILE     where to write the archive (a .tar.gz)
  --url URL      back up through a running Assay (needed for the embedded database while Assay runs)
  --token TOKEN  an administrator's personal API token for --url (or set ASSAY_BACKUP_TOKEN)
Without --url, the configured database (DATABASE_URL, else ASSAY_DATA_DIR) is read directly.
`;

interface Options {
  out: string;
  url?: string;
  token?: string;
}

function parse(args: string[]): Options | undefined {
  const options: Partial<Options> = {};
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    if (value === undefined || value.startsWith('--')) return undefined;
    if (name === '--out') options.out = value;
    else if (name === '--url') options.url = value;
    else if (name === '--token') options.token = value;
    else return undefined;
  }
  return options.out ? (options as Options) : undefined;
}

/** `npm run backup`: writes a backup archive of every table and every attachment (see README "Backup and restore"). */
async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  if (!options) {
    process.stderr.write(USAGE);
    process.exit(64); // EX_USAGE
  }
  const out = resolve(options.out);
  // Written beside its final name and renamed once whole, so a failed backup never looks like one.
  const partial = `${out}.partial`;
  try {
    if (options.url)
      await throughRunningAssay(options.url, options.token ?? process.env['ASSAY_BACKUP_TOKEN'], partial);
    else await fromDatabase(partial);
    const manifest = await verifyArchive(
      partial,
      MIGRATIONS.map((migration) => migration.name),
    );
    await rename(partial, out);
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    process.stdout.write(
      `Backed up ${manifest.tables.length} tables (${rows} rows) and ${manifest.files.length} files to ${out}.\n`,
    );
    if (manifest.missingFiles.length > 0) {
      process.stderr.write(
        `${manifest.missingFiles.length} attachment file(s) were not in the file store: ${manifest.missingFiles.join(', ')}\n`,
      );
    }
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function fromDatabase(partial: string): Promise<void> {
  const config = configOrExit();
  let database;
  try {
    database = await openDatabase(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/in use by another Assay process/.test(message)) {
      throw new BackupError(
        `${message}\nTo back up while Assay runs, ask the running Assay: npm run backup -- --out FILE --url http://HOST:PORT --token TOKEN (an administrator's personal API token).`,
      );
    }
    throw error;
  }
  try {
    await writeBackup(
      {
        dataSource: database.dataSource,
        engine: database.engine,
        filesStore: config.filesStore,
        filesDir: config.filesDir,
      },
      createWriteStream(partial, { mode: 0o600 }),
    );
  } finally {
    await database.close();
  }
}

async function throughRunningAssay(url: string, token: string | undefined, partial: string): Promise<void> {
  if (!token) {
    throw new BackupError('--url needs an administrator’s personal API token: --token TOKEN, or ASSAY_BACKUP_TOKEN.');
  }
  const address = `${url.replace(/\/+$/, '')}/api/admin/backup`;
  let response: Response;
  try {
    response = await fetch(address, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new BackupError(`Could not reach ${address}: ${(error as Error).message}`);
  }
  if (!response.ok || !response.body) {
    const text = await response.text().catch(() => '');
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON: shown as it came
    }
    throw new BackupError(`${address} answered ${response.status}: ${message}`);
  }
  await pipeline(
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    createWriteStream(partial, { mode: 0o600 }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
