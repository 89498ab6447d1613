import { Injectable, Logger, NestMiddleware, Optional } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { AssayRequest } from '../auth/request-of';
import { Metrics } from '../metrics/metrics';

/**
 * One structured log line per request: method, path, status, duration, the GraphQL operation
 * name and the user id. Never bodies, cookies or tokens. With metrics on, the same timing feeds
 * the REST duration histogram (GraphQL requests are timed by operation in the Apollo plugin).
 */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  constructor(@Optional() private readonly metrics?: Metrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const requestId =
      (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const operation = (req.body as { operationName?: unknown } | undefined)?.operationName;
      const path = req.originalUrl.split('?')[0];
      const durationMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
      if (this.metrics && path !== '/graphql') {
        // The route pattern, never the path itself: ids in paths would make a label per row.
        const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
        this.metrics.recordHttp(req.method, route, res.statusCode, durationMs / 1000);
      }
      this.logger.log({
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs,
        operation: typeof operation === 'string' ? operation.slice(0, 100) : undefined,
        userId: (req as AssayRequest).actor?.id,
      });
    });
    next();
  }
}
