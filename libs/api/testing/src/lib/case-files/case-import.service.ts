import {
  badInput,
  conflict,
  neutraliseFormula,
  RequestActor,
  sanitiseFileName,
  spreadsheetText,
  TextEncoding,
} from '@assay/api/core';
import { TestCaseEntity, TestPlanEntity } from '@assay/api/data';
import {
  CASE_FILE_COLUMNS,
  CASE_FILE_FIELD_LABELS,
  CASE_PRIORITY_LABELS,
  CaseColumnMapping,
  CaseFileCase,
  CaseFileField,
  CasePriority,
  mapCaseColumns,
  readCaseRows,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { DataSource, EntityManager } from 'typeorm';
import { CASE_COLUMNS, CaseRow, requirementsOf } from '../cases/case-rows';
import { CasesService } from '../cases/cases.service';
import { TestAccess } from '../plans/test-access.service';
import { CaseSheet, readCaseSheet } from './case-file';

export type CaseImportOutcome = 'created' | 'updated' | 'new_version' | 'unchanged';

export interface CaseImportProblem {
  /** Line in the file as a spreadsheet shows it (the header is line 1). */
  line: number;
  field: CaseFileField | null;
  /** The file's own header for the field, when it has that column. */
  column: string | null;
  message: string;
}

export interface CaseImportResult {
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncoding | null;
  columns: CaseColumnMapping[];
  rowCount: number;
  problems: CaseImportProblem[];
  /** Each case of the file with what the import does (or would do) to it; empty when there are problems. */
  cases: { line: number; key: string; title: string; outcome: CaseImportOutcome }[];
  created: number;
  /** Cases changed in place plus cases given a new version. */
  updated: number;
  /** Of the updated cases, those whose current version had results, so the change starts a new version. */
  newVersions: number;
  unchanged: number;
  applied: boolean;
}

/** Thrown inside a preview's transaction to undo the writes it made to learn their outcome. */
class PreviewRollback extends Error {
  constructor(readonly result: CaseImportResult) {
    super('preview');
  }
}

/**
 * Test cases from CSV or XLSX, one row per step with the case's fields on its first row, and the
 * plan's cases exported in the same shape. A row whose Key is a case of the plan updates it
 * (through the cases' own edit, so a case that has results gets a new version); a row without a
 * Key, or with one the plan does not have, adds a case under the plan's next key — a file's own
 * keys (another tool's ids) are never taken over, so keys stay numbered by the plan. Everything is
 * written in one transaction, or nothing when any line has a problem. The preview runs the same
 * writes and rolls them back, so what it announces is exactly what applying would do.
 */
@Injectable()
export class CaseImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly testAccess: TestAccess,
    private readonly cases: CasesService,
  ) {}

  /** Refuses someone who may not change the plan's cases: checked before the upload is read, and again with it. */
  async assertMayImport(actor: RequestActor, planId: string): Promise<void> {
    await this.testAccess.plan(actor, planId, 'write');
  }

  async import(actor: RequestActor, planId: string, bytes: Buffer, apply: boolean): Promise<CaseImportResult> {
    await this.assertMayImport(actor, planId);
    const sheet = await readCaseSheet(bytes);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const plan = await this.testAccess.lockForWrite(manager, planId);
        const result = await this.run(manager, actor, plan, sheet);
        if (!apply || result.problems.length > 0) throw new PreviewRollback(result);
        return { ...result, applied: true };
      });
    } catch (error) {
      if (error instanceof PreviewRollback) return error.result;
      throw error;
    }
  }

  private async run(
    manager: EntityManager,
    actor: RequestActor,
    plan: TestPlanEntity,
    sheet: CaseSheet,
  ): Promise<CaseImportResult> {
    const mapping = mapCaseColumns(sheet.headers);
    const result: CaseImportResult = {
      encoding: sheet.encoding,
      columns: mapping.columns,
      rowCount: sheet.rows.length,
      problems: [],
      cases: [],
      created: 0,
      updated: 0,
      newVersions: 0,
      unchanged: 0,
      applied: false,
    };
    if (mapping.problems.length > 0) {
      result.problems = mapping.problems.map((message) => ({ line: 1, field: null, column: null, message }));
      return result;
    }
    const headerOf = new Map<CaseFileField, string>();
    for (const column of mapping.columns) if (column.field) headerOf.set(column.field, column.header);
    const requirementIds = new Map<string, string>();
    if (plan.evaluationId) {
      const rows: { id: string; code: string }[] = await manager.query(
        'SELECT id, code FROM requirement WHERE evaluation_id = $1',
        [plan.evaluationId],
      );
      for (const row of rows) requirementIds.set(row.code.toUpperCase(), row.id);
    }
    const read = readCaseRows(
      sheet.rows.map(({ line, cells }) => {
        const byField: Partial<Record<CaseFileField, string>> = {};
        for (const column of mapping.columns) if (column.field) byField[column.field] = cells[column.index] ?? '';
        return { line, cells: byField };
      }),
      { requirementCodes: plan.evaluationId ? new Set(requirementIds.keys()) : null },
    );
    const problems: CaseImportProblem[] = read.problems.map((problem) => ({
      ...problem,
      column: problem.field ? (headerOf.get(problem.field) ?? CASE_FILE_FIELD_LABELS[problem.field]) : null,
    }));
    const existing = new Map(
      (await manager.getRepository(TestCaseEntity).findBy({ planId: plan.id })).map((row) => [row.key, row]),
    );
    for (const item of read.cases) {
      const row = item.key ? existing.get(item.key) : undefined;
      if (row?.archivedAt)
        problems.push({
          line: item.line,
          field: 'key',
          column: headerOf.get('key') ?? null,
          message: `Test case ${row.key} is archived; restore it or leave its rows out.`,
        });
    }
    if (problems.length > 0) {
      result.problems = problems.sort((a, b) => a.line - b.line);
      return result;
    }

    // Absent columns leave an existing case's field as it is (a TestRail file without automation names, say).
    const has = (field: CaseFileField) => headerOf.has(field);
    const fields = (item: CaseFileCase) => ({
      title: item.title,
      section: has('section') ? item.section : undefined,
      preconditions: has('preconditions') ? item.preconditions : undefined,
      priority: item.priority,
      tags: has('tags') ? item.tags : undefined,
      requirementIds: has('requirements')
        ? item.requirements.flatMap((code) => requirementIds.get(code) ?? [])
        : undefined,
      automationName: has('automationName') ? item.automationName : undefined,
      steps: has('action') ? item.steps : undefined,
    });
    for (const item of read.cases) {
      const row = item.key ? existing.get(item.key) : undefined;
      let outcome: CaseImportOutcome;
      let key: string;
      if (row) {
        const locked = await manager
          .getRepository(TestCaseEntity)
          .findOne({ where: { id: row.id }, lock: { mode: 'pessimistic_write' } });
        if (!locked) throw conflict(`Test case ${row.key} was deleted meanwhile; import the file again.`);
        outcome = await this.cases.updateIn(manager, actor, plan, locked, fields(item));
        key = row.key;
      } else {
        const id = await this.cases.createIn(manager, actor, plan, fields(item));
        key = (await manager.getRepository(TestCaseEntity).findOneByOrFail({ id })).key;
        outcome = 'created';
      }
      result.cases.push({ line: item.line, key, title: item.title, outcome });
      if (outcome === 'created') result.created++;
      else if (outcome === 'unchanged') result.unchanged++;
      else result.updated++;
      if (outcome === 'new_version') result.newVersions++;
    }
    return result;
  }

  // ---- export ----------------------------------------------------------------------------

  /** The plan's cases (not archived) in the import's own columns, so that a round trip changes nothing. */
  async exportRows(actor: RequestActor, planId: string): Promise<{ name: string; rows: string[][] }> {
    const plan = await this.testAccess.plan(actor, planId, 'read');
    const cases: CaseRow[] = await this.dataSource.query(
      `SELECT ${CASE_COLUMNS} FROM test_case c
         JOIN test_case_version v ON v.case_id = c.id AND v.case_version = c.current_version
        WHERE c.plan_id = $1 AND c.archived_at IS NULL ORDER BY c.number`,
      [planId],
    );
    const requirements = await requirementsOf(
      this.dataSource.manager,
      cases.map((row) => row.id),
    );
    const rows: string[][] = [CASE_FILE_COLUMNS.map((column) => column.header)];
    for (const row of cases) {
      const steps = row.steps.length > 0 ? row.steps : [null];
      steps.forEach((step, index) => {
        // The case's fields on its first row only; further rows carry a step each.
        const byField: Record<CaseFileField, string> = {
          key: index === 0 ? row.key : '',
          title: index === 0 ? row.title : '',
          section: index === 0 ? row.section : '',
          preconditions: index === 0 ? row.preconditions : '',
          priority: index === 0 ? CASE_PRIORITY_LABELS[row.priority as CasePriority] : '',
          tags: index === 0 ? row.tags.join(', ') : '',
          requirements: index === 0 ? (requirements.get(row.id) ?? []).map((r) => r.code).join(', ') : '',
          automationName: index === 0 ? (row.automation_name ?? '') : '',
          step: step ? String(index + 1) : '',
          action: step?.action ?? '',
          expected: step?.expected ?? '',
        };
        rows.push(CASE_FILE_COLUMNS.map((column) => byField[column.field]));
      });
    }
    return { name: plan.name, rows };
  }

  /** "Circulation acceptance-cases" from the plan's name: no path, control or quoting characters. */
  fileName(planName: string, extension: 'csv' | 'xlsx'): string {
    const base = sanitiseFileName(planName.replace(/[/\\<>:"|?*]/g, '_')).slice(0, 150);
    return `${base}-cases.${extension}`;
  }

  async exportCsv(actor: RequestActor, planId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const { name, rows } = await this.exportRows(actor, planId);
    const text = stringify(rows.map((row, index) => (index === 0 ? row : row.map(neutraliseFormula))));
    return { fileName: this.fileName(name, 'csv'), bytes: Buffer.from(`\ufeff${text}`, 'utf8') };
  }

  async exportXlsx(actor: RequestActor, planId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const { name, rows } = await this.exportRows(actor, planId);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Test cases', { views: [{ state: 'frozen', ySplit: 1 }] });
    const wide = new Set(['Title', 'Preconditions', 'Action', 'Expected result']);
    sheet.columns = rows[0].map((header) => ({ header, width: wide.has(header) ? 48 : header === 'Step' ? 6 : 16 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows.slice(1)) sheet.addRow(row.map(spreadsheetText));
    return { fileName: this.fileName(name, 'xlsx'), bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }

  /** Checks the query's words before anything is read. */
  static mode(value: string | undefined): boolean {
    if (value === 'preview') return false;
    if (value === 'apply') return true;
    throw badInput('Say mode=preview (check the file, write nothing) or mode=apply (import it).', [
      { field: 'mode', problems: ['preview or apply.'] },
    ]);
  }
}
