import './register-paths';
import 'reflect-metadata';
import { applyMigrations, loadConfig, openDatabase } from '@assay/api/core';

/** `npm run db:migrate`: applies pending migrations to the configured database, then exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const applied = await applyMigrations(database.dataSource);
    process.stdout.write(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The database is up to date.\n');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
