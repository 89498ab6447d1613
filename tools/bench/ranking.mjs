#!/usr/bin/env node
// `npm run bench:ranking`: the ranking of a scoring round at consortium scale.
//
// Seeds one evaluation with 20 candidates, a rubric of 500 criteria in 10 categories (each linked to
// a requirement, some mandatory) and a revealed round in which 15 evaluators scored every cell:
// 150,000 scores, a few blanks and a few consensus scores. The data go into the database in
// DATABASE_URL (an empty database: the script applies the migrations) or, without it, into a fresh
// embedded data directory that is removed afterwards. Then starts the built API (build it first:
// npx nx run api:build) and times the GraphQL ranking of the round (totals, knockouts, per-evaluator
// totals, tie points, stability and agreement) against the plain SQL aggregate of the same weighted
// totals, in the same run, and prints the ratio: these machines are noisy, so only ratios from one
// run mean anything. The SQL totals are checked against the API's. Nothing else is asserted.
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
const SIZE = { candidates: 20, categories: 10, criteria: 500, evaluators: 15 };
const SCALE = { min: 0, max: 3 };

// ---- deterministic data ----------------------------------------------------------------------

const rand = random(20270301);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
/** Roughly normal (Irwin–Hall), mean 0, sd ≈ sd. */
const noise = (sd) => (rand() + rand() + rand() + rand() - 2) * sd * Math.sqrt(3);

