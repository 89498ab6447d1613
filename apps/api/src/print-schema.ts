import './register-paths';
import 'reflect-metadata';
import { applyMigrations, loadConfig, openDatabase } from '@assay/api/core';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';

/**
 * Prints the GraphQL schema exactly as the running API builds it, to apps/api/schema.graphql
 * (the web app's code generation reads it). With --check, fails when the committed file differs.
 */
async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    ASSAY_DATA_DIR: 'memory://',
    DATABASE_URL: undefined,
    ASSAY_DEMO: 'false',
  });
  const database = await openDatabase(config);
  await applyMigrations(database.dataSource);
  const app = await NestFactory.create(AppModule.register(config, database.dataSource), { logger: ['error'] });
  await app.init();
  const sdl = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
  await app.close();
  await database.close();

  const file = join(__dirname, '..', '..', '..', '..', '..', '..', 'apps', 'api', 'schema.graphql');
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8');
    if (committed !== `${sdl}\n`) {
      process.stderr.write('apps/api/schema.graphql is out of date: run `npm run codegen` and commit the result.\n');
      process.exit(1);
    }
    process.stdout.write('apps/api/schema.graphql matches the API.\n');
    return;
  }
  writeFileSync(file, `${sdl}\n`);
  process.stdout.write(`Wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
