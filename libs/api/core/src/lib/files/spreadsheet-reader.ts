import { parse } from 'csv-parse/sync';
import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { Entry, fromBufferPromise, ZipFile } from 'yauzl';
import { AppError, badInput } from '../errors/app-error';
import { decodeText, TextEncoding } from './text-encoding';

/**
 * What one spreadsheet upload may cost. Every import reads its file through `readSpreadsheet`, so
 * no file within the upload size limit can take more memory or time than these allow.
 */
export interface SpreadsheetLimits {
  /** The last line (row number, the header being line 1) that may hold anything. */
  maxRows: number;
  /** Columns that may hold anything (A … GR for 200). */
  maxColumns: number;
  /** Cells with content in the whole sheet. */
  maxCells: number;
  /** Files in an XLSX archive. */
  maxEntries: number;
  /** Unpacked size of one file in an XLSX archive. */
  maxEntryBytes: number;
  /** Unpacked size of the whole XLSX archive. */
  maxTotalBytes: number;
  /** Unpacked ÷ packed size of a file in an XLSX archive (checked for files over 1 MB unpacked). */
  maxCompressionRatio: number;
  /** Time the reading may take. */
  maxMillis: number;
}

export const SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxRows: 100_000,
  maxColumns: 200,
  maxCells: 1_000_000,
  maxEntries: 1_000,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxMillis: 30_000,
};

/** Below this unpacked size a high compression ratio is harmless (a tiny part of spaces compresses 1000:1). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/**
 * Text longer than this between two XML events (a cell's text, whitespace, a comment, an attribute)
 * is refused: no spreadsheet writes it (a cell holds at most 32,767 characters), and the XML parser
 * would hold all of it in memory.
 */
const MAX_TEXT_CHARS = 1_000_000;
const tooLong = () =>
  badInput(
    `The workbook holds a text, comment or tag longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters, far more than a spreadsheet cell holds: it is not read.`,
  );
/** Appends a piece of a cell's text, refusing a text no spreadsheet could hold. */
function append(text: string, piece: string): string {
  if (text.length + piece.length > MAX_TEXT_CHARS) throw tooLong();
  return text + piece;
}

/** No spreadsheet program writes more columns than this (XFD); a CSV line with more is refused before it is split. */
const MAX_CSV_FIELDS = 16_384;

/** A cell with content: its 0-based column (A = 0) and its text. */
export interface SpreadsheetCell {
  column: number;
  text: string;
}

/** A row with content: its line in the file (the header is line 1) and only its non-empty cells, in column order. */
export interface SpreadsheetRow {
  line: number;
  cells: SpreadsheetCell[];
}

export interface Spreadsheet {
  format: 'xlsx' | 'csv';
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncoding | null;
  /** The first row's texts, trimmed, up to its last non-empty cell. */
  headers: string[];
  /** The rows after the header that hold anything (blank rows are left out; lines stay those of the file). */
  rows: SpreadsheetRow[];
}

/** The row's texts for the first `width` columns, '' where a cell is empty. */
export function rowTexts(row: SpreadsheetRow, width: number): string[] {
  const texts: string[] = new Array<string>(width).fill('');
  for (const cell of row.cells) if (cell.column < width) texts[cell.column] = cell.text;
  return texts;
}

/** "A" for 0, "Z" for 25, "AA" for 26, "XFD" for 16383. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Reads a CSV or XLSX file, recognised by its bytes (an XLSX file is a zip archive), never by the
 * name or type the client sent.
 *
 * An XLSX file is checked from its zip directory before anything is unpacked (number of files,
 * declared sizes, compression ratio), then unpacked as a stream that counts the real bytes (a
 * directory can lie) and parsed as a stream of XML events: only the shared strings, the styles
 * (to tell dates from numbers) and the first worksheet are read, and only cells with content are
 * kept. A cell beyond the row or column limit is refused with its line and column.
 *
 * A CSV file is decoded in the encoding it was written in (see `decodeText`) and held to the same
 * limits.
 */
