/**
 * The sign-in limits under concurrent attempts, and behind a reverse proxy. Run it on the
 * PostgreSQL server too (DATABASE_URL): the embedded database serialises statements and hides races.
 */
import { GQL } from './support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codeOf, GraphQLResponse, RunningServer, startServer } from './support/server';

const ACCOUNT_LIMIT = 10;
const ADDRESS_LIMIT = 100;

type Outcome = 'signed-in' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | string;

function outcomeOf(result: GraphQLResponse): Outcome {
  return result.errors ? (codeOf(result) ?? result.errors[0].message) : 'signed-in';
}

function tally(outcomes: Outcome[]): Record<string, number> {
  return outcomes.reduce<Record<string, number>>(
    (counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }),
    {},
  );
}

async function createAccount(server: RunningServer, admin: string, email: string, password: string): Promise<void> {
  const created = await server.gql(
    GQL.createUser,
    { input: { email, displayName: email.split('@')[0], temporaryPassword: password } },
    { token: admin },
  );
  expect(created.errors).toBeUndefined();
}

describe('sign-in limits under concurrent attempts', () => {
  let server: RunningServer;
  let admin: string;
  /** Failed sign-ins whose password was checked from this test's address, across the tests below (one window). */
  let checkedFromHere = 0;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
  });
  afterAll(() => server?.stop());

  const attempt = async (email: string, password: string): Promise<Outcome> =>
    outcomeOf(await server.gql(GQL.login, { input: { email, password } }));

  it('checks at most the account limit of 40 simultaneous wrong passwords, and refuses the right one once the limit is reached', async () => {
    const email = 'besieged@e2e.test';
    const password = 'the-right-password-1';
    await createAccount(server, admin, email, password);

    let firstRefusal!: () => void;
    const refused = new Promise<void>((resolve) => (firstRefusal = resolve));
    const wrong = Array.from({ length: 40 }, (_, i) =>
      attempt(email, `wrong-password-${i}`).then((outcome) => {
        if (outcome === 'RATE_LIMITED') firstRefusal();
        return outcome;
      }),
    );
    // The right password arrives once the limit is reached (a wrong one was refused), while other wrong
    // ones may still be checked. Sent earlier, on a slow machine it could arrive before the limit and
    // rightly sign in, which starts the account's count again.
    // (If none is refused, the assertions below say so rather than the test timing out.)
    await Promise.race([refused, Promise.all(wrong)]);
    const right = attempt(email, password);
    const outcomes = await Promise.all(wrong);
    const counts = tally(outcomes);
    checkedFromHere += counts['UNAUTHENTICATED'] ?? 0;

    expect(
      Object.keys(counts).filter((outcome) => outcome !== 'UNAUTHENTICATED' && outcome !== 'RATE_LIMITED'),
    ).toEqual([]);
    expect(counts['UNAUTHENTICATED'] ?? 0).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(counts['RATE_LIMITED']).toBeGreaterThanOrEqual(40 - ACCOUNT_LIMIT);
    expect(await right).toBe('RATE_LIMITED');
    expect(await attempt(email, password)).toBe('RATE_LIMITED');
  });

  it('checks at most the address limit of 150 simultaneous wrong passwords for as many accounts from one address', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 150 }, (_, i) => attempt(`sprayed-${i}@e2e.test`, `guess-password-${i}`)),
    );
    const counts = tally(outcomes);
    checkedFromHere += counts['UNAUTHENTICATED'] ?? 0;

    expect(
      Object.keys(counts).filter((outcome) => outcome !== 'UNAUTHENTICATED' && outcome !== 'RATE_LIMITED'),
    ).toEqual([]);
    expect(checkedFromHere).toBeLessThanOrEqual(ADDRESS_LIMIT);
    expect(counts['RATE_LIMITED']).toBeGreaterThanOrEqual(150 - ADDRESS_LIMIT);
  });
});

describe('behind a reverse proxy that is not trusted (ASSAY_PUBLIC_URL=https://…, ASSAY_TRUST_PROXY=0)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ env: { ASSAY_PUBLIC_URL: 'https://assay.example.org', ASSAY_TRUST_PROXY: '0' } });
  });
  afterAll(() => server?.stop());

  it('marks the session cookie Secure although the request reached the API over plain HTTP', async () => {
    const result = await server.gql(GQL.login, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(result.errors).toBeUndefined();
    const cookie = result.setCookie.find((c) => c.startsWith('assay_session='));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);

    const cleared = await server.gql(GQL.logout, {}, { cookie: cookie!.split(';')[0] });
    expect(cleared.setCookie.find((c) => c.startsWith('assay_session='))).toMatch(/;\s*Secure/i);
  });

  it('warns once, at the first request that carries X-Forwarded-For, that no proxy is trusted', async () => {
    const before = warningsIn(server.output());
    expect(before).toBe(0);
    for (const address of ['203.0.113.7', '203.0.113.8', '198.51.100.1']) {
      const response = await fetch(`${server.url}/health`, { headers: { 'x-forwarded-for': address } });
      expect(response.ok).toBe(true);
    }
    await server.gql(GQL.me, {}, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    await waitFor(() => warningsIn(server.output()) > 0);
    expect(warningsIn(server.output())).toBe(1);
    expect(server.output()).toMatch(/ASSAY_TRUST_PROXY/);
  });

  it('does not lock out an account with no failures of its own after 60 failed sign-ins for other accounts from the same address', async () => {
    const admin = await server.login();
    await createAccount(server, admin, 'colleague@e2e.test', 'shared-desk-password-1');
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signInOutcome(server, `someone-${i}@e2e.test`, `wrong-password-${i}`)),
    );
    expect(tally(outcomes)).toEqual({ UNAUTHENTICATED: 60 });

    expect(await signInOutcome(server, 'colleague@e2e.test', 'shared-desk-password-1')).toBe('signed-in');
    expect(await signInOutcome(server, ADMIN_EMAIL, ADMIN_PASSWORD)).toBe('signed-in');
  });
});

async function signInOutcome(server: RunningServer, email: string, password: string): Promise<Outcome> {
  return outcomeOf(await server.gql(GQL.login, { input: { email, password } }));
}

function warningsIn(output: string): number {
  return output.split('\n').filter((line) => /X-Forwarded-For/.test(line)).length;
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}
