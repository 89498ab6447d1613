import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors/app-error';
import { detectContentType, detectFileContentType, SniffedType } from './content-type';

/** Stands in for file-type (ESM, which Jest here does not load): answers what the test says the bytes are. */
const sniffAs = (type?: SniffedType) => async () => type;
const PDF = { ext: 'pdf', mime: 'application/pdf' };
const PNG = { ext: 'png', mime: 'image/png' };
const JPEG = { ext: 'jpg', mime: 'image/jpeg' };
const EXE = { ext: 'exe', mime: 'application/x-msdownload' };
const bytes = (text = 'x') => Buffer.from(text);

async function refusal(promise: Promise<string>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('BAD_USER_INPUT');
  return (error as AppError).message;
}

describe('detectContentType', () => {
  it('accepts a type detected from the bytes when the name says the same', async () => {
    await expect(detectContentType(bytes(), 'a.pdf', sniffAs(PDF))).resolves.toBe('application/pdf');
    await expect(detectContentType(bytes(), 'Photo.JPEG', sniffAs(JPEG))).resolves.toBe('image/jpeg');
    await expect(detectContentType(bytes(), 'photo.jpg', sniffAs(JPEG))).resolves.toBe('image/jpeg');
  });

  it('refuses bytes of an accepted type under another type’s name', async () => {
    expect(await refusal(detectContentType(bytes(), 'report.pdf', sniffAs(PNG)))).toMatch(
      /“report\.pdf” is a PNG image, not a PDF document.*\.png/,
    );
    expect(await refusal(detectContentType(bytes(), 'report', sniffAs(PNG)))).toMatch(/named with an extension/);
  });

  it('refuses a type outside the list, whatever the name', async () => {
    expect(await refusal(detectContentType(bytes(), 'setup.pdf', sniffAs(EXE)))).toMatch(/\.exe file/);
  });

  it('accepts UTF-8 text without NULs by name, even when its first bytes look like something else', async () => {
    await expect(
      detectContentType(bytes('BM,1\n'), 'cars.csv', sniffAs({ ext: 'bmp', mime: 'image/bmp' })),
    ).resolves.toBe('text/csv; charset=utf-8');
    await expect(detectContentType(bytes('# Notes'), 'notes.md', sniffAs())).resolves.toBe(
      'text/markdown; charset=utf-8',
    );
    await expect(detectContentType(bytes('Grüße'), 'notes.TXT', sniffAs())).resolves.toBe('text/plain; charset=utf-8');
  });

  it('refuses text that is not UTF-8 or holds NULs, and text under a binary name', async () => {
    expect(await refusal(detectContentType(Buffer.from([0x61, 0xe9, 0x62]), 'latin1.txt', sniffAs()))).toMatch(
      /not UTF-8/,
    );
    expect(await refusal(detectContentType(Buffer.from('a\0b'), 'nul.csv', sniffAs()))).toMatch(/not UTF-8/);
    expect(await refusal(detectContentType(bytes('hello'), 'hello.pdf', sniffAs()))).toMatch(/holds plain text/);
  });

  it('refuses what it cannot recognise, and empty files', async () => {
    expect(await refusal(detectContentType(Buffer.from([0xff, 0x00, 0xfe]), 'blob.pdf', sniffAs()))).toMatch(
      /cannot tell/,
    );
    expect(await refusal(detectContentType(Buffer.alloc(0), 'empty.txt', sniffAs()))).toMatch(/is empty/);
  });
});

describe('detectFileContentType', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'assay-content-type-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A file of `bytes`, and its type as detected from the file. */
  const detect = (name: string, bytes: Buffer, type?: SniffedType) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return detectFileContentType(path, bytes.length, name, sniffAs(type));
  };
  // Longer than one read of the file (64 KB), with a two-byte character across the boundary.
  const longText = (tail: Buffer) => Buffer.concat([Buffer.alloc(64 * 1024 - 1, 'a'), tail]);

  it('decides as detectContentType does, reading text piece by piece', async () => {
    await expect(detect('a.pdf', bytes('%PDF'), PDF)).resolves.toBe('application/pdf');
    await expect(detect('long.txt', longText(Buffer.from('é and more')))).resolves.toBe('text/plain; charset=utf-8');
  });

  it('refuses text that is not UTF-8 or holds a NUL beyond the first piece', async () => {
    expect(await refusal(detect('latin1.txt', longText(Buffer.from([0xe9, 0x62]))))).toMatch(/not UTF-8/);
    expect(await refusal(detect('nul.csv', longText(Buffer.from('b\0c'))))).toMatch(/not UTF-8/);
    expect(await refusal(detect('empty.txt', Buffer.alloc(0)))).toMatch(/is empty/);
  });
});
