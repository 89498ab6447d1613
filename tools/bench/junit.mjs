#!/usr/bin/env node
// `npm run bench:junit`: importing a CI's JUnit XML report of 10,000 tests into a test run.
//
// Seeds a product's test plan with 10,000 cases and open runs of all of them into the database in
// DATABASE_URL (an empty database: the script applies the migrations) or, without it, into a fresh
// embedded data directory that is removed afterwards, and writes a JUnit report of 10,000 tests
// (each naming its case's key; most pass, some fail with a stack trace, a few are skipped, some
// print output). Then starts the built API (build it first: npx nx run api:build) and times the
// upload through `POST /api/test-runs/:id/junit`, each into a fresh run as a CI job would make it,
// against a baseline from the same run: parsing the same file with the API's own parser plus one
// multi-row INSERT of the same 10,000 result rows into a scratch table on the same database. These machines are noisy, so only the ratio means
// anything. The import's counts and the results it wrote are checked; nothing else is asserted.
//
// Options (environment):
//   DATABASE_URL       PostgreSQL database to fill (must have no test plans yet); default: embedded
//   BENCH_REPS         timed repetitions (default 7, after 3 warm-ups)
//   BENCH_API_DIR      the built API (default dist/apps/api)
//   BENCH_KEEP=1       keep the embedded data directory and print where it is
//   BENCH_NODE_ARGS    options for the API's node process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  benchDatabase,
  num,
  openEmptyDatabase,
  openSql,
  pad,
  random,
  removeDataDir,
  runBenchmark,
  signIn,
  startApi,
  time,
  timeRequest,
  WARMUP,
} from './support.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 7);
const CASES = 10_000;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_DIR = resolve(ROOT, process.env.BENCH_API_DIR ?? 'dist/apps/api');

// ---- deterministic data ----------------------------------------------------------------------

const rand = random(20261203);
const PREFIX = 'BENCH';
const key = (n) => `${PREFIX}-${String(n).padStart(3, '0')}`;
const AREAS = ['circulation', 'cataloguing', 'acquisitions', 'serials', 'holds', 'patrons', 'reports', 'discovery'];
const ACTIONS = ['renews a loan', 'places a hold', 'imports records', 'checks out by barcode', 'sends a notice'];

