import {
  AppConfig,
  AuditService,
  badInput,
  notFound,
  RequestActor,
  ResultsRecorded,
  uploadTooLarge,
} from '@assay/api/core';
import { TestPlanEntity, TestRunEntity } from '@assay/api/data';
import { testCaseKey } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TestAccess } from '../plans/test-access.service';
import { assertRunOpen } from '../runs/runs.service';
import { automationNameOf, bounded, ImportedResult, matchTests, PlanCase, resultOf } from './junit-match';
import { JUnitCase, parseJUnit } from './junit-parser';

/** A file as the upload endpoint receives it (multer, memory storage). Its name and type are never used. */
export interface JUnitUpload {
  buffer: Buffer;
  size: number;
}

/** What an import answers: counts over the file's tests, and the names of those that matched no case. */
export interface JUnitImportSummary {
  /** Test cases in the file. */
  total: number;
  passed: number;
  /** `<failure>` and `<error>` both. */
  failed: number;
  skipped: number;
  /** Tests that matched a case of the plan. */
  matched: number;
  /** Cases created for tests that matched none (only with createMissing). */
  created: number;
  /** Names of the tests that matched no case and were not written. */
  unmatched: string[];
}

/** The section cases created by an import go into. */
export const IMPORTED_SECTION = 'Imported';
/** Case titles are the test's name, cut to this length. */
const MAX_TITLE = 500;
/** Rows per statement: large enough that a 10,000-test file takes a few statements, small enough for any server's parameter limits. */
const BATCH = 5000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Results from any CI: a JUnit XML report imported into a test run. Each test of the file is matched
 * to a case of the run's plan (see `matchTests`) and its outcome written as that case's result in
 * the run; tests that match nothing are listed, and with `createMissing` become new cases in the
 * plan's "Imported" section (matched by their classname and name from then on). The whole file is
 * written in one transaction or not at all, and recorded in the run's history as one event; the
 * fixed defects linked to its cases are retested by it in the same transaction (ResultsRecorded).
 * Importing the same file again updates the same results.
 */
