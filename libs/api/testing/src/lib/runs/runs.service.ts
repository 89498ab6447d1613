import {
  AuditService,
  badInput,
  conflict,
  EditTarget,
  likePattern,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import {
  CandidateEntity,
  ProductVersionEntity,
  TestPlanEntity,
  TestResultStatus,
  TestRunEntity,
} from '@assay/api/data';
import { GlobalRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TestCaseFilter, TestPageInput } from '../cases/cases.inputs';
import { TestAccess } from '../plans/test-access.service';
import { loadRun, loadRuns } from './run-rows';
import { CreateTestRunInput, TestRunRef, UpdateTestRunInput } from './runs.inputs';
import { AssignedTestRun, TestComparison, TestRun } from './runs.types';

export const TEST_RUN: EditTarget<TestRunEntity> = {
  entity: TestRunEntity,
  objectType: 'test_run',
  missing: 'The test run',
  describe: (row) => `The test run in ${row.environment}`,
};
const RUN_FIELDS = ['environment', 'buildLabel'] as const;
/** How many runs one comparison shows side by side. */
const COMPARED_RUNS = 20;

/** Runs of a plan: which cases, against which product version, where and by whom; closing makes one read-only. */
@Injectable()
export class RunsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly testAccess: TestAccess,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  async runsOf(actor: RequestActor, planId: string): Promise<TestRun[]> {
    await this.testAccess.plan(actor, planId, 'read');
    return loadRuns(this.dataSource.manager, 't.plan_id = $1', [planId]);
  }

  async get(actor: RequestActor, id: string): Promise<TestRun> {
    const row = await this.dataSource.getRepository(TestRunEntity).findOneBy({ id });
    if (!row) throw notFound('The test run');
    await this.testAccess.plan(actor, row.planId, 'read', 'The test run');
    return loadRun(this.dataSource.manager, id);
  }

  /**
   * The open runs the person is assigned to test, in plans they may still execute: evaluation
   * plans while the evaluation is open and they are its tester, product plans while they are
   * named on it (or an administrator). Oldest first, so the longest waiting comes first.
   */
  async assignedTo(actor: RequestActor): Promise<AssignedTestRun[]> {
    const manager = this.dataSource.manager;
    const plans: {
      run_id: string;
      plan_name: string;
      evaluation_id: string | null;
      evaluation_title: string | null;
    }[] = await manager.query(
      `SELECT t.id AS run_id, p.name AS plan_name, p.evaluation_id, e.title AS evaluation_title
           FROM test_run t
           JOIN test_run_tester rt ON rt.run_id = t.id AND rt.user_id = $1
           JOIN test_plan p ON p.id = t.plan_id
           LEFT JOIN evaluation e ON e.id = p.evaluation_id
          WHERE t.status = 'open'
            AND (
              (e.id IS NOT NULL AND e.status NOT IN ('cancelled', 'decided') AND EXISTS (
                SELECT 1 FROM evaluation_member m WHERE m.evaluation_id = e.id AND m.user_id = $1 AND m.role = 'tester'))
              OR (p.product_id IS NOT NULL AND ($2 OR EXISTS (
                SELECT 1 FROM test_plan_member pm WHERE pm.plan_id = p.id AND pm.user_id = $1)))
            )`,
      [actor.id, actor.globalRole === GlobalRole.Admin],
    );
    if (plans.length === 0) return [];
    const runs = await loadRuns(manager, 't.id = ANY($1::uuid[])', [plans.map((row) => row.run_id)]);
    const byRun = new Map(plans.map((row) => [row.run_id, row]));
    return runs.flatMap((run) => {
      const row = byRun.get(run.id);
      return row
        ? [{ run, planName: row.plan_name, evaluationId: row.evaluation_id, evaluationTitle: row.evaluation_title }]
        : [];
    });
  }

  /** Case × run: the status of each case of the page in each run (the latest runs first when there are many). */
  async comparison(
    actor: RequestActor,
    planId: string,
    runIds: string[] | undefined,
    filter: TestCaseFilter = {},
    page: TestPageInput = { offset: 0, limit: 100 },
  ): Promise<TestComparison> {
    await this.testAccess.plan(actor, planId, 'read');
    const manager = this.dataSource.manager;
    const runs = runIds?.length
      ? await loadRuns(manager, 't.plan_id = $1 AND t.id = ANY($2::uuid[])', [planId, runIds])
      : (await loadRuns(manager, 't.plan_id = $1', [planId])).slice(-COMPARED_RUNS);
    if (runIds?.length && runs.length !== new Set(runIds).size) throw notFound('One of the test runs');
    const params: unknown[] = [planId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['c.plan_id = $1', 'c.archived_at IS NULL'];
    if (filter.tag?.trim()) where.push(`${param(filter.tag.trim())} = ANY(v.tags)`);
    if (filter.priorities?.length) where.push(`v.priority = ANY(${param(filter.priorities)}::text[])`);
    if (filter.requirementId) {
      where.push(
        `EXISTS (SELECT 1 FROM test_case_requirement l WHERE l.case_id = c.id AND l.requirement_id = ${param(filter.requirementId)})`,
      );
    }
    if (filter.text?.trim()) {
      const pattern = param(likePattern(filter.text));
      where.push(`(c.key ILIKE ${pattern} OR v.title ILIKE ${pattern})`);
    }
    const from = `FROM test_case c JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version
      WHERE ${where.join(' AND ')}`;
    const [{ total }]: { total: number }[] = await manager.query(`SELECT count(*)::int AS total ${from}`, params);
    const cases: { id: string; key: string; title: string }[] = await manager.query(
      `SELECT c.id, c.key, v.title ${from} ORDER BY c.number LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    );
    const results: { id: string; run_id: string; case_id: string; status: TestResultStatus }[] =
      cases.length && runs.length
        ? await manager.query(
            `SELECT id, run_id, case_id, status FROM test_result WHERE run_id = ANY($1::uuid[]) AND case_id = ANY($2::uuid[])`,
            [runs.map((run) => run.id), cases.map((row) => row.id)],
          )
        : [];
    const byCell = new Map(results.map((result) => [`${result.case_id}:${result.run_id}`, result]));
    return {
      runs,
      total,
      rows: cases.map((row) => ({
        caseId: row.id,
        key: row.key,
        title: row.title,
        cells: runs.map((run) => {
          const result = byCell.get(`${row.id}:${run.id}`);
          return { runId: run.id, resultId: result?.id ?? null, status: result?.status ?? null };
        }),
      })),
    };
  }

  // ---- writing ---------------------------------------------------------------------------

  async create(actor: RequestActor, input: CreateTestRunInput): Promise<TestRun> {
    await this.testAccess.plan(actor, input.planId, 'write');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, input.planId);
      const { candidateId, productVersionId } = await this.subject(manager, plan, input);
      const testerIds = await this.testers(manager, plan, input.testerIds ?? []);
      const caseIds = input.caseIds ? [...new Set(input.caseIds)] : null;
      if (caseIds) {
        const [{ count }]: { count: number }[] = await manager.query(
          `SELECT count(*)::int AS count FROM test_case WHERE plan_id = $1 AND archived_at IS NULL AND id = ANY($2::uuid[])`,
          [plan.id, caseIds],
        );
        if (count !== caseIds.length) {
          throw badInput('Choose cases of this plan that are not archived.', [
            { field: 'caseIds', problems: ['One of the cases is not in this plan, or is archived.'] },
          ]);
        }
      }
      const values = {
        planId: plan.id,
        candidateId,
        productVersionId,
        environment: input.environment.trim(),
        buildLabel: input.buildLabel?.trim() ?? '',
        createdBy: actor.id,
      };
      if (!values.environment) {
        throw badInput('Say where the run takes place.', [{ field: 'environment', problems: ['Required.'] }]);
      }
      const saved = await this.edit.create(
        manager,
        actor,
        TEST_RUN,
        values,
        (row) => ({
          environment: row.environment,
          buildLabel: row.buildLabel,
          candidateId,
          productVersionId,
          testerIds,
        }),
        { evaluationId: plan.evaluationId },
      );
      await this.setTesters(manager, saved.id, testerIds);
      // One statement however many cases: a run of 10,000 cases is one insert.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO test_result (run_id, case_id, case_version)
         SELECT $1, c.id, c.current_version FROM test_case c
          WHERE c.plan_id = $2 AND c.archived_at IS NULL ${caseIds ? 'AND c.id = ANY($3::uuid[])' : ''}
         RETURNING 1`,
        caseIds ? [saved.id, plan.id, caseIds] : [saved.id, plan.id],
      );
      if (inserted.length === 0) {
        throw badInput('The plan has no cases to run yet; add cases first.', [
          { field: 'planId', problems: ['No cases to run.'] },
        ]);
      }
      return loadRun(manager, saved.id);
    });
  }

  async update(actor: RequestActor, input: UpdateTestRunInput): Promise<TestRun> {
    const existing = await this.dataSource.getRepository(TestRunEntity).findOneBy({ id: input.id });
    if (!existing) throw notFound('The test run');
    await this.testAccess.plan(actor, existing.planId, 'write', 'The test run');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, existing.planId, 'The test run');
      const row = await this.edit.lockVersion(manager, TEST_RUN, input.id, input.version);
      assertRunOpen(row);
      if (input.environment !== undefined && !input.environment.trim()) {
        throw badInput('Say where the run takes place.', [{ field: 'environment', problems: ['Required.'] }]);
      }
      await this.edit.update(
        manager,
        actor,
        TEST_RUN,
        row,
        { environment: input.environment?.trim(), buildLabel: input.buildLabel?.trim() },
        RUN_FIELDS,
        { evaluationId: plan.evaluationId },
      );
      if (input.testerIds) {
        const testerIds = await this.testers(manager, plan, input.testerIds);
        const before: { user_id: string }[] = await manager.query(
          'SELECT user_id FROM test_run_tester WHERE run_id = $1 ORDER BY user_id',
          [row.id],
        );
        const beforeIds = before.map((tester) => tester.user_id);
        if (JSON.stringify(beforeIds) !== JSON.stringify(testerIds)) {
          await manager.query('DELETE FROM test_run_tester WHERE run_id = $1', [row.id]);
          await this.setTesters(manager, row.id, testerIds);
          await manager.query('UPDATE test_run SET version = version + 1, updated_at = now() WHERE id = $1', [row.id]);
          await this.audit.record(manager, {
            actorId: actor.id,
            objectType: 'test_run',
            objectId: row.id,
            action: 'updated',
            evaluationId: plan.evaluationId,
            before: { testerIds: beforeIds },
            after: { testerIds },
          });
        }
      }
      return loadRun(manager, row.id);
    });
  }

  /** Closes a run: its results no longer change. */
  async close(actor: RequestActor, input: TestRunRef): Promise<TestRun> {
    const existing = await this.dataSource.getRepository(TestRunEntity).findOneBy({ id: input.id });
    if (!existing) throw notFound('The test run');
    await this.testAccess.plan(actor, existing.planId, 'write', 'The test run');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, existing.planId, 'The test run');
      const row = await this.edit.lockVersion(manager, TEST_RUN, input.id, input.version);
      if (row.status === 'closed') return loadRun(manager, row.id);
      await this.edit.update(
        manager,
        actor,
        TEST_RUN,
        row,
        { status: 'closed', closedBy: actor.id, closedAt: new Date() },
        ['status', 'closedBy', 'closedAt'],
        { action: 'closed', trail: 'action', evaluationId: plan.evaluationId },
      );
      return loadRun(manager, row.id);
    });
  }

  // ---- rules -----------------------------------------------------------------------------

  /** What the run tests: a candidate of the evaluation (its product version), or a version of the plan's product. */
  private async subject(
    manager: EntityManager,
    plan: TestPlanEntity,
    input: CreateTestRunInput,
  ): Promise<{ candidateId: string | null; productVersionId: string }> {
    if (plan.evaluationId) {
      if (!input.candidateId) {
        throw badInput('Choose the candidate the run tests.', [{ field: 'candidateId', problems: ['Required.'] }]);
      }
      const candidate = await manager.getRepository(CandidateEntity).findOneBy({ id: input.candidateId });
      if (!candidate || candidate.evaluationId !== plan.evaluationId) {
        throw badInput('Choose a candidate of this evaluation.', [
          { field: 'candidateId', problems: ['Not a candidate of this evaluation.'] },
        ]);
      }
      if (candidate.state === 'eliminated') {
        throw badInput('That candidate was eliminated; runs test the candidates still in the running.', [
          { field: 'candidateId', problems: ['Eliminated.'] },
        ]);
      }
      if (input.productVersionId && input.productVersionId !== candidate.productVersionId) {
        throw badInput('A candidate’s run tests the candidate’s product version.', [
          { field: 'productVersionId', problems: ['Leave it out: it is the candidate’s.'] },
        ]);
      }
      return { candidateId: candidate.id, productVersionId: candidate.productVersionId };
    }
    if (input.candidateId) {
      throw badInput('A product’s plan runs against a version of the product, not a candidate.', [
        { field: 'candidateId', problems: ['Leave it out.'] },
      ]);
    }
    if (!input.productVersionId) {
      throw badInput('Choose the version the run tests.', [{ field: 'productVersionId', problems: ['Required.'] }]);
    }
    const version = await manager.getRepository(ProductVersionEntity).findOneBy({ id: input.productVersionId });
    if (!version || version.productId !== plan.productId) {
      throw badInput('Choose a version of the plan’s product.', [
        { field: 'productVersionId', problems: ['Not a version of this product.'] },
      ]);
    }
    return { candidateId: null, productVersionId: version.id };
  }

  /** The testers, sorted: testers of the evaluation, or for a product's plan its named people and administrators. */
  private async testers(manager: EntityManager, plan: TestPlanEntity, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)].sort();
    if (unique.length === 0) return [];
    const found: { id: string }[] = plan.evaluationId
      ? await manager.query(
          `SELECT DISTINCT m.user_id AS id FROM evaluation_member m JOIN app_user u ON u.id = m.user_id
            WHERE m.evaluation_id = $1 AND m.role = 'tester' AND u.active AND m.user_id = ANY($2::uuid[])`,
          [plan.evaluationId, unique],
        )
      : await manager.query(
          `SELECT u.id FROM app_user u WHERE u.id = ANY($2::uuid[]) AND u.active AND (u.global_role = 'admin'
             OR EXISTS (SELECT 1 FROM test_plan_member m WHERE m.plan_id = $1 AND m.user_id = u.id))`,
          [plan.id, unique],
        );
    if (found.length !== unique.length) {
      throw badInput(
        plan.evaluationId
          ? 'Assign testers of this evaluation.'
          : 'Assign people named on this plan, or administrators.',
        [{ field: 'testerIds', problems: ['One of the people may not execute this plan.'] }],
      );
    }
    return unique;
  }

  private async setTesters(manager: EntityManager, runId: string, testerIds: string[]): Promise<void> {
    if (testerIds.length === 0) return;
    await manager.query('INSERT INTO test_run_tester (run_id, user_id) SELECT $1, u FROM unnest($2::uuid[]) AS u', [
      runId,
      testerIds,
    ]);
  }
}

/** A closed run is read-only. */
export function assertRunOpen(run: Pick<TestRunEntity, 'status'>): void {
  if (run.status === 'closed') throw conflict('The test run is closed; it no longer changes.');
}
