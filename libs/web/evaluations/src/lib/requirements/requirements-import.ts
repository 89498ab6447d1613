import { HttpClient } from '@angular/common/http';
import { REQUIREMENT_COLUMNS, RequirementField } from '@assay/domain';
import { spreadsheetImportCalls } from '@assay/web/core';
import { fileSize } from '@assay/web/ui';
import { SpreadsheetImport } from '@assay/web/ui/spreadsheet-import';

/** The import endpoint's answer (POST /api/evaluations/:id/requirements/import). */
export interface RequirementsImportResult {
  /** The encoding a CSV file was read in ("UTF-8", "UTF-16 LE", "UTF-16 BE", "Windows-1252"); null for a workbook. */
  encoding: string | null;
  columns: { index: number; header: string; field: RequirementField | null }[];
  rowCount: number;
  problems: { line: number; field: RequirementField | null; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
}

const FIELD_LABEL: Record<string, string> = Object.fromEntries(
  REQUIREMENT_COLUMNS.map((column) => [column.field, column.header]),
);

/**
 * Imports requirements from a spreadsheet in two steps: the preview (nothing is written) shows how
 * each column was read, how many rows there are and every problem with its line; only a file
 * without problems can be imported, all at once.
 */
export function requirementsImport(
  http: HttpClient,
  evaluation: { id: string; title: string },
  /** Department heads import only their own department's rows. */
  departmentNote?: string,
): SpreadsheetImport<RequirementsImportResult> {
  return {
    title: 'Import requirements',
    noun: 'requirement',
    help: [
      `Choose a spreadsheet (.csv or .xlsx) with a header row; CSV may be UTF-8, UTF-16 or Windows-1252 (what Excel and LibreOffice save as plain “CSV”). Assay first checks it and shows what it would do; nothing is saved until you import, and a file with any problem imports nothing. Rows whose code already exists in ${evaluation.title} update that requirement.`,
      ...(departmentNote ? [departmentNote] : []),
    ],
    columnsNote: 'Columns Assay reads (other names it knows work too, e.g. “Req ID”, “MoSCoW”, “Dept”):',
    columns: REQUIREMENT_COLUMNS.map((c) => ({ header: c.header, note: c.required ? 'required' : undefined })),
    fieldLabel: FIELD_LABEL,
    saveAs: 'Save the list as CSV or as an Excel workbook and choose it again.',
    ...spreadsheetImportCalls<RequirementsImportResult>(
      http,
      `/api/evaluations/${encodeURIComponent(evaluation.id)}/requirements/import`,
    ),
    committed: (result) => result.committed,
    count: (result) => result.rowCount,
    ready: (result) =>
      `No problems. Importing would create ${result.created}, update ${result.updated} and leave ${result.unchanged} unchanged.`,
    totals: (result) => [
      [result.created, 'created'],
      [result.updated, 'updated'],
      [result.unchanged, 'unchanged'],
    ],
    describeFile: (file) => `${file.name} (${fileSize(file.size)})`,
  };
}
