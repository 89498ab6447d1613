import { SettingEntity } from '@assay/api/data';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

export interface SessionClaims {
  /** user id */
  sub: string;
  /** the session (user_session row) this token belongs to; signing out ends it */
  sid: string;
  /** the user's token version when signed; a later password change or deactivation bumps it */
  tv: number;
}

const SIGNING_KEY_SETTING = 'session_signing_key';
/** Tokens whose signature this process has checked and remembers, at most (the oldest are forgotten first). */
export const VERIFIED_TOKENS_KEPT = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signs and verifies session tokens (HS256 JWT). The key is ASSAY_JWT_SECRET, or one generated
 * on first start and kept in the database so that every process shares it.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  /**
   * The key as a KeyObject, made once: given a string, jsonwebtoken makes one on every call (after
   * first trying it as a public key, which throws), which costs close to a millisecond of CPU per
   * request. jsonwebtoken takes a KeyObject (its `Secret` type says so); @nestjs/jwt's per-call
   * option is typed narrower but passes it through unchanged.
   */
  private key: KeyObject = createSecretKey(randomBytes(48));

  /**
   * Tokens already verified, with their claims and expiry (seconds): a client sends the same token
   * with every request, and checking its signature and claims again each time costs more than the
   * rest of a small request's authentication. Only a token that verified, exactly as sent, is found
   * here; whether its session is still live is asked of SessionService on every request.
   */
  private readonly verified = new Map<string, { claims: SessionClaims; exp: number }>();

  private set secret(value: string) {
    this.key = createSecretKey(Buffer.from(value, 'utf8'));
    this.verified.clear();
  }

  private get keyOption(): Buffer {
    return this.key as unknown as Buffer;
  }

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.ASSAY_JWT_SECRET) {
      this.secret = this.config.ASSAY_JWT_SECRET;
      return;
    }
    const settings = this.dataSource.getRepository(SettingEntity);
    await settings
      .createQueryBuilder()
      .insert()
      .values({ key: SIGNING_KEY_SETTING, value: randomBytes(48).toString('base64url') })
      .orIgnore()
      .execute();
    this.secret = (await settings.findOneByOrFail({ key: SIGNING_KEY_SETTING })).value;
  }

  get ttlSeconds(): number {
    return this.config.ASSAY_SESSION_HOURS * 3600;
  }

  sign(claims: SessionClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.keyOption,
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
      issuer: 'assay',
    });
  }

  /** The claims of a valid token, or null for anything expired, forged or malformed (including tokens that name no session). */
  async verify(token: string): Promise<SessionClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 > Date.now()) return known.claims;
      this.verified.delete(token);
      return null;
    }
    try {
      const claims = await this.jwt.verifyAsync<SessionClaims & { iss?: string; exp?: number }>(token, {
        secret: this.keyOption,
        algorithms: ['HS256'],
        issuer: 'assay',
      });
      const wellFormed =
        typeof claims.sub === 'string' &&
        typeof claims.sid === 'string' &&
        UUID.test(claims.sid) &&
        UUID.test(claims.sub) &&
        typeof claims.tv === 'number' &&
        typeof claims.exp === 'number';
      if (!wellFormed) return null;
      const verified = { sub: claims.sub, sid: claims.sid, tv: claims.tv };
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
        this.verified.delete(this.verified.keys().next().value as string);
      }
      this.verified.set(token, { claims: verified, exp: claims.exp as number });
      return verified;
    } catch {
      return null;
    }
  }
}
