import { badInput, readSpreadsheet, restoreFormula, rowTexts, TextEncoding } from '@assay/api/core';

/** A spreadsheet as text: the header row and the data rows with their line numbers (header = line 1). */
export interface SheetText {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncoding | null;
}

export const MAX_REQUIREMENT_ROWS = 10_000;
export const MAX_REQUIREMENT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a CSV or XLSX file through the bounded spreadsheet reader. Blank rows are skipped; line
 * numbers stay those of the file; cells are read for the header's columns, with the leading quote
 * of a neutralised formula dropped again.
 */
export async function readSheet(bytes: Buffer): Promise<SheetText> {
  const sheet = await readSpreadsheet(bytes);
  if (sheet.rows.length > MAX_REQUIREMENT_ROWS)
    throw badInput(
      `The file has ${sheet.rows.length} requirements; the limit is ${MAX_REQUIREMENT_ROWS.toLocaleString('en')} per import.`,
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
