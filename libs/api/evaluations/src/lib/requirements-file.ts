import { badInput, restoreFormula } from '@assay/api/core';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';

/** A spreadsheet as text: the header row and the data rows with their line numbers (header = line 1). */
export interface SheetText {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

export const MAX_REQUIREMENT_ROWS = 10_000;
export const MAX_REQUIREMENT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a CSV or XLSX file, recognised by its bytes (an XLSX file is a zip archive), never by
 * the name or type the client sent. Blank rows are skipped; line numbers stay those of the file.
 */
export async function readSheet(bytes: Buffer): Promise<SheetText> {
  if (bytes.length === 0) throw badInput('The file is empty.');
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const table = isZip ? await readXlsx(bytes) : readCsv(bytes);
  const [header, ...rest] = table;
  if (!header || header.every((cell) => cell.trim() === '')) throw badInput('The first row must hold the column headers.');
  const rows = rest.map((cells, index) => ({ line: index + 2, cells: cells.map((cell) => restoreFormula(cell)) })).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_REQUIREMENT_ROWS) throw badInput(`The file has ${rows.length} requirements; the limit is ${MAX_REQUIREMENT_ROWS.toLocaleString('en')} per import.`);
  return { headers: header.map((cell) => cell.trim()), rows };
}

function readCsv(bytes: Buffer): string[][] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000') || text.includes('\ufffd')) {
    throw badInput('The file is neither an Excel workbook (.xlsx) nor UTF-8 CSV text. Save it as "CSV UTF-8" or .xlsx and try again.');
  }
  try {
    // Semicolons are what spreadsheet programs write in locales with a decimal comma.
    const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badInput(`The CSV file could not be read${line ? ` at line ${line}` : ''}: ${(error as Error).message.replace(/^Invalid Record Length: |^CsvError: /, '')}`);
  }
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput('The file looks like a zip archive but is not a readable Excel workbook (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput('The workbook has no worksheet.');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    table[rowNumber - 1] = cells;
  });
  return Array.from(table, (cells) => cells ?? []);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as { richText?: { text: string }[]; text?: string; result?: unknown; hyperlink?: string };
    if (object.richText) return object.richText.map((part) => part.text).join('');
    if (object.text !== undefined) return String(object.text);
    if (object.result !== undefined) return cellText(object.result);
  }
  return String(value);
}
