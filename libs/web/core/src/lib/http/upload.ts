import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { DestroyRef, inject, Signal, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/**
 * Posts a multipart form to one of the API's plain-HTTP upload endpoints, with the session cookie and
 * the `X-Requested-With: assay` header they all ask for (see CustomHeaderGuard), and gives the answer.
 */
export function postUpload<T>(http: HttpClient, url: string, body: FormData): Promise<T> {
  return firstValueFrom(
    http.post<T>(url, body, {
      headers: new HttpHeaders({ 'x-requested-with': 'assay' }),
      withCredentials: true,
    }),
  );
}

/** How an upload is named in its failures: "too large to import", "could not be read". */
export interface UploadWords {
  /** What the file is too large for: "import", "upload", "attach". */
  tooLargeTo: string;
  /** What could not be done to it: "read", "uploaded", "attached". */
  couldNotBe: string;
}

/**
 * What went wrong with a file sent by `postUpload`, in words: the server's own message (`{ code,
 * message }`), else no connection, a file over the upload limit (413), or a failure to try again.
 */
export function uploadProblem(error: unknown, fileName: string, words: UploadWords): string {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { message?: string } | null;
    if (body && typeof body === 'object' && body.message) return body.message;
    if (error.status === 0) return 'Assay could not reach the server. Check your connection and try again.';
    if (error.status === 413) return `${fileName} is too large to ${words.tooLargeTo}.`;
  }
  return `${fileName} could not be ${words.couldNotBe}. Please try again.`;
}

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
