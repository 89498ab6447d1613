import { ErrorCode } from '@assay/domain';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../errors/app-error';
import { INTERNAL_ERROR_MESSAGE } from '../errors/format-error';
import { uniqueViolation } from '../errors/unique-violation';

const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
};

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RateLimited,
};

/** An AppError answered with this HTTP status instead of the one its code implies (e.g. 413). */
export function withHttpStatus<T extends AppError>(error: T, status: number): T {
  return Object.assign(error, { httpStatus: status });
}

/**
 * What the GraphQL error formatter is for resolvers, this is for plain HTTP controllers (file
 * upload and download): `{ code, message, ...details }` with the HTTP status that fits the code,
 * the same codes GraphQL clients see. Anything unexpected is logged and answered with a generic 500.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      response.destroy();
      return;
    }
    const { status, body } = this.describe(error);
    response.status(status).json(body);
  }

  private describe(error: unknown): { status: number; body: Record<string, unknown> } {
    const duplicate = uniqueViolation(error);
    if (duplicate) return this.describe(duplicate);
    if (error instanceof AppError) {
      const status =
        (error as AppError & { httpStatus?: number }).httpStatus ??
        STATUS_OF_CODE[error.code] ??
        HttpStatus.INTERNAL_SERVER_ERROR;
      const { code, ...details } = error.extensions;
      return { status, body: { code, message: error.message, ...details } };
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      return { status, body: { code: CODE_OF_STATUS[status] ?? ErrorCode.BadUserInput, message: error.message } };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: ErrorCode.Internal, message: INTERNAL_ERROR_MESSAGE },
    };
  }
}
