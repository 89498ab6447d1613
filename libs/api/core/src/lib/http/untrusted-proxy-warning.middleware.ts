import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';

/** The warning, once per process, when a request arrives through a proxy that Assay does not trust. */
export const UNTRUSTED_PROXY_WARNING =
  "A request carried X-Forwarded-For, but ASSAY_TRUST_PROXY is 0: every person appears to come from the proxy's address, so the per-address sign-in limit counts them together and the cookie's Secure flag follows the proxy's connection. Set ASSAY_TRUST_PROXY to the number of proxies in front of Assay (and ASSAY_PUBLIC_URL to the address people use).";

/**
 * Behind a reverse proxy that is not trusted, every client address is the proxy's. Nothing breaks
 * visibly, so the first request that shows it logs one warning naming the setting to change.
 */
@Injectable()
export class UntrustedProxyWarningMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Proxy');
  private warned = false;

  constructor(private readonly config: AppConfig) {}

  use(req: Request, _res: Response, next: NextFunction): void {
    if (!this.warned && this.config.ASSAY_TRUST_PROXY === 0 && req.headers['x-forwarded-for'] !== undefined) {
      this.warned = true;
      this.logger.warn(UNTRUSTED_PROXY_WARNING);
    }
    next();
  }
}
