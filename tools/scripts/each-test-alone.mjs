#!/usr/bin/env node
// `npm run test:api:alone [-- [--browser] [--no-build] [spec files…]]`: runs every end-to-end test
// on its own (`jest <file> -t "^<full name>$"`), each in a fresh process against a fresh database, to
// prove that no test leans on one that ran before it. A failed test is tried once more, to tell a
// busy machine from a real dependence; lists the failures at the end and exits non-zero when a test
// failed twice. Slow (one API start per test), so it is not part of `npm test`.
//
//   --browser     the browser suite (test/web) instead of the API suite (test/api)
//   --no-build    use the API (and web app) already built in dist/
//   --jobs N      run N tests at a time (default 1), each still in its own process and database
//   spec files    only these files (paths or parts of them); every file of the suite when none
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { nxEnv } from './nx-env.mjs';

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const build = !args.includes('--no-build');
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(args[jobsAt + 1]) : 1;
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('--jobs takes a whole number of tests to run at a time, 1 or more.');
  process.exit(2);
}
const filters = args.filter((arg, i) => !arg.startsWith('--') && !(jobsAt >= 0 && i === jobsAt + 1));
const config = browser ? 'test/web/jest.config.cjs' : 'test/api/jest.config.cjs';

/** Jest's own entry, run with this node rather than through npx, which costs a second Node start per test. */
const JEST = 'node_modules/jest/bin/jest.js';

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { encoding: 'utf8', env: nxEnv, maxBuffer: 256 * 1024 * 1024, ...options });
}

