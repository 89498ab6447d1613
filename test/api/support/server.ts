import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const API_MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
export const API_MIGRATE = join(ROOT, 'dist/apps/api/apps/api/src/migrate.js');
export const ADMIN_EMAIL = 'admin@e2e.test';
export const ADMIN_PASSWORD = 'e2e-admin-password-1';

/** Which engine the suite runs on: the PostgreSQL server when DATABASE_URL is set, else PGlite. */
export const serverDatabaseUrl = process.env['DATABASE_URL'] || undefined;
export const engine = serverDatabaseUrl ? 'postgres' : 'pglite';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
  setCookie: string[];
}

export interface RunningServer {
  url: string;
  /** The API process's id (for reading its memory from /proc). */
  pid: number;
  output: () => string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; cookie?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  login(email?: string, password?: string): Promise<string>;
  /** The SQL statements the API has sent since it started (only with `sqlLog`). */
  statements(): string[];
  /** Sends the API process a signal (SIGTERM: drain and stop; SIGKILL: a crash), without waiting. */
  kill(signal: NodeJS.Signals): void;
  /** Resolves once the API process has ended: its exit code, or the signal that ended it. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  env?: Record<string, string | undefined>;
  /** Reuse a data directory (PGlite) or database (server) from an earlier start. */
  database?: TestDatabase;
  /** Record every SQL statement the API sends (support/sql-log.cjs), for `statements()`. */
  sqlLog?: boolean;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A database of its own for one test file: a temp PGlite directory, or a fresh database on the server. */
export class TestDatabase {
  private constructor(
    readonly env: Record<string, string>,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async create(): Promise<TestDatabase> {
    if (!serverDatabaseUrl) return TestDatabase.embedded();
    // A run of many short test processes (test:api:alone) migrates one template once and copies it.
    const template = process.env['E2E_TEMPLATE_DATABASE'];
    if (template) return TestDatabase.emptyOnServer(serverDatabaseUrl, template);
    const database = await TestDatabase.emptyOnServer(serverDatabaseUrl);
    const migrated = await run(process.execPath, [API_MIGRATE], { ...process.env, ...database.env });
    if (migrated.code !== 0) {
      await database.drop();
      throw new Error(`Migrating ${database.env['DATABASE_URL']} failed (${migrated.code}):\n${migrated.output}`);
    }
    return database;
  }

  /** A fresh embedded data directory, whatever DATABASE_URL says. */
  static embedded(): TestDatabase {
    const dir = mkdtempSync(join(tmpdir(), 'assay-e2e-'));
    return new TestDatabase({ ASSAY_DATA_DIR: dir }, async () => rmSync(dir, { recursive: true, force: true }));
  }

  /**
   * A fresh database on the server that `serverUrl` reaches: without any migration applied, or a
   * copy of the `template` database (a name of letters, digits and underscores).
   */
  static async emptyOnServer(serverUrl: string, template?: string): Promise<TestDatabase> {
    if (template && !/^\w+$/.test(template)) throw new Error(`Not a database name: ${template}`);
    const name = `assay_e2e_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return new TestDatabase({ DATABASE_URL: url.toString() }, async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    });
  }

  drop(): Promise<void> {
    return this.cleanup();
  }
}

/** Starts the built API on a free port and waits for /health. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build the API first (npm run build).`);
  }
  const ownDatabase = !options.database;
  const database = options.database ?? (await TestDatabase.create());
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    ASSAY_DEMO: 'false',
    ASSAY_ADMIN_EMAIL: ADMIN_EMAIL,
    ASSAY_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ASSAY_LOG_LEVEL: 'warn',
    ...database.env,
  };
  const sqlLog = options.sqlLog ? join(mkdtempSync(join(tmpdir(), 'assay-sql-')), 'statements.log') : null;
  if (sqlLog) {
    env['NODE_OPTIONS'] = `--require ${join(__dirname, 'sql-log.cjs')}`;
    env['E2E_SQL_LOG'] = sqlLog;
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const child = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);

  const server: RunningServer = {
    url,
    pid: child.pid ?? 0,
    output: () => output,
    async gql(query, variables, opts = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(opts.headers ?? {}) };
      if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
      if (opts.cookie) headers['cookie'] = opts.cookie;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return {
        status: response.status,
        data: body.data,
        errors: body.errors,
        setCookie: response.headers.getSetCookie(),
      };
    },
    async login(email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
      const result = await server.gql<{ login: { accessToken: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email, password } },
      );
      if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    statements() {
      if (!sqlLog) throw new Error('Start the server with sqlLog: true to read its statements.');
      return existsSync(sqlLog) ? readFileSync(sqlLog, 'utf8').split('\n').filter(Boolean) : [];
    },
    kill(signal) {
      child.kill(signal);
    },
    exited: () => exit,
    async stop() {
      await stopProcess(child);
      if (ownDatabase) await database.drop();
      if (sqlLog) rmSync(join(sqlLog, '..'), { recursive: true, force: true });
    },
  };
  return server;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The API did not become ready:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Runs a command to completion; resolves with its exit code and output. */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 90_000,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
  });
}

/** A process's resident memory now and its peak (since it started or `resetPeakMemory`), in bytes, from /proc. */
export function processMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kilobytes('VmRSS'), peak: kilobytes('VmHWM') };
}

/** Starts a new peak for `processMemory` (Linux: writing 5 to clear_refs); false where that is not allowed. */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The first error's code, for terse assertions. */
export function codeOf(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Runs SQL on the test's database; on PGlite the API must be stopped (one process at a time). */
export async function sql(database: TestDatabase, text: string): Promise<Record<string, unknown>[]> {
  if (database.env['DATABASE_URL']) {
    const client = new Client({ connectionString: database.env['DATABASE_URL'] });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  }
  // PGlite loads its WASM through a dynamic import, which Jest's CommonJS sandbox cannot do: ask a plain node.
  const script = `const { PGlite } = require('@electric-sql/pglite');
    (async () => { const db = new PGlite(process.argv[1]); const r = await db.query(process.argv[2]); await db.close();
      process.stdout.write(JSON.stringify(r.rows)); })();`;
  const result = await run(process.execPath, ['-e', script, join(database.env['ASSAY_DATA_DIR'], 'pg'), text], {
    PATH: process.env['PATH'],
    NODE_PATH: join(ROOT, 'node_modules'),
  });
  if (result.code !== 0) throw new Error(result.output);
  return JSON.parse(result.output) as Record<string, unknown>[];
}