export async function readSpreadsheet(bytes: Buffer, limits: Partial<SpreadsheetLimits> = {}): Promise<Spreadsheet> {
  const bounds = { ...SPREADSHEET_LIMITS, ...limits };
  if (bytes.length === 0) throw badInput('The file is empty.');
  const sheet = new SheetBuilder(bounds, Date.now() + bounds.maxMillis);
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let encoding: TextEncoding | null = null;
  if (isZip) await readXlsx(bytes, bounds, sheet);
  else encoding = readCsv(bytes, sheet);
  return { format: isZip ? 'xlsx' : 'csv', encoding, ...sheet.result() };
}

// ---- the sheet, as cells arrive -------------------------------------------------------------

class SheetBuilder {
  private readonly rows: SpreadsheetRow[] = [];
  private header: SpreadsheetCell[] = [];
  private current: SpreadsheetRow | null = null;
  private cellCount = 0;
  private sorted = true;

  constructor(
    private readonly limits: SpreadsheetLimits,
    private readonly deadline: number,
  ) {}

  checkTime(): void {
    if (Date.now() > this.deadline)
      throw badInput(
        `Reading the file took longer than ${this.limits.maxMillis / 1000} s; split it into smaller files.`,
      );
  }

  startRow(line: number): void {
    this.endRow();
    this.current = { line, cells: [] };
  }

  cell(column: number, text: string): void {
    const row = this.current;
    if (!row || text.trim() === '') return;
    if (row.line > this.limits.maxRows)
      throw badInput(
        `Line ${row.line} is beyond the ${this.limits.maxRows.toLocaleString('en')} rows an import may have.`,
      );
    if (column >= this.limits.maxColumns)
      throw badInput(
        `Line ${row.line}: column ${columnName(column)} is beyond the ${this.limits.maxColumns} columns an import may have.`,
      );
    if (++this.cellCount > this.limits.maxCells)
      throw badInput(
        `The file has more than ${this.limits.maxCells.toLocaleString('en')} cells with content, the most an import may have.`,
      );
    const last = row.cells[row.cells.length - 1];
    if (last && last.column >= column) {
      // Out of order or repeated (no program writes that, but the format allows it): the last one counts.
      row.cells = row.cells.filter((cell) => cell.column !== column);
      row.cells.push({ column, text });
      row.cells.sort((a, b) => a.column - b.column);
      return;
    }
    row.cells.push({ column, text });
  }

  endRow(): void {
    const row = this.current;
    this.current = null;
    if (!row || row.cells.length === 0) return;
    if (row.line === 1) {
      this.header = row.cells;
      return;
    }
    const previous = this.rows[this.rows.length - 1];
    if (previous && previous.line >= row.line) this.sorted = false;
    this.rows.push(row);
  }

  result(): { headers: string[]; rows: SpreadsheetRow[] } {
    this.endRow();
    const width = this.header.length === 0 ? 0 : this.header[this.header.length - 1].column + 1;
    const headers = rowTexts({ line: 1, cells: this.header }, width).map((text) => text.trim());
    if (headers.every((text) => text === '')) throw badInput('The first row must hold the column headers.');
    if (!this.sorted) this.rows.sort((a, b) => a.line - b.line);
    return { headers, rows: this.rows };
  }
}

// ---- CSV --------------------------------------------------------------------------------------

function readCsv(bytes: Buffer, sheet: SheetBuilder): TextEncoding {
  const { text, encoding } = decodeText(bytes);
  // Semicolons are what spreadsheet programs write in locales with a decimal comma.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  assertFieldCounts(text, delimiter);
  let line = 0;
  try {
    parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: false,
      on_record: (record: string[]) => {
        line++;
        if (line % 1024 === 0) sheet.checkTime();
        sheet.startRow(line);
        record.forEach((field, column) => sheet.cell(column, field));
        sheet.endRow();
        return null;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const at = (error as { lines?: number }).lines;
    throw badInput(
      `The CSV file could not be read${at ? ` at line ${at}` : ''}: ${(error as Error).message.replace(/^Invalid Record Length: |^CsvError: /, '')}`,
    );
  }
  return encoding;
}

/** Refuses a line with more fields than any spreadsheet has before the parser builds it as a list. */
function assertFieldCounts(text: string, delimiter: string): void {
  let quoted = false;
  let fields = 1;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === delimiter) {
      if (++fields > MAX_CSV_FIELDS)
        throw badInput(
          `Line ${line} has more than ${MAX_CSV_FIELDS.toLocaleString('en')} columns, more than any spreadsheet has.`,
        );
    } else if (c === '\n') {
      fields = 1;
      line++;
    }
  }
}

