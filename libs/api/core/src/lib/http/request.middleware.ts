import { Injectable, NestMiddleware, Optional } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../metrics/metrics';
import { RequestLoggerMiddleware } from './request-logger.middleware';
import { RequestScopeMiddleware } from './request-scope';
import { UntrustedProxyWarningMiddleware } from './untrusted-proxy-warning.middleware';

/**
 * What every request goes through first, in this order: its RequestScope, its log line, the
 * warning about an untrusted proxy. One middleware rather than three, so that the router matches
 * the request's path once.
 */
@Injectable()
export class RequestMiddleware implements NestMiddleware {
  private readonly scope = new RequestScopeMiddleware();
  private readonly log: RequestLoggerMiddleware;
  private readonly proxy: UntrustedProxyWarningMiddleware;

  constructor(config: AppConfig, @Optional() metrics?: Metrics) {
    this.log = new RequestLoggerMiddleware(metrics);
    this.proxy = new UntrustedProxyWarningMiddleware(config);
  }

  use(req: Request, res: Response, next: NextFunction): void {
    this.scope.use(req, res, () => this.log.use(req, res, () => this.proxy.use(req, res, next)));
  }
}
