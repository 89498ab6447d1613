import { Workbook } from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { AppError } from '../errors/app-error';
import { columnName, readSpreadsheet, rowTexts, Spreadsheet, SpreadsheetLimits } from './spreadsheet-reader';

// ---- building workbooks -----------------------------------------------------------------------

interface Part {
  name: string;
  content: string | Buffer;
  /** What the zip directory says the unpacked size is, when it should lie. */
  declaredSize?: number;
}

/** A zip archive of deflated parts, as spreadsheet programs write them. */
function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const raw = typeof part.content === 'string' ? Buffer.from(part.content, 'utf8') : part.content;
    const data = deflateRawSync(raw);
    const size = part.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A workbook as LibreOffice Calc saves one: shared strings, styles with a custom date format, empty styled cells, relationship ids in its own order. */
function libreOfficeWorkbook(sheetData: string, strings: string[], extra: Part[] = []): Buffer {
  return zipOf([
    {
      name: '_rels/.rels',
      content: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><sheets><sheet name="Requirements" sheetId="1" state="visible" r:id="rId2"/><sheet name="Notes" sheetId="2" state="visible" r:id="rId3"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content:
        `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId3" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId4" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      content:
        `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="YYYY\\-MM\\-DD"/></numFmts>` +
        '<cellStyleXfs count="2"><xf numFmtId="165"/><xf numFmtId="14"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="164" fontId="0" xfId="0"/><xf numFmtId="165" fontId="0" xfId="0" applyNumberFormat="true"/><xf numFmtId="164" fontId="0" xfId="0"><alignment wrapText="true"/></xf></cellXfs></styleSheet>',
    },
    {
      name: 'xl/sharedStrings.xml',
      content: `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</sst>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr filterMode="false"/><dimension ref="A1:H4"/><sheetData>${sheetData}</sheetData></worksheet>`,
    },
    {
      name: 'xl/worksheets/sheet2.xml',
      content: `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Not this sheet</t></is></c></row></sheetData></worksheet>`,
    },
    ...extra,
  ]);
}

/** The smallest workbook around one worksheet of inline strings: `[line, [[reference, text]…]]`. */
function workbookWith(rows: [number, [string, string][]][], extra: Part[] = [], sheetOverride?: string): Buffer {
  const data = rows
    .map(
      ([line, cells]) =>
        `<row r="${line}">${cells.map(([ref, text]) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return zipOf([
    {
      name: 'xl/workbook.xml',
      content: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: sheetOverride ?? `${XML}<worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`,
    },
    ...extra,
  ]);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BAD_USER_INPUT');
  return (error as AppError).message;
}

/** Every row as dense texts, for terse expectations. */
const table = (sheet: Spreadsheet) => sheet.rows.map((row) => [row.line, ...rowTexts(row, sheet.headers.length)]);

// ---- reading ----------------------------------------------------------------------------------

describe('readSpreadsheet', () => {
  it('reads what exceljs writes (our own export): shared strings, numbers, booleans, dates, formulas, rich text', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Requirements', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = ['Code', 'Title', 'Due', 'Count', 'Done', 'Sum', 'Rich', 'Spaces'].map((header) => ({
      header,
      width: 14,
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRow([
      'CIRC-001',
      'Multi-line\ndescription, "quoted" & <tagged>',
      new Date(Date.UTC(2024, 0, 15)),
      42.5,
      true,
      { formula: '1+1', result: 2 },
      { richText: [{ text: 'ri' }, { text: 'ch' }] },
      '  kept  ',
    ]);
    sheet.addRow([]);
    sheet.addRow(['\'=HYPERLINK("x")', '', null, 0, false]);
    const read = await readSpreadsheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read).toMatchObject({
      format: 'xlsx',
      encoding: null,
      headers: ['Code', 'Title', 'Due', 'Count', 'Done', 'Sum', 'Rich', 'Spaces'],
    });
    expect(table(read)).toEqual([
      [
        2,
        'CIRC-001',
        'Multi-line\ndescription, "quoted" & <tagged>',
        '2024-01-15',
        '42.5',
        'true',
        '2',
        'rich',
        '  kept  ',
      ],
      [4, '\'=HYPERLINK("x")', '', '', '0', 'false', '', '', ''],
    ]);
  });

  it('reads a workbook as LibreOffice saves it: the first sheet in the workbook’s order, custom date formats, phonetic runs and escapes left out or decoded', async () => {
    const strings = [
      '<si><t>Code</t></si>',
      '<si><t>Title</t></si>',
      '<si><t>Due</t></si>',
      '<si><t xml:space="preserve">Line one_x000D_\nline two</t></si>',
      '<si><r><t>Bold</t></r><r><rPr><b val="true"/></rPr><t xml:space="preserve"> part</t></r><rPh sb="0" eb="1"><t>ぼ</t></rPh></si>',
    ];
    const rows =
      '<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c><c r="C1" s="0" t="s"><v>2</v></c><c r="D1" s="2"/><c r="H1" s="2"/></row>' +
      '<row r="2" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A2" s="0" t="s"><v>3</v></c><c r="B2" s="0" t="s"><v>4</v></c><c r="C2" s="1" t="n"><v>45306</v></c><c r="D2" s="0" t="b"><v>1</v></c><c r="E2" s="0" t="str"><f aca="false">A2&amp;"x"</f><v>formula text</v></c><c r="F2" s="0" t="n"><v>3.14159</v></c><c r="G2" s="0" t="e"><v>#N/A</v></c></row>' +
      '<row r="3" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A3" s="2"/><c r="B3" s="2"/></row>';
    const read = await readSpreadsheet(libreOfficeWorkbook(rows, strings));
    expect(read.headers).toEqual(['Code', 'Title', 'Due']);
    expect(read.rows).toEqual([
      {
        line: 2,
        cells: [
          { column: 0, text: 'Line one\r\nline two' },
          { column: 1, text: 'Bold part' },
          { column: 2, text: '2024-01-15' },
          { column: 3, text: 'true' },
          { column: 4, text: 'formula text' },
          { column: 5, text: '3.14159' },
          { column: 6, text: '#N/A' },
        ],
      },
    ]);
  });

  it('reads namespace prefixes, rows and cells without references, and CDATA', async () => {
    const sheet = `${XML}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Code</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Title</x:t></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[A&B]]></x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const read = await readSpreadsheet(workbookWith([], [], sheet));
    expect(read.headers).toEqual(['Code', 'Title']);
    expect(table(read)).toEqual([[2, 'A&B', '7']]);
  });

  it('keeps only the cells with content: a row is a sparse list, blank rows are left out and lines stay those of the file', async () => {
    const read = await readSpreadsheet(
      workbookWith([
        [
          1,
          [
            ['A1', 'Code'],
            ['B1', 'Title'],
            ['H1', 'Notes'],
          ],
        ],
        [
          2,
          [
            ['A2', 'A-1'],
            ['H2', 'far right'],
          ],
        ],
        [3, [['B3', '   ']]],
        [7, [['B7', 'only a title']]],
      ]),
    );
    expect(read.headers).toEqual(['Code', 'Title', '', '', '', '', '', 'Notes']);
    expect(read.rows).toEqual([
      {
        line: 2,
        cells: [
          { column: 0, text: 'A-1' },
          { column: 7, text: 'far right' },
        ],
      },
      { line: 7, cells: [{ column: 1, text: 'only a title' }] },
    ]);
    expect(rowTexts(read.rows[0], 3)).toEqual(['A-1', '', '']);
  });

  it('refuses a file whose first row is blank', async () => {
    expect(await refusal(readSpreadsheet(workbookWith([[2, [['A2', 'x']]]])))).toBe(
      'The first row must hold the column headers.',
    );
    expect(await refusal(readSpreadsheet(Buffer.from('\r\nCode,Title\r\n')))).toBe(
      'The first row must hold the column headers.',
    );
    expect(await refusal(readSpreadsheet(Buffer.alloc(0)))).toBe('The file is empty.');
  });
});

describe('readSpreadsheet limits', () => {
  const header: [number, [string, string][]] = [1, [['A1', 'Title']]];

  it('refuses a cell beyond the columns, naming its line and column', async () => {
    expect(await refusal(readSpreadsheet(workbookWith([header, [2, [['XFD2', 'x']]]])))).toBe(
      'Line 2: column XFD is beyond the 200 columns an import may have.',
    );
    expect(
      await refusal(
        readSpreadsheet(
          workbookWith([
            header,
            [
              5,
              [
                ['A5', 'ok'],
                ['D5', 'x'],
              ],
            ],
          ]),
          { maxColumns: 3 },
        ),
      ),
    ).toBe('Line 5: column D is beyond the 3 columns an import may have.');
    expect(await refusal(readSpreadsheet(Buffer.from(`Title\r\nok${',x'.repeat(200)}\r\n`)))).toBe(
      'Line 2: column GS is beyond the 200 columns an import may have.',
    );
  });

  it('refuses a cell beyond the rows, naming its line', async () => {
    expect(await refusal(readSpreadsheet(workbookWith([header, [1_048_576, [['XFD1048576', 'x']]]])))).toBe(
      'Line 1048576 is beyond the 100,000 rows an import may have.',
    );
    expect(await refusal(readSpreadsheet(Buffer.from('Title\r\na\r\nb\r\nc\r\n'), { maxRows: 3 }))).toBe(
      'Line 4 is beyond the 3 rows an import may have.',
    );
  });

  it('ignores empty cells however far out they are (styles on a whole row or column)', async () => {
    const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="XFD1" s="1"/></row><row r="1048576"><c r="XFD1048576" s="1"/><c r="A1048576" t="inlineStr"><is><t> </t></is></c></row></sheetData></worksheet>`;
    const read = await readSpreadsheet(workbookWith([], [], sheet));
    expect(read).toMatchObject({ headers: ['Title'], rows: [] });
  });

  it('refuses more cells with content than the limit', async () => {
    const rows: [number, [string, string][]][] = [
      header,
      ...Array.from({ length: 5 }, (_, i): [number, [string, string][]] => [i + 2, [[`A${i + 2}`, 'x']]]),
    ];
    expect(await refusal(readSpreadsheet(workbookWith(rows), { maxCells: 4 }))).toBe(
      'The file has more than 4 cells with content, the most an import may have.',
    );
    expect(await refusal(readSpreadsheet(Buffer.from('a,b\r\nc,d\r\ne,f\r\n'), { maxCells: 5 }))).toBe(
      'The file has more than 5 cells with content, the most an import may have.',
    );
  });

  it('refuses a CSV line with more fields than any spreadsheet has before splitting it', async () => {
    expect(await refusal(readSpreadsheet(Buffer.from(`Title\r\nx${','.repeat(20_000)}\r\n`)))).toBe(
      'Line 2 has more than 16,384 columns, more than any spreadsheet has.',
    );
  });

  it('stops reading when it takes longer than allowed', async () => {
    const csv = Buffer.from(`Title\r\n${'row\r\n'.repeat(5_000)}`);
    expect(await refusal(readSpreadsheet(csv, { maxMillis: -1 }))).toMatch(/^Reading the file took longer than/);
  });
});

describe('readSpreadsheet and hostile archives', () => {
  const header: [number, [string, string][]] = [1, [['A1', 'Title']]];
  const limits = (overrides: Partial<SpreadsheetLimits>) => overrides;

  it('refuses an archive with too many files before unpacking any', async () => {
    const extra = Array.from({ length: 20 }, (_, i) => ({ name: `xl/media/image${i}.png`, content: 'x' }));
    expect(await refusal(readSpreadsheet(workbookWith([header], extra), limits({ maxEntries: 10 })))).toBe(
      'The workbook holds 23 files; a spreadsheet has far fewer (at most 10 are read).',
    );
  });

  it('refuses a part whose declared size is over the limit, or compressed like a zip bomb, or all parts together over the total', async () => {
    const spaces = ' '.repeat(3 * 1024 * 1024);
    const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>${spaces}</sheetData></worksheet>`;
    expect(
      await refusal(readSpreadsheet(workbookWith([], [], sheet), limits({ maxEntryBytes: 2 * 1024 * 1024 }))),
    ).toMatch(/^The workbook's part xl\/worksheets\/sheet1\.xml would unpack to 3 MB; a part may have at most 2 MB\.$/);
    expect(await refusal(readSpreadsheet(workbookWith([], [], sheet)))).toMatch(
      /^The workbook's part xl\/worksheets\/sheet1\.xml is compressed \d+ to 1, far more than any spreadsheet/,
    );
    const parts = [1, 2, 3].map((i) => ({
      name: `xl/media/blob${i}.bin`,
      content: Buffer.from(Array.from({ length: 1024 * 1024 }, (_, j) => (j * 31 + i) % 251)),
    }));
    expect(
      await refusal(readSpreadsheet(workbookWith([header], parts), limits({ maxTotalBytes: 2 * 1024 * 1024 }))),
    ).toBe('The workbook would unpack to more than 2 MB, the most an import may have.');
  });

  it('refuses a part that unpacks to more than its directory declares, counting the real bytes', async () => {
    const sheet = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>${' '.repeat(2 * 1024 * 1024)}</sheetData></worksheet>`;
    const lying = zipOf([
      {
        name: 'xl/workbook.xml',
        content: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        content: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
      { name: 'xl/worksheets/sheet1.xml', content: sheet, declaredSize: 4096 },
    ]);
    expect(await refusal(readSpreadsheet(lying))).toBe(
      "The workbook's part xl/worksheets/sheet1.xml unpacks to more than its zip directory says: the file is damaged or made to exhaust the server, and is not read.",
    );
  });

  it('refuses a text, comment or attribute longer than any spreadsheet writes before holding it in memory', async () => {
    const open = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>`;
    const close = '</sheetData></worksheet>';
    const message =
      'The workbook holds a text, comment or tag longer than 1,000,000 characters, far more than a spreadsheet cell holds: it is not read.';
    for (const filler of [
      ' '.repeat(1_200_000),
      `<!--${'>'.repeat(1_200_000)}-->`,
      `<row r="2" x="${'a'.repeat(1_200_000)}"/>`,
      `<row r="2"><c r="A2" t="inlineStr"><is>${'<r><t>abcdefghij</t></r>'.repeat(110_000)}</is></c></row>`,
    ]) {
      expect(
        await refusal(readSpreadsheet(workbookWith([], [], open + filler + close), { maxCompressionRatio: 1_000_000 })),
      ).toBe(message);
    }
  });

  it('refuses a DOCTYPE (and with it any entity)', async () => {
    const sheet = `${XML}<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
    expect(await refusal(readSpreadsheet(workbookWith([], [], sheet)))).toMatch(
      /document type declaration \(DOCTYPE\)/,
    );
    const undeclared = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`;
    expect(await refusal(readSpreadsheet(workbookWith([], [], undeclared)))).toBe(
      'The file looks like a zip archive but is not a readable Excel workbook (.xlsx).',
    );
  });

  it('refuses zip archives that are not workbooks, and damaged ones', async () => {
    const notAWorkbook = 'The file looks like a zip archive but is not a readable Excel workbook (.xlsx).';
    const docx = zipOf([
      {
        name: '_rels/.rels',
        content: `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
      },
      {
        name: 'word/document.xml',
        content: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
      },
    ]);
    expect(await refusal(readSpreadsheet(docx))).toBe(notAWorkbook);
    const whole = workbookWith([header]);
    expect(await refusal(readSpreadsheet(whole.subarray(0, whole.length - 30)))).toBe(notAWorkbook);
    expect(
      await refusal(
        readSpreadsheet(
          workbookWith(
            [],
            [],
            `${XML}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>`,
          ),
        ),
      ),
    ).toBe(notAWorkbook);
    expect(
      await refusal(
        readSpreadsheet(
          zipOf([{ name: 'xl/workbook.xml', content: `${XML}<workbook xmlns="${MAIN}"><sheets/></workbook>` }]),
        ),
      ),
    ).toBe('The workbook has no worksheet.');
  });
});

describe('readSpreadsheet CSV', () => {
  it('reads commas or semicolons, quoted line breaks, and keeps the line numbers of records', async () => {
    const read = await readSpreadsheet(
      Buffer.from('Code;Title;Notes\r\nA-1;"two\r\nlines";\r\n;;\r\nA-2;Second;x\r\n'),
    );
    expect(read).toMatchObject({ format: 'csv', encoding: 'UTF-8', headers: ['Code', 'Title', 'Notes'] });
    expect(read.rows).toEqual([
      {
        line: 2,
        cells: [
          { column: 0, text: 'A-1' },
          { column: 1, text: 'two\r\nlines' },
        ],
      },
      {
        line: 4,
        cells: [
          { column: 0, text: 'A-2' },
          { column: 1, text: 'Second' },
          { column: 2, text: 'x' },
        ],
      },
    ]);
  });

  it('says which encoding it read', async () => {
    const read = await readSpreadsheet(Buffer.from('Code,Title\r\nA-1,Caf\xe9 \x80 5\r\n', 'latin1'));
    expect(read.encoding).toBe('Windows-1252');
    expect(read.rows[0].cells[1].text).toBe('Café € 5');
  });

  it('names the line of a malformed record', async () => {
    expect(await refusal(readSpreadsheet(Buffer.from('Code,Title\r\nA-1,"open\r\n')))).toMatch(
      /^The CSV file could not be read/,
    );
  });
});

describe('columnName', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [199, 'GR'],
    [200, 'GS'],
    [16_383, 'XFD'],
  ])('%i is %s', (column, name) => expect(columnName(column)).toBe(name));
});