function generate() {
  const organisationId = randomUUID();
  const departmentId = randomUUID();
  const vendorId = randomUUID();
  const evaluationId = randomUUID();
  const rubricId = randomUUID();
  const roundId = randomUUID();
  const evaluators = Array.from({ length: SIZE.evaluators }, (_, i) => ({
    id: randomUUID(),
    email: `evaluator-${String(i + 1).padStart(2, '0')}@bench.invalid`,
    display_name: `Bench Evaluator ${String(i + 1).padStart(2, '0')}`,
    // Nobody signs in as them: the benchmark asks as the administrator.
    password_hash: 'not-a-password-hash',
    global_role: 'user',
  }));
  const products = [];
  const versions = [];
  const candidates = [];
  for (let i = 0; i < SIZE.candidates; i++) {
    const product = {
      id: randomUUID(),
      vendor_id: vendorId,
      name: `Bench ILS ${String(i + 1).padStart(2, '0')}`,
      category: 'ils',
      licence: i % 3 === 0 ? 'open_source' : 'proprietary',
      hosting: '{saas}',
      description: '',
    };
    const version = {
      id: randomUUID(),
      product_id: product.id,
      name: `${2020 + (i % 6)}.${1 + (i % 12)}`,
      release_date: null,
    };
    products.push(product);
    versions.push(version);
    candidates.push({ id: randomUUID(), evaluation_id: evaluationId, product_version_id: version.id });
  }

  const categories = Array.from({ length: SIZE.categories }, (_, i) => ({
    id: randomUUID(),
    rubric_version_id: rubricId,
    parent_id: null,
    key: `category-${i + 1}`,
    title: `Category ${i + 1}`,
    position: i,
    weight: int(1, 9),
  }));
  const criteria = [];
  const requirements = [];
  const links = [];
  for (let i = 0; i < SIZE.criteria; i++) {
    const category = categories[i % SIZE.categories];
    const code = `BENCH-${String(i + 1).padStart(4, '0')}`;
    const priority = ['must', 'should', 'should', 'could'][int(0, 3)];
    const criterion = {
      id: randomUUID(),
      rubric_version_id: rubricId,
      parent_id: category.id,
      key: code.toLowerCase(),
      title: `${code} Requirement ${i + 1}`,
      position: i,
      weight: priority === 'must' ? 3 : priority === 'should' ? 2 : 1,
    };
    const requirement = {
      id: randomUUID(),
      evaluation_id: evaluationId,
      code,
      title: `Requirement ${i + 1}`,
      category: category.title,
      department_id: departmentId,
      priority,
      mandatory: i % 25 === 0,
      status: 'approved',
    };
    criteria.push(criterion);
    requirements.push(requirement);
    links.push({ criterion_id: criterion.id, requirement_id: requirement.id });
  }

  // Each candidate has a quality, each criterion a difficulty, each evaluator a leniency; plus noise.
  const quality = candidates.map(() => 0.8 + rand() * 1.8);
  const difficulty = criteria.map(() => noise(0.6));
  const leniency = evaluators.map(() => noise(0.25));
  const scores = [];
  for (let c = 0; c < candidates.length; c++) {
    for (let i = 0; i < criteria.length; i++) {
      for (let e = 0; e < evaluators.length; e++) {
        const blank = rand() < 0.005;
        const value = Math.min(
          SCALE.max,
          Math.max(SCALE.min, Math.round(quality[c] + difficulty[i] + leniency[e] + noise(0.45))),
        );
        scores.push({
          id: randomUUID(),
          round_id: roundId,
          evaluator_id: evaluators[e].id,
          candidate_id: candidates[c].id,
          criterion_id: criteria[i].id,
          value: blank ? null : value,
        });
      }
    }
  }
  const consensus = Array.from({ length: 40 }, (_, n) => ({
    round_id: roundId,
    candidate_id: candidates[n % candidates.length].id,
    criterion_id: criteria[(n * 37) % criteria.length].id,
    value: int(0, 3),
    note: 'Agreed at the calibration meeting.',
  }));

  return {
    ids: { organisationId, departmentId, vendorId, evaluationId, rubricId, roundId },
    evaluators,
    products,
    versions,
    candidates,
    categories,
    criteria,
    requirements,
    links,
    scores,
    consensus,
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
  await sql.query(`INSERT INTO department (id, organisation_id, code, name) VALUES ($1, $2, 'IT', 'IT')`, [
    ids.departmentId,
    ids.organisationId,
  ]);
  await insert(
    sql,
    'app_user',
    'id uuid, email text, display_name text, password_hash text, global_role text',
    data.evaluators,
  );
  await sql.query(`INSERT INTO vendor (id, name) VALUES ($1, 'Bench Vendor')`, [ids.vendorId]);
  await insert(
    sql,
    'product',
    'id uuid, vendor_id uuid, name text, category text, licence text, hosting text[], description text',
    data.products,
  );
  await insert(sql, 'product_version', 'id uuid, product_id uuid, name text, release_date date', data.versions);
  await sql.query(`INSERT INTO evaluation (id, title, status) VALUES ($1, 'Ranking benchmark', 'scoring')`, [
    ids.evaluationId,
  ]);
  await insert(
    sql,
    'evaluation_member',
    'evaluation_id uuid, user_id uuid, role text',
    data.evaluators.map((e) => ({ evaluation_id: ids.evaluationId, user_id: e.id, role: 'evaluator' })),
  );
  await insert(sql, 'candidate', 'id uuid, evaluation_id uuid, product_version_id uuid', data.candidates);
  await insert(
    sql,
    'requirement',
    'id uuid, evaluation_id uuid, code text, title text, category text, department_id uuid, priority text, mandatory boolean, status text',
    data.requirements,
  );
  await sql.query(
    `INSERT INTO rubric_version (id, evaluation_id, number, frozen_at, scale_min, scale_max) VALUES ($1, $2, 1, now(), $3, $4)`,
    [ids.rubricId, ids.evaluationId, SCALE.min, SCALE.max],
  );
  const criterionColumns =
    'id uuid, rubric_version_id uuid, parent_id uuid, key text, title text, position integer, weight numeric';
  await insert(sql, 'criterion', criterionColumns, data.categories);
  await insert(sql, 'criterion', criterionColumns, data.criteria);
  await insert(sql, 'criterion_requirement', 'criterion_id uuid, requirement_id uuid', data.links);
  await sql.query(
    `INSERT INTO scoring_round (id, evaluation_id, rubric_version_id, number, status, candidate_ids, revealed_at) VALUES ($1, $2, $3, 1, 'revealed', $4::uuid[], now())`,
    [ids.roundId, ids.evaluationId, ids.rubricId, `{${data.candidates.map((c) => c.id).join(',')}}`],
  );
  await insert(
    sql,
    'score',
    'id uuid, round_id uuid, evaluator_id uuid, candidate_id uuid, criterion_id uuid, value numeric',
    data.scores,
  );
  await insert(
    sql,
    'consensus_score',
    'round_id uuid, candidate_id uuid, criterion_id uuid, value numeric, note text',
    data.consensus,
  );
}

/**
 * The same weighted totals as the ranking, in one statement: each criterion's share of the rubric
 * (its weight among its siblings × its category's among the categories), each cell's consensus or
 * else the mean of the evaluators' scores, normalised to the scale, and the weighted mean × 100.
 */
const SQL_TOTALS = `
  WITH rubric AS (SELECT scale_min, scale_max FROM rubric_version WHERE id = $2),
  category AS (
    SELECT id, weight / sum(weight) OVER () AS share FROM criterion WHERE rubric_version_id = $2 AND parent_id IS NULL
  ),
  leaf AS (
    SELECT c.id, category.share * c.weight / sum(c.weight) OVER (PARTITION BY c.parent_id) AS share
      FROM criterion c JOIN category ON category.id = c.parent_id
  ),
  cell AS (
    SELECT candidate_id, criterion_id, avg(value) AS value FROM score WHERE round_id = $1 AND value IS NOT NULL GROUP BY candidate_id, criterion_id
  ),
  agreed AS (
    SELECT coalesce(cs.candidate_id, cell.candidate_id) AS candidate_id, coalesce(cs.criterion_id, cell.criterion_id) AS criterion_id, coalesce(cs.value, cell.value) AS value
      FROM cell FULL JOIN (SELECT candidate_id, criterion_id, value FROM consensus_score WHERE round_id = $1) cs
        ON cs.candidate_id = cell.candidate_id AND cs.criterion_id = cell.criterion_id
  )
  SELECT agreed.candidate_id, (100 * sum(leaf.share * (agreed.value - rubric.scale_min) / (rubric.scale_max - rubric.scale_min)) / sum(leaf.share))::float8 AS total
    FROM agreed JOIN leaf ON leaf.id = agreed.criterion_id CROSS JOIN rubric
   GROUP BY agreed.candidate_id
   ORDER BY total DESC`;

// The web app's ranking fields (libs/web/scoring/src/lib/results/results.graphql), for one round.
const RANKING = `query Ranking($roundId: ID!) { scoringRound(id: $roundId) { ranking {
  roundId winnerId
  candidates { candidateId name rank score scoredWeight scoredCount criterionCount knockedOut knockouts { requirement criterionId value } byEvaluator { evaluatorId evaluatorName score scoredWeight } }
  tiePoints { criterionId weight tieWeight change rawChange }
  stability { change stable }
  agreement { alpha kendallW kendallP lowAgreement { criterionId alpha } }
} } }`;

async function main() {
  const { url, dataDir, env } = benchDatabase();
  let api;
  let sql;
  try {
    sql = await openEmptyDatabase('Ranking benchmark', { url, dataDir, env }, 'evaluation', 'evaluations');
    const data = generate();
    const started = performance.now();
    await seed(sql, data);
    // The steady state a server reaches by autovacuum: statistics and the visibility map (index-only scans).
    await sql.query('VACUUM ANALYZE');
    const [{ server_version: pgVersion }] = await sql.query('SHOW server_version');
    process.stdout.write(
      `Seeded ${SIZE.candidates} candidates × ${SIZE.criteria} criteria (${SIZE.categories} categories) × ${SIZE.evaluators} evaluators = ${data.scores.length} scores in ${((performance.now() - started) / 1000).toFixed(1)} s (PostgreSQL ${pgVersion})\n`,
    );

    const params = [data.ids.roundId, data.ids.rubricId];
    const sqlTotals = await sql.query(SQL_TOTALS, params);
    // Plain SQL baseline on the same data (for PGlite: before the API opens the directory).
    const baselines = {
      'SQL weighted totals per candidate (one statement)': await time(() => sql.query(SQL_TOTALS, params), REPS),
    };
    if (!url) {
      await sql.close();
      sql = undefined;
    }

    api = await startApi(env, (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
    const token = await signIn(api);

    const gql = (query, variables) =>
      graphql(api, query, variables, { authorization: `Bearer ${token}`, 'x-request-id': api.nextRequestId() });
    /** Median round trip, and median time inside the server (from its request log). */
    const timed = (query, variables) =>
      timeRequest(api, token, (headers) => graphql(api, query, variables, headers), REPS);

    // The API's totals must be the SQL's (to its two decimals), or the comparison means nothing.
    const { ranking } = (await gql(RANKING, { roundId: data.ids.roundId })).scoringRound;
    const apiTotals = new Map(ranking.candidates.map((c) => [c.candidateId, c.score]));
    const worst = Math.max(...sqlTotals.map((row) => Math.abs(row.total - apiTotals.get(row.candidate_id))));
    if (!(worst <= 0.0051)) throw new Error(`The SQL totals differ from the API's by up to ${worst}.`);

    const results = [
      ['GraphQL no-op { me { id } }', await timed('query Me { me { id } }')],
      [
        'GraphQL ranking (totals, knockouts, per evaluator, ties, stability, agreement)',
        await timed(RANKING, { roundId: data.ids.roundId }),
      ],
    ];
    if (url)
      baselines['SQL weighted totals (again, with the API running)'] = await time(
        () => sql.query(SQL_TOTALS, params),
        REPS,
      );

    const base = median(Object.values(baselines));
    process.stdout.write(
      `\nRanking: winner ${ranking.candidates[0].name} (${ranking.candidates[0].score}), ${ranking.candidates.filter((c) => c.knockedOut).length} knocked out, ${ranking.tiePoints.length} tie points, ` +
        `alpha ${ranking.agreement.alpha}, ${ranking.agreement.lowAgreement.length} low-agreement criteria; SQL totals agree (max difference ${worst.toFixed(4)}).\n`,
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
