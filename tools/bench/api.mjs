// `npm run bench:api`: how close the API comes to a bare Apollo Server under load.
//
// In one run it starts, as processes of their own, a bare Apollo Server on Express (the same
// versions as the API, answering `me` and a 20-item list from memory: tools/bench/bare-apollo.mjs)
// and the built API with the demo data on a fresh database: the embedded one always, and a new
// database on the PostgreSQL server in DATABASE_URL when it is set (created and dropped here). It
// loads each with `connections` clients for `duration` seconds per request (autocannon) and prints
// requests/s, p50 and p99 of both, and the API's share of the baseline's requests/s:
//   me          { me { id } }
//   vendors     { vendors(page: {limit: 20}) { items { id name } total } }
//   overview    the web app's evaluation page query (Evaluation) for the demo evaluation
//   ranking     the web app's results query (RoundResults) for the demo's revealed round
// The overview and the ranking are set against the bare list, the nearest thing the baseline has.
// The bare server is also measured sending the API's own statement for `me` and the list to the
// same database (tools/bench/bare-apollo.mjs), and the API is set against that as well.
// It also prints the API's largest resident memory under the load. Ratios only: a shared machine's
// times vary from run to run, so nothing here asserts on them.
//
// Build the API first (npx nx run api:build). Options: --short (3 s, 10 connections: what CI runs),
// BENCH_CONNECTIONS, BENCH_DURATION (seconds), BENCH_NODE_ARGS (options for the API process),
// BENCH_REQUESTS (some of me,vendors,overview,ranking) and BENCH_EMBEDDED=false (the server only).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit } from 'graphql';
import {
  benchDatabase,
  graphql,
  openEmptyDatabase,
  pad,
  removeDataDir,
  runBenchmark,
  signIn,
  startApi,
} from './support.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const SHORT = process.argv.includes('--short');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? (SHORT ? 10 : 50));
const DURATION = Number(process.env.BENCH_DURATION ?? (SHORT ? 3 : 15));
const WARM_UP = SHORT ? 1 : 3;
/** Node options for the API process, e.g. BENCH_NODE_ARGS="--cpu-prof" to profile it under load. */
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** The requests to measure (all four unless BENCH_REQUESTS names some), and whether to measure the embedded database. */
const ONLY = (process.env.BENCH_REQUESTS ?? '').split(',').filter(Boolean);
const EMBEDDED = process.env.BENCH_EMBEDDED !== 'false';
const DEMO_EVALUATION = 'ILS replacement';
const DEMO_PASSWORD = 'assay-demo-2026';
/**
 * One person may have only a few rankings and summaries worked out at once (EXPENSIVE_AT_ONCE and
 * EXPENSIVE_WAITING in libs/api/core): the heavier requests come from the demo's people, and from
 * bench viewers added until each connection has a person of its own, as a consortium's staff would
 * send them, rather than from one person at 50 connections.
 */
const DEMO_PEOPLE = [
  'admin',
  'lead',
  'director',
  'evaluator',
  'evaluator2',
  'evaluator3',
  'evaluator4',
  'tester',
  'viewer',
  'circ.head',
  'cat.head',
];

const ME = '{ me { id } }';
const VENDORS = '{ vendors(page: { limit: 20 }) { items { id name } total } }';

// ---- the web app's own documents ---------------------------------------------------------------

/** Every .graphql document of the web app, parsed: operations and fragments by name. */
function webDocuments() {
  const operations = new Map();
  const fragments = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.graphql')) {
        for (const definition of parse(readFileSync(path, 'utf8')).definitions) {
          if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
            operations.set(definition.name.value, definition);
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        }
      }
    }
  };
  walk(join(ROOT, 'libs/web'));
  return { operations, fragments };
}

