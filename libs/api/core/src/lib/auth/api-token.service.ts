import { ApiTokenEntity } from '@assay/api/data';
import {
  API_TOKEN_DEFAULT_DAYS,
  API_TOKEN_MAX_LIVE,
  API_TOKEN_PREFIX,
  apiTokenDaysProblems,
  apiTokenShownPart,
  ErrorCode,
  GlobalRole,
  isWellFormedApiToken,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput, conflict, notFound } from '../errors/app-error';
import { RequestActor } from './actor';
import { CreateApiTokenInput } from './api-token.inputs';
import { ApiToken, CreatedApiToken } from './api-token.types';
import { SESSION_CACHE_MS, SESSION_CACHE_SIZE, SessionService } from './session.service';

/** last_used_at is brought up to date at most this often per token. */
const LAST_USED_EVERY_MS = 60_000;
/** Expired tokens stay in their owner's list this long (so a failing CI job's token can be recognised), then drop out of it. */
const LIST_EXPIRED_DAYS = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a token can never do: these need the person to have signed in, not a script holding a token. */
export const SESSION_REQUIRED_MESSAGE =
  'An API token cannot manage API tokens or sessions or change the password: sign in with your password to do that.';

/** The refusal for an operation reserved to a signed-in session. */
export function sessionRequired(): AppError {
  return new AppError(ErrorCode.Forbidden, SESSION_REQUIRED_MESSAGE, { reason: 'SESSION_REQUIRED' });
}

interface CachedCheck {
  actor: RequestActor;
  checkedAt: number;
}

/** SHA-256 of the whole token: the secret is 32 random bytes, so no slow password hash is needed, and the hash is the lookup key. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Personal API tokens: a person creates named tokens that expire, sees each secret once, lists
 * them with their last use and revokes them. A token acts as its owner with the owner's roles,
 * checked on every request like a session (revoked, expired or owner deactivated: refused), and
 * remembered for SESSION_CACHE_MS like a session check, so a revoke through this process applies
 * at once and through another within the same few seconds.
 */
@Injectable()
export class ApiTokenService {
  private readonly checks = new Map<string, CachedCheck>();
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {
    // A change to the person (deactivation, role, name) reaches their tokens as it reaches their sessions.
    sessions.onForget((userId) => this.forget(userId));
  }

  /** The owner of a live token, or null for anything else (unknown, garbled, revoked, expired, owner inactive). */
  async check(token: string): Promise<RequestActor | null> {
    if (!isWellFormedApiToken(token)) {
      return null;
    }
    const hash = hashApiToken(token);
    const now = Date.now();
    const cached = this.checks.get(hash);
    if (cached && now - cached.checkedAt < SESSION_CACHE_MS) {
      return cached.actor;
    }
    this.checks.delete(hash);
    const rows: {
      token_id: string;
      id: string;
      email: string;
      display_name: string;
      global_role: GlobalRole;
      used_ms_ago: number | null;
    }[] = await this.dataSource.query(
      `SELECT t.id AS token_id, u.id, u.email, u.display_name, u.global_role,
              (extract(epoch FROM (now() - t.last_used_at)) * 1000)::float8 AS used_ms_ago
         FROM api_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active`,
      [hash],
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
      // A token is a credential of its own: a temporary password set by an administrator does not stop a CI job.
      mustChangePassword: false,
      apiTokenId: row.token_id,
    };
    this.remember(hash, { actor, checkedAt: now });
    const written = this.lastUsedWritten.get(row.token_id) ?? (row.used_ms_ago === null ? null : now - row.used_ms_ago);
    if (written === null || now - written >= LAST_USED_EVERY_MS) {
      this.lastUsedWritten.set(row.token_id, now);
      await this.dataSource.query(`UPDATE api_token SET last_used_at = now() WHERE id = $1`, [row.token_id]);
    } else {
      this.lastUsedWritten.set(row.token_id, written);
    }
    return actor;
  }

  /** The person's tokens that are not revoked (expired ones for a while, marked), newest first. */
  async list(actor: RequestActor): Promise<ApiToken[]> {
    requireSession(actor);
    const rows = await this.dataSource
      .getRepository(ApiTokenEntity)
      .createQueryBuilder('t')
      .where('t.userId = :userId AND t.revokedAt IS NULL', { userId: actor.id })
      .andWhere(`t.expiresAt > now() - make_interval(days => :days)`, { days: LIST_EXPIRED_DAYS })
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id')
      .getMany();
    const now = new Date();
    return rows.map((row) => ApiToken.from(row, now));
  }

