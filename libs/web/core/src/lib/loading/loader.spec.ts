import { CombinedGraphQLErrors } from '@apollo/client/core';
import { of } from 'rxjs';
import { loader } from './loader';

/** A request the test answers (or fails) when it chooses. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('loader', () => {
  it('is loading while a run is under way and applies what it loaded', async () => {
    const sut = loader();
    const request = pending<string>();
    let shown = '';
    expect(sut.loading()).toBe(false);
    const done = sut.run(async (step) => (shown = await step(request.promise)));
    expect(sut.loading()).toBe(true);
    request.resolve('Koha');
    await done;
    expect(shown).toBe('Koha');
    expect(sut.loading()).toBe(false);
    expect(sut.error()).toBeNull();
  });

  it('starts out loading when asked to, for pages that load as they open', () => {
    expect(loader({ loading: true }).loading()).toBe(true);
  });

  it('takes observables (Apollo queries) as well as promises', async () => {
    const sut = loader();
    let shown = 0;
    await sut.run(async (step) => (shown = await step(of(1, 2))));
    expect(shown).toBe(1);
  });

  it('lets the latest run win when an older one answers after it', async () => {
    const sut = loader();
    const first = pending<string>();
    const second = pending<string>();
    const shown: string[] = [];
    const older = sut.run(async (step) => shown.push(await step(first.promise)));
    const newer = sut.run(async (step) => shown.push(await step(second.promise)));
    second.resolve('new');
    await newer;
    first.resolve('old');
    await older;
    expect(shown).toEqual(['new']);
    expect(sut.loading()).toBe(false);
  });

  it('keeps loading while the latest run is still under way, whatever older runs do', async () => {
    const sut = loader();
    const first = pending<string>();
    const second = pending<string>();
    const older = sut.run((step) => step(first.promise));
    void sut.run((step) => step(second.promise));
    first.reject(new Error('Failed to fetch'));
    await older;
    expect(sut.loading()).toBe(true);
    expect(sut.error()).toBeNull();
  });

  it('stops an older run between its steps, so a second request never applies late', async () => {
    const sut = loader();
    const first = pending<string>();
    const applied: string[] = [];
    const older = sut.run(async (step) => {
      applied.push(await step(first.promise));
      applied.push(await step(Promise.resolve('detail')));
    });
    await sut.run(async (step) => applied.push(await step(Promise.resolve('newer'))));
    first.resolve('old');
    await older;
    expect(applied).toEqual(['newer']);
  });

  it('describes a failure of the latest run as a Problem, and clears it on the next run', async () => {
    const sut = loader();
    const refusal = new CombinedGraphQLErrors({
      errors: [{ message: 'Evaluation not found.', extensions: { code: 'NOT_FOUND' } }],
    });
    await sut.run((step) => step(Promise.reject(refusal)));
    expect(sut.error()).toMatchObject({ code: 'NOT_FOUND', message: 'Evaluation not found.' });
    expect(sut.loading()).toBe(false);
    await sut.run((step) => step(Promise.resolve(1)));
    expect(sut.error()).toBeNull();
  });

  it('describes what the load itself throws the same way', async () => {
    const sut = loader();
    await sut.run(async () => {
      throw new Error('The round could not be read.');
    });
    expect(sut.error()).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
