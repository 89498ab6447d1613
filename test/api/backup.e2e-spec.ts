import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import * as tar from 'tar-stream';
import { minimalPdf } from './support/files';
import { dataOf, GQL } from './support/fixtures';
import { ROOT, run, RunningServer, serverDatabaseUrl, sql, startServer, TestDatabase } from './support/server';

const BACKUP = join(ROOT, 'dist/apps/api/apps/api/src/backup.js');
const RESTORE = join(ROOT, 'dist/apps/api/apps/api/src/restore.js');
const DEMO_PASSWORD = 'assay-demo-2026';
/** The server the round trip restores to: the suite's, else the usual local one if it answers. */
const SERVER_URL = serverDatabaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Manifest {
  migrations: string[];
  tables: { name: string; rows: number; sha256: string }[];
  files: { key: string; size: number; sha256: string }[];
}

/** Every entry of an archive, in order (the demo's archive is small enough to hold). */
/** The last migration, and every table it creates. */
const LAST_MIGRATION = 'FeedbackSurveys1764902600000';
const LAST_MIGRATION_TABLES = [
  'feedback_answer',
  'feedback_question',
  'feedback_response',
  'feedback_survey',
  'feedback_survey_department',
  'feedback_survey_library',
];

async function entriesOf(path: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const extract = tar.extract();
  const reading = pipeline(createReadStream(path), createGunzip(), extract as unknown as NodeJS.WritableStream);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(Buffer.from(chunk as Uint8Array));
    entries.set(entry.header.name, Buffer.concat(chunks));
  }
  await reading;
  return entries;
}

/** Writes an archive of `entries`, in their order. */
async function writeArchive(path: string, entries: Map<string, Buffer>): Promise<void> {
  const pack = tar.pack();
  const writing = pipeline(pack as unknown as NodeJS.ReadableStream, createGzip(), createWriteStream(path));
  for (const [name, bytes] of entries) {
    await new Promise<void>((resolve, reject) =>
      pack.entry({ name, size: bytes.length }, bytes, (error) => (error ? reject(error) : resolve())),
    );
  }
  pack.finalize();
  await writing;
}

/** An entry's bytes as text (empty when the archive lacks it, which the comparisons then show). */
const textOf = (entries: Map<string, Buffer>, name: string) => entries.get(name)?.toString('utf8') ?? '';

const manifestOf = (entries: Map<string, Buffer>) => JSON.parse(textOf(entries, 'manifest.json')) as Manifest;

function cliEnv(database: TestDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], NODE_ENV: 'production', ASSAY_LOG_LEVEL: 'warn', ...database.env, ...extra };
}

const backup = (database: TestDatabase, out: string, args: string[] = []) =>
  run(process.execPath, [BACKUP, '--out', out, ...args], cliEnv(database));
const restore = (database: TestDatabase, file: string) => run(process.execPath, [RESTORE, file], cliEnv(database));

