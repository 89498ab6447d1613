import { ENTITIES, MIGRATIONS } from '@assay/api/data';
import { Extension, PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { DataSource, DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { DataDirLock } from './data-dir-lock';

/** A DataSource plus what must be closed with it. */
export interface Database {
  dataSource: DataSource;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * The PGlite extensions every embedded database loads: pg_trgm finds likely duplicate requirements
 * (similarity()), as the PostgreSQL server's contrib does. Opening a data directory without them
 * still works; only similarity() would fail, and the service checks for it first.
 */
export const PGLITE_EXTENSIONS: Record<string, Extension> = {
  // The package types its contrib entry points as ES modules only; its CommonJS build is what Node loads here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  pg_trgm: (require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension }).pg_trgm,
};

/** Where the data is: a PostgreSQL server, or an open PGlite instance. */
export type DatabaseTarget = { url: string } | { pglite: PGlite };

/**
 * The DataSource settings for a database, without logging: the entities and migrations of
 * api/data, and PGlite reached through its own node-postgres adapter with one connection. The API
 * and the unit tests' bed both connect with these.
 */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    // Schema (including gen_random_uuid defaults) comes from migrations only.
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
  };
  if ('url' in target) return { ...common, url: target.url, extra: { max: 10 } };
  return {
    ...common,
    poolSize: 1,
    extra: { connection: createPgConfig(target.pglite).connection, max: 1, idleTimeoutMillis: 0 },
  };
}

/**
 * Opens the database: the PostgreSQL server in DATABASE_URL, or else the embedded PGlite
 * database in ASSAY_DATA_DIR, reached through PGlite's own node-postgres adapter with one
 * connection. Code must therefore never wait for a second connection while holding a transaction.
 */
export async function openDatabase(config: AppConfig, logger = new Logger('Database')): Promise<Database> {
  const typeormLogger = new NestTypeOrmLogger(logger);
  if (config.DATABASE_URL) {
    const dataSource = new DataSource({
      ...dataSourceOptions({ url: config.DATABASE_URL }),
      logger: typeormLogger,
      logging: ['error', 'warn', 'migration'],
    });
    await dataSource.initialize();
    return { dataSource, engine: 'postgres', close: () => dataSource.destroy() };
  }

  const dataDir = config.dataDir;
  const inMemory = dataDir.startsWith('memory://');
  const lock = inMemory ? null : DataDirLock.acquire(dataDir);
  try {
    const pglite = await PGlite.create(inMemory ? dataDir : join(dataDir, 'pg'), {
      extensions: PGLITE_EXTENSIONS,
      // PostgreSQL's default of 128 MB is held by the process from the start; a consortium's
      // embedded database is mostly far smaller (ASSAY_DB_CACHE_MB).
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${config.ASSAY_DB_CACHE_MB}MB`],
    });
    const dataSource = new DataSource({
      ...dataSourceOptions({ pglite }),
      logger: typeormLogger,
      logging: ['error', 'warn', 'migration'],
    });
    await dataSource.initialize();
    return {
      dataSource,
      engine: 'pglite',
      close: async () => {
        await dataSource.destroy();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

class NestTypeOrmLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}
  logQuery(): void {
    // queries are not logged: they may carry personal data
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error(`Query failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 200)}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }
  logMigration(message: string): void {
    this.logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
