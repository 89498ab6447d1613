import { badInput, readSpreadsheet, restoreFormula, rowTexts, TextEncoding } from '@assay/api/core';

/** The same bounds as requirement imports: rows per file and bytes per upload. */
export const MAX_CASE_FILE_ROWS = 10_000;
export const MAX_CASE_FILE_BYTES = 20 * 1024 * 1024;

/** A spreadsheet as text: the header row and the data rows with their line numbers (header = line 1). */
export interface CaseSheet {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncoding | null;
}

/**
 * Reads a CSV or XLSX file through core's bounded reader (size, rows, cells, time). Blank rows are
 * skipped with their line numbers kept; the leading quote of a neutralised formula is dropped again.
 */
export async function readCaseSheet(bytes: Buffer): Promise<CaseSheet> {
  const sheet = await readSpreadsheet(bytes);
  if (sheet.rows.length > MAX_CASE_FILE_ROWS)
    throw badInput(
      `The file has ${sheet.rows.length.toLocaleString('en')} rows; the limit is ${MAX_CASE_FILE_ROWS.toLocaleString('en')} per import.`,
    );
  const width = sheet.headers.length;
  return {
    headers: sheet.headers,
    encoding: sheet.encoding,
    rows: sheet.rows.map((row) => ({
      line: row.line,
      cells: rowTexts(row, width).map((cell) => restoreFormula(cell)),
    })),
  };
}
