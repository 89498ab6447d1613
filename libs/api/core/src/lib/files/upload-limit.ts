import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Observable, catchError, throwError } from 'rxjs';
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
