import { attachmentDisposition, extensionOf, sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\me\\quote.pdf', 'quote.pdf'],
    ['  a \t b\r\nc  .pdf', 'a b c .pdf'],
    ['bell\u0007\u0000.pdf', 'bell.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['.htaccess', 'htaccess'],
    ['name.pdf...', 'name.pdf'],
    ['', 'file'],
    [null, 'file'],
    ['../', 'file'],
    ['\u0001\u0002', 'file'],
    ['Cafe\u0301.pdf', 'Café.pdf'],
  ])('%j → %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('shortens a long name to 200 characters and keeps the extension', () => {
    const sut = sanitiseFileName(`${'x'.repeat(300)}.docx`);
    expect(sut).toHaveLength(200);
    expect(sut.endsWith('x.docx')).toBe(true);
  });

  it('counts characters, not UTF-16 units, and never splits one', () => {
    const sut = sanitiseFileName(`${'📄'.repeat(250)}.pdf`);
    expect(Array.from(sut)).toHaveLength(200);
    expect(sut).toBe(`${'📄'.repeat(196)}.pdf`);
  });

  it('does not keep an implausibly long "extension"', () => {
    expect(Array.from(sanitiseFileName(`a.${'b'.repeat(300)}`))).toHaveLength(200);
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['a.tar.gz', 'gz'],
    ['noext', ''],
    ['trailing.', ''],
  ])('%j → %j', (name, expected) => expect(extensionOf(name)).toBe(expected));
});

describe('attachmentDisposition', () => {
  it('names an ASCII file as it is', () => {
    expect(attachmentDisposition('Support contract.pdf')).toBe(
      `attachment; filename="Support contract.pdf"; filename*=UTF-8''Support%20contract.pdf`,
    );
  });

  it('gives an ASCII fallback without quotes or backslashes and the exact name in filename*', () => {
    const sut = attachmentDisposition('Ré "sumé" \\ 日本 (1)\'s.pdf');
    expect(sut).toBe(
      `attachment; filename="Re _sume_ _ __ (1)'s.pdf"; filename*=UTF-8''R%C3%A9%20%22sum%C3%A9%22%20%5C%20%E6%97%A5%E6%9C%AC%20%281%29%27s.pdf`,
    );
  });
});
