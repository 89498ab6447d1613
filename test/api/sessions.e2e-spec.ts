/**
 * Sessions kept on the server: signing out ends the session (its token and cookie stop working),
 * a person sees where they are signed in and ends any of those sessions, and several API
 * processes on one database agree.
 */
import { createPerson, dataOf, GQL } from './support/fixtures';
import { codeOf, engine, RunningServer, startServer, TestDatabase } from './support/server';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const PASSWORD = 'sessions-password-42';

interface Session {
  id: string;
  current: boolean;
  device: string;
  userAgent: string | null;
  clientAddress: string | null;
  startedAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

describe('sessions kept on the server', () => {
  let server: RunningServer;
  let admin: string;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
  });
  afterAll(() => server?.stop());

  /** A new person (so their sessions are theirs alone); returns their e-mail address. */
  const person = async (key: string) =>
    (await createPerson(server, admin, { key, displayName: key, password: PASSWORD })).email;
  const signIn = async (email: string, userAgent?: string) =>
    dataOf(
      await server.gql<{ login: { accessToken: string } }>(
        GQL.login,
        { input: { email, password: PASSWORD } },
        { headers: userAgent ? { 'user-agent': userAgent } : {} },
      ),
    ).login.accessToken;
  const sessionsOf = async (token: string) =>
    dataOf(await server.gql<{ mySessions: Session[] }>(GQL.mySessions, {}, { token })).mySessions;

