/**
 * The SQL the acceptance verdict and the traceability matrix read their evidence with, in one place,
 * so both see the same latest results and the same linked cases.
 */

import { TestResultStatus } from '@assay/api/data';

/** A row of latestResultsSql with its details. */
export interface LatestResultRow {
  candidate_id: string;
  case_id: string;
  status: TestResultStatus;
  result_id: string;
  run_id: string;
  version: number;
  case_key: string;
}

/**
 * The latest result of each case run against each candidate in the uuid[] parameter `candidates`:
 * the one executed last, else the newest run's (an untested placeholder in a new run does not hide
 * an earlier result). Archived cases no longer count. Columns: candidate_id, case_id, status, and
 * with `details` also result_id, run_id, version and case_key; ordered by candidate and case.
 * `cases`, a uuid[] parameter, keeps only those cases.
 */
export function latestResultsSql(candidates: string, cases?: string, details = false): string {
  const more = details ? ', r.id AS result_id, r.run_id, r.version, c.key AS case_key' : '';
  return `SELECT DISTINCT ON (run.candidate_id, r.case_id) run.candidate_id, r.case_id, r.status${more}
            FROM test_result r
            JOIN test_run run ON run.id = r.run_id
            JOIN test_case c ON c.id = r.case_id
           WHERE run.candidate_id = ANY(${candidates}::uuid[]) AND c.archived_at IS NULL${cases ? ` AND r.case_id = ANY(${cases}::uuid[])` : ''}
           ORDER BY run.candidate_id, r.case_id, r.executed_at DESC NULLS LAST, run.created_at DESC, r.id`;
}

/**
 * Each (requirement, case) link of a case that is not archived, for the requirements selected by
 * `requirements` (a query with an `id` column). Columns: requirement_id, case_id.
 */
export function linkedCasesSql(requirements: string): string {
  return `SELECT l.requirement_id, l.case_id
            FROM test_case_requirement l
            JOIN (${requirements}) req ON req.id = l.requirement_id
            JOIN test_case c ON c.id = l.case_id
           WHERE c.archived_at IS NULL`;
}

/**
 * The latest recorded verification per candidate and requirement (on a tie of time, the later
 * recorded): the one that counts. Columns: candidate_id, requirement_id, outcome, note, recorded_at,
 * recorded_by.
 */
export function latestVerificationsSql(candidates: string): string {
  return `SELECT DISTINCT ON (v.candidate_id, v.requirement_id)
                 v.candidate_id, v.requirement_id, v.outcome, v.note, v.recorded_at, v.recorded_by
            FROM requirement_verification v
           WHERE v.candidate_id = ANY(${candidates}::uuid[])
           ORDER BY v.candidate_id, v.requirement_id, v.recorded_at DESC, v.id DESC`;
}
