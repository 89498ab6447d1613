import { AccessPolicy, DEFAULT_PAGE, notFound, PageInput, RequestActor } from '@assay/api/core';
import { RequirementPriority } from '@assay/api/data';
import {
  TestResultStatus,
  TRACEABILITY_STATUS_LABELS,
  TRACEABILITY_STATUSES,
  TraceabilityStatus,
  traceabilityStatus,
  VERIFICATION_METHOD_LABELS,
  VerificationMethod,
  VerificationOutcome,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { latestResultsSql, latestVerificationsSql, linkedCasesSql } from '../evidence/evidence.sql';
import { TraceabilityFilter } from './traceability.inputs';
import {
  Traceability,
  TraceabilityCandidate,
  TraceabilityCase,
  TraceabilityCell,
  TraceabilityRow,
} from './traceability.types';

/** One requirement × candidate, as the aggregate query returns it. */
interface CellRow {
  requirement_id: string;
  verification_method: VerificationMethod;
  /** Null only when the evaluation has no candidate to show. */
  candidate_id: string | null;
  cases: number;
  passed: number;
  failed: number;
  blocked: number;
  outcome: VerificationOutcome | null;
  note: string | null;
  recorded_at: Date | null;
  recorded_by_name: string | null;
}

interface DetailRow {
  id: string;
  code: string;
  title: string;
  department_name: string;
  priority: RequirementPriority;
  mandatory: boolean;
  verification_method: VerificationMethod;
  cases: { caseId: string; key: string; title: string }[];
}

/**
 * The traceability matrix: each approved requirement of an evaluation × each candidate, from the
 * latest result of every linked case (or, for requirements not verified by test, the latest
 * recorded verification), judged by the same rule as the acceptance verdict (traceabilityStatus
 * over evidenceState). The counts are aggregated in the database for every requirement of the
 * filter in one statement; the page's details take two more, whatever the page's size. Any member
 * of the evaluation reads it; someone else is told the evaluation was not found.
 */
@Injectable()
export class TraceabilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async matrix(
    actor: RequestActor,
    evaluationId: string,
    filter: TraceabilityFilter = {},
    page: PageInput = DEFAULT_PAGE,
  ): Promise<Traceability> {
    await this.access.require(actor, evaluationId);
    const candidates = await this.candidates(evaluationId, filter.candidateId);
    const ids = candidates.map((c) => c.id);
    const byRequirement = await this.cells(evaluationId, ids, filter);

    const counts = new Map<TraceabilityStatus, number>(TRACEABILITY_STATUSES.map((s) => [s, 0]));
    for (const cells of byRequirement.values()) {
      for (const cell of cells) counts.set(cell.status, (counts.get(cell.status) ?? 0) + 1);
    }
    const wanted = filter.statuses?.length ? new Set(filter.statuses) : null;
    const matching = [...byRequirement.entries()].filter(
      ([, cells]) => !wanted || cells.some((cell) => wanted.has(cell.status)),
    );
    const shown = matching.slice(page.offset, page.offset + page.limit);
    const rows = await this.rows(
      ids,
      shown.map(([id]) => id),
      new Map(shown),
    );
    return {
      candidates,
      rows,
      total: matching.length,
      totals: TRACEABILITY_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    };
  }

  /** Every row of the filter as a workbook: the matrix, and each linked case's latest result. */
  async workbook(
    actor: RequestActor,
    evaluationId: string,
    filter: TraceabilityFilter,
  ): Promise<{ bytes: Buffer; fileName: string }> {
    const matrix = await this.matrix(actor, evaluationId, filter, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    const workbook = new Workbook();
    workbook.creator = 'Assay';
    workbook.created = new Date();
    const names = matrix.candidates.map((c) => c.name);

    const sheet = workbook.addWorksheet('Traceability', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    sheet.columns = [
      { header: 'Code', width: 14 },
      { header: 'Requirement', width: 44 },
      { header: 'Department', width: 18 },
      { header: 'Priority', width: 10 },
      { header: 'Mandatory', width: 11 },
      { header: 'Verification method', width: 26 },
      { header: 'Linked cases', width: 13 },
      ...names.map((name) => ({ header: name, width: 30 })),
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of matrix.rows) {
      sheet.addRow([
        row.code,
        row.title,
        row.departmentName,
        row.priority,
        row.mandatory ? 'yes' : 'no',
        VERIFICATION_METHOD_LABELS[row.verificationMethod],
        row.cases.length,
        ...row.cells.map((cell) => cellText(row.verificationMethod, cell)),
      ]);
    }

    const cases = workbook.addWorksheet('Cases', { views: [{ state: 'frozen', ySplit: 1 }] });
    cases.columns = [
      { header: 'Requirement', width: 14 },
      { header: 'Case', width: 14 },
      { header: 'Title', width: 44 },
      ...names.map((name) => ({ header: name, width: 18 })),
    ];
    cases.getRow(1).font = { bold: true };
    for (const row of matrix.rows) {
      for (const linked of row.cases) {
        cases.addRow([
          row.code,
          linked.key,
          linked.title,
          ...linked.results.map((r) => (r.status === null ? 'no result' : r.status)),
        ]);
      }
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    return { bytes, fileName: `traceability-${new Date().toISOString().slice(0, 10)}.xlsx` };
  }

  /** The columns: the candidate asked for (of this evaluation), else every one not eliminated, by name. */
  private async candidates(evaluationId: string, candidateId?: string): Promise<TraceabilityCandidate[]> {
    const rows: TraceabilityCandidate[] = await this.dataSource.query(
      `SELECT c.id, p.name || ' ' || v.name AS name
         FROM candidate c
         JOIN product_version v ON v.id = c.product_version_id
         JOIN product p ON p.id = v.product_id
        WHERE c.evaluation_id = $1 AND ${candidateId ? 'c.id = $2' : `c.state <> 'eliminated'`}
        ORDER BY lower(p.name), lower(v.name), c.id`,
      candidateId ? [evaluationId, candidateId] : [evaluationId],
    );
    if (candidateId && rows.length === 0) throw notFound('The candidate');
    return rows;
  }

  /** Every requirement of the filter (by code) with its cell per candidate, in the candidates' order. */
  private async cells(
    evaluationId: string,
    candidateIds: string[],
    filter: TraceabilityFilter,
  ): Promise<Map<string, TraceabilityCell[]>> {
    const params: unknown[] = [evaluationId, candidateIds];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`q.evaluation_id = $1`, `q.status = 'approved'`];
    if (filter.departmentIds?.length) where.push(`q.department_id = ANY(${param(filter.departmentIds)}::uuid[])`);
    if (filter.priorities?.length) where.push(`q.priority = ANY(${param(filter.priorities)}::text[])`);
    const rows: CellRow[] = await this.dataSource.query(
      `WITH req AS (
         SELECT q.id, q.code, q.verification_method FROM requirement q WHERE ${where.join(' AND ')}
       ),
       cand AS (SELECT id, ordinality FROM unnest($2::uuid[]) WITH ORDINALITY AS cand(id, ordinality)),
       latest AS (${latestResultsSql('$2')}),
       counts AS (
         SELECT l.requirement_id, cand.id AS candidate_id, count(*)::int AS cases,
                (count(*) FILTER (WHERE latest.status = 'passed'))::int AS passed,
                (count(*) FILTER (WHERE latest.status = 'failed'))::int AS failed,
                (count(*) FILTER (WHERE latest.status = 'blocked'))::int AS blocked
           FROM (${linkedCasesSql('SELECT id FROM req')}) l
          CROSS JOIN cand
           LEFT JOIN latest ON latest.candidate_id = cand.id AND latest.case_id = l.case_id
          GROUP BY l.requirement_id, cand.id
       ),
       verification AS (${latestVerificationsSql('$2')})
       SELECT req.id AS requirement_id, req.verification_method, cand.id AS candidate_id,
              coalesce(counts.cases, 0) AS cases, coalesce(counts.passed, 0) AS passed,
              coalesce(counts.failed, 0) AS failed, coalesce(counts.blocked, 0) AS blocked,
              v.outcome, v.note, v.recorded_at, u.display_name AS recorded_by_name
         FROM req LEFT JOIN cand ON true
         LEFT JOIN counts ON counts.requirement_id = req.id AND counts.candidate_id = cand.id
         LEFT JOIN verification v
           ON v.requirement_id = req.id AND v.candidate_id = cand.id AND req.verification_method <> 'test'
         LEFT JOIN app_user u ON u.id = v.recorded_by
        ORDER BY req.code, req.id, cand.ordinality`,
      params,
    );
    const byRequirement = new Map<string, TraceabilityCell[]>();
    for (const row of rows) {
      if (row.candidate_id === null) {
        byRequirement.set(row.requirement_id, []);
        continue;
      }
      const counts = { cases: row.cases, passed: row.passed, failed: row.failed, blocked: row.blocked };
      const cell: TraceabilityCell = {
        candidateId: row.candidate_id,
        status: traceabilityStatus(row.verification_method, counts, row.outcome),
        ...counts,
        notRun: row.cases - row.passed - row.failed - row.blocked,
        verification: row.outcome
          ? {
              outcome: row.outcome,
              note: row.note ?? '',
              recordedByName: row.recorded_by_name,
              recordedAt: row.recorded_at as Date,
            }
          : null,
      };
      const cells = byRequirement.get(row.requirement_id);
      if (cells) cells.push(cell);
      else byRequirement.set(row.requirement_id, [cell]);
    }
    return byRequirement;
  }

  /** The page's requirements with their linked cases and each case's latest result per candidate. */
  private async rows(
    candidateIds: string[],
    requirementIds: string[],
    cells: Map<string, TraceabilityCell[]>,
  ): Promise<TraceabilityRow[]> {
    if (requirementIds.length === 0) return [];
    const details: DetailRow[] = await this.dataSource.query(
      `SELECT q.id, q.code, q.title, d.name AS department_name, q.priority, q.mandatory, q.verification_method,
              coalesce((SELECT json_agg(json_build_object('caseId', c.id, 'key', c.key, 'title', cv.title) ORDER BY c.key, c.id)
                          FROM test_case_requirement l
                          JOIN test_case c ON c.id = l.case_id AND c.archived_at IS NULL
                          JOIN test_case_version cv ON cv.case_id = c.id AND cv.case_version = c.current_version
                         WHERE l.requirement_id = q.id), '[]'::json) AS cases
         FROM requirement q JOIN department d ON d.id = q.department_id
        WHERE q.id = ANY($1::uuid[])`,
      [requirementIds],
    );
    const caseIds = [...new Set(details.flatMap((d) => d.cases.map((c) => c.caseId)))];
    const results: { candidate_id: string; case_id: string; status: TestResultStatus }[] =
      caseIds.length && candidateIds.length
        ? await this.dataSource.query(latestResultsSql('$1', '$2'), [candidateIds, caseIds])
        : [];
    const statusOf = new Map(results.map((r) => [`${r.candidate_id}:${r.case_id}`, r.status]));
    const byId = new Map(details.map((d) => [d.id, d]));
    return requirementIds.map((id) => {
      const detail = byId.get(id) as DetailRow;
      const cases: TraceabilityCase[] = detail.cases.map((c) => ({
        caseId: c.caseId,
        key: c.key,
        title: c.title,
        results: candidateIds.map((candidateId) => ({
          candidateId,
          status: statusOf.get(`${candidateId}:${c.caseId}`) ?? null,
        })),
      }));
      return {
        requirementId: id,
        code: detail.code,
        title: detail.title,
        departmentName: detail.department_name,
        priority: detail.priority,
        mandatory: detail.mandatory,
        verificationMethod: detail.verification_method,
        cells: cells.get(id) ?? [],
        cases,
      };
    });
  }
}

/** A cell in words: how many linked cases passed for a tested requirement, who verified it and when for the others. */
function cellText(method: VerificationMethod, cell: TraceabilityCell): string {
  const label = TRACEABILITY_STATUS_LABELS[cell.status];
  const v = cell.verification;
  if (method !== 'test') {
    if (!v) return label;
    const when = new Date(v.recordedAt).toISOString().slice(0, 10);
    return [label, v.recordedByName ?? 'someone', when, v.note].filter(Boolean).join(' · ');
  }
  return cell.cases ? `${label} (${cell.passed}/${cell.cases} passed)` : label;
}
