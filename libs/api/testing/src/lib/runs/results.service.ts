import {
  badInput,
  conflict,
  EditTarget,
  likePattern,
  notFound,
  RequestActor,
  ResultsRecorded,
  VersionedEdit,
} from '@assay/api/core';
import {
  TestResultEntity,
  TestResultStatus,
  TestRunEntity,
  TestStep as TestStepValue,
  TestStepResult as TestStepResultValue,
} from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TestPageInput } from '../cases/cases.inputs';
import { VersionRow, versionOf } from '../cases/case-rows';
import { TestAccess } from '../plans/test-access.service';
import { RecordTestResultInput, TestResultFilter } from './runs.inputs';
import { assertRunOpen } from './runs.service';
import { TestResult, TestResultPage, TestRun } from './runs.types';

export const TEST_RESULT: EditTarget<TestResultEntity> = {
  entity: TestResultEntity,
  objectType: 'test_result',
  missing: 'The test result',
  describe: () => 'This result',
};
const RESULT_FIELDS = [
  'status',
  'actualResult',
  'stepResults',
  'durationSeconds',
  'caseVersion',
  'testerId',
  'executedAt',
] as const;

interface ResultRow extends VersionRow {
  id: string;
  run_id: string;
  case_id: string;
  key: string;
  number: number;
  current_version: number;
  status: TestResultStatus;
  actual_result: string;
  step_results: TestStepResultValue[];
  tester_id: string | null;
  tester_name: string | null;
  executed_at: Date | null;
  duration_seconds: number | null;
  failure_kind: string | null;
  failure_message: string | null;
  result_version: number;
  version_created_at: Date;
}

const RESULT_QUERY = `SELECT r.id, r.run_id, r.case_id, c.key, c.number, c.current_version, r.status, r.actual_result, r.step_results,
       r.tester_id, u.display_name AS tester_name, r.executed_at, r.duration_seconds, r.failure_kind, r.failure_message,
       r.version AS result_version, v.case_version, v.title, v.preconditions, v.steps, v.priority, v.tags, v.created_at
  FROM test_result r
  JOIN test_case c ON c.id = r.case_id
  JOIN test_case_version v ON v.case_id = r.case_id AND v.case_version = r.case_version
  LEFT JOIN app_user u ON u.id = r.tester_id`;

function resultOf(row: ResultRow): TestResult {
  return Object.assign(new TestResult(), {
    id: row.id,
    runId: row.run_id,
    caseId: row.case_id,
    caseKey: row.key,
    caseNumber: row.number,
    caseVersion: versionOf(row),
    caseCurrentVersion: row.current_version,
    status: row.status,
    actualResult: row.actual_result,
    stepResults: row.step_results,
    tester: row.tester_id ? { id: row.tester_id, displayName: row.tester_name ?? '' } : null,
    executedAt: row.executed_at,
    durationSeconds: row.duration_seconds,
    failureKind: row.failure_kind,
    failureMessage: row.failure_message,
    version: row.result_version,
  });
}

/** A run's results: listed page by page with filters on the server, and recorded by the evaluation's testers. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly testAccess: TestAccess,
    private readonly edit: VersionedEdit,
    private readonly resultsRecorded: ResultsRecorded,
  ) {}

  /** A page of the run's results in case order; filters on the case as the result runs it. */
  async results(
    actor: RequestActor,
    run: TestRun,
    filter: TestResultFilter = {},
    page: TestPageInput = { offset: 0, limit: 100 },
  ): Promise<TestResultPage> {
    await this.testAccess.plan(actor, run.planId, 'read', 'The test run');
    const params: unknown[] = [run.id];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['r.run_id = $1'];
    if (filter.statuses?.length) where.push(`r.status = ANY(${param(filter.statuses)}::text[])`);
    if (filter.tag?.trim()) where.push(`${param(filter.tag.trim())} = ANY(v.tags)`);
    if (filter.priorities?.length) where.push(`v.priority = ANY(${param(filter.priorities)}::text[])`);
    if (filter.requirementId) {
      where.push(
        `EXISTS (SELECT 1 FROM test_case_requirement l WHERE l.case_id = r.case_id AND l.requirement_id = ${param(filter.requirementId)})`,
      );
    }
    if (filter.text?.trim()) {
      const pattern = param(likePattern(filter.text));
      where.push(`(c.key ILIKE ${pattern} OR v.title ILIKE ${pattern})`);
    }
    const conditions = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM test_result r
         JOIN test_case c ON c.id = r.case_id
         JOIN test_case_version v ON v.case_id = r.case_id AND v.case_version = r.case_version
        WHERE ${conditions}`,
      params,
    );
    const rows: ResultRow[] = await this.dataSource.query(
      `${RESULT_QUERY} WHERE ${conditions} ORDER BY c.number LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    );
    return { items: rows.map(resultOf), total };
  }

  /**
   * Records how a case went: testers only, in an open run of an open evaluation, on the version
   * they saw. The result takes the case's current version, so it names the text that was run.
   * A fixed defect linked to the case is retested by it (see ResultsRecorded).
   */
  async record(actor: RequestActor, input: RecordTestResultInput): Promise<TestResult> {
    const existing = await this.dataSource.getRepository(TestResultEntity).findOneBy({ id: input.id });
    if (!existing) throw notFound('The test result');
    const run = await this.dataSource.getRepository(TestRunEntity).findOneByOrFail({ id: existing.runId });
    const plan = await this.testAccess.plan(actor, run.planId, 'execute', 'The test result');
    return this.dataSource.transaction(async (manager) => {
      await this.testAccess.lockForWrite(manager, plan.id, 'The test result');
      const [locked]: { status: TestRunEntity['status'] }[] = await manager.query(
        'SELECT status FROM test_run WHERE id = $1 FOR SHARE',
        [run.id],
      );
      assertRunOpen(locked);
      const row = await this.edit.lockVersion(manager, TEST_RESULT, input.id, input.version);
      const [current]: { current_version: number; steps: TestStepValue[] }[] = await manager.query(
        `SELECT c.current_version, v.steps FROM test_case c
           JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version WHERE c.id = $1`,
        [row.caseId],
      );
      const stepResults = (input.stepResults ?? []).map((step) => ({
        status: step.status,
        actual: step.actual?.trim() ?? '',
      }));
      if (stepResults.length > current.steps.length) {
        throw badInput(`The case has ${current.steps.length} steps; give at most one result for each.`, [
          { field: 'stepResults', problems: ['More step results than steps.'] },
        ]);
      }
      const untested = input.status === 'untested';
      await this.edit.update(
        manager,
        actor,
        TEST_RESULT,
        row,
        {
          status: input.status,
          actualResult: input.actualResult?.trim() ?? '',
          stepResults,
          durationSeconds: input.durationSeconds ?? null,
          caseVersion: current.current_version,
          testerId: untested ? null : actor.id,
          executedAt: untested ? null : new Date(),
        },
        RESULT_FIELDS,
        { action: 'result_recorded', evaluationId: plan.evaluationId },
      );
      // A retest of a fixed defect linked to the case verifies or reopens it, with this write.
      await this.resultsRecorded.recorded(manager, actor, { runId: run.id, caseIds: [row.caseId] });
      return this.load(manager, row.id);
    });
  }

  private async load(manager: EntityManager, id: string): Promise<TestResult> {
    const [row]: ResultRow[] = await manager.query(`${RESULT_QUERY} WHERE r.id = $1`, [id]);
    if (!row) throw conflict('The result changed while it was read; reload.');
    return resultOf(row);
  }
}