/** The text of the named operation with every fragment it spreads, as the web app sends it. */
function webOperation(documents, name) {
  const operation = documents.operations.get(name);
  if (!operation) throw new Error(`The web app has no operation called ${name}.`);
  const needed = new Map();
  const collect = (node) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragmentName = spread.name.value;
        if (needed.has(fragmentName)) return;
        const fragment = documents.fragments.get(fragmentName);
        if (!fragment) throw new Error(`The web app has no fragment called ${fragmentName}.`);
        needed.set(fragmentName, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((definition) => print(definition)).join('\n');
}

// ---- processes ---------------------------------------------------------------------------------

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
 * Starts the bare Apollo Server, answering from memory or from the API's database (`target`, as
 * benchDatabase gives it); resolves when it listens.
 */
async function startBare(target) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(HERE, 'bare-apollo.mjs')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      ...(target?.url ? { BARE_DATABASE_URL: target.url } : {}),
      ...(target?.dataDir ? { BARE_DATA_DIR: join(target.dataDir, 'pg') } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolveStart, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('listening')) resolveStart();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`The bare Apollo Server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))),
  };
}

/** The process's resident memory now (MB), from /proc; undefined where there is none. */
function residentMb(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

// ---- load --------------------------------------------------------------------------------------

/**
 * Loads `server` with one request for DURATION seconds after a short warm-up, the connections
 * taking the `tokens` in turn (none: no sign-in); the largest resident memory of its process seen
 * meanwhile goes to `memory.max`. Answers with GraphQL errors count as failed, as do other statuses
 * than 200 and timeouts. A request that fails before the load is refused: a benchmark of errors
 * measures nothing.
 */
async function load(server, request, tokens, memory) {
  const headers = { 'content-type': 'application/json' };
  const headersOf = (i) =>
    tokens.length ? { ...headers, authorization: `Bearer ${tokens[i % tokens.length]}` } : headers;
  const body = JSON.stringify(request);
  for (let i = 0; i < Math.max(tokens.length, 1); i++) {
    // What the previous load left queued may still hold this person's turns for a few seconds.
    for (let attempt = 0; ; attempt++) {
      const probe = await fetch(`${server.url}/graphql`, { method: 'POST', headers: headersOf(i), body }).then((r) =>
        r.json(),
      );
      if (probe.data && !probe.errors) break;
      const busy = probe.errors?.every((e) => e.extensions?.code === 'RATE_LIMITED');
      if (!busy || attempt >= 20) throw new Error(`The request fails: ${JSON.stringify(probe.errors)}`);
      await new Promise((wait) => setTimeout(wait, 500));
    }
  }
  let connection = 0;
  let graphqlErrors = 0;
  const options = {
    url: `${server.url}/graphql`,
    method: 'POST',
    headers,
    body,
    connections: CONNECTIONS,
    setupClient: (client) => {
      client.setHeaders(headersOf(connection++));
      client.on('body', (answer) => {
        if (answer.includes('"errors"')) graphqlErrors += 1;
      });
    },
  };
  await autocannon({ ...options, duration: WARM_UP });
  graphqlErrors = 0;
  let peak = 0;
  const sampler = setInterval(() => {
    const mb = residentMb(server.pid);
    if (mb !== undefined) peak = Math.max(peak, mb);
    memory.max = Math.max(memory.max, peak);
  }, 200);
  try {
    const result = await autocannon({ ...options, duration: DURATION });
    const failed = result.non2xx + result.errors + result.timeouts + graphqlErrors;
    const ok = Math.max(result.requests.total - failed, 0);
    return { rps: ok / DURATION, p50: result.latency.p50, p99: result.latency.p99, failed, rssMb: peak };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Signs in `count` more people, each a viewer of the evaluation, so that every connection can ask as
 * a person of its own: the expensive-work limit is per person, and a consortium's staff do not
 * share one account.
 */
async function extraViewers(api, adminToken, evaluationId, count) {
  const auth = { authorization: `Bearer ${adminToken}` };
  const tokens = [];
  for (let i = 1; i <= count; i++) {
    const email = `bench-viewer-${i}@bench.assay.local`;
    const temporaryPassword = `bench-temporary-${i}-2026`;
    const { createUser } = await graphql(
      api,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, displayName: `Bench viewer ${i}`, temporaryPassword } },
      auth,
    );
    await graphql(
      api,
      'mutation($input: MemberInput!) { addEvaluationMember(input: $input) { email } }',
      { input: { evaluationId, userId: createUser.id, role: 'VIEWER' } },
      auth,
    );
    const { login } = await graphql(
      api,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password: temporaryPassword } },
      {},
    );
    const { changePassword } = await graphql(
      api,
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
      { input: { currentPassword: temporaryPassword, newPassword: `quiet-reading-room-${i}-2026` } },
      { authorization: `Bearer ${login.accessToken}` },
    );
    tokens.push(changePassword.accessToken);
  }
  return tokens;
}

/** The demo's people who can read the demo evaluation, signed in, with the bench administrator. */
async function demoTokens(api, adminToken, query, variables) {
  const tokens = [adminToken];
  for (const who of DEMO_PEOPLE) {
    const login = await graphql(
      api,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: `${who}@demo.assay.local`, password: DEMO_PASSWORD } },
      {},
    );
    const token = login.login.accessToken;
    const probe = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
    if (probe.data && !probe.errors) tokens.push(token);
  }
  return tokens;
}

// ---- databases ---------------------------------------------------------------------------------

/** A fresh database on the server in `url`, dropped by `drop`. */
async function freshServerDatabase(url) {
  const { default: pg } = await import('pg');
  const name = `assay_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** Starts the API with the demo on the database, runs the four requests, stops it. */
