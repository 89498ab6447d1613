// Angular's HTTP module declares an injectable, which outside a build needs the JIT compiler.
import '@angular/compiler';
import { HttpErrorResponse } from '@angular/common/http';
import { uploadProblem } from './upload';

const IMPORT = { tooLargeTo: 'import', couldNotBe: 'read' };

describe('uploadProblem', () => {
  it.each([
    [
      'the server’s own words',
      new HttpErrorResponse({ status: 400, error: { code: 'BAD_USER_INPUT', message: 'Say mode=preview.' } }),
      'Say mode=preview.',
    ],
    [
      'no connection',
      new HttpErrorResponse({ status: 0 }),
      'Assay could not reach the server. Check your connection and try again.',
    ],
    ['a 413 without a body', new HttpErrorResponse({ status: 413, error: null }), 'cases.csv is too large to import.'],
    [
      'a 500 without a message',
      new HttpErrorResponse({ status: 500, error: 'oops' }),
      'cases.csv could not be read. Please try again.',
    ],
    ['anything else', new Error('boom'), 'cases.csv could not be read. Please try again.'],
  ])('%s', (_case, error, expected) => {
    expect(uploadProblem(error, 'cases.csv', IMPORT)).toBe(expected);
  });

  it('names what the upload does', () => {
    const words = { tooLargeTo: 'attach', couldNotBe: 'attached' };
    expect(uploadProblem(new HttpErrorResponse({ status: 413 }), 'a.pdf', words)).toBe('a.pdf is too large to attach.');
    expect(uploadProblem(undefined, 'a.pdf', words)).toBe('a.pdf could not be attached. Please try again.');
  });
});
