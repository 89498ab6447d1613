import './register-paths';
import 'reflect-metadata';
import { openDatabase, restoreArchive, verifyArchive, whyNotEmpty } from '@assay/api/core';
import { MIGRATIONS } from '@assay/api/data';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configOrExit } from './config-or-exit';

const USAGE = `Usage: npm run restore -- FILE
  Loads a backup archive (npm run backup) into the configured database (DATABASE_URL, else
  ASSAY_DATA_DIR), which must be empty, and migrates it to this version of Assay.
`;

/** `npm run restore`: loads a backup archive into an empty database (see README "Backup and restore"). */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('--')) {
    process.stderr.write(USAGE);
    process.exit(64); // EX_USAGE
  }
  const file = resolve(args[0]);
  if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
  const config = configOrExit();
  // The whole archive is checked before the database is even opened.
  const manifest = await verifyArchive(
    file,
    MIGRATIONS.map((migration) => migration.name),
  );
  const database = await openDatabase(config);
  const where = config.DATABASE_URL ? 'the database in DATABASE_URL' : `the embedded database in ${config.dataDir}`;
  try {
    const reason = await whyNotEmpty(database.dataSource);
    if (reason) {
      throw new Error(
        `${where} is not empty: ${reason}. A backup is restored into an empty database only; point DATABASE_URL at a new database (or ASSAY_DATA_DIR at a new directory).`,
      );
    }
    const restored = await restoreArchive(
      { dataSource: database.dataSource, filesStore: config.filesStore, filesDir: config.filesDir },
      file,
      manifest,
      (line) => process.stderr.write(`${line}\n`),
    );
    process.stdout.write(
      `Restored ${manifest.tables.length} tables (${restored.rows} rows) and ${restored.files} files into ${where}` +
        (restored.newer.length > 0
          ? `, then applied ${restored.newer.length} newer migration(s): ${restored.newer.join(', ')}`
          : '') +
        '.\n',
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
