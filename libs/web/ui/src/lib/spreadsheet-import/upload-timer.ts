import { DestroyRef, inject, Signal, signal } from '@angular/core';

/** How long the server has been at an upload, for a busy note: see `uploadTimer`. */
export interface UploadTimer {
  /** Whole seconds since the running upload went to the server; 0 before the first. */
  readonly seconds: Signal<number>;
  /** Runs the upload, counting the seconds from 0 until it settles. */
  time<T>(upload: () => Promise<T>): Promise<T>;
}

/**
 * Counts the seconds an upload takes, once a second, since the server does not report how far it
 * has got. Made in an injection context, it stops when its component is destroyed.
 */
export function uploadTimer(destroyRef: Pick<DestroyRef, 'onDestroy'> = inject(DestroyRef)): UploadTimer {
  const seconds = signal(0);
  let clock: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (clock !== null) clearInterval(clock);
    clock = null;
  };
  destroyRef.onDestroy(stop);
  return {
    seconds: seconds.asReadonly(),
    async time<T>(upload: () => Promise<T>): Promise<T> {
      stop();
      seconds.set(0);
      const started = Date.now();
      clock = setInterval(() => seconds.set(Math.floor((Date.now() - started) / 1000)), 1000);
      try {
        return await upload();
      } finally {
        stop();
      }
    },
  };
}
