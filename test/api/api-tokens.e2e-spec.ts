/**
 * Personal API tokens: a person creates named, expiring tokens (the secret shown once), a script
 * sends one as `Authorization: Bearer` and acts as its owner — exactly what the owner may do, on
 * GraphQL and on the plain HTTP endpoints — until it is revoked, expires or the owner is
 * deactivated. A token never manages tokens or sessions or changes the password.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minimalPdf } from './support/files';
import { createEvaluation, createPerson, dataOf, GQL, Person, shortlistProducts } from './support/fixtures';
import { codeOf, engine, RunningServer, sql, startServer, TestDatabase } from './support/server';

const PASSWORD = 'pipeline-credential-42';
const SESSION_REQUIRED =
  'An API token cannot manage API tokens or sessions or change the password: sign in with your password to do that.';
const DAY_MS = 24 * 3600 * 1000;

interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  expired: boolean;
}

describe('personal API tokens', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let admin: string;
  let owner: Person;
  let memberOf: string;
  let notMemberOf: string;
  const secrets: string[] = [];
  /** What the API processes stopped so far have written. */
  let earlierLogs = '';

  /** Starts the API on the file's database, logging every request (to prove no secret reaches the log). */
  const start = async () => {
    server = await startServer({ database, env: { ASSAY_LOG_LEVEL: 'log' } });
    admin = await server.login();
  };

  const create = async (session: string, name: string, expiresInDays?: number) => {
    const created = dataOf(
      await server.gql<{ createApiToken: { secret: string; token: ApiToken } }>(
        GQL.createApiToken,
        { input: { name, expiresInDays } },
        { token: session },
      ),
    ).createApiToken;
    secrets.push(created.secret);
    return created;
  };
  const list = async (session: string) =>
    dataOf(await server.gql<{ myApiTokens: ApiToken[] }>(GQL.myApiTokens, {}, { token: session })).myApiTokens;
  const person = async (key: string) =>
    createPerson(server, admin, { key, displayName: `Person ${key}`, password: PASSWORD });

  beforeAll(async () => {
    database = await TestDatabase.create();
    await start();
    owner = await person('owner');
    memberOf = await createEvaluation(server, admin, 'Discovery layer', [[owner.id, 'EVALUATOR']]);
    notMemberOf = await createEvaluation(server, admin, 'Confidential procurement');
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('creates a named token whose secret is returned once, recognisable, with the expiry asked for (90 days unless said)', async () => {
    const before = Date.now();
    const { secret, token } = await create(owner.token, 'CI upload', 30);
    expect(secret).toMatch(/^assay_pat_[A-Za-z0-9_-]{43}$/);
    expect(token).toEqual({
      id: expect.any(String),
      name: 'CI upload',
      prefix: secret.slice(0, 16),
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
      lastUsedAt: null,
      expired: false,
    });
    expect(Math.abs(Date.parse(token.expiresAt) - Date.parse(token.createdAt) - 30 * DAY_MS)).toBeLessThan(1000);
    expect(Date.parse(token.createdAt)).toBeGreaterThan(before - 60_000);

    const standard = (await create(owner.token, 'Nightly report')).token;
    expect(Date.parse(standard.expiresAt) - Date.parse(standard.createdAt)).toBe(90 * DAY_MS);

    // Listed without the secret; the type has no field that could return it.
    const listed = await list(owner.token);
    expect(listed.map((t) => t.name)).toEqual(['Nightly report', 'CI upload']);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(16));
    expect(codeOf(await server.gql(`{ myApiTokens { secret } }`, {}, { token: owner.token }))).toBe('BAD_USER_INPUT');
  });

  it('acts as its owner on GraphQL: sees what the owner sees, refused what the owner is refused', async () => {
    const { secret } = await create(owner.token, 'Reader');
    expect(dataOf(await server.gql<{ me: { email: string } }>(GQL.me, {}, { token: secret })).me.email).toBe(
      owner.email,
    );

    const evaluations = dataOf(
      await server.gql<{ evaluations: { items: { id: string }[] } }>(
        GQL.evaluations,
        {},
        {
          token: secret,
        },
      ),
    ).evaluations.items.map((e) => e.id);
    expect(evaluations).toEqual([memberOf]);
    const hidden = await server.gql(
      GQL.evaluationVersion,
      { id: notMemberOf },
      {
        token: secret,
      },
    );
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(GQL.users, {}, { token: secret }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(GQL.createVendor, { input: { name: 'Token Vendor' } }, { token: secret }))).toBe(
      'FORBIDDEN',
    );

    // An administrator's token is an administrator: the owner's role, no more and no less.
    const adminSecret = (await create(admin, 'Admin automation')).secret;
    expect(
      dataOf(await server.gql<{ users: { total: number } }>(GQL.users, {}, { token: adminSecret })).users.total,
    ).toBeGreaterThan(1);
  });

  it('acts as its owner on the plain HTTP endpoints: an upload with X-Requested-With, and an export', async () => {
    const adminSecret = (await create(admin, 'Uploader')).secret;
    const ownerSecret = (await create(owner.token, 'Would-be uploader')).secret;
    const vendor = dataOf(
      await server.gql<{ createVendor: { id: string } }>(
        GQL.createVendor,
        { input: { name: 'ByWater' } },
        {
          token: adminSecret,
        },
      ),
    ).createVendor.id;
    const note = dataOf(
      await server.gql<{ createResearchNote: { id: string } }>(
        GQL.createResearchNote,
        { input: { vendorId: vendor, title: 'Contract', observedOn: '2026-01-15', sourceType: 'DOCUMENT' } },
        { token: adminSecret },
      ),
    ).createResearchNote.id;

    const upload = async (secret: string, headers: Record<string, string> = { 'x-requested-with': 'assay' }) => {
      const form = new FormData();
      form.append('ownerKind', 'RESEARCH_NOTE');
      form.append('ownerId', note);
      form.append('file', new Blob([new Uint8Array(minimalPdf('Contract'))]), 'contract.pdf');
      const response = await fetch(`${server.url}/api/attachments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, ...headers },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const uploaded = await upload(adminSecret);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body['fileName']).toBe('contract.pdf');
    // The owner of this one may not edit the catalogue, so neither may the token.
    expect((await upload(ownerSecret)).body['code']).toBe('FORBIDDEN');
    // A token does not excuse the header that keeps forms on other sites out.
    expect((await upload(adminSecret, {})).status).toBe(400);
    const anonymous = await upload(`assay_pat_${'A'.repeat(43)}`);
    expect([anonymous.status, anonymous.body['code']]).toEqual([401, 'UNAUTHENTICATED']);

    const csv = await fetch(`${server.url}/api/export/vendors.csv`, {
      headers: { authorization: `Bearer ${ownerSecret}` },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('ByWater');
  });

  it('uploads a CI job’s JUnit report into a run as its owner, a tester, and not once revoked', async () => {
    const evaluationId = await createEvaluation(server, admin, 'Nightly CI', [[owner.id, 'TESTER']]);
    const [candidateId] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'CI Vendor',
      products: [['CI ILS', '1.0']],
    });
    const planId = dataOf(
      await server.gql<{ createTestPlan: { id: string } }>(
        GQL.createTestPlan,
        { input: { evaluationId, name: 'Circulation', keyPrefix: 'CIRC-T' } },
        { token: admin },
      ),
    ).createTestPlan.id;
    for (const title of ['Renew', 'Refuse renewal', 'Lend', 'Hold', 'Import patrons']) {
      dataOf(await server.gql(GQL.createTestCase, { input: { planId, title } }, { token: admin }));
    }
    const runId = dataOf(
      await server.gql<{ createTestRun: { id: string } }>(
        GQL.createTestRun,
        { input: { planId, candidateId, environment: 'CI sandbox' } },
        { token: admin },
      ),
    ).createTestRun.id;
    const upload = async (secret: string) => {
      const form = new FormData();
      const report = readFileSync(join(__dirname, 'fixtures/junit/jest-junit.xml'));
      form.append('file', new Blob([new Uint8Array(report)]), 'report.xml');
      const response = await fetch(`${server.url}/api/test-runs/${runId}/junit`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'x-requested-with': 'assay' },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    const { secret, token } = await create(owner.token, 'Nightly CI job');
    const imported = await upload(secret);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ total: 6, passed: 3, failed: 2, skipped: 1, matched: 5 });
    dataOf(await server.gql(GQL.revokeApiToken, { id: token.id }, { token: owner.token }));
    const refused = await upload(secret);
    expect([refused.status, refused.body['code']]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('is listed with its last use, brought up to date as it is used', async () => {
    const { secret, token } = await create(owner.token, 'Last use');
    expect((await list(owner.token)).find((t) => t.id === token.id)?.lastUsedAt).toBeNull();
    await server.gql(GQL.me, {}, { token: secret });
    const used = (await list(owner.token)).find((t) => t.id === token.id)!;
    expect(used.lastUsedAt).not.toBeNull();
    expect(Date.parse(used.lastUsedAt!)).toBeGreaterThanOrEqual(Date.parse(used.createdAt));
  });

  it('stops working as soon as it is revoked, and leaves the list', async () => {
    const { secret, token } = await create(owner.token, 'Short-lived');
    expect((await server.gql(GQL.me, {}, { token: secret })).errors).toBeUndefined();
    expect(
      dataOf(
        await server.gql<{ revokeApiToken: boolean }>(GQL.revokeApiToken, { id: token.id }, { token: owner.token }),
      ),
    ).toEqual({
      revokeApiToken: true,
    });
    expect(codeOf(await server.gql(GQL.me, {}, { token: secret }))).toBe('UNAUTHENTICATED');
    expect((await list(owner.token)).map((t) => t.id)).not.toContain(token.id);
    // Revoking it again: there is no such live token.
    expect(codeOf(await server.gql(GQL.revokeApiToken, { id: token.id }, { token: owner.token }))).toBe('NOT_FOUND');
    // Its name is free again.
    expect((await create(owner.token, 'Short-lived')).token.name).toBe('Short-lived');
  });

  it("answers revokeApiToken on someone else's token, or an unknown one, with NOT_FOUND and revokes nothing", async () => {
    const { secret, token } = await create(owner.token, 'Not yours');
    const intruder = await person('intruder');
    for (const [id, session] of [
      [token.id, intruder.token],
      [token.id, admin],
      ['00000000-0000-4000-8000-000000000000', owner.token],
      ['not-an-id', owner.token],
    ]) {
      const result = await server.gql(GQL.revokeApiToken, { id }, { token: session });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(result.errors?.[0].message).toBe('The API token was not found.');
    }
    expect((await server.gql(GQL.me, {}, { token: secret })).errors).toBeUndefined();
    // Nor does anyone else see it.
    expect((await list(intruder.token)).map((t) => t.id)).not.toContain(token.id);
  });

  it('cannot manage tokens or sessions or change the password: those need a sign-in, and the refusal says so', async () => {
    const { secret, token } = await create(owner.token, 'Limited');
    const attempts: [string, Record<string, unknown>][] = [
      [GQL.myApiTokens, {}],
      [GQL.createApiToken, { input: { name: 'Successor' } }],
      [GQL.revokeApiToken, { id: token.id }],
      [
        GQL.changePassword,
        {
          input: { currentPassword: PASSWORD, newPassword: 'taken-over-password-1' },
        },
      ],
      [GQL.mySessions, {}],
      [GQL.logoutEverywhere, {}],
      [GQL.endSession, { id: '00000000-0000-4000-8000-000000000000' }],
    ];
    for (const [query, variables] of attempts) {
      const result = await server.gql(query, variables, { token: secret });
      expect([query, codeOf(result), result.errors?.[0].message, result.errors?.[0].extensions?.['reason']]).toEqual([
        query,
        'FORBIDDEN',
        SESSION_REQUIRED,
        'SESSION_REQUIRED',
      ]);
    }
    expect((await list(owner.token)).map((t) => t.name)).not.toContain('Successor');
    expect((await server.gql(GQL.me, {}, { token: secret })).errors).toBeUndefined();
    // The owner's password is unchanged, and their sessions live on.
    expect(await server.login(owner.email, PASSWORD)).toEqual(expect.any(String));
    expect((await server.gql(GQL.me, {}, { token: owner.token })).errors).toBeUndefined();
  });

  it('refuses a wrong or garbled token with UNAUTHENTICATED', async () => {
    const { secret } = await create(owner.token, 'Garbled');
    const flip = (c: string) => (c === 'A' ? 'B' : 'A');
    for (const token of [
      `assay_pat_${'x'.repeat(43)}`,
      `${secret.slice(0, -1)}${flip(secret.slice(-1))}`,
      secret.slice(0, -1),
      `${secret}A`,
      'assay_pat_',
      secret.slice('assay_pat_'.length),
      secret.toUpperCase(),
    ]) {
      const result = await server.gql(GQL.me, {}, { token });
      expect([token, codeOf(result)]).toEqual([token, 'UNAUTHENTICATED']);
    }
  });

  it('checks its input: a name, unique among the live tokens, and 1 to 366 days', async () => {
    await create(owner.token, 'Deploy');
    const refused = async (input: Record<string, unknown>) =>
      codeOf(await server.gql(GQL.createApiToken, { input }, { token: owner.token }));
    expect(await refused({ name: '' })).toBe('BAD_USER_INPUT');
    expect(await refused({ name: '   ' })).toBe('BAD_USER_INPUT');
    expect(await refused({ name: 'x'.repeat(101) })).toBe('BAD_USER_INPUT');
    expect(await refused({ name: 'Zero', expiresInDays: 0 })).toBe('BAD_USER_INPUT');
    expect(await refused({ name: 'Too long', expiresInDays: 367 })).toBe('BAD_USER_INPUT');
    expect(await refused({ name: 'Deploy' })).toBe('CONFLICT');
    expect(await refused({ name: ' deploy ' })).toBe('CONFLICT');
    expect((await create(owner.token, 'Year', 366)).token.name).toBe('Year');
    // Another person may use the same name.
    expect((await create(admin, 'Deploy')).token.name).toBe('Deploy');
  });

  it('lets only one of several simultaneous creations with one name through', async () => {
    const racer = await person('racer');
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        server.gql(GQL.createApiToken, { input: { name: 'Same moment' } }, { token: racer.token }),
      ),
    );
    for (const result of results) {
      const data = result.data as { createApiToken?: { secret: string } } | null | undefined;
      if (data?.createApiToken) secrets.push(data.createApiToken.secret);
    }
    expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'ok',
    ]);
    expect((await list(racer.token)).map((t) => t.name)).toEqual(['Same moment']);
  });

  it('holds a person to 50 live tokens', async () => {
    const busy = await person('busy');
    for (let i = 1; i <= 50; i++) await create(busy.token, `Job ${i}`);
    const refused = await server.gql(GQL.createApiToken, { input: { name: 'Job 51' } }, { token: busy.token });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/50 live tokens/);
    const first = (await list(busy.token)).find((t) => t.name === 'Job 1')!;
    await server.gql(GQL.revokeApiToken, { id: first.id }, { token: busy.token });
    expect((await create(busy.token, 'Job 51')).token.name).toBe('Job 51');
  });

  it("keeps working through an administrator's password reset, and stops for good when the owner is deactivated", async () => {
    const leaver = await person('leaver');
    const { secret } = await create(leaver.token, 'Pipeline');
    const userOf = async () =>
      dataOf(await server.gql<{ user: { id: string; version: number } }>(GQL.user, { id: leaver.id }, { token: admin }))
        .user;

    dataOf(
      await server.gql(
        GQL.resetPassword,
        { input: { id: leaver.id, temporaryPassword: 'temporary-again-42' } },
        { token: admin },
      ),
    );
    // The sessions ended, the token is a credential of its own and goes on.
    expect(codeOf(await server.gql(GQL.me, {}, { token: leaver.token }))).toBe('UNAUTHENTICATED');
    expect(dataOf(await server.gql<{ me: { email: string } }>(GQL.me, {}, { token: secret })).me.email).toBe(
      leaver.email,
    );

    const update = (active: boolean, version: number) =>
      server.gql(GQL.updateUser, { input: { id: leaver.id, version, active } }, { token: admin });
    dataOf(await update(false, (await userOf()).version));
    expect(codeOf(await server.gql(GQL.me, {}, { token: secret }))).toBe('UNAUTHENTICATED');
    dataOf(await update(true, (await userOf()).version));
    expect(codeOf(await server.gql(GQL.me, {}, { token: secret }))).toBe('UNAUTHENTICATED');
  });

  it('is refused once expired, shows as expired, and frees its name; the trail records creations and revocations', async () => {
    const { secret, token } = await create(owner.token, 'Soon', 1);
    expect((await server.gql(GQL.me, {}, { token: secret })).errors).toBeUndefined();
    const revoked = (await create(owner.token, 'Revoked at once')).token;
    dataOf(await server.gql(GQL.revokeApiToken, { id: revoked.id }, { token: owner.token }));

    // On PGlite only one process may open the database: stop the API to move the expiry into the past.
    earlierLogs += server.output();
    await server.stop();
    await sql(
      database,
      `UPDATE api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 minute' WHERE id = '${token.id}'`,
    );
    const trail = async (id: string) =>
      (
        await sql(
          database,
          `SELECT action FROM audit_event WHERE object_type = 'api_token' AND object_id = '${id}' ORDER BY occurred_at, action`,
        )
      ).map((row) => row['action']);
    expect(await trail(token.id)).toEqual(['created']);
    expect(await trail(revoked.id)).toEqual(['created', 'revoked']);
    const stored = await sql(database, `SELECT token_hash, prefix FROM api_token`);
    for (const row of stored) expect(secrets).not.toContain(row['token_hash']);
    await start();

    expect(codeOf(await server.gql(GQL.me, {}, { token: secret }))).toBe('UNAUTHENTICATED');
    const session = await server.login(owner.email, PASSWORD);
    const expired = (await list(session)).find((t) => t.id === token.id)!;
    expect(expired.expired).toBe(true);
    expect((await create(session, 'Soon')).token.name).toBe('Soon');
  });

  it('never writes a token to the log', async () => {
    // Tokens made, used, refused and revoked here, besides those of the tests before.
    const used = await create(owner.token, 'Logged CI job');
    expect((await server.gql(GQL.me, {}, { token: used.secret })).errors).toBeUndefined();
    expect(codeOf(await server.gql(GQL.me, {}, { token: `${used.secret}x` }))).toBe('UNAUTHENTICATED');
    dataOf(await server.gql(GQL.revokeApiToken, { id: used.token.id }, { token: owner.token }));
    expect(codeOf(await server.gql(GQL.me, {}, { token: used.secret }))).toBe('UNAUTHENTICATED');
    const log = earlierLogs + server.output();
    expect(log).toContain('"path":"/graphql"');
    for (const secret of secrets) expect(log).not.toContain(secret.slice('assay_pat_'.length));
  });
});

const onServer = engine === 'postgres' ? describe : describe.skip;

onServer('personal API tokens with two API processes on one database (PostgreSQL server)', () => {
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

  it('a revoke through one process is refused by the other within seconds, and by the first at once', async () => {
    const session = await first.login();
    const created = dataOf(
      await first.gql<{ createApiToken: { secret: string; token: { id: string } } }>(
        GQL.createApiToken,
        { input: { name: 'Two processes' } },
        { token: session },
      ),
    ).createApiToken;
    expect((await first.gql(GQL.me, {}, { token: created.secret })).errors).toBeUndefined();
    expect((await second.gql(GQL.me, {}, { token: created.secret })).errors).toBeUndefined();
    dataOf(await second.gql(GQL.revokeApiToken, { id: created.token.id }, { token: session }));
    expect(codeOf(await second.gql(GQL.me, {}, { token: created.secret }))).toBe('UNAUTHENTICATED');

    // The first process remembered the token as live a moment ago; it checks again within a few seconds.
    const deadline = Date.now() + 15_000;
    let answer = await first.gql(GQL.me, {}, { token: created.secret });
    while (!answer.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await first.gql(GQL.me, {}, { token: created.secret });
    }
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });
});