/** The tables of a database (none: nothing was restored, not even a migration). */
async function tableCount(database: TestDatabase): Promise<number> {
  const [row] = await sql(database, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`);
  return Number(row?.['n']);
}

async function serverReachable(): Promise<boolean> {
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh, empty target of the suite's own kind: an embedded directory, or a database on the server. */
const freshTarget = () => (serverDatabaseUrl ? TestDatabase.emptyOnServer(serverDatabaseUrl) : TestDatabase.embedded());

describe('backup and restore', () => {
  const work = mkdtempSync(join(tmpdir(), 'assay-backup-'));
  const databases: TestDatabase[] = [];
  const original = TestDatabase.embedded();
  databases.push(original);
  let server: RunningServer;
  let adminToken: string;
  /** The running demo's archive, taken through --url by the first test that needs it. */
  let taking: Promise<{ path: string; code: number | null; output: string }> | undefined;
  const originalArchive = () =>
    (taking ??= (async () => {
      const path = join(work, 'original.tar.gz');
      const result = await backup(original, path, ['--url', server.url, '--token', adminToken]);
      return { path, ...result };
    })());
  const uploaded = new Map<string, Buffer>();

  beforeAll(async () => {
    server = await startServer({ database: original, env: { ASSAY_DEMO: 'true' } });
    const session = await server.login();
    adminToken = dataOf(
      await server.gql<{ createApiToken: { secret: string } }>(
        GQL.createApiToken,
        { input: { name: 'backups' } },
        { token: session },
      ),
    ).createApiToken.secret;
    const vendors = dataOf(
      await server.gql<{ vendors: { items: { id: string }[] } }>(
        '{ vendors { items { id } } }',
        {},
        { token: session },
      ),
    ).vendors.items;
    // A large file (which makes a restore last long enough to be killed half-way) and a small one.
    for (const [name, bytes] of [
      ['large.txt', Buffer.from(randomBytes(3 * 512 * 1024).toString('hex'))],
      ['small.pdf', minimalPdf('Backed up')],
    ] as const) {
      const form = new FormData();
      form.append('ownerKind', 'VENDOR');
      form.append('ownerId', vendors[0].id);
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      const response = await fetch(`${server.url}/api/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session}`, 'x-requested-with': 'assay' },
        body: form,
      });
      expect(response.status).toBe(201);
      uploaded.set(name, bytes);
    }
  });

  afterAll(async () => {
    await server?.stop();
    for (const database of databases) await database.drop().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses the backup endpoint to callers who are not signed in, and to people who are not administrators', async () => {
    const anonymous = await fetch(`${server.url}/api/admin/backup`);
    expect(anonymous.status).toBe(401);
    const member = await server.login('lead@demo.assay.local', DEMO_PASSWORD);
    const refused = await fetch(`${server.url}/api/admin/backup`, { headers: { authorization: `Bearer ${member}` } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toMatch(/administrator/);
  });

  it('says how to back up an embedded database that the running Assay holds', async () => {
    const result = await backup(original, join(work, 'locked.tar.gz'));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/in use by another Assay process/);
    expect(result.output).toMatch(/--url http:\/\/HOST:PORT --token TOKEN/);
  });

  it('backs up the running embedded demo, restores it on the server and back, and every table and file is the same', async () => {
    const first = await originalArchive();
    const archive = first.path;
    expect(first.output).toMatch(/Backed up \d+ tables \(\d+ rows\) and 2 files/);
    expect(first.code).toBe(0);
    const a = await entriesOf(archive);
    const manifest = manifestOf(a);
    // The download is in the audit trail (the snapshot was taken after it was recorded).
    expect(textOf(a, 'tables/audit_event.jsonl')).toMatch(/"action":"backup_downloaded"/);
    // Every attachment's bytes, byte for byte.
    const attachments = textOf(a, 'tables/attachment.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { file_name: string; storage_key: string });
    for (const [name, bytes] of uploaded) {
      const key = attachments.find((row) => row.file_name === name)?.storage_key;
      expect(a.get(`files/${key}`)?.equals(bytes)).toBe(true);
    }
    // Sessions and rate-limit counters are disposable; the files travel as files.
    expect(manifest.tables.map((table) => table.name)).not.toContain('user_session');
    expect(manifest.tables.map((table) => table.name)).toContain('app_user');

    const steps: { label: string; archive: Map<string, Buffer> }[] = [];
    let viaEmbedded = archive;
    if (await serverReachable()) {
      const onServer = await TestDatabase.emptyOnServer(SERVER_URL);
      databases.push(onServer);
      const restored = await restore(onServer, archive);
      expect(restored.output).toMatch(/restored table app_user: \d+ rows/);
      expect(restored.code).toBe(0);
      // Counted on the server itself, not through another backup.
      for (const table of manifest.tables) {
        const [row] = await sql(onServer, `SELECT count(*)::int AS n FROM "${table.name}"`);
        expect({ table: table.name, rows: Number(row?.['n']) }).toEqual({ table: table.name, rows: table.rows });
      }
      const [files] = await sql(onServer, `SELECT count(*)::int AS n FROM stored_file`);
      expect(Number(files?.['n'])).toBe(manifest.files.length);
      viaEmbedded = join(work, 'server.tar.gz');
      const second = await backup(onServer, viaEmbedded);
      expect(second.code).toBe(0);
      steps.push({ label: 'restored on the server', archive: await entriesOf(viaEmbedded) });
    } else {
      process.stderr.write(`No PostgreSQL server answers at ${SERVER_URL}: the round trip skips the server.\n`);
    }
    const back = TestDatabase.embedded();
    databases.push(back);
    const restoredBack = await restore(back, viaEmbedded);
    expect(restoredBack.code).toBe(0);
    const third = await backup(back, join(work, 'back.tar.gz'));
    expect(third.code).toBe(0);
    steps.push({ label: 'restored on the embedded database', archive: await entriesOf(join(work, 'back.tar.gz')) });

    for (const step of steps) {
      const copy = manifestOf(step.archive);
      expect(copy.migrations).toEqual(manifest.migrations);
      expect(copy.tables).toEqual(manifest.tables);
      expect(copy.files).toEqual(manifest.files);
      // Row by row (each entry is ordered by primary key) and file by file, byte for byte.
      for (const [name, bytes] of a) {
        if (name === 'manifest.json') continue;
        if (name.startsWith('tables/')) {
          expect({ label: step.label, name, rows: textOf(step.archive, name).split('\n') }).toEqual({
            label: step.label,
            name,
            rows: bytes.toString('utf8').split('\n'),
          });
        } else {
          expect({ label: step.label, name, same: step.archive.get(name)?.equals(bytes) }).toEqual({
            label: step.label,
            name,
            same: true,
          });
        }
      }
    }
  });

  it('leaves the target empty when the restore is killed half-way', async () => {
    const { path: archive } = await originalArchive();
    const target = await freshTarget();
    databases.push(target);
    const child = spawn(process.execPath, [RESTORE, archive], {
      env: cliEnv(target),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const killed = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/restored table /.test(output)) child.kill('SIGKILL');
    });
    expect(await killed).toBe('SIGKILL');
    expect(output).toMatch(/restored table /);
    expect(await tableCount(target)).toBe(0);
  });

  it('migrates an archive from an older schema as it restores it, then refuses the target as not empty', async () => {
    const { path: archive } = await originalArchive();
    // The schema before the last migration, which only adds the feedback survey tables: an archive
    // made then has neither the migration nor those tables. (A new last migration fails this first
    // check, and the tables it adds go in LAST_MIGRATION_TABLES.)
    const entries = await entriesOf(archive);
    const manifest = manifestOf(entries);
    const last = manifest.migrations[manifest.migrations.length - 1];
    expect(last).toBe(LAST_MIGRATION);
    const older = join(work, 'older.tar.gz');
    for (const table of LAST_MIGRATION_TABLES) entries.delete(`tables/${table}.jsonl`);
    const tables = manifest.tables.filter((table) => !LAST_MIGRATION_TABLES.includes(table.name));
    expect(manifest.tables.length - tables.length).toBe(LAST_MIGRATION_TABLES.length);
    entries.set(
      'manifest.json',
      Buffer.from(JSON.stringify({ ...manifest, migrations: manifest.migrations.slice(0, -1), tables })),
    );
    await writeArchive(older, entries);

    const target = await freshTarget();
    databases.push(target);
    const restored = await restore(target, older);
    expect(restored.output).toContain(`then applied 1 newer migration(s): ${LAST_MIGRATION}`);
    expect(restored.code).toBe(0);
    const applied = await sql(target, `SELECT name FROM migrations ORDER BY id`);
    expect(applied.map((row) => row['name'])).toEqual(manifest.migrations);
    if (serverDatabaseUrl) {
      // The files went into the database store.
      expect(await sql(target, `SELECT count(*)::int AS n FROM stored_file`)).toEqual([{ n: manifest.files.length }]);
    }

    const before = await sql(target, `SELECT count(*)::int AS n FROM app_user`);
    const again = await restore(target, archive);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/is not empty: it already has \d+ applied migration\(s\)/);
    expect(await sql(target, `SELECT count(*)::int AS n FROM app_user`)).toEqual(before);
  });

  it('refuses an archive from a newer schema, and a changed one, before touching the target', async () => {
    const { path: archive } = await originalArchive();
    const entries = await entriesOf(archive);
    const manifest = manifestOf(entries);

    const newer = join(work, 'newer.tar.gz');
    const future = new Map(entries);
    future.set(
      'manifest.json',
      Buffer.from(JSON.stringify({ ...manifest, migrations: [...manifest.migrations, 'Future1899999999999'] })),
    );
    await writeArchive(newer, future);

    const tampered = join(work, 'tampered.tar.gz');
    const changed = new Map(entries);
    const settings = textOf(changed, 'tables/setting.jsonl');
    changed.set('tables/setting.jsonl', Buffer.from(settings.replace(/"value":"/, '"value":"x')));
    await writeArchive(tampered, changed);

    const target = await freshTarget();
    databases.push(target);
    const refusedNewer = await restore(target, newer);
    expect(refusedNewer.code).toBe(1);
    expect(refusedNewer.output).toMatch(/made by a newer version of Assay .*Future1899999999999/);
    const refusedTampered = await restore(target, tampered);
    expect(refusedTampered.code).toBe(1);
    expect(refusedTampered.output).toMatch(/damaged or was changed: the rows of setting do not match/);
    const notAnArchive = join(work, 'not-an-archive.tar.gz');
    await pipeline(Readable.from([Buffer.from('hello')]), createWriteStream(notAnArchive));
    const refusedJunk = await restore(target, notAnArchive);
    expect(refusedJunk.code).toBe(1);
    expect(refusedJunk.output).toMatch(/not a readable Assay backup/);
    // The archive is checked before the target is opened: an embedded directory is not even created.
    if (serverDatabaseUrl) expect(await tableCount(target)).toBe(0);
    else expect(existsSync(join(target.env['ASSAY_DATA_DIR'], 'pg'))).toBe(false);
  });
});
