import { RequestActor, badInput, notFound } from '@assay/api/core';
import { TestResultStatus } from '@assay/api/data';
import { compareUpgradeRuns, UPGRADE_CATEGORIES, UpgradeCategory, UpgradeCounts as DomainCounts } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TestPageInput } from '../cases/cases.inputs';
import { TestAccess } from '../plans/test-access.service';
import { loadRuns } from './run-rows';
import { TestRun } from './runs.types';
import { UpgradeCaseRow, UpgradeComparison, UpgradeCounts, UpgradeRequirementRow } from './upgrade.types';

interface CaseRow {
  id: string;
  key: string;
  title: string;
  created_at: Date;
  requirement_ids: string[] | null;
}

const counts = (from: DomainCounts): UpgradeCounts => ({
  newlyFailing: from.NEWLY_FAILING,
  newlyPassing: from.NEWLY_PASSING,
  notRunInOne: from.NOT_RUN_IN_ONE,
  unchanged: from.UNCHANGED,
  newCase: from.NEW_CASE,
  notRunInBoth: from.NOT_RUN_IN_BOTH,
});

const rank = (category: UpgradeCategory) => UPGRADE_CATEGORIES.indexOf(category);

/**
 * Compares a plan's cases in two of its runs (see compareUpgradeRuns in the domain): the acceptance
 * view of a patch or upgrade. Four queries whatever the plan's size: the runs, the cases with their
 * requirements, the two runs' results, and the requirements' codes.
 */
@Injectable()
export class UpgradeComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly testAccess: TestAccess,
  ) {}

  /**
   * Runs A and B as named; left out, a product plan compares its latest run on the current version
   * with its latest on the target version, any other plan its last two runs. Null when the plan
   * has no such pair of runs yet.
   */
  async compare(
    actor: RequestActor,
    planId: string,
    runIds: { runAId?: string | null; runBId?: string | null },
    categories: UpgradeCategory[] | undefined,
    page: TestPageInput = { offset: 0, limit: 100 },
  ): Promise<UpgradeComparison | null> {
    const plan = await this.testAccess.plan(actor, planId, 'read');
    const manager = this.dataSource.manager;
    const runs = await loadRuns(manager, 't.plan_id = $1', [plan.id]);
    const pair = this.pair(runs, plan, runIds);
    if (!pair) return null;
    const [runA, runB] = pair;

    const cases: CaseRow[] = await manager.query(
      `SELECT c.id, c.key, v.title, c.created_at,
              (SELECT array_agg(l.requirement_id) FROM test_case_requirement l WHERE l.case_id = c.id) AS requirement_ids
         FROM test_case c
         JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version
        WHERE c.plan_id = $1 AND c.archived_at IS NULL
        ORDER BY c.number`,
      [plan.id],
    );
    const results: { id: string; run_id: string; case_id: string; status: TestResultStatus }[] = await manager.query(
      `SELECT id, run_id, case_id, status FROM test_result WHERE run_id = ANY($1::uuid[])`,
      [[runA.id, runB.id]],
    );
    const resultOf = new Map(results.map((result) => [`${result.run_id}:${result.case_id}`, result]));
    const inA = (caseId: string) => resultOf.get(`${runA.id}:${caseId}`) ?? null;
    const inB = (caseId: string) => resultOf.get(`${runB.id}:${caseId}`) ?? null;

    const comparison = compareUpgradeRuns(
      cases.map((c) => ({
        caseId: c.id,
        requirementIds: c.requirement_ids ?? [],
        statusA: inA(c.id)?.status ?? null,
        statusB: inB(c.id)?.status ?? null,
        newSinceA: !inA(c.id) && new Date(c.created_at) > new Date(runA.createdAt),
      })),
    );

    const requirementIds = comparison.requirements.map((r) => r.requirementId);
    const requirements: { id: string; code: string; title: string }[] = requirementIds.length
      ? await manager.query(`SELECT id, code, title FROM requirement WHERE id = ANY($1::uuid[])`, [requirementIds])
      : [];
    const requirementOf = new Map(requirements.map((r) => [r.id, r]));
    const caseOf = new Map(cases.map((c) => [c.id, c]));
    const keyOf = (id: string) => caseOf.get(id)?.key ?? '';

    // The comparison keeps the cases' order: the i-th is cases[i].
    const rows: UpgradeCaseRow[] = comparison.cases.map((c, i) => {
      const row = cases[i];
      return {
        caseId: c.caseId,
        key: row.key,
        title: row.title,
        category: c.category,
        statusA: inA(c.caseId)?.status ?? null,
        statusB: inB(c.caseId)?.status ?? null,
        resultIdA: inA(c.caseId)?.id ?? null,
        resultIdB: inB(c.caseId)?.id ?? null,
        requirementCodes: c.requirementIds
          .map((id) => requirementOf.get(id)?.code ?? '')
          .filter(Boolean)
          .sort(),
      };
    });
    const wanted = categories?.length ? new Set(categories) : null;
    const chosen = rows
      .filter((row) => !wanted || wanted.has(row.category))
      .sort((a, b) => rank(a.category) - rank(b.category));

    const requirementRows: UpgradeRequirementRow[] = comparison.requirements
      .flatMap((r) => {
        const requirement = requirementOf.get(r.requirementId);
        return requirement ? [{ ...r, requirement }] : [];
      })
      .map(({ requirement, ...r }) => {
        return {
          requirementId: r.requirementId,
          code: requirement.code,
          title: requirement.title,
          category: r.category,
          newlyFailingKeys: (r.caseIds.NEWLY_FAILING ?? []).map(keyOf),
          caseKeys: Object.values(r.caseIds)
            .flat()
            .map(keyOf)
            .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
        };
      })
      .sort((a, b) => rank(a.category) - rank(b.category) || a.code.localeCompare(b.code, 'en', { numeric: true }));

    return {
      runA,
      runB,
      caseCounts: counts(comparison.summary.cases),
      requirementCounts: counts(comparison.summary.requirements),
      cases: chosen.slice(page.offset, page.offset + page.limit),
      casesTotal: chosen.length,
      requirements: requirementRows,
    };
  }

  private pair(
    runs: TestRun[],
    plan: { currentVersionId: string | null; targetVersionId: string | null },
    ids: { runAId?: string | null; runBId?: string | null },
  ): [TestRun, TestRun] | null {
    if (ids.runAId || ids.runBId) {
      if (!ids.runAId || !ids.runBId) throw badInput('Name both runs to compare, or neither.');
      if (ids.runAId === ids.runBId) throw badInput('Choose two different runs to compare.');
      const a = runs.find((run) => run.id === ids.runAId);
      const b = runs.find((run) => run.id === ids.runBId);
      if (!a || !b) throw notFound('One of the test runs');
      return [a, b];
    }
    // Latest first.
    const latest = [...runs].reverse();
    if (plan.currentVersionId && plan.targetVersionId) {
      const a = latest.find((run) => run.productVersionId === plan.currentVersionId);
      const b = latest.find((run) => run.productVersionId === plan.targetVersionId);
      if (a && b) return [a, b];
    }
    return latest.length >= 2 ? [latest[1], latest[0]] : null;
  }
}
