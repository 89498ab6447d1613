#!/usr/bin/env node
// `npm run bench:traceability`: the traceability matrix and the acceptance verdicts at consortium scale.
//
// Seeds one evaluation with 5 candidates, 2,000 approved requirements in 5 departments (most verified
// by test, the others by demonstration, inspection, vendor statement or reference check), one test
// plan of 10,000 cases each linked to one or two tested requirements, two runs per candidate (every
// case, then a retest of a tenth of them: 55,000 results) and recorded verifications. The data go
// into the database in DATABASE_URL (an empty database: the script applies the migrations) or,
// without it, into a fresh embedded data directory that is removed afterwards. Then starts the built
// API (build it first: npx nx run api:build) and times the GraphQL matrix (a page, and a filtered
// page) and the verdicts of every candidate against the plain SQL of the same counts (each linked
// case's latest result per requirement and candidate, and the latest verification), measured in the
// same run, and prints the ratios: these machines are noisy, so only ratios from one run mean
// anything. The matrix's totals are checked against the SQL's counts. Nothing else is asserted.
//
// Options (environment):
//   DATABASE_URL       PostgreSQL database to fill (must have no evaluations yet); default: embedded
//   BENCH_REPS         timed repetitions per operation (default 11, after 3 warm-ups)
//   BENCH_API_DIR      the built API (default dist/apps/api)
//   BENCH_KEEP=1       keep the embedded data directory and print where it is
//   BENCH_NODE_ARGS    options for the API's node process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
import { randomUUID } from 'node:crypto';
import {
  benchDatabase,
  graphql,
  median,
  num,
  openEmptyDatabase,
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

const REPS = Number(process.env.BENCH_REPS ?? 11);
const SIZE = { requirements: 2000, cases: 10000, candidates: 5, departments: 5, retest: 0.1 };
const METHODS = ['demonstration', 'inspection', 'vendor_statement', 'reference_check'];

// ---- deterministic data ----------------------------------------------------------------------

const rand = random(20261203);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (list) => list[int(0, list.length - 1)];

function generate() {
  const ids = {
    organisationId: randomUUID(),
    vendorId: randomUUID(),
    evaluationId: randomUUID(),
    planId: randomUUID(),
  };
  const departments = ['CIRC', 'CAT', 'ACQ', 'SER', 'IT'].map((code) => ({
    id: randomUUID(),
    organisation_id: ids.organisationId,
    code,
    name: `Bench ${code}`,
  }));
  const products = [];
  const versions = [];
  const candidates = [];
  for (let i = 0; i < SIZE.candidates; i++) {
    const product = {
      id: randomUUID(),
      vendor_id: ids.vendorId,
      name: `Bench ILS ${i + 1}`,
      category: 'ils',
      licence: 'proprietary',
      hosting: '{saas}',
      description: '',
    };
    const version = { id: randomUUID(), product_id: product.id, name: `${2026 + i}.1`, release_date: null };
    products.push(product);
    versions.push(version);
    candidates.push({ id: randomUUID(), evaluation_id: ids.evaluationId, product_version_id: version.id });
  }

  const requirements = [];
  for (let i = 0; i < SIZE.requirements; i++) {
    const department = departments[i % departments.length];
    requirements.push({
      id: randomUUID(),
      evaluation_id: ids.evaluationId,
      code: `${department.code}-${String(Math.floor(i / departments.length) + 1).padStart(4, '0')}`,
      title: `Requirement ${i + 1}`,
      department_id: department.id,
      priority: pick(['must', 'should', 'should', 'could']),
      mandatory: i % 40 === 0,
      verification_method: rand() < 0.85 ? 'test' : pick(METHODS),
      status: 'approved',
    });
  }
  // One tested requirement in twenty has no case: uncovered.
  const tested = requirements.filter((r) => r.verification_method === 'test' && rand() >= 0.05);

  const cases = [];
  const versionsOfCases = [];
  const links = [];
  for (let i = 0; i < SIZE.cases; i++) {
    const id = randomUUID();
    cases.push({ id, plan_id: ids.planId, number: i + 1, key: `BENCH-${i + 1}`, current_version: 1 });
    versionsOfCases.push({ case_id: id, case_version: 1, title: `Case ${i + 1}` });
    const first = tested[i % tested.length];
    links.push({ case_id: id, requirement_id: first.id });
    if (rand() < 0.3) {
      const second = pick(tested);
      if (second.id !== first.id) links.push({ case_id: id, requirement_id: second.id });
    }
  }

  // Each candidate has a quality: the share of its cases that pass.
  const runs = [];
  const results = [];
  const base = Date.parse('2026-11-01T09:00:00Z');
  for (const [n, candidate] of candidates.entries()) {
    const quality = 0.8 + 0.04 * n;
    const first = { id: randomUUID(), created_at: new Date(base + n * 86_400_000).toISOString() };
    const retest = { id: randomUUID(), created_at: new Date(base + (n + 10) * 86_400_000).toISOString() };
    for (const run of [first, retest]) {
      runs.push({
        id: run.id,
        plan_id: ids.planId,
        candidate_id: candidate.id,
        product_version_id: candidate.product_version_id,
        environment: 'Bench sandbox',
        created_at: run.created_at,
      });
    }
    for (const [i, c] of cases.entries()) {
      const roll = rand();
      const status =
        roll < quality ? 'passed' : roll < quality + 0.06 ? 'failed' : roll < quality + 0.09 ? 'blocked' : 'untested';
      results.push({
        id: randomUUID(),
        run_id: first.id,
        case_id: c.id,
        case_version: 1,
        status,
        executed_at: status === 'untested' ? null : new Date(base + n * 86_400_000 + i * 1000).toISOString(),
      });
      if (rand() < SIZE.retest) {
        results.push({
          id: randomUUID(),
          run_id: retest.id,
          case_id: c.id,
          case_version: 1,
          status: rand() < 0.7 ? 'passed' : 'failed',
          executed_at: new Date(base + (n + 10) * 86_400_000 + i * 1000).toISOString(),
        });
      }
    }
  }

  const verifications = [];
  for (const candidate of candidates) {
    for (const requirement of requirements) {
      if (requirement.verification_method === 'test' || rand() < 0.3) continue;
      verifications.push({
        id: randomUUID(),
        candidate_id: candidate.id,
        requirement_id: requirement.id,
        outcome: rand() < 0.85 ? 'accepted' : 'rejected',
        note: 'Seen at the demonstration.',
        recorded_at: new Date(base + int(0, 30) * 86_400_000).toISOString(),
      });
    }
  }

  return {
    ids,
    departments,
    products,
    versions,
    candidates,
    requirements,
    cases,
    versionsOfCases,
    links,
    runs,
    results,
    verifications,
  };
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

async function seed(sql, data) {
  const { ids } = data;
  await sql.query(`INSERT INTO organisation (id, name) VALUES ($1, 'Bench consortium')`, [ids.organisationId]);
  await insert(sql, 'department', 'id uuid, organisation_id uuid, code text, name text', data.departments);
  await sql.query(`INSERT INTO vendor (id, name) VALUES ($1, 'Bench Vendor')`, [ids.vendorId]);
  await insert(
    sql,
    'product',
    'id uuid, vendor_id uuid, name text, category text, licence text, hosting text[], description text',
    data.products,
  );
  await insert(sql, 'product_version', 'id uuid, product_id uuid, name text, release_date date', data.versions);
  await sql.query(`INSERT INTO evaluation (id, title, status) VALUES ($1, 'Traceability benchmark', 'testing')`, [
    ids.evaluationId,
  ]);
  await insert(sql, 'candidate', 'id uuid, evaluation_id uuid, product_version_id uuid', data.candidates);
  await insert(
    sql,
    'requirement',
    'id uuid, evaluation_id uuid, code text, title text, department_id uuid, priority text, mandatory boolean, verification_method text, status text',
    data.requirements,
  );
  await sql.query(
    `INSERT INTO test_plan (id, evaluation_id, name, key_prefix, next_case_number) VALUES ($1, $2, 'Bench plan', 'BENCH', $3)`,
    [ids.planId, ids.evaluationId, SIZE.cases + 1],
  );
  await insert(
    sql,
    'test_case',
    'id uuid, plan_id uuid, number integer, key text, current_version integer',
    data.cases,
  );
  await insert(sql, 'test_case_version', 'case_id uuid, case_version integer, title text', data.versionsOfCases);
  await insert(sql, 'test_case_requirement', 'case_id uuid, requirement_id uuid', data.links);
  await insert(
    sql,
    'test_run',
    'id uuid, plan_id uuid, candidate_id uuid, product_version_id uuid, environment text, created_at timestamptz',
    data.runs,
  );
  await insert(
    sql,
    'test_result',
    'id uuid, run_id uuid, case_id uuid, case_version integer, status text, executed_at timestamptz',
    data.results,
  );
  await insert(
    sql,
    'requirement_verification',
    'id uuid, candidate_id uuid, requirement_id uuid, outcome text, note text, recorded_at timestamptz',
    data.verifications,
  );
}

/**
 * The same counts as the matrix and the verdicts, in one plain statement: the latest result of each
 * case per candidate, its status counted per linked requirement and candidate, the latest recorded
 * verification of the other requirements, and each candidate's passed and failed cases.
 */
const SQL_COUNTS = `
  WITH latest AS (
    SELECT DISTINCT ON (run.candidate_id, r.case_id) run.candidate_id, r.case_id, r.status
      FROM test_result r JOIN test_run run ON run.id = r.run_id
     WHERE run.candidate_id = ANY($1::uuid[])
     ORDER BY run.candidate_id, r.case_id, r.executed_at DESC NULLS LAST, run.created_at DESC
  ),
  cells AS (
    SELECT l.requirement_id, latest.candidate_id, count(*) AS cases,
           count(*) FILTER (WHERE latest.status = 'passed') AS passed,
           count(*) FILTER (WHERE latest.status = 'failed') AS failed,
           count(*) FILTER (WHERE latest.status = 'blocked') AS blocked
      FROM test_case_requirement l JOIN latest ON latest.case_id = l.case_id
     GROUP BY l.requirement_id, latest.candidate_id
  ),
  verified AS (
    SELECT DISTINCT ON (candidate_id, requirement_id) candidate_id, requirement_id, outcome
      FROM requirement_verification WHERE candidate_id = ANY($1::uuid[])
     ORDER BY candidate_id, requirement_id, recorded_at DESC
  )
  SELECT
    (SELECT count(*) FROM cells WHERE failed > 0)::int AS failed_cells,
    (SELECT count(*) FROM cells WHERE failed = 0 AND passed > 0)::int AS passed_cells,
    (SELECT count(*) FROM verified v JOIN requirement q ON q.id = v.requirement_id
      WHERE q.verification_method <> 'test' AND v.outcome = 'accepted')::int AS verified_cells,
    (SELECT json_object_agg(candidate_id, json_build_array(passed, failed)) FROM (
       SELECT candidate_id, count(*) FILTER (WHERE status = 'passed') AS passed, count(*) FILTER (WHERE status = 'failed') AS failed
         FROM latest GROUP BY candidate_id) rate) AS pass_rates`;

// The web app's fields: the matrix page (libs/web/testing/src/lib/traceability/traceability.graphql).
const MATRIX = `query Traceability($id: ID!, $filter: TraceabilityFilter, $page: PageInput) { evaluation(id: $id) { id title
  traceability(filter: $filter, page: $page) {
    candidates { id name } total totals { status count }
    rows { requirementId code title departmentName priority mandatory verificationMethod
      cells { candidateId status cases passed failed blocked notRun verification { outcome note recordedByName recordedAt } }
      cases { caseId key title results { candidateId status } } } } } }`;
// Only each verdict and its reasons' kinds: how much of the time is the size of the full answer.
const VERDICTS_ONLY = `query VerdictsOnly($id: ID!) { evaluation(id: $id) { candidates { id acceptance { verdict reasons { kind } } } } }`;
// The acceptance page's fields for every candidate's verdict.
const VERDICTS = `query Verdicts($id: ID!) { evaluation(id: $id) { candidates { id acceptance {
  verdict reasons { kind effect message requirementIds caseIds defectIds waiverIds }
  passRate { passed failed notRun percent } shouldCoverage { total verified waived percent }
  requirements { requirementId state waiverId } } } } }`;

async function main() {
  const { url, dataDir, env } = benchDatabase();
  let api;
  let sql;
  try {
    sql = await openEmptyDatabase('Traceability benchmark', { url, dataDir, env }, 'evaluation', 'evaluations');
    const data = generate();
    const started = performance.now();
    await seed(sql, data);
    // The steady state a server reaches by autovacuum: statistics and the visibility map (index-only scans).
    await sql.query('VACUUM ANALYZE');
    const [{ server_version: pgVersion }] = await sql.query('SHOW server_version');
    process.stdout.write(
      `Seeded ${SIZE.requirements} requirements × ${SIZE.cases} cases (${data.links.length} links) × ${SIZE.candidates} candidates = ${data.results.length} results and ${data.verifications.length} verifications in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL ${pgVersion})\n`,
    );

    const candidateIds = data.candidates.map((c) => c.id);
    const [counts] = await sql.query(SQL_COUNTS, [candidateIds]);
    // Plain SQL baseline on the same data (for PGlite: before the API opens the directory).
    const baselines = {
      'SQL counts per requirement × candidate, verifications, pass rates': await time(
        () => sql.query(SQL_COUNTS, [candidateIds]),
        REPS,
      ),
    };
    if (!url) {
      await sql.close();
      sql = undefined;
    }

    api = await startApi(env, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
    const token = await signIn(api);
    const gql = (query, variables) =>
      graphql(api, query, variables, { authorization: `Bearer ${token}`, 'x-request-id': api.nextRequestId() });
    const timed = (query, variables) =>
      timeRequest(api, token, (headers) => graphql(api, query, variables, headers), REPS);

    // The API's counts must be the SQL's, or the comparison means nothing.
    const id = data.ids.evaluationId;
    const matrix = (await gql(MATRIX, { id, page: { offset: 0, limit: 50 } })).evaluation.traceability;
    const totals = Object.fromEntries(matrix.totals.map((t) => [t.status, t.count]));
    const expected = { FAILED: counts.failed_cells, PASSED: counts.passed_cells, VERIFIED: counts.verified_cells };
    for (const [status, count] of Object.entries(expected)) {
      if (totals[status] !== count)
        throw new Error(`The matrix counts ${totals[status]} ${status} cells, the SQL ${count}.`);
    }
    const verdicts = (await gql(VERDICTS, { id })).evaluation.candidates;
    for (const candidate of verdicts) {
      const [passed, failed] = counts.pass_rates[candidate.id] ?? [0, 0];
      const rate = candidate.acceptance.passRate;
      if (rate.passed !== passed || rate.failed !== failed)
        throw new Error(
          `The verdict counts ${rate.passed}/${rate.failed} for ${candidate.id}, the SQL ${passed}/${failed}.`,
        );
    }

    const results = [
      ['GraphQL no-op { me { id } }', await timed('query Me { me { id } }')],
      [
        'GraphQL matrix, first page of 50 (all 2,000 requirements aggregated)',
        await timed(MATRIX, { id, page: { offset: 0, limit: 50 } }),
      ],
      [
        'GraphQL matrix, must-requirements that failed, page 2',
        await timed(MATRIX, {
          id,
          filter: { priorities: ['MUST'], statuses: ['FAILED'] },
          page: { offset: 50, limit: 50 },
        }),
      ],
      ['GraphQL verdicts of the 5 candidates (reasons, pass rate, requirements)', await timed(VERDICTS, { id })],
      ['GraphQL verdicts of the 5 candidates, verdict and reasons’ kinds only', await timed(VERDICTS_ONLY, { id })],
    ];
    if (url)
      baselines['SQL counts (again, with the API running)'] = await time(
        () => sql.query(SQL_COUNTS, [candidateIds]),
        REPS,
      );

    const base = median(Object.values(baselines));
    process.stdout.write(
      `\nMatrix: ${matrix.total} requirements; cells ${matrix.totals.map((t) => `${t.status.toLowerCase()} ${t.count}`).join(', ')}. ` +
        `Verdicts: ${verdicts.map((c) => `${c.acceptance.verdict} (${c.acceptance.passRate.percent?.toFixed(1)} %)`).join(', ')}; SQL counts agree.\n`,
    );
    process.stdout.write(
      `\nMedians of ${REPS} runs after ${WARMUP} warm-ups (ms). Ratios compare with the SQL baseline from this run.\n\n`,
    );
    process.stdout.write(`${pad('baseline', 82)}${pad('ms', 10)}\n`);
    for (const [name, ms] of Object.entries(baselines)) process.stdout.write(`${pad(name, 82)}${pad(num(ms), 10)}\n`);
    process.stdout.write(
      `\n${pad('operation', 82)}${pad('round trip', 12)}${pad('in server', 12)}${pad('× SQL', 10)}\n`,
    );
    for (const [name, { total, server }] of results) {
      process.stdout.write(
        `${pad(name, 82)}${pad(num(total), 12)}${pad(num(server), 12)}${pad(`${(total / base).toFixed(2)}×`, 10)}\n`,
      );
    }
  } finally {
    await api?.stop();
    await sql?.close();
    removeDataDir(dataDir);
  }
}

runBenchmark(main);
