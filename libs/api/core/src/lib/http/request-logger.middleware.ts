import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AssayRequest } from '../auth/request-of';

/**
 * One structured log line per request: method, path, status, duration, the GraphQL operation
 * name and the user id. Never bodies, cookies or tokens.
 */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const requestId =
      (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
      this.logger.log({
        requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        operation: typeof operation === 'string' ? operation.slice(0, 100) : undefined,
        userId: (req as AssayRequest).actor?.id,
      });
    });
    next();
  }
}