function generate() {
  const ids = { vendorId: randomUUID(), productId: randomUUID(), versionId: randomUUID(), planId: randomUUID() };
  // A CI job makes a run and uploads its report into it: every upload goes into a fresh run.
  ids.runIds = Array.from({ length: 1 + WARMUP + REPS }, () => randomUUID());
  const cases = Array.from({ length: CASES }, (_, i) => ({
    id: randomUUID(),
    plan_id: ids.planId,
    number: i + 1,
    key: key(i + 1),
    section: AREAS[i % AREAS.length],
    title: `${AREAS[i % AREAS.length]}: ${ACTIONS[i % ACTIONS.length]} (${i + 1})`,
  }));
  const expected = { passed: 0, failed: 0, skipped: 0 };
  const tests = cases.map((c, i) => {
    const roll = rand();
    const status = roll < 0.07 ? 'failed' : roll < 0.1 ? 'skipped' : 'passed';
    expected[status]++;
    const seconds = (rand() * 2).toFixed(3);
    const name = escape(`[${c.key}] ${ACTIONS[i % ACTIONS.length]} in ${AREAS[i % AREAS.length]} — nº ${i + 1}`);
    const classname = `org.riverbend.${AREAS[i % AREAS.length]}.Suite${Math.floor(i / 100)}`;
    let body = '';
    if (status === 'failed')
      body = `\n      <failure message="expected &lt;2&gt; but was &lt;3&gt;" type="org.opentest4j.AssertionFailedError"><![CDATA[org.opentest4j.AssertionFailedError: expected <2> but was <3>
${Array.from({ length: 12 }, (_, f) => `\tat ${classname}.step${f}(Suite.java:${10 + f})`).join('\n')}
]]></failure>`;
    else if (status === 'skipped') body = '\n      <skipped message="not configured in the sandbox"/>';
    if (i % 10 === 0)
      body += `\n      <system-out><![CDATA[prêt enregistré: 3123400${i} → usager « Zoë »\n]]></system-out>`;
    return `    <testcase name="${name}" classname="${classname}" time="${seconds}">${body}${body ? '\n    ' : ''}</testcase>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="bench" tests="${CASES}" failures="${expected.failed}" skipped="${expected.skipped}">
  <testsuite name="org.riverbend.Bench" tests="${CASES}">
${tests.join('\n')}
  </testsuite>
</testsuites>
`;
  return { ids, cases, expected, file: Buffer.from(xml, 'utf8') };
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

// ---- databases -------------------------------------------------------------------------------

/** Bulk INSERT: batches of rows sent as one JSON parameter and expanded by json_to_recordset. */
async function insert(sql, table, columns, rows, batch = 5000) {
  const names = columns.split(', ').map((column) => column.split(' ')[0]);
  for (let i = 0; i < rows.length; i += batch) {
    await sql.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM json_to_recordset($1::json) AS x(${columns})`,
      [JSON.stringify(rows.slice(i, i + batch))],
    );
  }
}

/** A product's plan (administrators may import into it), its cases, and open runs with every case untested. */
async function seed(sql, { ids, cases }) {
  await sql.query(`INSERT INTO vendor (id, name) VALUES ($1, 'Bench Vendor')`, [ids.vendorId]);
  await sql.query(
    `INSERT INTO product (id, vendor_id, name, category, licence, hosting, description) VALUES ($1, $2, 'Bench ILS', 'ils', 'proprietary', '{saas}', '')`,
    [ids.productId, ids.vendorId],
  );
  await sql.query(`INSERT INTO product_version (id, product_id, name) VALUES ($1, $2, '24.11')`, [
    ids.versionId,
    ids.productId,
  ]);
  await sql.query(
    `INSERT INTO test_plan (id, product_id, name, key_prefix, next_case_number) VALUES ($1, $2, 'Upgrade regression', $3, $4)`,
    [ids.planId, ids.productId, PREFIX, CASES + 1],
  );
  await insert(sql, 'test_case', 'id uuid, plan_id uuid, number integer, key text, section text', cases);
  await insert(
    sql,
    'test_case_version',
    'case_id uuid, case_version integer, title text',
    cases.map((c) => ({ case_id: c.id, case_version: 1, title: c.title })),
  );
  for (const runId of ids.runIds) {
    await sql.query(
      `INSERT INTO test_run (id, plan_id, product_version_id, environment) VALUES ($1, $2, $3, 'Bench sandbox')`,
      [runId, ids.planId, ids.versionId],
    );
    await insert(
      sql,
      'test_result',
      'run_id uuid, case_id uuid, case_version integer',
      cases.map((c) => ({ run_id: runId, case_id: c.id, case_version: 1 })),
    );
  }
}

/** The API's own parser and matching, from the built API. */
function apiParser() {
  const require = createRequire(import.meta.url);
  require(join(API_DIR, 'apps/api/src/register-paths.js'));
  const junit = join(API_DIR, 'libs/api/testing/src/lib/junit');
  return { ...require(join(junit, 'junit-parser.js')), ...require(join(junit, 'junit-match.js')) };
}

const SCRATCH_COLUMNS = `case_id uuid, case_version integer, status text, actual_result text, duration_seconds integer,
  failure_kind text, failure_message text, failure_output text`;

/**
 * The baseline: parse the file with the API's parser, match its tests to the cases, and write one
 * row per result with one multi-row INSERT into a scratch table (no constraints, no history).
 */
async function baseline(sql, parser, data) {
  await sql.query(`CREATE TABLE IF NOT EXISTS junit_bench_scratch (${SCRATCH_COLUMNS})`);
  const planCases = data.cases.map((c) => ({
    id: c.id,
    key: c.key,
    automationName: null,
    currentVersion: 1,
    archived: false,
  }));
  const names = SCRATCH_COLUMNS.split(',').map((column) => column.trim().split(' ')[0]);
  const toRow = (r) => ({
    case_id: r.caseId,
    case_version: r.caseVersion,
    status: r.status,
    actual_result: r.actualResult,
    duration_seconds: r.durationSeconds,
    failure_kind: r.failureKind,
    failure_message: r.failureMessage,
    failure_output: r.failureOutput,
  });
  let written = 0;
  const ms = await time(async () => {
    const { cases: tests } = await parser.parseJUnit(data.file);
    const { results } = parser.matchTests(tests, planCases);
    await sql.query('TRUNCATE junit_bench_scratch');
    await sql.query(
      `INSERT INTO junit_bench_scratch (${names.join(', ')}) SELECT ${names.join(', ')} FROM json_to_recordset($1::json) AS x(${SCRATCH_COLUMNS})`,
      [JSON.stringify(results.map(toRow))],
    );
    written = results.length;
  }, REPS);
  const parseOnly = await time(() => parser.parseJUnit(data.file), REPS);
  await sql.query('DROP TABLE junit_bench_scratch');
  return { ms, parseOnly, written };
}

async function upload(api, runId, file, headers) {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'application/xml' }), 'report.xml');
  const response = await fetch(`${api.url}/api/test-runs/${runId}/junit`, {
    method: 'POST',
    headers: { 'x-requested-with': 'assay', ...headers },
    body: form,
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`The import answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

async function main() {
  const { url, dataDir, env } = benchDatabase();
  let api;
  let sql;
  try {
    sql = await openEmptyDatabase('JUnit import benchmark', { url, dataDir, env }, 'test_plan', 'test plans');
    const data = generate();
    const started = performance.now();
    await seed(sql, data);
    await sql.query('VACUUM ANALYZE');
    const [{ server_version: pgVersion }] = await sql.query('SHOW server_version');
    process.stdout.write(
      `Seeded a plan of ${CASES} cases and ${data.ids.runIds.length} runs of them in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL ${pgVersion}); ` +
        `the report has ${CASES} tests (${data.expected.passed} passed, ${data.expected.failed} failed, ${data.expected.skipped} skipped), ${(data.file.length / 1024 / 1024).toFixed(1)} MB\n`,
    );

    const parser = apiParser();
    // Baseline on the same database (for PGlite: before the API opens the directory).
    const base = await baseline(sql, parser, data);
    if (!url) {
      await sql.close();
      sql = undefined;
    }

    api = await startApi(env, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
    const token = await signIn(api);

    const runs = [...data.ids.runIds];
    const firstRun = runs.shift();
    const first = await upload(api, firstRun, data.file, { authorization: `Bearer ${token}` });
    const expected = { total: CASES, ...data.expected, matched: CASES, created: 0 };
    for (const [field, value] of Object.entries(expected))
      if (first[field] !== value) throw new Error(`The import counted ${field} ${first[field]}, not ${value}.`);
    if (first.unmatched.length !== 0) throw new Error(`${first.unmatched.length} tests matched no case.`);

    // The same file again into the same run updates the same results.
    const again = await upload(api, firstRun, data.file, { authorization: `Bearer ${token}` });
    if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error('A second import counted differently.');
    const timed = await timeRequest(api, token, (headers) => upload(api, runs.shift(), data.file, headers), REPS);

    // What the import wrote, read back after the API has stopped (PGlite allows one process).
    await api.stop();
    api = undefined;
    sql ??= await openSql({ url, dataDir });
    const counts = await sql.query(
      `SELECT status, count(*)::int AS count FROM test_result WHERE run_id = $1 GROUP BY status ORDER BY status`,
      [firstRun],
    );
    const byStatus = Object.fromEntries(counts.map((row) => [row.status, row.count]));
    for (const status of ['passed', 'failed', 'skipped'])
      if ((byStatus[status] ?? 0) !== data.expected[status])
        throw new Error(`The run has ${byStatus[status] ?? 0} ${status} results, not ${data.expected[status]}.`);
    if (Object.values(byStatus).reduce((a, b) => a + b, 0) !== CASES)
      throw new Error(`The run has ${JSON.stringify(byStatus)} results, not ${CASES}.`);

    process.stdout.write(
      `\nThe import matched ${first.matched} tests and the run holds ${JSON.stringify(byStatus)}; a second import into it updated the same results.\n`,
    );
    process.stdout.write(`\nMedians of ${REPS} runs after ${WARMUP} warm-ups (ms).\n\n`);
    process.stdout.write(`${pad('baseline', 82)}${pad('ms', 10)}\n`);
    process.stdout.write(
      `${pad('parse the file (the API parser, in this process)', 82)}${pad(num(base.parseOnly), 10)}\n`,
    );
    process.stdout.write(
      `${pad(`parse + match + one INSERT of ${base.written} rows into a scratch table`, 82)}${pad(num(base.ms), 10)}\n`,
    );
    process.stdout.write(
      `\n${pad('operation', 82)}${pad('round trip', 12)}${pad('in server', 12)}${pad('× baseline', 10)}\n`,
    );
    process.stdout.write(
      `${pad(`POST /api/test-runs/:id/junit (${CASES} tests, ${(data.file.length / 1024 / 1024).toFixed(1)} MB)`, 82)}${pad(num(timed.total), 12)}${pad(num(timed.server), 12)}${pad(`${(timed.total / base.ms).toFixed(2)}×`, 10)}\n`,
    );
  } finally {
    await api?.stop();
    await sql?.close();
    removeDataDir(dataDir);
  }
}

runBenchmark(main);