// ---- XLSX: the archive ------------------------------------------------------------------------

const notAWorkbook = () => badInput('The file looks like a zip archive but is not a readable Excel workbook (.xlsx).');
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function readXlsx(bytes: Buffer, limits: SpreadsheetLimits, sheet: SheetBuilder): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
  } catch {
    throw notAWorkbook();
  }
  try {
    const entries = await directory(zip, limits);
    const archive = new Archive(zip, entries, limits, sheet);
    const workbookPath =
      (await archive.relationships('_rels/.rels')).find((r) => r.type.endsWith('/officeDocument'))?.target ??
      'xl/workbook.xml';
    const workbook = await archive.workbook(workbookPath);
    const related = await archive.relationships(
      posix.join(posix.dirname(workbookPath), '_rels', `${posix.basename(workbookPath)}.rels`),
      posix.dirname(workbookPath),
    );
    const sheetPath =
      related.find((r) => r.id === workbook.firstSheetId)?.target ??
      related.find((r) => r.type.endsWith('/worksheet'))?.target;
    if (!sheetPath || !entries.has(sheetPath)) throw badInput('The workbook has no worksheet.');
    const stringsPath = related.find((r) => r.type.endsWith('/sharedStrings'))?.target;
    const stylesPath = related.find((r) => r.type.endsWith('/styles'))?.target;
    const strings = stringsPath ? await archive.sharedStrings(stringsPath) : [];
    const dateStyles = stylesPath ? await archive.dateStyles(stylesPath) : new Set<number>();
    await archive.worksheet(sheetPath, { strings, dateStyles, date1904: workbook.date1904 });
  } finally {
    zip.close();
  }
}

