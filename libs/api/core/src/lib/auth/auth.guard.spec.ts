import { UserEntity } from '@assay/api/data';
import { ErrorCode, GlobalRole } from '@assay/domain';
import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';
import { AssayRequest } from './request-of';
import { AuthGuard, SESSION_COOKIE } from './auth.guard';
import { AuditService } from '../audit/audit.service';
import { ApiTokenService, hashApiToken, SESSION_REQUIRED_MESSAGE } from './api-token.service';
import { AllowWhilePasswordChangeRequired, Public, RequireGlobalRole, RequireSignInSession } from './decorators';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

const SECRET = 'a-test-signing-key-that-is-long-enough';
const U1 = '00000000-0000-4000-8000-000000000001';
const U404 = '00000000-0000-4000-8000-000000000404';
/** U1's session. */
const S1 = '10000000-0000-4000-8000-000000000001';
/** U1's personal API token, and its id. */
const PAT = 'assay_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE';
const T1 = '20000000-0000-4000-8000-000000000001';

/** Operations as a resolver would declare them; the guard reads their metadata. */
class Operations {
  normal(): void {
    // only the metadata matters
  }
  @Public()
  open(): void {
    // only the metadata matters
  }
  @RequireGlobalRole(GlobalRole.Admin)
  adminOnly(): void {
    // only the metadata matters
  }
  @AllowWhilePasswordChangeRequired()
  changePassword(): void {
    // only the metadata matters
  }
  @RequireSignInSession()
  manageTokens(): void {
    // only the metadata matters
  }
}

@RequireGlobalRole(GlobalRole.Admin)
class AdminOperations {
  anything(): void {
    // only the metadata matters
  }
}

type Handler = 'normal' | 'open' | 'adminOnly' | 'changePassword' | 'manageTokens';

const user = (overrides: Partial<UserEntity> = {}): UserEntity =>
  ({
    id: U1,
    email: 'ada@library.test',
    displayName: 'Ada',
    globalRole: GlobalRole.User,
    active: true,
    mustChangePassword: false,
    tokenVersion: 3,
    passwordHash: 'not-exposed',
    ...overrides,
  }) as UserEntity;

/** A GraphQL resolver call (args: root, args, context, info) carrying `request`. */
function gqlContext(
  request: Partial<AssayRequest>,
  handler: Handler = 'normal',
  target: object = Operations,
): ExecutionContext {
  const host = new ExecutionContextHost(
    [{}, {}, { req: request }, {}],
    target as never,
    (target as { prototype: Record<string, () => void> }).prototype[handler],
  );
  host.setType('graphql');
  return host;
}

/** An HTTP controller call (args: request, response). */
function httpContext(request: Partial<AssayRequest>, handler: Handler = 'normal'): ExecutionContext {
  const host = new ExecutionContextHost([request, {}], Operations, Operations.prototype[handler]);
  host.setType('http');
  return host;
}

const bearer = (token: string): Partial<AssayRequest> => ({ headers: { authorization: `Bearer ${token}` } });
const cookie = (token: string): Partial<AssayRequest> =>
  ({ headers: {}, cookies: { [SESSION_COOKIE]: token } }) as Partial<AssayRequest>;
const anonymous = (): Partial<AssayRequest> => ({ headers: {} });

