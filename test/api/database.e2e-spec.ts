import { GQL } from './support/fixtures';
import {
  API_MAIN,
  API_MIGRATE,
  engine,
  freePort,
  ROOT,
  run,
  serverDatabaseUrl,
  startServer,
  TestDatabase,
} from './support/server';
import { join } from 'node:path';
import { Client } from 'pg';

/** The environment of a process started by hand: the database plus the minimum to boot. */
function processEnv(database: TestDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    NODE_ENV: 'production',
    ASSAY_DEMO: 'false',
    ASSAY_LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    ...database.env,
    ...extra,
  };
}

/** The application tables present (not the migrations bookkeeping). */
async function tables(database: TestDatabase): Promise<string[]> {
  const sql = `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`;
  if (database.env['DATABASE_URL']) {
    const client = new Client({ connectionString: database.env['DATABASE_URL'] });
    await client.connect();
    try {
      return (await client.query<{ table_name: string }>(sql)).rows.map((row) => row.table_name);
    } finally {
      await client.end();
    }
  }
  // PGlite loads its WASM through a dynamic import, which Jest's CommonJS sandbox cannot do: ask a plain node.
  const script = `const { PGlite } = require('@electric-sql/pglite');
    (async () => { const db = new PGlite(process.argv[1]); const r = await db.query(process.argv[2]); await db.close();
      process.stdout.write(JSON.stringify(r.rows.map((row) => row.table_name))); })();`;
  const result = await run(process.execPath, ['-e', script, join(database.env['ASSAY_DATA_DIR'], 'pg'), sql], {
    PATH: process.env['PATH'],
    NODE_PATH: join(ROOT, 'node_modules'),
  });
  if (result.code !== 0) throw new Error(result.output);
  return JSON.parse(result.output) as string[];
}

