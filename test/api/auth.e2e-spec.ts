import { GQL } from './support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codeOf, RunningServer, startServer } from './support/server';

const GENERIC = 'The e-mail address or password is not correct.';

describe('sign-in, sessions and passwords', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ env: { ASSAY_LOGIN_MAX_FAILURES: '3' } });
  });
  afterAll(() => server?.stop());

  it('returns a token and sets an httpOnly session cookie', async () => {
    const result = await server.gql<{ login: { accessToken: string; user: { email: string; globalRole: string } } }>(
      GQL.login,
      { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user).toEqual({ email: ADMIN_EMAIL, globalRole: 'ADMIN', mustChangePassword: false });
    expect(result.data?.login.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const cookie = result.setCookie.find((c) => c.startsWith('assay_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax|SameSite=Strict/i);
  });

  it('accepts the e-mail address in any case and with surrounding spaces', async () => {
    const result = await server.gql(GQL.login, {
      input: { email: `  ${ADMIN_EMAIL.toUpperCase()} `, password: ADMIN_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
  });

  it('knows the caller by Bearer token and by cookie, and nobody without either', async () => {
    const token = await server.login();
    const byToken = await server.gql<{ me: { email: string } }>(GQL.me, {}, { token });
    expect(byToken.data?.me.email).toBe(ADMIN_EMAIL);

    const byCookie = await server.gql<{ me: { email: string } }>(GQL.me, {}, { cookie: `assay_session=${token}` });
    expect(byCookie.data?.me.email).toBe(ADMIN_EMAIL);

    const anonymous = await server.gql(GQL.me);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

    const forged = await server.gql(GQL.me, {}, { token: `${token.slice(0, -4)}AAAA` });
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
  });

  it('gives one generic message for a wrong password and for an unknown e-mail', async () => {
    const wrongPassword = await server.gql(GQL.login, {
      input: { email: ADMIN_EMAIL, password: 'not-the-password-1' },
    });
    const unknownEmail = await server.gql(GQL.login, {
      input: { email: 'nobody@e2e.test', password: 'not-the-password-1' },
    });
    for (const result of [wrongPassword, unknownEmail]) {
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toBe(GENERIC);
      expect(result.data).toBeNull();
    }
  });

  it('names the missing fields of an incomplete sign-in', async () => {
    const result = await server.gql(GQL.login, { input: { email: '', password: '' } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0].extensions?.['fields'] as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'password']);

    const missing = await server.gql(GQL.login, { input: { email: ADMIN_EMAIL } });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toMatch(/password/);
    expect(missing.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('blocks an account after repeated failures, even with the right password, and says when to retry', async () => {
    const email = 'limited@e2e.test';
    const admin = await server.login();
    const created = await server.gql(
      GQL.createUser,
      { input: { email, displayName: 'Rate Limited', temporaryPassword: 'first-password-123' } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();

    for (let i = 0; i < 3; i++) {
      const failed = await server.gql(GQL.login, { input: { email, password: 'wrong-password-123' } });
      expect(codeOf(failed)).toBe('UNAUTHENTICATED');
    }
    const blocked = await server.gql(GQL.login, { input: { email, password: 'first-password-123' } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].message).toMatch(/Try again in \d+ minutes?/);

    // Another account from the same address is not affected by this one's failures.
    const other = await server.gql(GQL.login, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(other.errors).toBeUndefined();
  });

  it('signs out by clearing the cookie', async () => {
    const token = await server.login();
    const result = await server.gql<{ logout: boolean }>(GQL.logout, {}, { cookie: `assay_session=${token}` });
    expect(result.data?.logout).toBe(true);
    const cleared = result.setCookie.find((c) => c.startsWith('assay_session='));
    expect(cleared).toMatch(/assay_session=;|Expires=Thu, 01 Jan 1970/);
  });

  it('makes a person with a temporary password choose a new one before anything else, and ends other sessions', async () => {
    const admin = await server.login();
    const email = 'newcomer@e2e.test';
    const created = await server.gql(
      GQL.createUser,
      { input: { email, displayName: 'New Comer', temporaryPassword: 'temporary-pass-123' } },
      { token: admin },
    );
    expect(created.data).toMatchObject({ createUser: { id: expect.any(String), mustChangePassword: true } });

    const first = await server.gql<{ login: { accessToken: string; user: { mustChangePassword: boolean } } }>(
      GQL.login,
      {
        input: { email, password: 'temporary-pass-123' },
      },
    );
    expect(first.data?.login.user.mustChangePassword).toBe(true);
    const token = first.data!.login.accessToken;

    // `me` is allowed (the app needs to know who this is); other operations are not.
    const me = await server.gql(GQL.me, {}, { token });
    expect(me.errors).toBeUndefined();
    const departments = await server.gql(GQL.departments, {}, { token });
    expect(codeOf(departments)).toBe('FORBIDDEN');
    expect(departments.errors?.[0].extensions?.['reason']).toBe('PASSWORD_CHANGE_REQUIRED');

    const CHANGE = GQL.changePassword;
    const wrongCurrent = await server.gql(
      CHANGE,
      { input: { currentPassword: 'not-it-123456', newPassword: 'a-much-better-pass-1' } },
      { token },
    );
    expect(codeOf(wrongCurrent)).toBe('BAD_USER_INPUT');
    expect((wrongCurrent.errors?.[0].extensions?.['fields'] as { field: string }[])[0].field).toBe('currentPassword');

    const weak = await server.gql(
      CHANGE,
      { input: { currentPassword: 'temporary-pass-123', newPassword: 'short' } },
      { token },
    );
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect((weak.errors?.[0].extensions?.['fields'] as { field: string }[])[0].field).toBe('newPassword');

    const same = await server.gql(
      CHANGE,
      { input: { currentPassword: 'temporary-pass-123', newPassword: 'temporary-pass-123' } },
      { token },
    );
    expect(codeOf(same)).toBe('BAD_USER_INPUT');

    const changed = await server.gql<{
      changePassword: { accessToken: string; user: { mustChangePassword: boolean } };
    }>(CHANGE, { input: { currentPassword: 'temporary-pass-123', newPassword: 'a-much-better-pass-1' } }, { token });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changePassword.user.mustChangePassword).toBe(false);
    expect(changed.setCookie.some((c) => c.startsWith('assay_session=') && !c.startsWith('assay_session=;'))).toBe(
      true,
    );

    // The old session has ended; the new token works; the old password no longer does.
    expect(codeOf(await server.gql(GQL.me, {}, { token }))).toBe('UNAUTHENTICATED');
    const fresh = changed.data!.changePassword.accessToken;
    expect((await server.gql(GQL.departments, {}, { token: fresh })).errors).toBeUndefined();
    expect(codeOf(await server.gql(GQL.login, { input: { email, password: 'temporary-pass-123' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await server.gql(GQL.login, { input: { email, password: 'a-much-better-pass-1' } })).errors,
    ).toBeUndefined();
  });
});
