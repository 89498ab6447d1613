import { HttpClient } from '@angular/common/http';
import { CASE_FILE_COLUMNS, CASE_FILE_FIELD_LABELS, CaseColumnMapping, CaseFileField } from '@assay/domain';
import { spreadsheetImportCalls } from '@assay/web/core';
import { SpreadsheetImport } from '@assay/web/ui/spreadsheet-import';

export type CaseImportOutcome = 'created' | 'updated' | 'new_version' | 'unchanged';

/** A case of the file and what the import does to it. */
export interface CaseImportRow {
  line: number;
  key: string;
  title: string;
  outcome: CaseImportOutcome;
}

/** The import endpoint's answer (POST /api/test-plans/:planId/cases/import). */
export interface CaseImportResult {
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: string | null;
  columns: CaseColumnMapping[];
  rowCount: number;
  problems: { line: number; field: CaseFileField | null; column: string | null; message: string }[];
  cases: CaseImportRow[];
  created: number;
  /** Cases changed in place plus cases given a new version. */
  updated: number;
  newVersions: number;
  unchanged: number;
  applied: boolean;
}

export const CASE_OUTCOME_LABEL: Record<CaseImportOutcome, string> = {
  created: 'New case',
  updated: 'Updated',
  new_version: 'New version',
  unchanged: 'Unchanged',
};

/**
 * Imports test cases from a spreadsheet in two steps, as requirements are imported: the preview
 * (the server runs the whole import and rolls it back, so the keys it shows are the ones apply
 * gives) lists each case the import changes, or every problem with its line and column; only a
 * file without problems can be imported, all at once.
 */
export function caseImport(
  http: HttpClient,
  plan: { id: string; name: string; keyPrefix: string },
): SpreadsheetImport<CaseImportResult, CaseImportRow> {
  return {
    title: 'Import cases',
    noun: 'case',
    help: [
      `Choose a spreadsheet (.csv or .xlsx) with a header row and one row per step, the case's own fields on its first row (as TestRail and Squash export them). Assay first checks it and shows what it would do; nothing is saved until you import, and a file with any problem imports nothing. A row whose Key is a case of ${plan.name} updates that case (a new version once it has results); any other row adds a case under the next ${plan.keyPrefix} key.`,
    ],
    columnsNote: 'Columns Assay reads (the names TestRail and Squash write work too):',
    columns: CASE_FILE_COLUMNS,
    fieldLabel: CASE_FILE_FIELD_LABELS,
    saveAs: 'Save the cases as CSV or as an Excel workbook.',
    ...spreadsheetImportCalls<CaseImportResult>(
      http,
      `/api/test-plans/${encodeURIComponent(plan.id)}/cases/import`,
      'apply',
    ),
    committed: (result) => result.applied,
    count: (result) => result.cases.length,
    ready: (result) =>
      `No problems. Importing would create ${result.created}, update ${result.updated}` +
      (result.newVersions ? ` (${result.newVersions} as a new version, since results ran the current one)` : '') +
      ` and leave ${result.unchanged} unchanged.`,
    totals: (result) => [
      [result.created, 'created'],
      [result.updated, 'updated'],
      [result.newVersions, 'as new versions'],
      [result.unchanged, 'unchanged'],
    ],
    // Unchanged cases are counted but not listed.
    previewRows: {
      label: 'Cases the import changes',
      noun: 'case',
      rows: (result) => result.cases.filter((c) => c.outcome !== 'unchanged'),
      columns: [
        { header: 'Line', cell: (row) => row.line, class: 'number' },
        { header: 'Key', cell: (row) => row.key, class: 'key' },
        { header: 'Title', cell: (row) => row.title },
        { header: 'Import', cell: (row) => CASE_OUTCOME_LABEL[row.outcome], class: 'outcome-cell' },
      ],
    },
  };
}