describe(`the database (${engine})`, () => {
  // One process per step and a step per migration: its time grows with the migrations.
  it('migrates up, down and up again with `npm run db:migrate`', async () => {
    const database = await TestDatabase.create();
    try {
      const migrate = (...args: string[]) => run(process.execPath, [API_MIGRATE, ...args], processEnv(database));
      const first = await migrate();
      expect(first.code).toBe(0);
      // On the server the harness has migrated already; on PGlite this run did.
      expect(first.output).toMatch(/Applied \d+ migration\(s\): Foundation\d+|The database is up to date\./);
      const all = await tables(database);
      expect(all).toEqual(
        expect.arrayContaining([
          'app_user',
          'audit_event',
          'department',
          'member_library',
          'organisation',
          'rate_limit_bucket',
          'setting',
          'vendor',
          'research_note',
        ]),
      );

      expect((await migrate()).output).toContain('The database is up to date.');

      // Step back one migration at a time, down to an empty schema.
      const reverted: string[] = [];
      for (;;) {
        const step = await migrate('--revert');
        expect(step.code).toBe(0);
        const name = /Reverted (\w+)\./.exec(step.output)?.[1];
        if (!name) {
          expect(step.output).toContain('No migration to revert.');
          break;
        }
        reverted.push(name);
        expect(reverted.length).toBeLessThan(100);
      }
      expect(reverted[reverted.length - 1]).toMatch(/^Foundation\d+$/);
      expect(await tables(database)).toEqual([]);

      const again = await migrate();
      expect(again.output).toContain(`Applied ${reverted.length} migration(s): ${[...reverted].reverse().join(', ')}`);
      expect(await tables(database)).toEqual(all);

      const usage = await migrate('--sideways');
      expect(usage.code).toBe(64);
      expect(usage.output).toContain('Usage: npm run db:migrate');
    } finally {
      await database.drop();
    }
  }, 300_000);

  it('refuses to start with a configuration error, naming the variable', async () => {
    const database = await TestDatabase.create();
    try {
      const badPort = await run(process.execPath, [API_MAIN], processEnv(database, { PORT: 'eighty' }));
      expect(badPort.code).toBe(78);
      expect(badPort.output).toMatch(/PORT/);

      const typo = await run(
        process.execPath,
        [API_MAIN],
        processEnv(database, { PORT: String(await freePort()), ASSAY_DATADIR: '/tmp/x' }),
      );
      expect(typo.code).toBe(78);
      expect(typo.output).toContain('ASSAY_DATADIR');
    } finally {
      await database.drop();
    }
  });

  it('creates the first administrator with a generated password shown once', async () => {
    const database = await TestDatabase.create();
    try {
      const first = await startServer({
        database,
        env: { ASSAY_ADMIN_EMAIL: 'Chief@Consortium.test', ASSAY_ADMIN_PASSWORD: undefined },
      });
      const printed = /password: (\S+)/.exec(first.output());
      expect(printed).not.toBeNull();
      const password = printed![1];
      const login = await first.gql<{
        login: { user: { email: string; globalRole: string; mustChangePassword: boolean } };
      }>(GQL.login, {
        input: { email: 'chief@consortium.test', password },
      });
      expect(login.data?.login.user).toEqual({
        email: 'chief@consortium.test',
        globalRole: 'ADMIN',
        mustChangePassword: true,
      });
      await first.stop();

      // The secret is not in the structured logs, and a restart neither prints nor replaces it.
      expect(
        first
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{') && line.includes(password)),
      ).toEqual([]);
      const second = await startServer({
        database,
        env: { ASSAY_ADMIN_EMAIL: 'Chief@Consortium.test', ASSAY_ADMIN_PASSWORD: undefined },
      });
      expect(second.output()).not.toMatch(/password: /);
      await expect(second.login('chief@consortium.test', password)).resolves.toEqual(expect.any(String));
      await second.stop();
    } finally {
      await database.drop();
    }
  });

  it('says on /health that the process lives, and on /ready that the database answers and its schema is current', async () => {
    const server = await startServer();
    try {
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', database: 'up', migrations: 'applied' });
    } finally {
      await server.stop();
    }
  });

  (serverDatabaseUrl ? it : it.skip)(
    'is not ready while its database is gone, and still alive, so that it is not restarted for it',
    async () => {
      const database = await TestDatabase.create();
      const server = await startServer({ database });
      try {
        await database.drop();
        const ready = await fetch(`${server.url}/ready`);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toEqual({ status: 'unavailable', database: 'down' });
        expect((await fetch(`${server.url}/health`)).status).toBe(200);
      } finally {
        await server.stop();
        await database.drop();
      }
    },
  );

  (engine === 'pglite' ? it : it.skip)('refuses a second process on the same embedded data directory', async () => {
    const database = await TestDatabase.create();
    const server = await startServer({ database });
    try {
      const second = await run(process.execPath, [API_MAIN], processEnv(database, { PORT: String(await freePort()) }));
      expect(second.code).not.toBe(0);
      expect(second.output).toMatch(/is in use by another Assay process \(pid \d+\)/);
      // The first process still serves, and its data is intact.
      await expect(server.login()).resolves.toEqual(expect.any(String));
    } finally {
      await server.stop();
      await database.drop();
    }
  });

  (engine === 'pglite' ? it : it.skip)(
    "gives the embedded database the page cache ASSAY_DB_CACHE_MB sets, and 32 MB rather than PostgreSQL's 128 MB unset",
    async () => {
      const database = await TestDatabase.create();
      // The built API's own opening of the database, in a plain node (PGlite cannot load in Jest's sandbox).
      const dist = join(ROOT, 'dist/apps/api');
      const script = `require(${JSON.stringify(join(dist, 'apps/api/src/register-paths.js'))});
        const { loadConfig } = require(${JSON.stringify(join(dist, 'libs/api/core/src/lib/config/app-config.js'))});
        const { openDatabase } = require(${JSON.stringify(join(dist, 'libs/api/core/src/lib/database/data-source.factory.js'))});
        (async () => {
          const db = await openDatabase(loadConfig({ ASSAY_DATA_DIR: process.argv[1], ASSAY_DB_CACHE_MB: process.argv[2] }));
          const [row] = await db.dataSource.query('SHOW shared_buffers');
          await db.close();
          process.stdout.write(row.shared_buffers);
        })();`;
      const shared = async (megabytes: string) => {
        const result = await run(process.execPath, ['-e', script, database.env['ASSAY_DATA_DIR'], megabytes], {
          PATH: process.env['PATH'],
          NODE_PATH: join(ROOT, 'node_modules'),
        });
        if (result.code !== 0) throw new Error(result.output);
        return result.output.trim();
      };
      try {
        expect(await shared('')).toBe('32MB');
        expect(await shared('12')).toBe('12MB');
      } finally {
        await database.drop();
      }
    },
  );

  (serverDatabaseUrl ? it : it.skip)(
    'refuses to serve a server database whose schema is behind, saying how to fix it',
    async () => {
      const database = await TestDatabase.create();
      try {
        expect((await run(process.execPath, [API_MIGRATE, '--revert'], processEnv(database))).code).toBe(0);
        const started = await run(
          process.execPath,
          [API_MAIN],
          processEnv(database, { PORT: String(await freePort()) }),
        );
        expect(started.code).toBe(1);
        expect(started.output).toContain('npm run db:migrate');
      } finally {
        await database.drop();
      }
    },
  );
});
