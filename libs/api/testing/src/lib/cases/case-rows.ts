import { TestPriority, TestStep as TestStepValue } from '@assay/api/data';
import { EntityManager } from 'typeorm';
import { TestCase, TestCaseVersion, TestRequirementSummary } from './cases.types';

/** The columns of a case with the text of its current version (`c` the case, `v` the version). */
export const CASE_COLUMNS = `c.id, c.plan_id, c.key, c.number, c.section, c.automation_name, c.archived_at,
  c.current_version, c.created_at, c.updated_at, c.version, v.title, v.preconditions, v.steps, v.priority, v.tags`;

export interface CaseRow {
  id: string;
  plan_id: string;
  key: string;
  number: number;
  section: string;
  automation_name: string | null;
  archived_at: Date | null;
  current_version: number;
  created_at: Date;
  updated_at: Date;
  version: number;
  title: string;
  preconditions: string;
  steps: TestStepValue[];
  priority: TestPriority;
  tags: string[];
}

export interface VersionRow {
  case_version: number;
  title: string;
  preconditions: string;
  steps: TestStepValue[];
  priority: TestPriority;
  tags: string[];
  created_at: Date;
}

export function caseOf(row: CaseRow, requirements: TestRequirementSummary[]): TestCase {
  return Object.assign(new TestCase(), {
    id: row.id,
    planId: row.plan_id,
    key: row.key,
    number: row.number,
    section: row.section,
    automationName: row.automation_name,
    archivedAt: row.archived_at,
    currentVersion: row.current_version,
    title: row.title,
    preconditions: row.preconditions,
    steps: row.steps,
    priority: row.priority,
    tags: row.tags,
    requirements,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

export function versionOf(row: VersionRow): TestCaseVersion {
  return Object.assign(new TestCaseVersion(), {
    number: row.case_version,
    title: row.title,
    preconditions: row.preconditions,
    steps: row.steps,
    priority: row.priority,
    tags: row.tags,
    createdAt: row.created_at,
  });
}

/** The requirements each case verifies, for a page of cases in one query. */
export async function requirementsOf(
  manager: EntityManager,
  caseIds: string[],
): Promise<Map<string, TestRequirementSummary[]>> {
  const out = new Map<string, TestRequirementSummary[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return out;
  const rows: { case_id: string; id: string; code: string; title: string }[] = await manager.query(
    `SELECT l.case_id, r.id, r.code, r.title FROM test_case_requirement l JOIN requirement r ON r.id = l.requirement_id
      WHERE l.case_id = ANY($1::uuid[]) ORDER BY r.code`,
    [caseIds],
  );
  for (const row of rows) out.get(row.case_id)?.push({ id: row.id, code: row.code, title: row.title });
  return out;
}

/** Cases by id with their current text and requirements, in the order of the ids. */
export async function loadCases(manager: EntityManager, ids: string[]): Promise<TestCase[]> {
  if (ids.length === 0) return [];
  const rows: CaseRow[] = await manager.query(
    `SELECT ${CASE_COLUMNS} FROM test_case c
       JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version
      WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
  const requirements = await requirementsOf(manager, ids);
  const byId = new Map(rows.map((row) => [row.id, caseOf(row, requirements.get(row.id) ?? [])]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
