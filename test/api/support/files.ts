import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

/** A minimal valid one-page PDF showing `text`, with a correct cross-reference table. */
export function minimalPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 20 100 Td (${text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A valid PNG of `size`×`size` pixels in one colour. */
export function png(size = 2, rgb: [number, number, number] = [200, 40, 40]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A ZIP archive of uncompressed entries, as OOXML and OpenDocument files are built. */
export function zip(entries: [name: string, content: string][]): Buffer {
  return zipArchive(
    entries.map(([name, content]) => {
      const data = Buffer.from(content, 'utf8');
      return { name, method: 0 as const, data, declared: data.length, crc: crc32(data) };
    }),
  );
}

/** The smallest Word document file-type (and Word) recognise: a package with its content types. */
export function minimalDocx(text: string): Buffer {
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  return zip([
    ['[Content_Types].xml', types],
    ['_rels/.rels', rels],
    ['word/document.xml', document],
  ]);
}

/** The first bytes of a Windows executable (DOS header "MZ" and stub), padded. */
export function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'ascii');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('This program cannot be run in DOS mode.', 0x4e, 'ascii');
  bytes.write('PE\0\0', 0x80, 'binary');
  return bytes;
}

/** A part of a deflated ZIP archive: its text, or data already deflated (raw) with its true size; `declaredSize` makes the directory lie. */
export type ZipPart = { name: string; declaredSize?: number } & (
  { content: string | Buffer } | { deflated: Buffer; size: number; crc: number }
);

/** A ZIP archive of deflated entries, as spreadsheet programs write them. */
export function deflatedZip(parts: ZipPart[]): Buffer {
  return zipArchive(
    parts.map((part) => {
      let data: Buffer;
      let size: number;
      let crc: number;
      if ('content' in part) {
        const raw = typeof part.content === 'string' ? Buffer.from(part.content, 'utf8') : part.content;
        data = deflateRawSync(raw);
        size = raw.length;
        crc = crc32(raw);
      } else {
        ({ deflated: data, size, crc } = part);
      }
      return { name: part.name, method: 8 as const, data, declared: part.declaredSize ?? size, crc };
    }),
  );
}

/** One ZIP archive: local headers, data, central directory and its end record. `declared` is the size the headers state. */
function zipArchive(entries: { name: string; method: 0 | 8; data: Buffer; declared: number; crc: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, method, data, declared, crc } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook has around its one worksheet (no shared strings, no styles). */
function workbookParts(): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
  ];
}

/** An XLSX workbook whose one worksheet holds these rows of inline-string cells (`[reference, text]`). */
export function xlsxWithCells(rows: { line: number; cells: [reference: string, text: string][] }[]): Buffer {
  const sheetData = rows
    .map(
      (row) =>
        `<row r="${row.line}">${row.cells.map(([reference, text]) => `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return deflatedZip([
    ...workbookParts(),
    {
      name: 'xl/worksheets/sheet1.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
    },
  ]);
}

/**
 * An XLSX workbook whose worksheet is `gigabytes` of spaces between its tags, deflated to about a
 * thousandth of that. Built without ever holding the spaces: a mebibyte of spaces deflated with a
 * full flush (which ends byte-aligned and forgets the dictionary) is the same bytes every time, so
 * the stream is those bytes repeated. With `declaredSize` the zip directory claims that size
 * instead of the true one. The CRC is left 0: a reader must refuse the file long before it could
 * check one.
 */
export function zipBombXlsx(gigabytes: number, declaredSize?: number): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>`;
  const tail = '</sheetData></worksheet>';
  const mebibyte = 1024 * 1024;
  const spaces = deflateRawSync(Buffer.alloc(mebibyte, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.round(gigabytes * 1024);
  const deflated = Buffer.concat([
    deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_FULL_FLUSH }),
    ...Array.from({ length: count }, () => spaces),
    deflateRawSync(Buffer.from(tail)),
  ]);
  const size = Buffer.byteLength(head) + count * mebibyte + Buffer.byteLength(tail);
  return deflatedZip([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', deflated, size, crc: 0, declaredSize }]);
}