  it('refuses the same Bearer token and the same cookie after signing out', async () => {
    const email = await person('leaving');
    const token = await signIn(email);
    expect(dataOf(await server.gql<{ me: { email: string } }>(GQL.me, {}, { token })).me.email).toBe(email);
    expect(
      dataOf(await server.gql<{ me: { email: string } }>(GQL.me, {}, { cookie: `assay_session=${token}` })).me.email,
    ).toBe(email);

    const out = await server.gql<{ logout: boolean }>(GQL.logout, {}, { cookie: `assay_session=${token}` });
    expect(out.data?.logout).toBe(true);
    expect(out.setCookie.find((c) => c.startsWith('assay_session='))).toMatch(
      /assay_session=;|Expires=Thu, 01 Jan 1970/,
    );

    expect(codeOf(await server.gql(GQL.me, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(GQL.me, {}, { cookie: `assay_session=${token}` }))).toBe('UNAUTHENTICATED');
    // Signing out again with the ended session is harmless.
    expect((await server.gql<{ logout: boolean }>(GQL.logout, {}, { token })).data?.logout).toBe(true);
  });

  it('signing out of one browser leaves the person signed in elsewhere', async () => {
    const email = await person('two-browsers');
    const office = await signIn(email, FIREFOX);
    const phone = await signIn(email, SAFARI);
    await server.gql(GQL.logout, {}, { token: office });
    expect(codeOf(await server.gql(GQL.me, {}, { token: office }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(GQL.me, {}, { token: phone })).errors).toBeUndefined();
  });

  it("lists the person's live sessions with the current one marked, the browser, the address and the times", async () => {
    const email = await person('listed');
    const office = await signIn(email, FIREFOX);
    const phone = await signIn(email, SAFARI);
    const ended = await signIn(email, 'curl/8.5.0');
    await server.gql(GQL.logout, {}, { token: ended });

    const fromOffice = await sessionsOf(office);
    // createPerson's first sign-in (temporary password, then changed) is live too.
    expect(fromOffice.map((s) => s.device).sort()).toEqual(['Firefox on Windows', 'Safari on iOS', 'node']);
    expect(fromOffice.filter((s) => s.current).map((s) => s.device)).toEqual(['Firefox on Windows']);
    const firefox = fromOffice.find((s) => s.current)!;
    expect(firefox.userAgent).toBe(FIREFOX);
    expect(firefox.clientAddress).toMatch(/127\.0\.0\.1/);
    expect(Date.parse(firefox.startedAt)).toBeLessThanOrEqual(Date.parse(firefox.lastSeenAt));
    expect(Date.parse(firefox.expiresAt) - Date.parse(firefox.startedAt)).toBe(12 * 3600 * 1000);

    const fromPhone = await sessionsOf(phone);
    expect(fromPhone.filter((s) => s.current).map((s) => s.device)).toEqual(['Safari on iOS']);
    expect(fromPhone.map((s) => s.id).sort()).toEqual(fromOffice.map((s) => s.id).sort());
  });

  it('ends one of its own sessions with endSession; the others go on', async () => {
    const email = await person('ender');
    const office = await signIn(email, FIREFOX);
    const phone = await signIn(email, SAFARI);
    const target = (await sessionsOf(office)).find((s) => s.device === 'Safari on iOS')!;

    const result = await server.gql<{ endSession: boolean }>(GQL.endSession, { id: target.id }, { token: office });
    expect(result.data?.endSession).toBe(true);
    expect(result.setCookie.filter((c) => c.startsWith('assay_session='))).toEqual([]);
    expect(codeOf(await server.gql(GQL.me, {}, { token: phone }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(GQL.me, {}, { token: office })).errors).toBeUndefined();
    expect((await sessionsOf(office)).map((s) => s.id)).not.toContain(target.id);
    // Ending it again: it is no longer live.
    expect(codeOf(await server.gql(GQL.endSession, { id: target.id }, { token: office }))).toBe('NOT_FOUND');
  });

  it("answers endSession on someone else's session, or an unknown one, with NOT_FOUND and ends nothing", async () => {
    const victim = await person('victim');
    const victimToken = await signIn(victim, FIREFOX);
    const victimSession = (await sessionsOf(victimToken)).find((s) => s.current)!;
    const intruder = await signIn(await person('intruder'));

    for (const id of [victimSession.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const result = await server.gql(GQL.endSession, { id }, { token: intruder });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0].message).toBe('The session was not found.');
    }
    // An administrator is no exception: sessions are their owner's own.
    expect(codeOf(await server.gql(GQL.endSession, { id: victimSession.id }, { token: admin }))).toBe('NOT_FOUND');
    expect((await server.gql(GQL.me, {}, { token: victimToken })).errors).toBeUndefined();
  });

  it('signs out everywhere: every session ends, the calling one included', async () => {
    const email = await person('everywhere');
    const office = await signIn(email, FIREFOX);
    const phone = await signIn(email, SAFARI);
    const bystander = await signIn(await person('bystander'));

    const result = await server.gql<{ logoutEverywhere: number }>(
      GQL.logoutEverywhere,
      {},
      { cookie: `assay_session=${phone}` },
    );
    expect(result.data?.logoutEverywhere).toBe(3);
    expect(result.setCookie.find((c) => c.startsWith('assay_session='))).toMatch(
      /assay_session=;|Expires=Thu, 01 Jan 1970/,
    );
    for (const token of [office, phone])
      expect(codeOf(await server.gql(GQL.me, {}, { token }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(GQL.me, {}, { token: bystander })).errors).toBeUndefined();

    const again = await signIn(email, FIREFOX);
    expect((await sessionsOf(again)).map((s) => s.current)).toEqual([true]);
  });

  it("ends the person's other sessions when they change their password, and all of them when an administrator resets it or deactivates them", async () => {
    const email = await person('changer');
    const office = await signIn(email, FIREFOX);
    const phone = await signIn(email, SAFARI);
    const changed = await server.gql<{ changePassword: { accessToken: string } }>(
      GQL.changePassword,
      { input: { currentPassword: PASSWORD, newPassword: 'another-password-42' } },
      { token: office },
    );
    const fresh = dataOf(changed).changePassword.accessToken;
    expect(codeOf(await server.gql(GQL.me, {}, { token: phone }))).toBe('UNAUTHENTICATED');
    const left = await sessionsOf(fresh);
    expect(left.map((s) => [s.device, s.current])).toEqual([['Firefox on Windows', true]]);

    const id = dataOf(
      await server.gql<{ users: { items: { id: string; email: string; version: number }[] } }>(
        GQL.users,
        { filter: { search: 'changer' } },
        { token: admin },
      ),
    ).users.items[0];
    await server.gql(
      GQL.resetPassword,
      { input: { id: id.id, temporaryPassword: 'temporary-again-42' } },
      { token: admin },
    );
    expect(codeOf(await server.gql(GQL.me, {}, { token: fresh }))).toBe('UNAUTHENTICATED');
  });
});

const onServer = engine === 'postgres' ? describe : describe.skip;

onServer('sessions with two API processes on one database (PostgreSQL server)', () => {
  let database: TestDatabase;
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    database = await TestDatabase.create();
    first = await startServer({ database });
    second = await startServer({ database });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('a sign-out through one process is refused by the other within seconds, and by the first at once', async () => {
    const token = await first.login();
    expect((await second.gql(GQL.me, {}, { token })).errors).toBeUndefined();
    await second.gql(GQL.logout, {}, { token });
    expect(codeOf(await second.gql(GQL.me, {}, { token }))).toBe('UNAUTHENTICATED');

    // The first process remembered the session as live a moment ago; it checks again within a few seconds.
    const deadline = Date.now() + 15_000;
    let answer = await first.gql(GQL.me, {}, { token });
    while (!answer.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await first.gql(GQL.me, {}, { token });
    }
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });
});
