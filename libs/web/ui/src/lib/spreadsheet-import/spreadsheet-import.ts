/** What every spreadsheet import endpoint answers, for a preview and for the import itself. */
export interface SpreadsheetImportResult {
  /** The encoding a CSV file was read in ("UTF-8", "Windows-1252"…); null for a workbook. */
  encoding: string | null;
  columns: readonly { index: number; header: string; field: string | null }[];
  rowCount: number;
  /** Every problem with its line; `column` names it where the field alone does not. */
  problems: readonly { line: number; field: string | null; column?: string | null; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
}

/** One column of the preview's table of rows: its header and what a row shows in it. */
export interface SpreadsheetPreviewColumn<Row> {
  header: string;
  cell: (row: Row) => string | number;
  /** A class for its cells (`number`, `key`, `outcome-cell`), for the look and for tests. */
  class?: string;
}

/** The rows a clean preview lists (the cases the import would change), when there is a list to show. */
export interface SpreadsheetPreviewRows<R, Row> {
  /** The table's name and the noun of its rows: "Cases the import changes", "case". */
  label: string;
  noun: string;
  rows: (result: R) => readonly Row[];
  columns: readonly SpreadsheetPreviewColumn<Row>[];
}

/**
 * One use of the import dialog: its words, the columns it reads and the two calls to the server.
 * The preview checks every row and writes nothing; the import writes all the rows or none.
 */
export interface SpreadsheetImport<R extends SpreadsheetImportResult = SpreadsheetImportResult, Row = unknown> {
  title: string;
  /** What the file picker offers; CSV and Excel workbooks unless said otherwise. */
  accept?: string;
  /** What a row of the file is, singular: "requirement", "case", "claim". */
  noun: string;
  /** What the file is called in the dialog's sentences: "file" unless said otherwise ("sheet"). */
  fileWord?: string;
  /** The paragraphs shown before a file is chosen. */
  help: readonly string[];
  /** The sentence above the columns the import reads. */
  columnsNote: string;
  /** The columns the import reads, with a short note ("required", "optional") where one helps. */
  columns: readonly { header: string; note?: string }[];
  /** A field's name as the file's header reads it. */
  fieldLabel: Readonly<Record<string, string>>;
  /** Said after "x.txt is not a .csv or .xlsx file.": how to save it. */
  saveAs: string;
  preview: (file: File) => Promise<R>;
  commit: (file: File) => Promise<R>;
  /** A failed call in words (see uploadProblem). */
  describeError: (error: unknown, fileName: string) => string;
  /** Whether the import call wrote the rows (a file that changed in between may fail its checks). */
  committed: (result: R) => boolean;
  /** How many rows the file has to import. */
  count: (result: R) => number;
  /** The sentence of a clean preview: "No problems. Importing would create 2, update 0 and leave 0 unchanged." */
  ready: (result: R) => string;
  /** The totals of a done import: [2, 'created'], [0, 'updated']… */
  totals: (result: R) => readonly [number, string][];
  /** The rows a clean preview lists, if any. */
  previewRows?: SpreadsheetPreviewRows<R, Row>;
  /** The file as the busy note names it; its name unless said otherwise. */
  describeFile?: (file: File) => string;
}

/** The file types a spreadsheet import takes. */
export const SPREADSHEET_TYPES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
