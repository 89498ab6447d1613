import { encode } from 'iconv-lite';
import { AppError } from '../errors/app-error';
import { decodeText, detectEncoding } from './text-encoding';

const CSV = 'Code,Title,Description\r\nCIRC-001,Café au lait,Fines in € and £\r\nCIRC-002,Naïve façade,Über straße\r\n';

describe('decodeText', () => {
  const FRENCH = "Code,Titre\r\nCIRC-001,Prêt à domicile; pénalités réglées à l'accueil\r\n";
  const LATIN1 = CSV.replace(/€/g, 'EUR');
  it.each([
    ['UTF-8 without a byte order mark', Buffer.from(CSV, 'utf8'), 'UTF-8', CSV],
    ['UTF-8 with a byte order mark (Excel’s "CSV UTF-8")', Buffer.from(`\ufeff${CSV}`, 'utf8'), 'UTF-8', CSV],
    [
      'UTF-16 little endian with a byte order mark (Excel’s "Unicode text")',
      Buffer.from(`\ufeff${CSV}`, 'utf16le'),
      'UTF-16 LE',
      CSV,
    ],
    ['UTF-16 big endian with a byte order mark', Buffer.from(`\ufeff${CSV}`, 'utf16le').swap16(), 'UTF-16 BE', CSV],
    ['UTF-16 little endian without a byte order mark', Buffer.from(CSV, 'utf16le'), 'UTF-16 LE', CSV],
    ['UTF-16 big endian without a byte order mark', Buffer.from(CSV, 'utf16le').swap16(), 'UTF-16 BE', CSV],
    [
      'Windows-1252 (plain "CSV" from Excel on Windows and LibreOffice)',
      encode(CSV, 'windows1252'),
      'Windows-1252',
      CSV,
    ],
    ['Windows-1252 in French', encode(FRENCH, 'windows1252'), 'Windows-1252', FRENCH],
    ['ISO-8859-1 (the same bytes for these letters)', encode(LATIN1, 'latin1'), 'Windows-1252', LATIN1],
  ])('reads %s', (_, bytes, encoding, text) => {
    expect(decodeText(bytes)).toEqual({ encoding, text });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('Code,Title\r\nA-1,Plain\r\n'))).toEqual({
      text: 'Code,Title\r\nA-1,Plain\r\n',
      encoding: 'UTF-8',
    });
  });

  it.each([
    ['bytes of every value', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a Windows executable', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64)])],
    ['text with a NUL byte', Buffer.from('Code,Title\r\nA-1,x\u0000y\r\n')],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
  ])('refuses %s as not text', (_, bytes) => {
    let error: unknown;
    try {
      decodeText(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions['code']).toBe('BAD_USER_INPUT');
    expect((error as AppError).message).toMatch(
      /neither an Excel workbook \(\.xlsx\) nor CSV text \(UTF-8, UTF-16 or Windows-1252\)/,
    );
  });

  it.each([
    [
      'Cyrillic in Windows-1251',
      encode(
        'Код,Название,Описание\r\nCIRC-001,Выдача книг,Читатели могут продлевать книги через интернет\r\n',
        'windows1251',
      ),
      'windows-1251',
    ],
    [
      'Japanese in Shift_JIS',
      encode('コード,タイトル,説明\r\nCIRC-001,貸出,利用者はオンラインで本を延長できます\r\n', 'shiftjis'),
      'Shift_JIS',
    ],
  ])('refuses %s instead of reading it as Windows-1252 nonsense', (_, bytes, name) => {
    expect(() => decodeText(bytes)).toThrow(
      `The file looks like text in ${name}, which Assay does not read. Save it as "CSV UTF-8" or .xlsx and try again.`,
    );
  });

  it('tells encodings apart from their bytes alone', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('UTF-8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('UTF-16 LE');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toBe('UTF-16 BE');
    expect(detectEncoding(Buffer.from('Caf\xe9', 'latin1'))).toBe('Windows-1252');
    expect(detectEncoding(Buffer.from('Café', 'utf8'))).toBe('UTF-8');
  });
});