/** The archive's files from its central directory, refused before anything is unpacked when they could not be a sane spreadsheet. */
function directory(zip: ZipFile, limits: SpreadsheetLimits): Promise<Map<string, Entry>> {
  if (zip.entryCount > limits.maxEntries)
    return Promise.reject(
      badInput(
        `The workbook holds ${zip.entryCount.toLocaleString('en')} files; a spreadsheet has far fewer (at most ${limits.maxEntries.toLocaleString('en')} are read).`,
      ),
    );
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    let total = 0;
    zip.on('error', () => reject(notAWorkbook()));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      const name = entry.fileName;
      const size = entry.uncompressedSize;
      total += size;
      if (size > limits.maxEntryBytes)
        return reject(
          badInput(
            `The workbook's part ${name} would unpack to ${megabytes(size)}; a part may have at most ${megabytes(limits.maxEntryBytes)}.`,
          ),
        );
      if (size > RATIO_FLOOR_BYTES && size / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
        return reject(
          badInput(
            `The workbook's part ${name} is compressed ${Math.round(size / Math.max(entry.compressedSize, 1))} to 1, far more than any spreadsheet: it is not read.`,
          ),
        );
      }
      if (total > limits.maxTotalBytes)
        return reject(
          badInput(
            `The workbook would unpack to more than ${megabytes(limits.maxTotalBytes)}, the most an import may have.`,
          ),
        );
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

interface SheetContext {
  strings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

/** The local part of an XML name: `x:c` → `c`. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

class Archive {
  private unpacked = 0;

  constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly limits: SpreadsheetLimits,
    private readonly sheet: SheetBuilder,
  ) {}

  /** Relationships of a part; targets resolved against `base` (a folder of the archive). */
  async relationships(path: string, base = ''): Promise<Relationship[]> {
    const found: Relationship[] = [];
    await this.parse(path, false, {
      open: (tag) => {
        if (local(tag.name) !== 'Relationship' || tag.attributes['TargetMode'] === 'External') return;
        const target = tag.attributes['Target'] ?? '';
        found.push({
          id: tag.attributes['Id'] ?? '',
          type: tag.attributes['Type'] ?? '',
          target: target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join(base, target)),
        });
      },
    });
    return found;
  }

  async workbook(path: string): Promise<{ firstSheetId: string | null; date1904: boolean }> {
    let firstSheetId: string | null = null;
    let date1904 = false;
    let isWorkbook = false;
    await this.parse(path, false, {
      open: (tag) => {
        const name = local(tag.name);
        if (name === 'workbook') isWorkbook = true;
        if (name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attributes['date1904'] ?? '');
        if (name === 'sheet' && firstSheetId === null)
          firstSheetId =
            Object.entries(tag.attributes).find(([key]) => key.includes(':') && local(key) === 'id')?.[1] ?? null;
      },
    });
    if (!isWorkbook) throw notAWorkbook();
    return { firstSheetId, date1904 };
  }

  async sharedStrings(path: string): Promise<string[]> {
    const strings: string[] = [];
    let inItem = false;
    let inText = false;
    let phonetic = 0;
    let text = '';
    await this.parse(path, false, {
      open: (tag) => {
        const name = local(tag.name);
        if (name === 'si') {
          inItem = true;
          text = '';
        } else if (name === 'rPh') phonetic++;
        else if (name === 't') inText = inItem && phonetic === 0;
      },
      text: (chunk) => {
        if (inText) text = append(text, chunk);
      },
      close: (name) => {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') {
          inItem = false;
          strings.push(unescapeOoxml(text));
          if (strings.length > this.limits.maxCells)
            throw badInput(
              `The workbook has more than ${this.limits.maxCells.toLocaleString('en')} different texts, the most an import may have.`,
            );
        }
      },
    });
    return strings;
  }

  /** Which cell styles show a number as a date or time, read the way exceljs does. */
  async dateStyles(path: string): Promise<Set<number>> {
    const formats = new Map<number, string>();
    const styleFormats: number[] = [];
    let inCellXfs = false;
    await this.parse(path, true, {
      open: (tag) => {
        const name = local(tag.name);
        if (name === 'numFmt') formats.set(Number(tag.attributes['numFmtId']), tag.attributes['formatCode'] ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) styleFormats.push(Number(tag.attributes['numFmtId'] ?? 0));
      },
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
    });
    const dates = new Set<number>();
    styleFormats.forEach((id, style) => {
      if (BUILT_IN_DATE_FORMATS.has(id) || isDateFormat(formats.get(id))) dates.add(style);
    });
    return dates;
  }

  async worksheet(path: string, context: SheetContext): Promise<void> {
    const sheet = this.sheet;
    let line = 0;
    let column = -1;
    let type = 'n';
    let style = 0;
    let value = '';
    let inline = '';
    let inValue = false;
    let inInline = false;
    let inText = false;
    let phonetic = 0;
    let inSheetData = false;
    await this.parse(path, false, {
      open: (tag) => {
        const name = local(tag.name);
        if (name === 'sheetData') inSheetData = true;
        if (!inSheetData) return;
        if (name === 'row') {
          const r = tag.attributes['r'];
          line = r ? positiveInteger(r) : line + 1;
          column = -1;
          sheet.startRow(line);
        } else if (name === 'c') {
          const r = tag.attributes['r'];
          column = r ? columnOf(r) : column + 1;
          type = tag.attributes['t'] ?? 'n';
          style = Number(tag.attributes['s'] ?? 0);
          value = '';
          inline = '';
        } else if (name === 'v') inValue = true;
        else if (name === 'is') inInline = true;
        else if (name === 'rPh') phonetic++;
        else if (name === 't') inText = inInline && phonetic === 0;
      },
      text: (chunk) => {
        if (inValue) value = append(value, chunk);
        else if (inText) inline = append(inline, chunk);
      },
      close: (name) => {
        if (!inSheetData) return;
        if (name === 'v') inValue = false;
        else if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'is') inInline = false;
        else if (name === 'c') sheet.cell(column, cellText(type, value, inline, style, context));
        else if (name === 'row') sheet.endRow();
        else if (name === 'sheetData') inSheetData = false;
      },
    });
    sheet.endRow();
  }

  /** Unpacks one part as a stream, counting the real bytes, and feeds it to an XML parser that refuses DOCTYPEs (and with them entities). */
  private async parse(
    path: string,
    optional: boolean,
    handlers: { open?: (tag: SaxesTagPlain) => void; text?: (text: string) => void; close?: (name: string) => void },
  ): Promise<void> {
    const entry = this.entries.get(path);
    if (!entry) {
      if (optional || path.endsWith('.rels')) return;
      throw notAWorkbook();
    }
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on('doctype', () => {
      throw badInput(
        'The workbook contains a document type declaration (DOCTYPE), which spreadsheets never need: it is not read.',
      );
    });
    parser.on('error', () => {
      throw notAWorkbook();
    });
    if (handlers.open) parser.on('opentag', handlers.open);
    if (handlers.close) {
      const close = handlers.close;
      parser.on('closetag', (tag) => close(local(tag.name)));
    }
    if (handlers.text) {
      parser.on('text', handlers.text);
      parser.on('cdata', handlers.text);
    }
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw notAWorkbook();
    }
    // What saxes holds back until its next event (text, comment, CDATA and attribute values; names).
    const held = parser as unknown as { text?: string; name?: string };
    const decoder = new StringDecoder('utf8');
    let bytes = 0;
    const ratioLimit = Math.max(entry.compressedSize, 1) * this.limits.maxCompressionRatio;
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        stream.destroy();
        reject(
          error instanceof AppError
            ? error
            : tooLarge(error)
              ? badInput(
                  `The workbook's part ${path} unpacks to more than its zip directory says: the file is damaged or made to exhaust the server, and is not read.`,
                )
              : notAWorkbook(),
        );
      };
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        bytes += chunk.length;
        this.unpacked += chunk.length;
        try {
          if (bytes > this.limits.maxEntryBytes)
            throw badInput(
              `The workbook's part ${path} unpacks to more than ${megabytes(this.limits.maxEntryBytes)}; a part may have at most that.`,
            );
          if (bytes > RATIO_FLOOR_BYTES && bytes > ratioLimit)
            throw badInput(
              `The workbook's part ${path} is compressed more than ${this.limits.maxCompressionRatio} to 1, far more than any spreadsheet: it is not read.`,
            );
          if (this.unpacked > this.limits.maxTotalBytes)
            throw badInput(
              `The workbook unpacks to more than ${megabytes(this.limits.maxTotalBytes)}, the most an import may have.`,
            );
          this.sheet.checkTime();
          parser.write(decoder.write(chunk));
          if ((held.text?.length ?? 0) > MAX_TEXT_CHARS || (held.name?.length ?? 0) > MAX_TEXT_CHARS) throw tooLong();
        } catch (error) {
          fail(error);
        }
      });
      stream.on('error', fail);
      stream.on('end', () => {
        if (settled) return;
        try {
          parser.write(decoder.end());
          parser.close();
          settled = true;
          resolve();
        } catch (error) {
          fail(error);
        }
      });
    });
  }
}

