import { HttpClient } from '@angular/common/http';
import { REQUIREMENT_COLUMNS, RequirementField } from '@assay/domain';
import { spreadsheetImportCalls } from '@assay/web/core';
import { fileSize } from '@assay/web/ui';
import { SpreadsheetImport } from '@assay/web/ui/spreadsheet-import';

/** The library import endpoint's answer (POST /api/requirement-libraries/:id/import). */
export interface RequirementLibraryImportResult {
  encoding: string | null;
  columns: { index: number; header: string; field: RequirementField | null }[];
  rowCount: number;
  problems: { line: number; field: RequirementField | null; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  committed: boolean;
  version: number | null;
}

const FIELD_LABEL: Record<string, string> = Object.fromEntries(
  REQUIREMENT_COLUMNS.map((column) => [column.field, column.header]),
);

/**
 * Replaces a library's draft items with a requirement file (the same columns as an evaluation's
 * requirement import): checked first, written all at once or not at all.
 */
export function requirementLibraryImport(
  http: HttpClient,
  library: { id: string; name: string },
): SpreadsheetImport<RequirementLibraryImportResult> {
  return {
    title: `Import into ${library.name}`,
    noun: 'item',
    help: [
      'Choose a spreadsheet (.csv or .xlsx) in the requirement file’s columns; every row needs a code, which keeps an item the same across versions. The file becomes the library’s draft version (started from the newest published one if there is no draft); published versions do not change.',
    ],
    columnsNote: 'Columns Assay reads (other names it knows work too, e.g. “Req ID”, “MoSCoW”, “Dept”):',
    columns: REQUIREMENT_COLUMNS.map((c) => ({
      header: c.header,
      note: c.required || c.field === 'code' ? 'required' : undefined,
    })),
    fieldLabel: FIELD_LABEL,
    saveAs: 'Save the list as CSV or as an Excel workbook and choose it again.',
    ...spreadsheetImportCalls<RequirementLibraryImportResult>(
      http,
      `/api/requirement-libraries/${encodeURIComponent(library.id)}/import`,
    ),
    committed: (result) => result.committed,
    count: (result) => result.rowCount,
    ready: (result) =>
      `No problems. Importing would add ${result.created}, change ${result.updated}, leave ${result.unchanged} unchanged and drop ${result.removed} from the draft.`,
    totals: (result) => [
      [result.created, 'added'],
      [result.updated, 'changed'],
      [result.unchanged, 'unchanged'],
      [result.removed, 'dropped'],
    ],
    describeFile: (file) => `${file.name} (${fileSize(file.size)})`,
  };
}