async function outcome(run: () => Promise<boolean>): Promise<string> {
  try {
    return (await run()) ? 'allowed' : 'refused';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('AuthGuard', () => {
  const jwt = new JwtService();
  let users: Map<string, UserEntity>;
  let sessions: Map<string, { userId: string; live: boolean }>;
  /** Personal API tokens by hash. */
  let apiTokens: Map<string, { id: string; userId: string; live: boolean }>;
  let tokens: TokenService;
  let sessionService: SessionService;
  let sut: AuthGuard;

  /** A token for `claims`, signed as the TokenService would unless `options` say otherwise. */
  const signed = (claims: object, options: { secret?: string; issuer?: string | null } = {}) =>
    jwt.signAsync(claims, {
      secret: options.secret ?? SECRET,
      algorithm: 'HS256',
      ...(options.issuer === null ? {} : { issuer: options.issuer ?? 'assay' }),
    });

  beforeEach(async () => {
    users = new Map([[U1, user()]]);
    sessions = new Map([[S1, { userId: U1, live: true }]]);
    apiTokens = new Map([[hashApiToken(PAT), { id: T1, userId: U1, live: true }]]);
    // The edge: the user and session tables, as the session check's query reads them. Everything else (JWT signing, metadata, contexts) is real.
    const dataSource = {
      query: async (sql: string, params: unknown[]) => {
        if (sql.trimStart().startsWith('UPDATE')) return [];
        if (sql.includes('FROM api_token')) {
          const token = apiTokens.get((params as [string])[0]);
          const owner = token && users.get(token.userId);
          return token?.live && owner?.active
            ? [
                {
                  token_id: token.id,
                  id: owner.id,
                  email: owner.email,
                  display_name: owner.displayName,
                  global_role: owner.globalRole,
                  used_ms_ago: null,
                },
              ]
            : [];
        }
        const [sid, sub, tv] = params as [string, string, number];
        const session = sessions.get(sid);
        const person = users.get(sub);
        const live = session?.live && session.userId === sub && person?.active && person.tokenVersion === tv;
        return live
          ? [
              {
                id: person.id,
                email: person.email,
                display_name: person.displayName,
                global_role: person.globalRole,
                must_change_password: person.mustChangePassword,
                seen_ms_ago: 0,
              },
            ]
          : [];
      },
    } as unknown as DataSource;
    const config = loadConfig({ ASSAY_JWT_SECRET: SECRET });
    tokens = new TokenService(jwt, config, dataSource);
    await tokens.onModuleInit();
    sessionService = new SessionService(dataSource, config);
    sut = new AuthGuard(
      new Reflector(),
      tokens,
      sessionService,
      new ApiTokenService(dataSource, sessionService, {} as AuditService),
    );
  });

  it.each([
    ['a session cookie', 'cookie'],
    ['a Bearer token', 'bearer'],
  ] as const)('signs the person in from %s and attaches the actor', async (_label, carrier) => {
    const token = await tokens.sign({ sub: U1, sid: S1, tv: 3 });
    const request = carrier === 'cookie' ? cookie(token) : bearer(token);
    expect(await outcome(() => sut.canActivate(gqlContext(request)))).toBe('allowed');
    expect(request.actor).toEqual({
      id: U1,
      email: 'ada@library.test',
      displayName: 'Ada',
      globalRole: GlobalRole.User,
      mustChangePassword: false,
      sessionId: S1,
    });
  });

  it('signs the person in on an HTTP controller too', async () => {
    const request = bearer(await tokens.sign({ sub: U1, sid: S1, tv: 3 }));
    expect(await outcome(() => sut.canActivate(httpContext(request)))).toBe('allowed');
    expect(request.actor?.id).toBe(U1);
  });

  it('lets anyone through to a public operation, and attaches the actor when there is one', async () => {
    expect(await outcome(() => sut.canActivate(gqlContext(anonymous(), 'open')))).toBe('allowed');
    const request = cookie(await tokens.sign({ sub: U1, sid: S1, tv: 3 }));
    expect(await outcome(() => sut.canActivate(gqlContext(request, 'open')))).toBe('allowed');
    expect(request.actor?.id).toBe(U1);
  });

  describe('refuses an operation that needs a sign-in with UNAUTHENTICATED', () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    const unsigned = (claims: object) =>
      `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ iss: 'assay', ...claims })).toString('base64url')}.`;

    it.each<[string, () => Promise<Partial<AssayRequest>>, (() => void) | null]>([
      ['no token at all', async () => anonymous(), null],
      ['an empty Bearer token', async () => bearer(''), null],
      ['a malformed token', async () => bearer('not-a-token'), null],
      [
        'a token signed with another key',
        async () =>
          bearer(await signed({ sub: U1, sid: S1, tv: 3 }, { secret: 'another-key-that-is-also-long-enough' })),
        null,
      ],
      ['an unsigned token (alg none)', async () => bearer(unsigned({ sub: U1, sid: S1, tv: 3 })), null],
      ['an expired token', async () => cookie(await signed({ sub: U1, tv: 3, iat: past - 3600, exp: past })), null],
      [
        'a token from another issuer',
        async () => bearer(await signed({ sub: U1, sid: S1, tv: 3 }, { issuer: 'elsewhere' })),
        null,
      ],
      [
        'a token without an issuer',
        async () => bearer(await signed({ sub: U1, sid: S1, tv: 3 }, { issuer: null })),
        null,
      ],
      ['a token without a token version', async () => bearer(await signed({ sub: U1, sid: S1 })), null],
      [
        'a token that names no session (issued before sessions were kept)',
        async () => bearer(await signed({ sub: U1, tv: 3 })),
        null,
      ],
      ['a token whose session id is not an id', async () => bearer(await signed({ sub: U1, sid: 'S1', tv: 3 })), null],
      [
        'a token whose session has ended (signed out)',
        async () => bearer(await signed({ sub: U1, sid: S1, tv: 3 })),
        () => sessions.set(S1, { userId: U1, live: false }),
      ],
      [
        "a token naming another person's session",
        async () => bearer(await signed({ sub: U1, sid: S1, tv: 3 })),
        () => sessions.set(S1, { userId: U404, live: true }),
      ],
      ['a token for a user who does not exist', async () => bearer(await signed({ sub: U404, sid: S1, tv: 3 })), null],
      [
        'a token older than the last password change (token version behind)',
        async () => bearer(await signed({ sub: U1, sid: S1, tv: 2 })),
        null,
      ],
      [
        'a token with a token version the user never had',
        async () => bearer(await signed({ sub: U1, sid: S1, tv: 4 })),
        null,
      ],
      [
        'a valid token of a deactivated user',
        async () => bearer(await signed({ sub: U1, sid: S1, tv: 3 })),
        () => users.set(U1, user({ active: false })),
      ],
      [
        'a bad Bearer token beside a good cookie (the header decides)',
        async () =>
          ({
            ...bearer('not-a-token'),
            cookies: { [SESSION_COOKIE]: await signed({ sub: U1, sid: S1, tv: 3 }) },
          }) as Partial<AssayRequest>,
        null,
      ],
    ])('%s', async (_label, requestFor, arrange) => {
      arrange?.();
      const request = await requestFor();
      expect(await outcome(() => sut.canActivate(gqlContext(request)))).toBe(ErrorCode.Unauthenticated);
      expect(request.actor).toBeUndefined();
      // The same request still reaches a public operation, anonymously.
      expect(await outcome(() => sut.canActivate(gqlContext(request, 'open')))).toBe('allowed');
    });
  });

  describe('personal API tokens', () => {
    it('signs the owner in from a live token, marked as coming from the token', async () => {
      const request = bearer(PAT);
      expect(await outcome(() => sut.canActivate(gqlContext(request)))).toBe('allowed');
      expect(request.actor).toEqual({
        id: U1,
        email: 'ada@library.test',
        displayName: 'Ada',
        globalRole: GlobalRole.User,
        mustChangePassword: false,
        apiTokenId: T1,
      });
      expect(await outcome(() => sut.canActivate(httpContext(bearer(PAT))))).toBe('allowed');
    });

    it.each<[string, string, (() => void) | null]>([
      ['a revoked or expired token', PAT, () => apiTokens.set(hashApiToken(PAT), { id: T1, userId: U1, live: false })],
      ['a token of a deactivated owner', PAT, () => users.set(U1, user({ active: false }))],
      ['an unknown token of the right shape', `assay_pat_${'x'.repeat(43)}`, null],
      ['a garbled token', `${PAT.slice(0, -1)}!`, null],
      ['a cut-short token', PAT.slice(0, -2), null],
      ['the prefix alone', 'assay_pat_', null],
      ['a live token sent as the session cookie', PAT, null],
    ])('refuses %s with UNAUTHENTICATED', async (label, token, arrange) => {
      arrange?.();
      const request = label.includes('cookie') ? cookie(token) : bearer(token);
      expect(await outcome(() => sut.canActivate(gqlContext(request)))).toBe(ErrorCode.Unauthenticated);
      expect(request.actor).toBeUndefined();
    });

    it('keeps a token away from operations that need a sign-in session, and says why', async () => {
      const refusal = await sut.canActivate(gqlContext(bearer(PAT), 'manageTokens')).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).message).toBe(SESSION_REQUIRED_MESSAGE);
      expect((refusal as AppError).extensions).toEqual({ code: ErrorCode.Forbidden, reason: 'SESSION_REQUIRED' });
      const session = bearer(await tokens.sign({ sub: U1, sid: S1, tv: 3 }));
      expect(await outcome(() => sut.canActivate(gqlContext(session, 'manageTokens')))).toBe('allowed');
    });

    it("gives a token its owner's global role, no more, and follows a change to it", async () => {
      expect(await outcome(() => sut.canActivate(gqlContext(bearer(PAT), 'adminOnly')))).toBe(ErrorCode.Forbidden);
      users.set(U1, user({ globalRole: GlobalRole.Admin }));
      // The check is remembered for a few seconds; a change to the person made through this process forgets it.
      expect(await outcome(() => sut.canActivate(gqlContext(bearer(PAT), 'adminOnly')))).toBe(ErrorCode.Forbidden);
      sessionService.forget(U1);
      expect(await outcome(() => sut.canActivate(gqlContext(bearer(PAT), 'adminOnly')))).toBe('allowed');
    });

    it('is not held to the change-password step: a temporary password set by an administrator leaves tokens working', async () => {
      users.set(U1, user({ mustChangePassword: true }));
      expect(await outcome(() => sut.canActivate(gqlContext(bearer(PAT))))).toBe('allowed');
    });
  });

  describe('roles and pending password changes', () => {
    it.each([
      ['a user', 'normal', 'allowed', user()],
      ['a user', 'adminOnly', ErrorCode.Forbidden, user()],
      ['an admin', 'adminOnly', 'allowed', user({ globalRole: GlobalRole.Admin })],
      ['a user who must change their password', 'normal', ErrorCode.Forbidden, user({ mustChangePassword: true })],
      ['a user who must change their password', 'changePassword', 'allowed', user({ mustChangePassword: true })],
      ['a user who must change their password', 'open', 'allowed', user({ mustChangePassword: true })],
      [
        'an admin who must change their password',
        'adminOnly',
        ErrorCode.Forbidden,
        user({ globalRole: GlobalRole.Admin, mustChangePassword: true }),
      ],
    ] as const)('%s, operation %s → %s', async (_who, handler, expected, person) => {
      users.set(person.id, person);
      const request = bearer(await tokens.sign({ sub: person.id, sid: S1, tv: person.tokenVersion }));
      expect(await outcome(() => sut.canActivate(gqlContext(request, handler)))).toBe(expected);
    });

    it('says why a pending password change blocks the operation', async () => {
      users.set(U1, user({ mustChangePassword: true }));
      const request = cookie(await tokens.sign({ sub: U1, sid: S1, tv: 3 }));
      const refusal = await sut.canActivate(gqlContext(request)).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).extensions).toEqual({
        code: ErrorCode.Forbidden,
        reason: 'PASSWORD_CHANGE_REQUIRED',
      });
    });

    it.each([
      ['a user', ErrorCode.Forbidden, GlobalRole.User],
      ['an admin', 'allowed', GlobalRole.Admin],
    ] as const)('applies @RequireGlobalRole on a resolver class: %s → %s', async (_who, expected, globalRole) => {
      users.set(U1, user({ globalRole }));
      const request = bearer(await tokens.sign({ sub: U1, sid: S1, tv: 3 }));
      expect(await outcome(() => sut.canActivate(gqlContext(request, 'anything' as Handler, AdminOperations)))).toBe(
        expected,
      );
    });
  });
});
