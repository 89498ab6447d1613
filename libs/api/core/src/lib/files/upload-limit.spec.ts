import { PayloadTooLargeException } from '@nestjs/common';
import { uploadedSpreadsheet, uploadRouteId } from './upload-limit';

const MB = 1024 * 1024;

describe('uploadedSpreadsheet', () => {
  it('hands over the bytes of a file under the limit', () => {
    const buffer = Buffer.from('Title\nOne\n');
    expect(uploadedSpreadsheet({ buffer, size: buffer.length }, 20 * MB)).toBe(buffer);
  });

  it('asks for the file when none came', () => {
    expect(() => uploadedSpreadsheet(undefined, 20 * MB)).toThrow('Attach the spreadsheet as the form field "file".');
  });

  it.each([
    [20 * MB, 20 * MB],
    [20 * MB + 1, 20 * MB],
  ])('refuses %d bytes against a limit of %d with 413 naming the limit in MB', (size, limit) => {
    const sut = () => uploadedSpreadsheet({ buffer: Buffer.alloc(0), size }, limit);
    expect(sut).toThrow(PayloadTooLargeException);
    expect(sut).toThrow('The file is larger than 20 MB.');
  });
});

describe('uploadRouteId', () => {
  const id = '0b6f5a52-3c1e-4d8e-9f3a-2a7b1c9d0e4f';

  it.each([id, id.toUpperCase()])('takes the UUID %s from the named parameter', (value) => {
    expect(uploadRouteId({ params: { planId: value } }, 'planId', 'That is not a test plan id.')).toBe(value);
  });

  const refused: Record<string, string>[] = [{}, { planId: 'plan-1' }, { planId: `${id}x` }, { id }];

  it.each(refused)('refuses params %j with the words given', (params) => {
    expect(() => uploadRouteId({ params }, 'planId', 'That is not a test plan id.')).toThrow(
      'That is not a test plan id.',
    );
  });
});
