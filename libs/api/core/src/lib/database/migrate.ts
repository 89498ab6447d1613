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
