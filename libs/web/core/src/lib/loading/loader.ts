import { signal } from '@angular/core';
import { firstValueFrom, isObservable, Observable } from 'rxjs';
import { Problem, problemOf } from '../errors/problem';

/** Awaits one request of a load; stops the load there when a newer one has started meanwhile. */
export type LoadStep = <T>(request: Promise<T> | Observable<T>) => Promise<T>;

/** What a load throws at its next step once a newer load has taken its place: caught and dropped. */
const SUPERSEDED = Symbol('superseded');

/**
 * Loads data for a page, a store or a dialog where the latest request wins: each run awaits its
 * requests through `step`, and once a newer run has started, the older one stops at its next step
 * without touching anything. `loading` and `error` always describe the latest run; the error is a
 * `Problem`, whatever was thrown.
 *
 * ```ts
 * private readonly loader = loader({ loading: true });
 * readonly loading = this.loader.loading;
 * readonly error = this.loader.error;
 * load(id: string) {
 *   return this.loader.run(async (step) => this.vendor.set((await step(this.apollo.query(…))).data.vendor));
 * }
 * ```
 */
export class Loader {
  private readonly runningState = signal(false);
  private readonly problemState = signal<Problem | null>(null);
  private latest = 0;

  readonly loading = this.runningState.asReadonly();
  readonly error = this.problemState.asReadonly();

  constructor(loading = false) {
    this.runningState.set(loading);
  }

  /** Runs a load; resolves when it has finished, failed (see `error`) or been overtaken by a newer one. */
  async run(work: (step: LoadStep) => Promise<unknown>): Promise<void> {
    const run = ++this.latest;
    const step: LoadStep = async (request) => {
      const value = await (isObservable(request) ? firstValueFrom(request) : request);
      if (run !== this.latest) throw SUPERSEDED;
      return value;
    };
    this.runningState.set(true);
    this.problemState.set(null);
    try {
      await work(step);
    } catch (error) {
      if (error !== SUPERSEDED && run === this.latest) this.problemState.set(problemOf(error));
    } finally {
      if (run === this.latest) this.runningState.set(false);
    }
  }
}

/** A loader for one kind of data; `loading: true` when the page starts out loading it. */
export function loader(options: { loading?: boolean } = {}): Loader {
  return new Loader(options.loading ?? false);
}
