import { UserEntity } from '@assay/api/data';
import { describeUserAgent, ErrorCode, normaliseEmail, passwordProblems } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { AppError, badInput, notFound, unauthenticated } from '../errors/app-error';
import { findById } from '../database/find-by-id';
import { User } from '../people/people.types';
import { RequestActor } from './actor';
import { ChangePasswordInput, LoginInput } from './auth.inputs';
import { PasswordHasher } from './password-hasher';
import { RateLimiter } from './rate-limiter';
import { SessionService } from './session.service';
import { UserSession } from './session.types';
import { TokenService } from './token.service';

/** The one message for every failed sign-in: it never says whether the e-mail exists. */
export const LOGIN_FAILED_MESSAGE = 'The e-mail address or password is not correct.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async login(
    input: LoginInput,
    clientAddress: string,
    userAgent?: string,
  ): Promise<{ accessToken: string; user: User }> {
    const email = normaliseEmail(input.email);
    const account = { key: `login:email:${email}`, limit: this.config.ASSAY_LOGIN_MAX_FAILURES };
    const address = { key: `login:address:${clientAddress}`, limit: this.config.ASSAY_LOGIN_MAX_FAILURES_PER_ADDRESS };
    // Counted before the password is checked: simultaneous attempts cannot all slip under the limit.
    const reservation = await this.limiter.reserve(account, address, this.config.ASSAY_LOGIN_WINDOW_MINUTES);
    if (!reservation.allowed) {
      const minutes = reservation.retryAfterMinutes;
      throw new AppError(
        ErrorCode.RateLimited,
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { retryAfterMinutes: minutes },
      );
    }

    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email });
    const valid = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !valid || !user.active) {
      this.logger.warn(`Failed sign-in${user ? ` for user ${user.id}` : ''}`);
      throw new AppError(ErrorCode.Unauthenticated, LOGIN_FAILED_MESSAGE);
    }
    // A successful sign-in is not a failure: the account starts again, and the address gets its attempt back.
    await Promise.all([this.limiter.reset(account.key), this.limiter.release(address.key)]);
    // Not an edit of the account: leave its optimistic-lock version alone.
    await this.dataSource.query('UPDATE app_user SET last_login_at = now() WHERE id = $1', [user.id]);
    const sessionId = await this.sessions.start(user.id, userAgent, clientAddress);
    const accessToken = await this.tokens.sign({ sub: user.id, sid: sessionId, tv: user.tokenVersion });
    return { accessToken, user: User.from(user) };
  }

  /** Ends the session the request belongs to, if any (signing out twice, or when already signed out, is fine). */
  async logout(actor: RequestActor): Promise<void> {
    if (actor.sessionId) {
      await this.sessions.end(actor.id, actor.sessionId);
    }
  }

  /** Ends every session of the signed-in person, this one included; returns how many ended. */
  async logoutEverywhere(actor: RequestActor): Promise<number> {
    const ended = await this.sessions.endAll(actor.id);
    await this.audit.record(this.dataSource.manager, {
      actorId: actor.id,
      objectType: 'user',
      objectId: actor.id,
      action: 'signed_out_everywhere',
      after: { sessions: ended },
    });
    return ended;
  }

  /** The signed-in person's sessions that have not ended, most recently used first. */
  async mySessions(actor: RequestActor): Promise<UserSession[]> {
    const rows = await this.sessions.listLive(actor.id);
    return rows.map((row) =>
      Object.assign(new UserSession(), {
        id: row.id,
        current: row.id === actor.sessionId,
        device: describeUserAgent(row.userAgent),
        userAgent: row.userAgent,
        clientAddress: row.clientAddress,
        startedAt: row.createdAt,
        lastSeenAt: row.lastSeenAt,
        expiresAt: row.expiresAt,
      }),
    );
  }

  /** Ends one of the signed-in person's own sessions; anyone else's, or one already ended, is NOT_FOUND. */
  async endSession(actor: RequestActor, sessionId: string): Promise<{ current: boolean }> {
    const ended = UUID.test(sessionId) && (await this.sessions.end(actor.id, sessionId));
    if (!ended) {
      throw notFound('The session');
    }
    return { current: sessionId === actor.sessionId };
  }

  async me(actor: RequestActor): Promise<User> {
    const user = await findById(this.dataSource, UserEntity, actor.id);
    if (!user) throw notFound('The person');
    return User.from(user);
  }

  /** Changes the actor's own password; the person's other sessions end, this one goes on. */
  async changePassword(actor: RequestActor, input: ChangePasswordInput): Promise<{ accessToken: string; user: User }> {
    const sessionId = actor.sessionId;
    if (!sessionId) {
      throw unauthenticated();
    }
    const changed = await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .findOne({ where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
      if (!user || !(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
        throw badInput('The current password is not correct.', [
          { field: 'currentPassword', problems: ['The current password is not correct.'] },
        ]);
      }
      const problems = passwordProblems(input.newPassword, user.email);
      if (input.newPassword === input.currentPassword) {
        problems.push('The new password must differ from the current one.');
      }
      if (problems.length > 0) {
        throw badInput(problems.join(' '), [{ field: 'newPassword', problems }]);
      }
      // Not an edit of the account's details: an administrator editing them meanwhile must not get a conflict.
      const passwordHash = await this.hasher.hash(input.newPassword);
      // The token version moves on too, so a token of another session stops working even where its check is still remembered.
      await manager.query(
        'UPDATE app_user SET password_hash = $2, must_change_password = false, token_version = token_version + 1, updated_at = now() WHERE id = $1',
        [user.id, passwordHash],
      );
      await this.sessions.endAll(user.id, { except: sessionId, manager });
      const saved = await manager.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'user',
        objectId: user.id,
        action: 'password_changed',
      });
      return {
        accessToken: await this.tokens.sign({ sub: saved.id, sid: sessionId, tv: saved.tokenVersion }),
        user: User.from(saved),
      };
    });
    // Once committed: a request that came in meanwhile may have remembered the account as it was.
    this.sessions.forget(actor.id);
    return changed;
  }
}
