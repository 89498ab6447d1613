// What the benchmarks share: the built API, a database to fill, starting the API against it,
// signing in, and timing requests (medians, and the time inside the server from its request log).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_DIR = resolve(ROOT, process.env.BENCH_API_DIR ?? 'dist/apps/api');
const API_MAIN = join(API_DIR, 'apps/api/src/main.js');
const API_MIGRATE = join(API_DIR, 'apps/api/src/migrate.js');
export const WARMUP = 3;
const ADMIN = { email: 'bench@bench.invalid', password: 'bench-password-1234' };

/** mulberry32: the same data on every run, so runs compare. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the benchmark; an error is printed with its stack and ends the process with exit code 1. */
export function runBenchmark(main) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}

// ---- databases -------------------------------------------------------------------------------

/**
 * Checks that the API is built and picks the database: the one in DATABASE_URL, or a fresh embedded
 * data directory. `env` is the API's environment (the bench administrator, request logging on).
 */
export function benchDatabase() {
  for (const file of [API_MAIN, API_MIGRATE]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build the API first (npx nx run api:build).`);
  }
  const url = process.env.DATABASE_URL || undefined;
  const dataDir = url ? undefined : mkdtempSync(join(tmpdir(), 'assay-bench-'));
  const dbEnv = url ? { DATABASE_URL: url } : { ASSAY_DATA_DIR: dataDir };
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    ASSAY_DEMO: 'false',
    ASSAY_LOG_LEVEL: 'log',
    ASSAY_ADMIN_EMAIL: ADMIN.email,
    ASSAY_ADMIN_PASSWORD: ADMIN.password,
    ...dbEnv,
  };
  return { url, dataDir, env };
}

/** Removes the embedded data directory, unless BENCH_KEEP=1 asks to keep it. */
export function removeDataDir(dataDir) {
  if (dataDir && process.env.BENCH_KEEP !== '1') rmSync(dataDir, { recursive: true, force: true });
  else if (dataDir) process.stdout.write(`\nKept ${dataDir}\n`);
}

/** One interface over node-postgres and PGlite: query(sql, params) → rows. */
export async function openSql(target) {
  if (target.url) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return { query: async (sql, params) => (await client.query(sql, params)).rows, close: () => client.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(target.dataDir, 'pg'));
  return { query: async (sql, params) => (await db.query(sql, params)).rows, close: () => db.close() };
}

/**
 * Says which database the benchmark runs on, applies the migrations and opens it; refuses (and
 * closes) a database that already has rows in `table`, naming them `what`.
 */
export async function openEmptyDatabase(title, { url, dataDir, env }, table, what) {
  process.stdout.write(`${title} on the ${url ? 'PostgreSQL server' : `embedded database in ${dataDir}`}\n`);
  await run(process.execPath, [API_MIGRATE], env);
  const sql = await openSql({ url, dataDir });
  const [{ count: existing }] = await sql.query(`SELECT count(*)::int AS count FROM ${table}`);
  if (existing > 0) {
    await sql.close();
    throw new Error(`The database already has ${what}: give the benchmark an empty database.`);
  }
  return sql;
}

function run(command, args, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

// ---- the API ---------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the built API on a free port (with `nodeArgs` for its node process) and waits for /health.
 * `durations` fills with each request's time inside the server, by request id, from its log, unless
 * `readLog` is false (under load, reading the log would take the API's CPU).
 */
export async function startApi(env, nodeArgs = [], { readLog = true } = {}) {
  const port = await freePort();
  // Under load the log goes to a file, as a log collector would take it, rather than through this
  // process, which also runs the load generator.
  const logDir = readLog ? undefined : mkdtempSync(join(tmpdir(), 'assay-bench-log-'));
  const logFile = logDir && join(logDir, 'api.log');
  const logFd = logFile && openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
  });
  if (logFd !== undefined) closeSync(logFd);
  const durations = new Map();
  let output = '';
  let pending = '';
  const outputSoFar = () => (logFile ? readFileSync(logFile, 'utf8').slice(-20_000) : output);
  child.stdout?.on('data', (chunk) => {
    output += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (!line.includes('"durationMs"')) continue;
      try {
        const message = JSON.parse(line).message;
        if (message?.requestId) durations.set(message.requestId, message.durationMs);
      } catch {
        // not one of the request log lines
      }
    }
  });
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${outputSoFar()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not start:\n${outputSoFar()}`);
    }
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let requests = 0;
  return {
    url,
    pid: child.pid,
    durations,
    /** A request id not used before in this run, to find the request in the server's log. */
    nextRequestId: () => `bench-${++requests}`,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          if (logDir) rmSync(logDir, { recursive: true, force: true });
          resolveStop();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Signs in as the bench administrator; returns the access token. */
export async function signIn(api) {
  const login = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: { input: ADMIN },
    }),
  }).then((r) => r.json());
  const token = login.data?.login?.accessToken;
  if (!token) throw new Error(`Sign-in failed: ${JSON.stringify(login.errors)}`);
  return token;
}

/** Sends a GraphQL request with `headers`; returns its data, or throws its errors. */
export async function graphql(api, query, variables, headers) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// ---- timing ----------------------------------------------------------------------------------

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The median of `reps` timed runs of `fn`, after WARMUP untimed ones (ms). */
export async function time(fn, reps) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/**
 * Times one request, sent by `request(headers)` with the token and a fresh request id: the median
 * round trip, and the median time inside the server (from its request log).
 */
export async function timeRequest(api, token, request, reps) {
  const ids = [];
  const total = await time(() => {
    const requestId = api.nextRequestId();
    ids.push(requestId);
    return request({ authorization: `Bearer ${token}`, 'x-request-id': requestId });
  }, reps);
  await new Promise((r) => setTimeout(r, 100)); // let the last log lines arrive
  const server = median(
    ids
      .slice(WARMUP)
      .map((id) => api.durations.get(id))
      .filter((d) => d !== undefined),
  );
  return { total, server };
}

export const pad = (text, n) => String(text).padEnd(n);
export const num = (n) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(n < 10 ? 2 : 1));
