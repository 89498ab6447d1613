import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Observable, catchError, finalize, throwError } from 'rxjs';
import { AppConfig } from '../config/app-config';
import { badInput } from '../errors/app-error';
import { withHttpStatus } from '../http/http-error.filter';

/** The error for a file over ASSAY_MAX_UPLOAD_MB, answered with HTTP 413 and naming the limit. */
export function uploadTooLarge(config: AppConfig) {
  const limit = config.ASSAY_MAX_UPLOAD_MB;
  return withHttpStatus(
    badInput(`The file is larger than the upload limit of ${limit} MB.`, [
      { field: 'file', problems: [`At most ${limit} MB.`] },
    ]),
    413,
  );
}

/**
 * Turns multer's "File too large" into `uploadTooLarge`, for an upload endpoint whose multer limit
 * is ASSAY_MAX_UPLOAD_MB (plus one byte, so that multer stops a larger file early and the service
 * checks the exact size with the same error).
 */
@Injectable()
export class UploadLimitInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() => (error instanceof PayloadTooLargeException ? uploadTooLarge(this.config) : error)),
        ),
      );
  }
}

/** A file received by `streamedUpload`: written to a temporary file of its own as it arrived. */
export interface ReceivedFile {
  originalname: string;
  path: string;
  size: number;
}

/** The SHA-256 of a received file, read as a stream. */
export async function receivedFileSha256(file: ReceivedFile): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file.path), hash);
  return hash.digest('hex');
}

/**
 * A multer storage engine writing each file to a new temporary file as its bytes arrive, so an
 * upload is never held whole in memory. When the upload fails (over the limit, cut off), multer
 * asks it to remove the file again.
 */
const temporaryFileStorage = {
  _handleFile(
    _request: unknown,
    file: { stream: Readable },
    done: (error: Error | null, info?: { path: string; size: number }) => void,
  ): void {
    const path = join(tmpdir(), `assay-upload-${randomUUID()}`);
    const target = createWriteStream(path, { mode: 0o600, flags: 'wx' });
    pipeline(file.stream, target).then(
      () => done(null, { path, size: target.bytesWritten }),
      (error: Error) => void rm(path, { force: true }).finally(() => done(error)),
    );
  },
  _removeFile(_request: unknown, file: { path?: string }, done: (error: Error | null) => void): void {
    if (!file.path) return done(null);
    rm(file.path, { force: true }).then(() => done(null), done);
  },
};

/**
 * Receives the multipart field `file` into a temporary file (`ReceivedFile`) within the module's
 * multer limits. List TemporaryUploadCleanup before it, so that the file goes once answered.
 */
export function streamedUpload() {
  return FileInterceptor('file', { storage: temporaryFileStorage });
}

/** Removes the temporary file of a `streamedUpload` once the request is answered, whatever the answer. */
@Injectable()
export class TemporaryUploadCleanup implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { file?: { path?: string } }>();
    return next.handle().pipe(
      finalize(() => {
        const path = request.file?.path;
        if (path) void rm(path, { force: true }).catch(() => undefined);
      }),
    );
  }
}

/** A file as multer hands it to an upload endpoint (memory storage). */
export interface UploadedBytes {
  buffer: Buffer;
  size: number;
}

/**
 * Receives at most one file from the multipart field `file`, for an upload endpoint with a fixed
 * limit of its own instead of ASSAY_MAX_UPLOAD_MB: multer stops a file over `maxBytes` early.
 */
export function singleFileUpload(maxBytes: number) {
  return FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1 } });
}

/**
 * The bytes of a spreadsheet received by `singleFileUpload(maxBytes)`: refused when no file came or
 * when it reached the limit (HTTP 413), so the reader only ever sees a bounded file.
 */
export function uploadedSpreadsheet(file: UploadedBytes | undefined, maxBytes: number): Buffer {
  if (!file) throw badInput('Attach the spreadsheet as the form field "file".');
  if (file.size >= maxBytes)
    throw new PayloadTooLargeException(`The file is larger than ${maxBytes / 1024 / 1024} MB.`);
  return file.buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id in the route parameter `name`, for a guard that refuses a caller before the upload is read
 * (guards run before the interceptor that receives the file): `notAnId` when it is no UUID.
 */
export function uploadRouteId(request: Pick<Request, 'params'>, name: string, notAnId: string): string {
  const param = request.params[name];
  const id = typeof param === 'string' ? param : '';
  if (!UUID.test(id)) throw badInput(notAnId);
  return id;
}