  /** Creates a token for the signed-in person; the result carries the secret, which is never returned again. */
  async create(actor: RequestActor, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    requireSession(actor);
    const name = input.name.trim();
    if (!name) {
      throw badInput('Name the token.', [{ field: 'name', problems: ['Name the token.'] }]);
    }
    const days = input.expiresInDays ?? API_TOKEN_DEFAULT_DAYS;
    const dayProblems = apiTokenDaysProblems(days);
    if (dayProblems.length > 0) {
      throw badInput(dayProblems.join(' '), [{ field: 'expiresInDays', problems: dayProblems }]);
    }
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const saved = await this.dataSource.transaction(async (manager) => {
      // One creation per person at a time: the limit and the name rule are checked and kept together.
      await manager.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [actor.id]);
      const live: { name: string }[] = await manager.query(
        `SELECT name FROM api_token WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()`,
        [actor.id],
      );
      if (live.some((row) => row.name.toLowerCase() === name.toLowerCase())) {
        throw conflict(`You already have a live token named ${name}. Choose another name, or revoke that one first.`, {
          fields: [{ field: 'name', problems: ['You already have a live token with this name.'] }],
        });
      }
      if (live.length >= API_TOKEN_MAX_LIVE) {
        throw badInput(
          `You already have ${API_TOKEN_MAX_LIVE} live tokens, the most a person may hold. Revoke one you no longer use first.`,
        );
      }
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO api_token (user_id, name, token_hash, prefix, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id`,
        [actor.id, name, hashApiToken(token), apiTokenShownPart(token), days],
      );
      const row = await manager.getRepository(ApiTokenEntity).findOneByOrFail({ id: rows[0].id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'api_token',
        objectId: row.id,
        action: 'created',
        after: { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt.toISOString() },
      });
      return row;
    });
    return Object.assign(new CreatedApiToken(), { token: ApiToken.from(saved), secret: token });
  }

  /** Revokes one of the signed-in person's tokens; anyone else's, or one already revoked, is NOT_FOUND. */
  async revoke(actor: RequestActor, id: string): Promise<boolean> {
    requireSession(actor);
    if (!UUID.test(id)) {
      throw notFound('The API token');
    }
    await this.dataSource.transaction(async (manager) => {
      // The UPDATE sits inside a SELECT: TypeORM answers a bare UPDATE with [rows, count].
      const rows: { id: string; name: string; prefix: string }[] = await manager.query(
        `WITH revoked AS (UPDATE api_token SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id, name, prefix) SELECT id, name, prefix FROM revoked`,
        [id, actor.id],
      );
      const row = rows[0];
      if (!row) {
        throw notFound('The API token');
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'api_token',
        objectId: row.id,
        action: 'revoked',
        before: { name: row.name, prefix: row.prefix },
      });
    });
    for (const [hash, cached] of this.checks) {
      if (cached.actor.apiTokenId === id) this.checks.delete(hash);
    }
    return true;
  }

  /**
   * Revokes all of a person's tokens, in the caller's transaction (a deactivation): reactivating
   * the person later does not bring them back. Returns how many were live.
   */
  async revokeAll(userId: string, manager: EntityManager): Promise<number> {
    const rows: { id: string }[] = await manager.query(
      `WITH revoked AS (UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id) SELECT id FROM revoked`,
      [userId],
    );
    this.forget(userId);
    return rows.length;
  }

  /** Drops this process's remembered checks of a person's tokens. */
  forget(userId: string): void {
    for (const [hash, cached] of this.checks) {
      if (cached.actor.id === userId) this.checks.delete(hash);
    }
  }

  private remember(hash: string, check: CachedCheck): void {
    if (this.checks.size >= SESSION_CACHE_SIZE) {
      // Maps iterate in insertion order: the first key is the oldest check.
      const oldest = this.checks.keys().next().value;
      if (oldest !== undefined) this.checks.delete(oldest);
    }
    this.checks.set(hash, check);
    if (this.lastUsedWritten.size >= SESSION_CACHE_SIZE) {
      const oldest = this.lastUsedWritten.keys().next().value;
      if (oldest !== undefined) this.lastUsedWritten.delete(oldest);
    }
  }
}

/** Managing tokens needs a signed-in session: a leaked token must not mint itself successors. */
function requireSession(actor: RequestActor): void {
  if (!actor.sessionId || actor.apiTokenId) {
    throw sessionRequired();
  }
}