@Injectable()
export class JUnitImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly testAccess: TestAccess,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly resultsRecorded: ResultsRecorded,
  ) {}

  /**
   * Refuses, before the upload is read, someone who may not import into the run, or a closed run:
   * testers and leads of the evaluation (administrators as leads), or for a product's plan the
   * people named on it and administrators. Others are told the run was not found.
   */
  async assertMayImport(actor: RequestActor, runId: string): Promise<TestRunEntity> {
    if (!UUID.test(runId)) throw badInput('That is not a test run id.');
    const run = await this.dataSource.getRepository(TestRunEntity).findOneBy({ id: runId });
    if (!run) throw notFound('The test run');
    await this.testAccess.plan(actor, run.planId, 'write', 'The test run');
    assertRunOpen(run);
    return run;
  }

  async import(
    actor: RequestActor,
    runId: string,
    file: JUnitUpload | undefined,
    createMissing: boolean,
  ): Promise<JUnitImportSummary> {
    const run = await this.assertMayImport(actor, runId);
    if (!file)
      throw badInput('Attach the JUnit XML report as the multipart field "file".', [
        { field: 'file', problems: ['Required.'] },
      ]);
    if (file.size > this.config.maxUploadBytes) throw this.tooLarge();
    const { cases: tests } = await parseJUnit(file.buffer);

    return this.dataSource.transaction(async (manager) => {
      const plan = await this.testAccess.lockForWrite(manager, run.planId, 'The test run');
      const [locked]: Pick<TestRunEntity, 'status'>[] = await manager.query(
        'SELECT status FROM test_run WHERE id = $1 FOR UPDATE',
        [run.id],
      );
      if (!locked) throw notFound('The test run');
      assertRunOpen(locked);

      const { planCases, withResult } = await this.planCases(manager, plan.id, run.id);
      const matching = matchTests(tests, planCases);
      const results = [...matching.results];
      let unmatched = matching.unmatched.map(({ test }) => test);
      const createdKeys: string[] = [];
      if (createMissing) {
        const creatable = matching.unmatched.filter((u) => !u.archivedKey).map((u) => u.test);
        const created = await this.createCases(manager, actor, plan, creatable);
        for (const { planCase, tests: covered } of created) {
          createdKeys.push(planCase.key);
          results.push(resultOf(planCase, covered));
        }
        unmatched = matching.unmatched.filter((u) => u.archivedKey).map((u) => u.test);
      }
      await this.writeResults(manager, actor, run.id, results, withResult);
      // Fixed defects linked to the cases are retested by the file, in the same transaction.
      await this.resultsRecorded.recorded(manager, actor, { runId: run.id, caseIds: results.map((r) => r.caseId) });

      const summary: JUnitImportSummary = {
        total: tests.length,
        passed: tests.filter((test) => test.status === 'passed').length,
        failed: tests.filter((test) => test.status === 'failed').length,
        skipped: tests.filter((test) => test.status === 'skipped').length,
        matched: matching.matched,
        created: createdKeys.length,
        unmatched: unmatched.map((test) => test.name || test.classname),
      };
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'test_run',
        objectId: run.id,
        action: 'results_imported',
        evaluationId: plan.evaluationId,
        after: {
          format: 'JUnit XML',
          total: summary.total,
          passed: summary.passed,
          failed: summary.failed,
          skipped: summary.skipped,
          matched: summary.matched,
          unmatched: summary.unmatched.length,
          resultsWritten: results.length,
          createdCases: createdKeys,
        },
      });
      return summary;
    });
  }

  /** The error for a file over ASSAY_MAX_UPLOAD_MB, answered with HTTP 413. */
  tooLarge() {
    return uploadTooLarge(this.config);
  }

  /**
   * The plan's cases, and which of them already have a result in the run. The rows come back as one
   * JSON array: decoding 10,000 rows one by one costs more than the query itself.
   */
  private async planCases(
    manager: EntityManager,
    planId: string,
    runId: string,
  ): Promise<{ planCases: PlanCase[]; withResult: Set<string> }> {
    const [{ rows }]: { rows: string | null }[] = await manager.query(
      `SELECT json_agg(json_build_array(c.id, c.key, c.automation_name, c.current_version,
                                        c.archived_at IS NOT NULL, r.case_id IS NOT NULL))::text AS rows
         FROM test_case c LEFT JOIN test_result r ON r.run_id = $2 AND r.case_id = c.id
        WHERE c.plan_id = $1`,
      [planId, runId],
    );
    const planCases: PlanCase[] = [];
    const withResult = new Set<string>();
    const parsed = JSON.parse(rows ?? '[]') as [string, string, string | null, number, boolean, boolean][];
    for (const [id, key, automationName, currentVersion, archived, hasResult] of parsed) {
      planCases.push({ id, key, automationName, currentVersion, archived });
      if (hasResult) withResult.add(id);
    }
    return { planCases, withResult };
  }

  /**
   * One new case per distinct "classname name" among the tests, in file order, numbered under the
   * plan's lock (taken by the caller) like every other new case.
   */
  private async createCases(
    manager: EntityManager,
    actor: RequestActor,
    plan: TestPlanEntity,
    tests: JUnitCase[],
  ): Promise<{ planCase: PlanCase; tests: JUnitCase[] }[]> {
    const groups = new Map<string, JUnitCase[]>();
    for (const test of tests) {
      const name = automationNameOf(test);
      const group = groups.get(name);
      if (group) group.push(test);
      else groups.set(name, [test]);
    }
    if (groups.size === 0) return [];
    // The plan is locked (by the caller): numbers are taken as for every other new case.
    const first = plan.nextCaseNumber;
    await manager.query('UPDATE test_plan SET next_case_number = $2 WHERE id = $1', [plan.id, first + groups.size]);
    plan.nextCaseNumber = first + groups.size;
    const created = [...groups].map(([automationName, covered], i) => ({
      planCase: {
        id: randomUUID(),
        key: testCaseKey(plan.keyPrefix, first + i),
        automationName,
        currentVersion: 1,
        archived: false,
      },
      number: first + i,
      title: titleOf(covered[0]),
      tests: covered,
    }));
    for (let at = 0; at < created.length; at += BATCH) {
      const batch = created.slice(at, at + BATCH);
      await manager.query(
        `INSERT INTO test_case (id, plan_id, number, key, section, automation_name, created_by)
         SELECT n.id, $1, n.number, n.key, $2, n.automation_name, $3
           FROM unnest($4::uuid[], $5::int[], $6::text[], $7::text[]) AS n(id, number, key, automation_name)`,
        [
          plan.id,
          IMPORTED_SECTION,
          actor.id,
          batch.map((c) => c.planCase.id),
          batch.map((c) => c.number),
          batch.map((c) => c.planCase.key),
          batch.map((c) => c.planCase.automationName),
        ],
      );
      await manager.query(
        `INSERT INTO test_case_version (case_id, case_version, title, created_by)
         SELECT n.id, 1, n.title, $1 FROM unnest($2::uuid[], $3::text[]) AS n(id, title)`,
        [actor.id, batch.map((c) => c.planCase.id), batch.map((c) => c.title)],
      );
    }
    return created;
  }

  /**
   * One result per case: the run's existing results updated and the others inserted, a few thousand
   * rows per statement. An updated result's version goes up, so someone editing it with the version
   * they saw before the import is told it changed. (Updating known rows is cheaper than an insert
   * that falls back to an update on each conflict.)
   */
  private async writeResults(
    manager: EntityManager,
    actor: RequestActor,
    runId: string,
    results: ImportedResult[],
    withResult: Set<string>,
  ): Promise<void> {
    const updates = results.filter((r) => withResult.has(r.caseId));
    const inserts = results.filter((r) => !withResult.has(r.caseId));
    const columns = (batch: ImportedResult[]) => [
      batch.map((r) => r.caseId),
      batch.map((r) => r.caseVersion),
      batch.map((r) => r.status),
      batch.map((r) => r.actualResult),
      batch.map((r) => r.durationSeconds),
      batch.map((r) => r.failureKind),
      batch.map((r) => r.failureMessage),
      batch.map((r) => r.failureOutput),
    ];
    const rows = `unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[])
      AS n(case_id, case_version, status, actual_result, duration_seconds, failure_kind, failure_message, failure_output)`;
    for (let at = 0; at < updates.length; at += BATCH) {
      await manager.query(
        `UPDATE test_result r SET
           case_version = n.case_version,
           status = n.status,
           actual_result = n.actual_result,
           step_results = '[]',
           tester_id = $2,
           executed_at = now(),
           duration_seconds = n.duration_seconds,
           failure_kind = n.failure_kind,
           failure_message = n.failure_message,
           failure_output = n.failure_output,
           updated_at = now(),
           version = r.version + 1
         FROM ${rows}
         WHERE r.run_id = $1 AND r.case_id = n.case_id`,
        [runId, actor.id, ...columns(updates.slice(at, at + BATCH))],
      );
    }
    for (let at = 0; at < inserts.length; at += BATCH) {
      await manager.query(
        `INSERT INTO test_result (run_id, case_id, case_version, status, actual_result, tester_id, executed_at,
                                  duration_seconds, failure_kind, failure_message, failure_output)
         SELECT $1, n.case_id, n.case_version, n.status, n.actual_result, $2, now(),
                n.duration_seconds, n.failure_kind, n.failure_message, n.failure_output
           FROM ${rows}`,
        [runId, actor.id, ...columns(inserts.slice(at, at + BATCH))],
      );
    }
  }
}

/** A created case's title: the test's name without the runner's punctuation, or its classname. */
function titleOf(test: JUnitCase): string {
  const title = bounded(test.name || test.classname)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE);
  return title || 'Imported test';
}