if (build) {
  const projects = browser ? 'api,web' : 'api';
  console.log(`Building ${projects}…`);
  const built = run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects}`, '--output-style=static'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// On the PostgreSQL server every test would migrate a database of its own: migrate one template
// once instead, and let each test copy it (E2E_TEMPLATE_DATABASE, read by test/api/support/server.ts).
const serverUrl = process.env.DATABASE_URL;
let template = null;
if (serverUrl && !browser) {
  template = `assay_alone_${process.pid}_${Date.now()}`;
  const target = new URL(serverUrl);
  target.pathname = `/${template}`;
  const made = run('psql', [serverUrl, '-qc', `CREATE DATABASE ${template}`]);
  const migrated =
    made.status === 0 &&
    run(process.execPath, ['dist/apps/api/apps/api/src/migrate.js'], {
      env: { ...nxEnv, DATABASE_URL: target.toString() },
    });
  if (!migrated || migrated.status !== 0) {
    console.error(`Could not prepare the template database:\n${made.stderr}${migrated ? migrated.stderr : ''}`);
    process.exit(1);
  }
  nxEnv.E2E_TEMPLATE_DATABASE = template;
  const dropTemplate = () => run('psql', [serverUrl, '-qc', `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`]);
  process.on('exit', dropTemplate);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
}

// The suite's files, as Jest finds them.
const listed = run('npx', ['jest', '-c', config, '--listTests', ...filters]);
if (listed.status !== 0) {
  process.stderr.write(listed.stderr);
  process.exit(listed.status ?? 1);
}
const files = listed.stdout
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.endsWith('.ts'))
  .map((file) => relative(process.cwd(), file))
  .sort();
if (files.length === 0) {
  console.error(`No test files in ${config}${filters.length ? ` match ${filters.join(' ')}` : ''}.`);
  process.exit(1);
}

let reports = 0;
const reportDir = mkdtempSync(join(tmpdir(), 'assay-alone-'));
process.on('exit', () => rmSync(reportDir, { recursive: true, force: true }));
/** A new file for one Jest --json report: on stdout, the report would follow whatever the tests print there. */
const reportFile = () => join(reportDir, `report-${++reports}.json`);
/** The report Jest wrote to `file`, or null when it wrote none. */
function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The full names of a file's tests. A name pattern that matches none skips every test, and Jest
 * then runs none of the file's hooks either (no API is started), but still reports each skipped
 * test by its full name in --json.
 */
function testNames(file) {
  const output = reportFile();
  run(process.execPath, [JEST, '-c', config, '--json', '--outputFile', output, '--testNamePattern', '^(?!)$', file]);
  const report = readReport(output);
  if (!report) throw new Error(`Could not list the tests of ${file}.`);
  return report.testResults.flatMap((suite) => suite.assertionResults.map((test) => test.fullName));
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test's process may run this long. One that outlives it (a test that never finishes, or a Jest
 * that does not exit because the test left something open) is stopped, with everything it
 * started, and counted as failed, so that it cannot hold one of the --jobs slots for good.
 */
const TEST_LIMIT_MS = 10 * 60_000;
/** The process groups still running, stopped with this script. */
const running = new Set();
process.on('exit', () => running.forEach(stopGroup));
function stopGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Runs a command to its end, or for TEST_LIMIT_MS at most, without blocking the others; resolves
 * with its exit status and its stderr.
 */
function runAsync(command, commandArgs) {
  return new Promise((resolveRun) => {
    // A process group of its own, so that stopping it stops the API processes the test started too.
    const child = spawn(command, commandArgs, { env: nxEnv, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    running.add(child.pid);
    let stderr = '';
    const timer = setTimeout(() => {
      stderr += `\nStopped after ${TEST_LIMIT_MS / 60_000} min.\n`;
      stopGroup(child.pid);
    }, TEST_LIMIT_MS);
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      clearTimeout(timer);
      running.delete(child.pid);
      resolveRun({ status, stderr });
    });
  });
}

/**
 * Runs one test alone: it must run and pass (a name that matched nothing fails too). A test that
 * this database skips on purpose (one written for the other database) is reported as skipped.
 */
async function runAlone(file, name) {
  const began = Date.now();
  const output = reportFile();
  const result = await runAsync(process.execPath, [
    JEST,
    '-c',
    config,
    '--runInBand',
    '--json',
    '--outputFile',
    output,
    file,
    '--testNamePattern',
    `^${escape(name)}$`,
  ]);
  const report = readReport(output);
  let status = 'failed';
  const test = report?.testResults.flatMap((suite) => suite.assertionResults).find((t) => t.fullName === name);
  if (test?.status === 'passed' && result.status === 0) status = 'passed';
  else if (test?.status === 'pending' && result.status === 0) status = 'skipped';
  return {
    status,
    passed: status !== 'failed',
    seconds: ((Date.now() - began) / 1000).toFixed(1),
    output: result.stderr,
  };
}

/** Runs `work` on every item, `jobs` at a time, in order of the items as each slot frees. */
async function eachAtATime(items, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

let failures = [];
let count = 0;
let skipped = 0;
const started = Date.now();
const tests = [];
for (const file of files) {
  const names = testNames(file);
  console.log(`${file}: ${names.length} tests`);
  for (const name of names) tests.push({ file, name });
}
console.log(`\nRunning ${tests.length} tests, each on its own, ${jobs} at a time…`);
await eachAtATime(tests, async ({ file, name }) => {
  count++;
  const { status, passed, seconds, output } = await runAlone(file, name);
  console.log(`  ${{ passed: 'ok  ', skipped: 'skip', failed: 'FAIL' }[status]} ${file} › ${name} (${seconds} s)`);
  if (status === 'skipped') skipped++;
  if (!passed) failures.push({ file, name, output });
});

// A test that leans on another fails the same way every time; one that failed because the machine
// was too busy (the API not ready in time, a timeout) passes when tried again. So each failure is
// tried once more, one at a time, and both outcomes are reported.
const flaky = [];
if (failures.length > 0) {
  console.log(`\nTrying the ${failures.length} failed tests once more…`);
  const again = [];
  for (const failure of failures) {
    const { passed, seconds, output } = await runAlone(failure.file, failure.name);
    console.log(`  ${passed ? 'ok  ' : 'FAIL'} ${failure.name} (${seconds} s)`);
    if (passed) flaky.push(failure);
    else again.push({ ...failure, output });
  }
  failures = again;
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
for (const { file, name, output } of [...flaky, ...failures]) {
  console.error(
    `\n=== ${failures.some((f) => f.name === name) ? 'FAIL' : 'FAILED ONCE'} ${file} › ${name}\n${output.trim()}`,
  );
}
if (flaky.length > 0) {
  console.error(`\n${flaky.length} tests failed once and passed when tried again (see their first output above):`);
  for (const { file, name } of flaky) console.error(`  ${file} › ${name}`);
}
if (failures.length === 0) {
  console.log(
    `\nEvery one of the ${count} tests passed on its own${skipped ? ` (${skipped} skipped on this database)` : ''} (${minutes} min).`,
  );
  process.exit(0);
}
console.error(`\n${failures.length} of ${count} tests failed twice when run on their own (${minutes} min):`);
for (const { file, name } of failures) console.error(`  ${file} › ${name}`);
process.exit(1);
