import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
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
