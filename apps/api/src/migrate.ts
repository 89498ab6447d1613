import './register-paths';
import 'reflect-metadata';
import { applyMigrations, openDatabase, revertLastMigration } from '@assay/api/core';
import { configOrExit } from './config-or-exit';

const USAGE =
  'Usage: npm run db:migrate [-- --revert]\n  (no option)  apply every pending migration\n  --revert     undo the most recent migration (to step back after a failed upgrade)\n';

/** `npm run db:migrate`: applies pending migrations to the configured database (or reverts the last one), then exits. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--revert')) {
    process.stderr.write(USAGE);
    process.exit(64); // EX_USAGE
  }
  const config = configOrExit();
  const database = await openDatabase(config);
  try {
    if (args.includes('--revert')) {
      const reverted = await revertLastMigration(database.dataSource);
      process.stdout.write(reverted ? `Reverted ${reverted}.\n` : 'No migration to revert.\n');
    } else {
      const applied = await applyMigrations(database.dataSource);
      process.stdout.write(
        applied.length > 0
          ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
          : 'The database is up to date.\n',
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
