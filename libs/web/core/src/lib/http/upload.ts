import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
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

/** How an import endpoint's failures are named: "too large to import", "could not be read". */
const IMPORT_WORDS: UploadWords = { tooLargeTo: 'import', couldNotBe: 'read' };

/**
 * The calls of a spreadsheet import endpoint (`POST url?mode=preview`, then the mode that writes) and
 * their failures in words, for the import dialog.
 */
export function spreadsheetImportCalls<R>(
  http: HttpClient,
  url: string,
  commitMode: 'commit' | 'apply' = 'commit',
): {
  preview: (file: File) => Promise<R>;
  commit: (file: File) => Promise<R>;
  describeError: (error: unknown, fileName: string) => string;
} {
  const send = (mode: string, file: File) => {
    const body = new FormData();
    body.append('file', file, file.name);
    return postUpload<R>(http, `${url}?mode=${mode}`, body);
  };
  return {
    preview: (file) => send('preview', file),
    commit: (file) => send(commitMode, file),
    describeError: (error, fileName) => uploadProblem(error, fileName, IMPORT_WORDS),
  };
}
