import { Injectable, NestMiddleware } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { Metrics } from './metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics` for Prometheus, only with `Authorization: Bearer <ASSAY_METRICS_TOKEN>`. It
 * answers before the auth guard: the token is not a person's, and a scrape touches no database.
 * The token is compared as digests of equal length, in constant time.
 */
@Injectable()
export class MetricsEndpointMiddleware implements NestMiddleware {
  private readonly expected: Buffer;

  constructor(
    private readonly metrics: Metrics,
    config: AppConfig,
  ) {
    this.expected = digest(config.ASSAY_METRICS_TOKEN ?? '');
  }

  async use(req: Request, res: Response): Promise<void> {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (!token || !timingSafeEqual(digest(token), this.expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Send the metrics token as a Bearer token.' });
      return;
    }
    res.setHeader('Content-Type', this.metrics.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await this.metrics.text());
  }
}