async function benchApi(label, serverUrl, baseline, documents) {
  let drop = async () => undefined;
  const previous = process.env.DATABASE_URL;
  if (serverUrl) {
    const fresh = await freshServerDatabase(serverUrl);
    process.env.DATABASE_URL = fresh.url;
    drop = fresh.drop;
  } else {
    delete process.env.DATABASE_URL;
  }
  const target = benchDatabase();
  if (previous === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previous;
  const sql = await openEmptyDatabase(`\n${label}`, target, 'vendor', 'vendors');
  await sql.close();
  // The demo is loaded by a first start, so that what the loading took (time, memory, the embedded
  // database's growth) is not counted against serving.
  const seeding = await startApi({ ...target.env, ASSAY_DEMO: 'true' }, [], { readLog: false });
  await seeding.stop();
  // The bare Apollo Server again, now sending the API's own statement for `me` and the list to the
  // same database: the part of the gap that is the database's rather than the API's.
  const withDatabase = {};
  if (ONLY.length === 0 || ONLY.includes('me') || ONLY.includes('vendors')) {
    const bare = await startBare(target);
    try {
      for (const [key, query] of [
        ['me', ME],
        ['vendors', VENDORS],
      ]) {
        if (ONLY.length === 0 || ONLY.includes(key)) withDatabase[key] = await load(bare, { query }, [], { max: 0 });
      }
    } finally {
      await bare.stop();
    }
  }
  let api = await startApi({ ...target.env, ASSAY_DEMO: 'true' }, NODE_ARGS, { readLog: false });
  const memory = { max: residentMb(api.pid) ?? 0 };
  try {
    const token = await signIn(api);
    const auth = { authorization: `Bearer ${token}` };
    const { evaluations } = await graphql(api, '{ evaluations { items { id title } } }', {}, auth);
    const demo = evaluations.items.find((e) => e.title === DEMO_EVALUATION);
    if (!demo) throw new Error(`The demo has no evaluation called ${DEMO_EVALUATION}.`);
    const { evaluation } = await graphql(
      api,
      'query($id: ID!) { evaluation(id: $id) { scoringRounds { id status rubricVersionId } } }',
      { id: demo.id },
      auth,
    );
    const round = evaluation.scoringRounds.find((r) => r.status === 'REVEALED') ?? evaluation.scoringRounds[0];
    if (!round) throw new Error(`${DEMO_EVALUATION} has no scoring round.`);
    const overview = { query: webOperation(documents, 'Evaluation'), variables: { id: demo.id } };
    const ranking = {
      query: webOperation(documents, 'RoundResults'),
      variables: { roundId: round.id, rubricVersionId: round.rubricVersionId },
    };
    const people = await demoTokens(api, token, ranking.query, ranking.variables);
    if (people.length < CONNECTIONS)
      people.push(...(await extraViewers(api, token, demo.id, CONNECTIONS - people.length)));
    const requests = [
      ['me', 'me', { query: ME }, [token], baseline.me],
      ['vendors', 'vendors (20 of a list, with total)', { query: VENDORS }, [token], baseline.vendors],
      ['overview', 'evaluation overview', overview, people, baseline.vendors],
      ['ranking', `ranking of the demo round`, ranking, people, baseline.vendors],
    ].filter(([key]) => ONLY.length === 0 || ONLY.includes(key));
    process.stdout.write(`(the overview and the ranking are asked by ${people.length} people in turn)\n`);
    let measuredMe;
    for (const [key, name, request, tokens, bare] of requests) {
      const measured = await load(api, request, tokens, memory);
      if (key === 'me') measuredMe = measured;
      row(name, bare, measured, withDatabase[key]);
    }
    process.stdout.write(`API resident memory under this load: at most ${Math.round(memory.max)} MB\n`);
    if (measuredMe) {
      // `me` again on a fresh API without its one log line per request (warnings and errors only), for
      // what logging costs; and with it, on a fresh API too, since the loads above leave a larger heap.
      const fresh = async (level) => {
        await api.stop();
        api = await startApi({ ...target.env, ASSAY_LOG_LEVEL: level }, NODE_ARGS, { readLog: false });
        return load(api, { query: ME }, [await signIn(api)], { max: 0 });
      };
      const quiet = await fresh('warn');
      const logged = await fresh('log');
      const cost = quiet.rps > 0 ? `${((100 * (quiet.rps - logged.rps)) / quiet.rps).toFixed(1)} %` : '–';
      process.stdout.write(
        `me on a fresh API: ${rate(logged)} with request logs, ${rate(quiet)} without; logging costs ${cost}\n`,
      );
    }
  } finally {
    await api.stop();
    removeDataDir(target.dataDir);
    await drop();
  }
}

// ---- output ------------------------------------------------------------------------------------

const rate = (m) => `${Math.round(m.rps)}/s p50 ${m.p50} ms p99 ${m.p99} ms`;

function header() {
  process.stdout.write(`${pad('request', 36)}${pad('bare Apollo', 34)}${pad('Assay', 34)}Assay ÷ bare\n`);
}

const share = (part, whole) => (whole.rps > 0 ? `${((100 * part.rps) / whole.rps).toFixed(1)} %` : '–');

function row(name, bare, measured, withDatabase) {
  const failed = measured.failed ? `  (${measured.failed} failed, not counted)` : '';
  const rss = measured.rssMb ? `  RSS ${Math.round(measured.rssMb)} MB` : '';
  process.stdout.write(
    `${pad(name, 36)}${pad(rate(bare), 34)}${pad(rate(measured), 34)}${pad(share(measured, bare), 10)}${rss}${failed}\n`,
  );
  if (withDatabase) {
    process.stdout.write(
      `${pad('  bare Apollo sending its statement', 36)}${pad(rate(withDatabase), 34)}${pad('', 34)}${pad(share(measured, withDatabase), 10)}(Assay ÷ this)\n`,
    );
  }
}

runBenchmark(async () => {
  process.stdout.write(
    `API under load: ${CONNECTIONS} connections, ${DURATION} s per request after ${WARM_UP} s of warm-up\n`,
  );
  const documents = webDocuments();
  const bare = await startBare();
  const memory = { max: 0 };
  let baseline;
  try {
    baseline = {
      me: await load(bare, { query: ME }, [], memory),
      vendors: await load(bare, { query: VENDORS }, [], memory),
    };
  } finally {
    await bare.stop();
  }
  process.stdout.write(`Bare Apollo Server on Express: ${rate(baseline.me)} (me), ${rate(baseline.vendors)} (list)\n`);
  if (EMBEDDED) {
    header();
    await benchApi('Embedded database (PGlite)', undefined, baseline, documents);
  }
  if (process.env.DATABASE_URL) {
    header();
    await benchApi('PostgreSQL server', process.env.DATABASE_URL, baseline, documents);
  } else {
    process.stdout.write('\nSet DATABASE_URL to a PostgreSQL server to measure it there too.\n');
  }
});
