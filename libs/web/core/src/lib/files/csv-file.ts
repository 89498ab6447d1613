import { neutraliseFormula } from '@assay/domain';

/** One value of a CSV cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null;

/**
 * The cells of a CSV file as the server's exports write them: nothing as an empty cell, and text
 * that a spreadsheet would run as a formula with a leading quote (CSV injection). Numbers are
 * written as they are.
 */
export function csvCells(rows: readonly (readonly CsvValue[])[]): (string | number)[][] {
  return rows.map((row) => row.map((value) => (typeof value === 'string' ? neutraliseFormula(value) : (value ?? ''))));
}

/**
 * CSV text for spreadsheets, like the server's exports: a UTF-8 byte-order mark (so Excel reads
 * accents as UTF-8), a header row, CRLF line ends. The CSV writer is loaded on first use, outside
 * the initial bundle.
 */
export async function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): Promise<string> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  return stringify(csvCells(rows), {
    bom: true,
    header: true,
    columns: csvCells([header])[0].map(String),
    record_delimiter: 'windows',
  });
}

/** Saves text as a file the browser downloads (built in the page: no round trip to the server). */
export function saveTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob once started.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Builds a CSV file in the browser and downloads it. */
export async function downloadCsv(
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): Promise<void> {
  saveTextFile(fileName, await csvText(header, rows));
}
