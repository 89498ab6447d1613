/**
 * What the API libraries' unit tests share: a fresh, migrated in-memory PGlite database and a Nest
 * application context with the real core providers and the feature modules under test, plus rows
 * for the people, evaluations and candidates the rules are tried against. Imported by spec files
 * only (`@assay/api/core/testing`), never by production code.
 */
import { MIGRATIONS } from '@assay/api/data';
import { EvaluationRole, GlobalRole } from '@assay/domain';
import { PGlite } from '@electric-sql/pglite';
import { DynamicModule, Global, INestApplicationContext, Logger, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { RequestActor } from './lib/auth/actor';
import { AppConfig, loadConfig } from './lib/config/app-config';
import { coreProviders, tokensOf } from './lib/core-providers';
import { dataSourceOptions, PGLITE_EXTENSIONS } from './lib/database/data-source.factory';
import { applyMigrations } from './lib/database/migrate';

/** What CoreModule gives the features (`coreProviders`), without the HTTP and GraphQL machinery. */
@Global()
@Module({})
class TestCoreModule {
  static register(config: AppConfig, dataSource: DataSource): DynamicModule {
    const providers = coreProviders(config, dataSource);
    return { module: TestCoreModule, providers, exports: tokensOf(providers) };
  }
}

@Module({})
class TestRootModule {}

/**
 * A copy of a freshly migrated database, kept in the temporary directory and named after the
 * PGlite build and the migrations' code: creating a PGlite cluster (initdb) costs seconds, loading
 * a copy a fraction of that. Written once, by whichever spec file gets there first.
 */
function templateFile(): string {
  const key = createHash('sha256')
    .update(readFileSync(require.resolve('@electric-sql/pglite')))
    .update(MIGRATIONS.map((migration) => `${migration.name}:${migration.prototype.up.toString()}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `assay-test-database-${key}.tar`);
}

/**
 * An in-memory PGlite database with every migration applied, reached as the API reaches the
 * embedded database (one connection through PGlite's node-postgres adapter).
 */
async function openMigratedDatabase(): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const template = templateFile();
  const copy = existsSync(template) ? readFileSync(template) : null;
  const pglite = await PGlite.create(
    copy ? { loadDataDir: new Blob([copy]), extensions: PGLITE_EXTENSIONS } : { extensions: PGLITE_EXTENSIONS },
  );
  const dataSource = new DataSource({ ...dataSourceOptions({ pglite }), logging: false });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pglite.close();
  };
  try {
    await dataSource.initialize();
    // Also brings a copy up to date, should it miss a migration.
    await applyMigrations(dataSource);
    if (!copy) {
      const dump = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
      const partial = `${template}.${process.pid}.${randomUUID()}`;
      writeFileSync(partial, dump);
      renameSync(partial, template);
    }
    return { dataSource, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface EvaluationOptions {
  title?: string;
  status?: string;
}

/** A migrated database and the feature modules under test, with helpers that add rows. */
export class ServiceTestBed {
  private constructor(
    readonly app: INestApplicationContext,
    readonly dataSource: DataSource,
    private readonly closeDatabase: () => Promise<void>,
  ) {}

  /**
   * Opens a fresh in-memory database, applies every migration and starts the given feature modules
   * on it with the real core providers. Open one per spec file (in beforeAll) and close it in afterAll.
   */
  static async open(features: Type<unknown>[]): Promise<ServiceTestBed> {
    // The migrations' and Nest's start-up logs would bury the test report.
    Logger.overrideLogger(false);
    const config = loadConfig({ NODE_ENV: 'test', ASSAY_DATA_DIR: 'memory://', ASSAY_DEMO: 'false' });
    const database = await openMigratedDatabase();
    try {
      const app = await NestFactory.createApplicationContext(
        { module: TestRootModule, imports: [TestCoreModule.register(config, database.dataSource), ...features] },
        { logger: false, abortOnError: false },
      );
      await app.init();
      return new ServiceTestBed(app, database.dataSource, () => database.close());
    } catch (error) {
      await database.close();
      throw error;
    }
  }

  get<T>(type: Type<T>): T {
    return this.app.get(type);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.closeDatabase();
  }

  /** A signed-in person (an active account), as the guard would hand it to a service. */
  async user(
    options: { name?: string; role?: GlobalRole; departmentId?: string; active?: boolean } = {},
  ): Promise<RequestActor> {
    const displayName = options.name ?? 'Test Person';
    const email = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomUUID().slice(0, 8)}@example.org`;
    const globalRole = options.role ?? GlobalRole.User;
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO app_user (email, display_name, password_hash, global_role, department_id, active)
       VALUES ($1, $2, 'not-a-hash', $3, $4, $5) RETURNING id`,
      [email, displayName, globalRole, options.departmentId ?? null, options.active ?? true],
    );
    return { id: row.id, email, displayName, globalRole, mustChangePassword: false };
  }

  admin(name = 'Test Administrator'): Promise<RequestActor> {
    return this.user({ name, role: GlobalRole.Admin });
  }

  /** A department (of an organisation of its own), e.g. `department('CIRC', 'Circulation')`. */
  async department(code: string, name: string): Promise<string> {
    const [organisation]: { id: string }[] = await this.dataSource.query(
      'INSERT INTO organisation (name) VALUES ($1) RETURNING id',
      [`${name} organisation`],
    );
    const [row]: { id: string }[] = await this.dataSource.query(
      'INSERT INTO department (organisation_id, code, name) VALUES ($1, $2, $3) RETURNING id',
      [organisation.id, code, name],
    );
    return row.id;
  }

  /** An evaluation led by `lead`, written directly (in draft unless a status is given). */
  async evaluation(lead: RequestActor, options: EvaluationOptions = {}): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO evaluation (title, created_by${options.status ? ', status' : ''}) VALUES ($1, $2${options.status ? ', $3' : ''}) RETURNING id`,
      [options.title ?? 'Test evaluation', lead.id, ...(options.status ? [options.status] : [])],
    );
    await this.member(row.id, lead, EvaluationRole.Lead);
    return row.id;
  }

  async setStatus(evaluationId: string, status: string): Promise<void> {
    await this.dataSource.query('UPDATE evaluation SET status = $2 WHERE id = $1', [evaluationId, status]);
  }

  async member(evaluationId: string, person: RequestActor, ...roles: EvaluationRole[]): Promise<void> {
    for (const role of roles) {
      await this.dataSource.query(
        'INSERT INTO evaluation_member (evaluation_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [evaluationId, person.id, role],
      );
    }
  }

  /** A product version in the catalogue, under a vendor and product of its own. */
  async productVersion(name = 'Test product'): Promise<string> {
    const [vendor]: { id: string }[] = await this.dataSource.query(
      'INSERT INTO vendor (name) VALUES ($1) RETURNING id',
      [`${name} vendor ${randomUUID()}`],
    );
    const [product]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO product (vendor_id, name, category, licence) VALUES ($1, $2, 'ils', 'proprietary') RETURNING id`,
      [vendor.id, name],
    );
    const [version]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO product_version (product_id, name) VALUES ($1, '1.0') RETURNING id`,
      [product.id],
    );
    return version.id;
  }

  /** A shortlisted candidate of the evaluation (a new product version). */
  async candidate(evaluationId: string, name = 'Test product'): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      'INSERT INTO candidate (evaluation_id, product_version_id) VALUES ($1, $2) RETURNING id',
      [evaluationId, await this.productVersion(name)],
    );
    return row.id;
  }
}
