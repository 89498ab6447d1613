import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Applies pending migrations; returns their names. */
export async function applyMigrations(dataSource: DataSource, logger = new Logger('Migrations')): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  for (const migration of applied) {
    logger.log(`Applied ${migration.name}`);
  }
  return applied.map((migration) => migration.name);
}

/** Whether migrations are pending (to refuse serving a server database whose schema is behind). */
export function hasPendingMigrations(dataSource: DataSource): Promise<boolean> {
  return dataSource.showMigrations();
}

/** Reverts the most recent migration; returns its name, or undefined when none was applied. */
export async function revertLastMigration(
  dataSource: DataSource,
  logger = new Logger('Migrations'),
): Promise<string | undefined> {
  const executed = await dataSource
    .query(`SELECT name FROM migrations ORDER BY "timestamp" DESC, id DESC LIMIT 1`)
    .catch(() => []);
  if (executed.length === 0) return undefined;
  await dataSource.undoLastMigration({ transaction: 'each' });
  logger.log(`Reverted ${executed[0].name}`);
  return executed[0].name as string;
}
