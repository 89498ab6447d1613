import { GlobalRole } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { queryPrepared } from '../database/prepared';
import { RequestActor } from './actor';
import { SessionClaims } from './token.service';

/** How long a check of a session is reused by this process before the database is asked again. */
export const SESSION_CACHE_MS = 5_000;
/** Sessions whose check this process remembers at most (the oldest are forgotten first). */
export const SESSION_CACHE_SIZE = 10_000;
/** last_seen_at is brought up to date at most this often per session. */
const LAST_SEEN_EVERY_MS = 60_000;
/** Ended and expired sessions are removed at most this often per process, after this long. */
const CLEANUP_EVERY_MS = 60 * 60_000;
const KEEP_ENDED_DAYS = 7;

interface CachedCheck {
  actor: RequestActor;
  /** The token version the check was made with: a token signed after a password change is checked afresh. */
  tokenVersion: number;
  checkedAt: number;
}

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  clientAddress: string | null;
}

/**
 * Sessions kept in the database (user_session), so that every API process sees a sign-out.
 * Each request checks that its session is live: not ended, not expired, its person active and
 * with the token version the token was signed with. A check is reused for SESSION_CACHE_MS by
 * the process that made it, so most requests skip the query; a session ended through this
 * process stops working at once, one ended through another process within SESSION_CACHE_MS.
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);
  private readonly checks = new Map<string, CachedCheck>();
  private readonly lastSeenWritten = new Map<string, number>();
  private lastCleanup = 0;
  private readonly forgetListeners: ((userId: string) => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Starts a session for a person who has just proved who they are; returns its id. */
  async start(userId: string, userAgent: string | undefined, clientAddress: string): Promise<string> {
    this.cleanUpNowAndThen();
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO user_session (user_id, expires_at, user_agent, client_address) VALUES ($1, now() + make_interval(hours => $2), $3, $4) RETURNING id`,
      [userId, this.config.ASSAY_SESSION_HOURS, userAgent?.slice(0, 400) || null, clientAddress.slice(0, 100)],
    );
    return rows[0].id;
  }

  /** The person a token's session belongs to, or null when the session is not live. */
  async check(claims: SessionClaims): Promise<RequestActor | null> {
    const now = Date.now();
    const cached = this.checks.get(claims.sid);
    if (
      cached &&
      now - cached.checkedAt < SESSION_CACHE_MS &&
      cached.actor.id === claims.sub &&
      cached.tokenVersion === claims.tv
    ) {
      return cached.actor;
    }
    this.checks.delete(claims.sid);
    const rows = await queryPrepared<{
      id: string;
      email: string;
      display_name: string;
      global_role: GlobalRole;
      must_change_password: boolean;
      seen_ms_ago: number;
    }>(
      this.dataSource,
      `SELECT u.id, u.email, u.display_name, u.global_role, u.must_change_password,
              (extract(epoch FROM (now() - s.last_seen_at)) * 1000)::float8 AS seen_ms_ago
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.expires_at > now()
          AND u.active AND u.token_version = $3`,
      [claims.sid, claims.sub, claims.tv],
    );
    const row = rows[0];
    if (!row) {
      return null;
    }
    const actor: RequestActor = {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      globalRole: row.global_role,
      mustChangePassword: row.must_change_password,
      sessionId: claims.sid,
    };
    this.remember(claims.sid, { actor, tokenVersion: claims.tv, checkedAt: now });
    const written = this.lastSeenWritten.get(claims.sid) ?? now - row.seen_ms_ago;
    this.lastSeenWritten.set(claims.sid, written);
    if (now - written >= LAST_SEEN_EVERY_MS) {
      this.lastSeenWritten.set(claims.sid, now);
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [claims.sid]);
    }
    return actor;
  }

  /** The person's live sessions, most recently used first. */
  async listLive(userId: string): Promise<SessionRow[]> {
    const rows: {
      id: string;
      created_at: Date;
      last_seen_at: Date;
      expires_at: Date;
      user_agent: string | null;
      client_address: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.created_at, s.last_seen_at, s.expires_at, s.user_agent, s.client_address
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.user_id = $1 AND s.ended_at IS NULL AND s.expires_at > now() AND u.active
        ORDER BY s.last_seen_at DESC, s.created_at DESC, s.id`,
      [userId],
    );
    return rows.map((row) => ({
      id: row.id,
      createdAt: new Date(row.created_at),
      lastSeenAt: new Date(row.last_seen_at),
      expiresAt: new Date(row.expires_at),
      userAgent: row.user_agent,
      clientAddress: row.client_address,
    }));
  }

  /**
   * Ends one of the person's live sessions; false when they have no such live session. (The
   * UPDATEs here sit inside a SELECT: TypeORM answers a bare UPDATE with [rows, count].)
   */
  async end(userId: string, sessionId: string): Promise<boolean> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH ended AS (UPDATE user_session SET ended_at = now() WHERE id = $1 AND user_id = $2 AND ended_at IS NULL AND expires_at > now() RETURNING id) SELECT id FROM ended`,
      [sessionId, userId],
    );
    this.checks.delete(sessionId);
    return rows.length > 0;
  }

  /**
   * Ends the person's live sessions, all or all but one; returns how many ended. Pass the
   * transaction's manager when it belongs to a wider change (a password change, a deactivation).
   */
  async endAll(userId: string, options: { except?: string; manager?: EntityManager } = {}): Promise<number> {
    const rows: { id: string }[] = await (options.manager ?? this.dataSource).query(
      `WITH ended AS (UPDATE user_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now() AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id) SELECT id FROM ended`,
      [userId, options.except ?? null],
    );
    this.forget(userId);
    return rows.length;
  }

  /** Drops this process's remembered checks for a person, so their next request sees a change to the account at once. */
  forget(userId: string): void {
    for (const [sessionId, cached] of this.checks) {
      if (cached.actor.id === userId) this.checks.delete(sessionId);
    }
    for (const listener of this.forgetListeners) listener(userId);
  }

  /** Also runs `listener` whenever a person's checks are forgotten (their API tokens' checks follow the sessions'). */
  onForget(listener: (userId: string) => void): void {
    this.forgetListeners.push(listener);
  }

  private remember(sessionId: string, check: CachedCheck): void {
    if (this.checks.size >= SESSION_CACHE_SIZE) {
      // Maps iterate in insertion order: the first key is the oldest check.
      const oldest = this.checks.keys().next().value;
      if (oldest !== undefined) this.checks.delete(oldest);
    }
    this.checks.set(sessionId, check);
    if (this.lastSeenWritten.size >= SESSION_CACHE_SIZE) {
      const oldest = this.lastSeenWritten.keys().next().value;
      if (oldest !== undefined) this.lastSeenWritten.delete(oldest);
    }
  }

  /** Removes sessions that ended or expired more than a week ago, at most once an hour per process, without holding up the sign-in. */
  private cleanUpNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    this.dataSource
      .query(`DELETE FROM user_session WHERE coalesce(ended_at, expires_at) < now() - make_interval(days => $1)`, [
        KEEP_ENDED_DAYS,
      ])
      .catch((error: unknown) =>
        this.logger.warn(`Removing old sessions failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  }
}
