import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Window {
  limit: number;
  minutes: number;
}

/**
 * Fixed-window counters kept in the database, so every API process behind a load balancer
 * counts the same attempts.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Minutes until `key` may try again, or 0 when it is under its limit. */
  async retryAfterMinutes(key: string, window: Window): Promise<number> {
    const rows: { hits: number; remaining: number }[] = await this.dataSource.query(
      `SELECT hits, ceil(extract(epoch FROM (window_started_at + make_interval(mins => $2) - now())) / 60)::int AS remaining
         FROM rate_limit_bucket WHERE key = $1 AND window_started_at > now() - make_interval(mins => $2)`,
      [key, window.minutes],
    );
    const row = rows[0];
    return row && row.hits >= window.limit ? Math.max(1, row.remaining) : 0;
  }

  /** Counts one hit against `key`, starting a new window when the old one has passed. */
  async hit(key: string, window: Window): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO rate_limit_bucket (key, window_started_at, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit_bucket.window_started_at <= now() - make_interval(mins => $2) THEN 1 ELSE rate_limit_bucket.hits + 1 END,
         window_started_at = CASE WHEN rate_limit_bucket.window_started_at <= now() - make_interval(mins => $2) THEN now() ELSE rate_limit_bucket.window_started_at END`,
      [key, window.minutes],
    );
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [key]);
  }
}
