import { AuditService, RecordedResults, RequestActor, ResultsRecorded, VersionedEdit } from '@assay/api/core';
import { DefectEntity, DefectStatusValue, TestResultStatus } from '@assay/api/data';
import { defectTransition, retestDecision, RetestResult } from '@assay/domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEFECT } from '../defects/defects.service';

/** A recorded result of a case linked to a fixed or verified defect, with the defect and where the run ran. */
interface RetestRow {
  defect_id: string;
  defect_status: DefectStatusValue;
  fixed_in_version: string | null;
  result_id: string;
  result_status: TestResultStatus;
  case_key: string;
  version_name: string;
  build_label: string;
}

/**
 * Retests: a result recorded on a case linked to a fixed defect (through the defect's linked
 * results) is its retest when the run was on the defect's candidate and on the fixing version or
 * a later one. A pass verifies the defect; a failure reopens it (a verified one too) and is
 * linked to it as the reason (`retestDecision` in libs/domain). It happens in the transaction
 * that writes the results, by the person who recorded them, with a history entry naming the result.
 */
@Injectable()
export class DefectRetests implements OnModuleInit {
  constructor(
    private readonly resultsRecorded: ResultsRecorded,
    private readonly edit: VersionedEdit,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.resultsRecorded.register((manager, actor, recorded) => this.retest(manager, actor, recorded));
  }

  async retest(manager: EntityManager, actor: RequestActor, recorded: RecordedResults): Promise<void> {
    // One query for the whole batch: the scope's fixed and verified defects (few, by index), their
    // linked results' cases, and this run's results of those cases; the defects locked for the change.
    const rows: RetestRow[] = await manager.query(
      `SELECT d.id AS defect_id, d.status AS defect_status, d.fixed_in_version, r.id AS result_id,
              r.status AS result_status, c.key AS case_key, pv.name AS version_name, t.build_label
         FROM test_run t
         JOIN test_plan p ON p.id = t.plan_id
         JOIN product_version pv ON pv.id = t.product_version_id
         JOIN defect d ON (d.evaluation_id = p.evaluation_id OR d.product_id = p.product_id)
                      AND d.status IN ('fixed', 'verified')
                      AND (d.candidate_id IS NULL OR t.candidate_id IS NULL OR d.candidate_id = t.candidate_id)
         JOIN defect_result l ON l.defect_id = d.id
         JOIN test_result lr ON lr.id = l.result_id
         JOIN test_result r ON r.run_id = t.id AND r.case_id = lr.case_id
         JOIN test_case c ON c.id = r.case_id
        WHERE t.id = $1 AND r.case_id = ANY($2::uuid[])
        ORDER BY d.number, c.number
          FOR UPDATE OF d`,
      [recorded.runId, [...new Set(recorded.caseIds)]],
    );
    if (rows.length === 0) return;
    const byDefect = new Map<string, RetestRow[]>();
    for (const row of rows) byDefect.set(row.defect_id, [...(byDefect.get(row.defect_id) ?? []), row]);
    for (const [defectId, defectRows] of byDefect) {
      // Each result once (a defect may link two results of one case); the decision names the rows.
      const results = new Map<string, RetestResult<RetestRow>>();
      for (const row of defectRows) {
        results.set(row.result_id, {
          id: row,
          status: row.result_status,
          ranOn: { version: row.version_name, build: row.build_label },
        });
      }
      const [first] = defectRows;
      const decision = retestDecision({ status: first.defect_status, fixedInVersion: first.fixed_in_version }, [
        ...results.values(),
      ]);
      if (!decision) continue;
      const decisive = decision.results;
      await this.apply(manager, actor, defectId, decision.to, decisive);
    }
  }

  private async apply(
    manager: EntityManager,
    actor: RequestActor,
    defectId: string,
    to: DefectStatusValue,
    results: RetestRow[],
  ): Promise<void> {
    const row = await manager.getRepository(DefectEntity).findOneByOrFail({ id: defectId });
    const transition = defectTransition({ from: row.status, to, defectId, now: new Date() });
    if (!transition.ok) return;
    const before = { status: row.status, fixedInVersion: row.fixedInVersion, retestDueAt: row.retestDueAt };
    Object.assign(row, transition.changes);
    await this.edit.save(manager, DEFECT, row);
    const [first] = results;
    const ranOn = first.build_label.trim()
      ? `${first.version_name} (build ${first.build_label.trim()})`
      : first.version_name;
    const keys = [...new Set(results.map((r) => r.case_key))].join(', ');
    const note =
      to === 'verified'
        ? `Verified by the passing retest of ${keys} on ${ranOn}.`
        : `Reopened: the retest of ${keys} failed on ${ranOn}.`;
    if (to === 'open') {
      await manager.query(
        `INSERT INTO defect_result (defect_id, result_id, linked_by)
         SELECT $1, id, $3 FROM unnest($2::uuid[]) AS n(id) ON CONFLICT DO NOTHING`,
        [defectId, results.map((r) => r.result_id), actor.id],
      );
    }
    await this.audit.record(manager, {
      actorId: actor.id,
      objectType: 'defect',
      objectId: defectId,
      action: to === 'verified' ? 'retest_passed' : 'retest_failed',
      evaluationId: row.evaluationId,
      before,
      after: {
        status: row.status,
        fixedInVersion: row.fixedInVersion,
        retestDueAt: row.retestDueAt,
        resultId: first.result_id,
        note,
      },
    });
  }
}
