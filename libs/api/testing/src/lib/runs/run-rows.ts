import { TestResultStatus, TestRunStatus } from '@assay/api/data';
import { notFound } from '@assay/api/core';
import { EntityManager } from 'typeorm';
import { TestPerson } from '../plans/plans.types';
import { TestRun, TestRunProgress } from './runs.types';

interface RunRow {
  id: string;
  plan_id: string;
  candidate_id: string | null;
  product_version_id: string;
  product_name: string;
  version_name: string;
  environment: string;
  build_label: string;
  status: TestRunStatus;
  closed_at: Date | null;
  closed_by: string | null;
  closed_by_name: string | null;
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const emptyProgress = (): TestRunProgress => ({
  total: 0,
  untested: 0,
  passed: 0,
  failed: 0,
  blocked: 0,
  skipped: 0,
  retest: 0,
});

/**
 * Runs with their product, testers and progress, in three queries however many runs: `where`
 * selects them from `test_run t` with `params`.
 */
export async function loadRuns(manager: EntityManager, where: string, params: unknown[]): Promise<TestRun[]> {
  const rows: RunRow[] = await manager.query(
    `SELECT t.id, t.plan_id, t.candidate_id, t.product_version_id, p.name AS product_name, pv.name AS version_name,
            t.environment, t.build_label, t.status, t.closed_at, t.closed_by, cb.display_name AS closed_by_name,
            t.is_demo, t.created_at, t.updated_at, t.version
       FROM test_run t
       JOIN product_version pv ON pv.id = t.product_version_id
       JOIN product p ON p.id = pv.product_id
       LEFT JOIN app_user cb ON cb.id = t.closed_by
      WHERE ${where}
      ORDER BY t.created_at, t.id`,
    params,
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const testers: { run_id: string; id: string; displayName: string }[] = await manager.query(
    `SELECT rt.run_id, u.id, u.display_name AS "displayName" FROM test_run_tester rt JOIN app_user u ON u.id = rt.user_id
      WHERE rt.run_id = ANY($1::uuid[]) ORDER BY u.display_name, u.id`,
    [ids],
  );
  const counts: { run_id: string; status: TestResultStatus; count: number }[] = await manager.query(
    `SELECT run_id, status, count(*)::int AS count FROM test_result WHERE run_id = ANY($1::uuid[]) GROUP BY run_id, status`,
    [ids],
  );
  const progress = new Map(ids.map((id) => [id, emptyProgress()]));
  for (const count of counts) {
    const of = progress.get(count.run_id);
    if (!of) continue;
    of[count.status] += count.count;
    of.total += count.count;
  }
  return rows.map((row) =>
    Object.assign(new TestRun(), {
      id: row.id,
      planId: row.plan_id,
      candidateId: row.candidate_id,
      productVersionId: row.product_version_id,
      productName: row.product_name,
      productVersionName: row.version_name,
      environment: row.environment,
      buildLabel: row.build_label,
      status: row.status,
      testers: testers
        .filter((tester) => tester.run_id === row.id)
        .map((tester): TestPerson => ({ id: tester.id, displayName: tester.displayName })),
      progress: progress.get(row.id) ?? emptyProgress(),
      closedAt: row.closed_at,
      closedBy: row.closed_by ? { id: row.closed_by, displayName: row.closed_by_name ?? '' } : null,
      isDemo: row.is_demo,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    }),
  );
}

export async function loadRun(manager: EntityManager, id: string): Promise<TestRun> {
  const [run] = await loadRuns(manager, 't.id = $1', [id]);
  if (!run) throw notFound('The test run');
  return run;
}
