import { HttpClient } from '@angular/common/http';
import { VENDOR_CLAIM_COLUMNS, VendorClaimColumn, VendorClaimProblem } from '@assay/domain';
import { spreadsheetImportCalls } from '@assay/web/core';
import { plural } from '@assay/web/ui';
import { SpreadsheetImport } from '@assay/web/ui/spreadsheet-import';

/** The import endpoint's answer (POST /api/candidates/:candidateId/vendor-claims/import). */
export interface ClaimsImportResult {
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: string | null;
  columns: VendorClaimColumn[];
  rowCount: number;
  problems: VendorClaimProblem[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
}

const FIELD_LABEL: Record<string, string> = Object.fromEntries(VENDOR_CLAIM_COLUMNS.map((c) => [c.field, c.header]));

/**
 * Imports a vendor's RFP answer sheet for one candidate, as requirements are imported: the preview
 * checks every row and writes nothing; only a sheet without problems imports, all rows at once.
 */
export function claimsImport(
  http: HttpClient,
  candidate: { id: string; name: string },
): SpreadsheetImport<ClaimsImportResult> {
  const claims = (result: ClaimsImportResult) => result.created + result.updated + result.unchanged;
  return {
    title: `Import ${candidate.name}’s answer sheet`,
    noun: 'claim',
    fileWord: 'sheet',
    help: [
      'Choose the vendor’s RFP answer sheet (.csv or .xlsx): a header row, then one row per requirement code with the compliance level. Assay first checks every row and shows what it would do; nothing is saved until you import, and a sheet with any problem imports nothing. A requirement the sheet answers again replaces its earlier claim.',
    ],
    columnsNote:
      'Columns Assay reads (common names in vendors’ sheets, such as “Req ID” or “Response”, work too); the compliance levels are Out of the box, Configuration, Customisation, Roadmap (with its date) and Not met:',
    columns: VENDOR_CLAIM_COLUMNS.map((c) => ({ header: c.header, note: c.required ? undefined : 'optional' })),
    fieldLabel: FIELD_LABEL,
    saveAs: 'Save the answer sheet as CSV or as an Excel workbook.',
    ...spreadsheetImportCalls<ClaimsImportResult>(
      http,
      `/api/candidates/${encodeURIComponent(candidate.id)}/vendor-claims/import`,
    ),
    committed: (result) => result.committed,
    count: claims,
    ready: (result) =>
      `No problems. Importing would record ${plural(result.created, 'new claim', 'new claims')}, change ${result.updated} and leave ${result.unchanged} unchanged.`,
    totals: (result) => [
      [result.created, 'new'],
      [result.updated, 'changed'],
      [result.unchanged, 'unchanged'],
    ],
  };
}