/** yauzl's refusal of an entry that unpacks to more bytes than its directory declares. */
function tooLarge(error: unknown): boolean {
  return error instanceof Error && /too many bytes in the stream/.test(error.message);
}

// ---- XLSX: cells ------------------------------------------------------------------------------

/** Number formats 14–22 and 45–47 are dates and times in every locale. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The text of a cell as people see it: numbers as written, dates as YYYY-MM-DD, booleans as true/false. */
function cellText(type: string, value: string, inline: string, style: number, context: SheetContext): string {
  switch (type) {
    case 's': {
      const index = Number(value);
      return Number.isInteger(index) ? (context.strings[index] ?? '') : '';
    }
    case 'inlineStr':
      return unescapeOoxml(inline);
    case 'str':
    case 'e':
      return value;
    case 'b':
      return value === '' ? '' : value === '1' || value === 'true' ? 'true' : 'false';
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
    }
    default: {
      if (value.trim() === '') return '';
      const number = parseFloat(value);
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles.has(style)) {
        const date = new Date(Math.round((number - 25569 + (context.date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
        if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
      }
      return String(number);
    }
  }
}

/** OOXML writes characters XML cannot carry as `_xHHHH_`. */
function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** The 0-based column of a reference like `B7` or `XFD1048576`. */
function columnOf(reference: string): number {
  const match = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(reference);
  if (!match) throw notAWorkbook();
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw notAWorkbook();
  return n;
}
