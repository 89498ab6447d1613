import { uploadTimer } from './upload-timer';

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
