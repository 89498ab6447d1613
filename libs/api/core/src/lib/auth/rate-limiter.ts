import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Limit {
  key: string;
  /** Attempts allowed in one window. */
  limit: number;
}

/** The answer to a reservation: allowed, or refused with the minutes until the window that refused it ends. */
export type Reservation = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Fixed-window counters kept in the database, so every API process behind a load balancer
 * counts the same attempts.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one attempt against `own` and, while `own` is within its limit, against `shared`, in one
   * statement, and says whether both are still within their limits. The counting happens before
   * the attempt is carried out, so simultaneous attempts cannot all pass a check made before any
   * of them was counted. Attempts that `own` already refuses do not use up `shared`: one refused
   * account hammered from a shared address does not lock out everyone else there.
   */
  async reserve(own: Limit, shared: Limit, minutes: number): Promise<Reservation> {
    const bump = `ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN b.window_started_at <= now() - make_interval(mins => $3) THEN 1 ELSE b.hits + 1 END,
        window_started_at = CASE WHEN b.window_started_at <= now() - make_interval(mins => $3) THEN now() ELSE b.window_started_at END
      RETURNING hits, ceil(extract(epoch FROM (window_started_at + make_interval(mins => $3) - now())) / 60)::int AS remaining`;
    const rows: {
      own_hits: number;
      own_remaining: number;
      shared_hits: number | null;
      shared_remaining: number | null;
    }[] = await this.dataSource.query(
      `WITH own AS (
         INSERT INTO rate_limit_bucket AS b (key, window_started_at, hits) VALUES ($1, now(), 1) ${bump}
       ), shared AS (
         INSERT INTO rate_limit_bucket AS b (key, window_started_at, hits) SELECT $2, now(), 1 FROM own WHERE own.hits <= $4 ${bump}
       )
       SELECT own.hits AS own_hits, own.remaining AS own_remaining, shared.hits AS shared_hits, shared.remaining AS shared_remaining
         FROM own LEFT JOIN shared ON true`,
      [own.key, shared.key, minutes, own.limit],
    );
    const row = rows[0];
    if (row.own_hits > own.limit) {
      return { allowed: false, retryAfterMinutes: Math.max(1, row.own_remaining) };
    }
    if (row.shared_hits !== null && row.shared_hits > shared.limit) {
      return { allowed: false, retryAfterMinutes: Math.max(1, row.shared_remaining ?? 1) };
    }
    return { allowed: true };
  }

  /** Gives back one reserved attempt (an attempt that turned out not to count, e.g. a successful sign-in). */
  async release(key: string): Promise<void> {
    await this.dataSource.query(`UPDATE rate_limit_bucket SET hits = greatest(hits - 1, 0) WHERE key = $1`, [key]);
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [key]);
  }
}
