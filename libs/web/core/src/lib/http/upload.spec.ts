// Angular's HTTP module declares an injectable, which outside a build needs the JIT compiler.
import '@angular/compiler';
import { HttpErrorResponse } from '@angular/common/http';
import { uploadProblem, uploadTimer } from './upload';

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

describe('uploadTimer', () => {
  let stopOnDestroy: (() => void) | undefined;
  const destroyRef = {
    onDestroy: (stop: () => void) => {
      stopOnDestroy = stop;
      return () => undefined;
    },
  };

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('counts whole seconds while the upload runs, from 0 again for the next', async () => {
    const sut = uploadTimer(destroyRef);
    let finish: (value: string) => void = () => undefined;
    const running = sut.time(() => new Promise<string>((resolve) => (finish = resolve)));
    expect(sut.seconds()).toBe(0);
    jest.advanceTimersByTime(3500);
    expect(sut.seconds()).toBe(3);
    finish('done');
    await expect(running).resolves.toBe('done');
    jest.advanceTimersByTime(5000);
    expect(sut.seconds()).toBe(3);

    const failing = sut.time(() => Promise.reject(new Error('refused')));
    expect(sut.seconds()).toBe(0);
    await expect(failing).rejects.toThrow('refused');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('stops counting when its component is destroyed', () => {
    const sut = uploadTimer(destroyRef);
    void sut.time(() => new Promise(() => undefined));
    jest.advanceTimersByTime(2000);
    stopOnDestroy?.();
    jest.advanceTimersByTime(5000);
    expect(sut.seconds()).toBe(2);
    expect(jest.getTimerCount()).toBe(0);
  });
});
