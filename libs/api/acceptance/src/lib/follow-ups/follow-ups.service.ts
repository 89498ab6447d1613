import { AccessPolicy, RequestActor } from '@assay/api/core';
import { TestResultStatus } from '@assay/api/data';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFECT_COLUMNS, DEFECT_FROM, defectOf, DefectRow } from '../defects/defects.service';
import { FollowUp, FollowUpCase, FollowUpCount } from './follow-ups.types';

/**
 * The fixed defects whose retest the signed-in person follows up:
 * - in an evaluation still open (not cancelled or decided), those of the evaluations where they
 *   are a lead or a tester (the people who retest), and those they reported as any other member;
 * - of a product in use, those of the products on whose test plan an administrator named them.
 * Administrators follow up what their own memberships give them, not every evaluation.
 * `$1` is the person.
 */
const MINE = `d.status = 'fixed' AND (
    d.evaluation_id IN (
      SELECT m.evaluation_id FROM evaluation_member m JOIN evaluation e ON e.id = m.evaluation_id
       WHERE m.user_id = $1 AND m.role IN ('lead', 'tester') AND e.status NOT IN ('cancelled', 'decided'))
 OR (d.reporter_id = $1 AND d.evaluation_id IN (
      SELECT m.evaluation_id FROM evaluation_member m JOIN evaluation e ON e.id = m.evaluation_id
       WHERE m.user_id = $1 AND e.status NOT IN ('cancelled', 'decided')))
 OR d.product_id IN (
      SELECT tp.product_id FROM test_plan_member pm JOIN test_plan tp ON tp.id = pm.plan_id
       WHERE pm.user_id = $1 AND tp.product_id IS NOT NULL))`;

interface FollowUpRow extends DefectRow {
  evaluation_title: string | null;
  product_name: string | null;
}

interface CaseRow {
  defect_id: string;
  case_id: string;
  case_key: string;
  case_title: string;
  plan_id: string;
  plan_name: string;
  run_id: string | null;
  run_label: string | null;
  result_status: TestResultStatus | null;
}

/**
 * Follow-ups: fixed defects waiting for the retest that verifies them, due 14 days after the fix
 * (`retestDueAt`, set when the defect is marked fixed), overdue once that has passed; each with
 * the linked cases to run again and the open run to run them in. A retest is recorded as any
 * result is; DefectRetests then verifies or reopens the defect.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The signed-in person's follow-ups (see MINE), overdue first, then by due date. */
  async mine(actor: RequestActor): Promise<FollowUp[]> {
    return this.list(MINE, [actor.id]);
  }

  /** How many of the person's follow-ups are due and overdue: one count for the navigation. */
  async myCount(actor: RequestActor): Promise<FollowUpCount> {
    const [row]: { due: number; overdue: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS due, (count(*) FILTER (WHERE d.retest_due_at < now()))::int AS overdue
         FROM defect d WHERE ${MINE}`,
      [actor.id],
    );
    return { due: row?.due ?? 0, overdue: row?.overdue ?? 0 };
  }

  /** The evaluation's fixed defects awaiting their retest; every member reads them. */
  async forEvaluation(actor: RequestActor, evaluationId: string): Promise<FollowUp[]> {
    await this.access.require(actor, evaluationId);
    return this.list(`d.status = 'fixed' AND d.evaluation_id = $1`, [evaluationId]);
  }

  private async list(where: string, params: unknown[]): Promise<FollowUp[]> {
    const rows: FollowUpRow[] = await this.dataSource.query(
      `SELECT ${DEFECT_COLUMNS}, ev.title AS evaluation_title, prod.name AS product_name
         ${DEFECT_FROM}
         LEFT JOIN evaluation ev ON ev.id = d.evaluation_id
         LEFT JOIN product prod ON prod.id = d.product_id
        WHERE ${where}
        ORDER BY coalesce(d.retest_due_at, d.updated_at), d.number`,
      params,
    );
    if (rows.length === 0) return [];
    const cases = await this.cases(rows.map((row) => row.id));
    const now = Date.now();
    return rows.map((row) => {
      // Marking a defect fixed sets its due date; a fixed defect without one is due at once.
      const dueAt = row.retest_due_at ?? row.updated_at;
      return Object.assign(new FollowUp(), {
        defect: defectOf(row),
        evaluationTitle: row.evaluation_title,
        productName: row.product_name,
        dueAt,
        overdue: new Date(dueAt).getTime() < now,
        cases: cases.get(row.id) ?? [],
      });
    });
  }

  /**
   * The cases of the defects' linked results, each once, by key, with the newest open run of its
   * plan that holds the case (on the defect's candidate, when it has one) and its result there.
   */
  private async cases(defectIds: string[]): Promise<Map<string, FollowUpCase[]>> {
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT x.defect_id, x.case_id, c.key AS case_key, cv.title AS case_title, p.id AS plan_id, p.name AS plan_name,
              run.id AS run_id, run.label AS run_label, run.result_status
         FROM (SELECT DISTINCT l.defect_id, r.case_id, d.candidate_id
                 FROM defect_result l
                 JOIN defect d ON d.id = l.defect_id
                 JOIN test_result r ON r.id = l.result_id
                WHERE l.defect_id = ANY($1::uuid[])) x
         JOIN test_case c ON c.id = x.case_id
         JOIN test_case_version cv ON cv.case_id = c.id AND cv.case_version = c.current_version
         JOIN test_plan p ON p.id = c.plan_id
         LEFT JOIN LATERAL (
           SELECT t.id, pr.name || ' ' || pv.name
                    || CASE WHEN t.build_label <> '' THEN ' (build ' || t.build_label || ')' ELSE '' END AS label,
                  rr.status AS result_status
             FROM test_result rr
             JOIN test_run t ON t.id = rr.run_id
             JOIN product_version pv ON pv.id = t.product_version_id
             JOIN product pr ON pr.id = pv.product_id
            WHERE rr.case_id = x.case_id AND t.status = 'open'
              AND (x.candidate_id IS NULL OR t.candidate_id = x.candidate_id)
            ORDER BY t.created_at DESC, t.id
            LIMIT 1) run ON true
        ORDER BY x.defect_id, c.number`,
      [defectIds],
    );
    const byDefect = new Map<string, FollowUpCase[]>();
    for (const row of rows) {
      const item = Object.assign(new FollowUpCase(), {
        caseId: row.case_id,
        caseKey: row.case_key,
        caseTitle: row.case_title,
        planId: row.plan_id,
        planName: row.plan_name,
        runId: row.run_id,
        runLabel: row.run_label,
        resultStatus: row.result_status,
      });
      byDefect.set(row.defect_id, [...(byDefect.get(row.defect_id) ?? []), item]);
    }
    return byDefect;
  }
}
