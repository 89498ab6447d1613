import { createDepartment, firstSignIn, GQL } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

const { createUser: CREATE, updateUser: UPDATE, users: USERS } = GQL;

interface CreatedUser {
  id: string;
  email: string;
  version: number;
}

describe('administering people and the organisation', () => {
  let server: RunningServer;
  let admin: string;
  let circ: string;
  let main: string;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    circ = await createDepartment(server, admin, 'CIRC', 'Circulation');
    main = (
      await server.gql<{ createMemberLibrary: { id: string } }>(
        GQL.createMemberLibrary,
        { input: { code: 'MAIN', name: 'Main Library' } },
        { token: admin },
      )
    ).data!.createMemberLibrary.id;
  });
  afterAll(() => server?.stop());

  const create = async (input: Record<string, unknown>, token = admin) =>
    server.gql<{ createUser: CreatedUser }>(
      CREATE,
      { input: { temporaryPassword: 'temporary-pass-123', ...input } },
      { token },
    );

  it('creates a person with a member library, department and role, who must change the temporary password', async () => {
    const result = await create({
      email: 'Head.Circ@E2E.test',
      displayName: 'Head of Circulation',
      memberLibraryId: main,
      departmentId: circ,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createUser).toMatchObject({
      email: 'head.circ@e2e.test',
      displayName: 'Head of Circulation',
      globalRole: 'USER',
      mustChangePassword: true,
      memberLibrary: { code: 'MAIN' },
      department: { code: 'CIRC' },
    });
  });

  it('refuses a second account with the same e-mail address, in any case', async () => {
    const result = await create({ email: 'HEAD.circ@e2e.test', displayName: 'Duplicate' });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors?.[0].message).toContain('head.circ@e2e.test');
  });

  it('names each field that is wrong', async () => {
    const weak = await create({ email: 'weak@e2e.test', displayName: 'Weak', temporaryPassword: 'short' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect((weak.errors?.[0].extensions?.['fields'] as { field: string }[]).map((f) => f.field)).toEqual([
      'temporaryPassword',
    ]);

    const bad = await create({ email: 'not-an-address', displayName: '' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0].extensions?.['fields'] as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'displayName',
      'email',
    ]);

    const unknownUnit = await create({
      email: 'lost@e2e.test',
      displayName: 'Lost',
      departmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(codeOf(unknownUnit)).toBe('BAD_USER_INPUT');
    expect((unknownUnit.errors?.[0].extensions?.['fields'] as { field: string }[])[0].field).toBe('departmentId');
  });

  it('searches by name or e-mail and pages with the total of all matches', async () => {
    for (let i = 1; i <= 12; i++) {
      const n = String(i).padStart(2, '0');
      expect(
        (await create({ email: `cataloguer${n}@e2e.test`, displayName: `Cataloguer ${n}` })).errors,
      ).toBeUndefined();
    }
    const page = await server.gql<{ users: { total: number; items: { email: string }[] } }>(
      USERS,
      { filter: { search: 'catalog' }, page: { offset: 10, limit: 5 } },
      { token: admin },
    );
    expect(page.data?.users.total).toBe(12);
    expect(page.data?.users.items.map((u) => u.email)).toEqual(['cataloguer11@e2e.test', 'cataloguer12@e2e.test']);

    const byEmail = await server.gql<{ users: { total: number } }>(
      USERS,
      { filter: { search: 'HEAD.CIRC@' } },
      { token: admin },
    );
    expect(byEmail.data?.users.total).toBe(1);

    // Wildcards in the search box are text, not patterns.
    const percent = await server.gql<{ users: { total: number } }>(
      USERS,
      { filter: { search: '%' } },
      { token: admin },
    );
    expect(percent.data?.users.total).toBe(0);

    const tooMany = await server.gql(USERS, { page: { offset: 0, limit: 100000 } }, { token: admin });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('refuses a save based on an old version and says who changed it', async () => {
    const user = (await create({ email: 'contested@e2e.test', displayName: 'Contested' })).data!.createUser;
    const first = await server.gql<{ updateUser: { version: number; displayName: string } }>(
      UPDATE,
      { input: { id: user.id, version: user.version, displayName: 'Contested (first)' } },
      { token: admin },
    );
    expect(first.data?.updateUser.displayName).toBe('Contested (first)');
    expect(first.data?.updateUser.version).toBe(user.version + 1);

    const second = await server.gql(
      UPDATE,
      { input: { id: user.id, version: user.version, displayName: 'Contested (second)' } },
      { token: admin },
    );
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.errors?.[0].message).toMatch(/was changed by Administrator at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(second.errors?.[0].extensions).toMatchObject({
      changedBy: 'Administrator',
      currentVersion: user.version + 1,
    });

    const stored = await server.gql<{ user: { displayName: string } }>(GQL.user, { id: user.id }, { token: admin });
    expect(stored.data?.user.displayName).toBe('Contested (first)');
  });

  it('keeps at least one active administrator', async () => {
    const me = (await server.gql<{ me: { id: string } }>(GQL.me, {}, { token: admin })).data!.me.id;
    const current = (await server.gql<{ user: { version: number } }>(GQL.user, { id: me }, { token: admin })).data!
      .user;
    const demote = await server.gql(
      UPDATE,
      { input: { id: me, version: current.version, globalRole: 'USER' } },
      { token: admin },
    );
    expect(codeOf(demote)).toBe('BAD_USER_INPUT');
    expect(demote.errors?.[0].message).toMatch(/only active administrator/);
    const deactivate = await server.gql(
      UPDATE,
      { input: { id: me, version: current.version, active: false } },
      { token: admin },
    );
    expect(codeOf(deactivate)).toBe('BAD_USER_INPUT');

    // With a second administrator, the first may step down.
    const second = (await create({ email: 'second.admin@e2e.test', displayName: 'Second Admin', globalRole: 'ADMIN' }))
      .data!.createUser;
    expect(second).toBeDefined();
    const stepDown = await server.gql<{ updateUser: { globalRole: string } }>(
      UPDATE,
      { input: { id: me, version: current.version, globalRole: 'USER' } },
      { token: admin },
    );
    expect(stepDown.data?.updateUser.globalRole).toBe('USER');
    // Their own token now carries no admin rights.
    expect(codeOf(await server.gql(USERS, {}, { token: admin }))).toBe('FORBIDDEN');

    // Put things back for the tests that follow, through the second administrator.
    const secondToken = await signInFirstTime('second.admin@e2e.test', 'second-admin-pass-1');
    const mine = (await server.gql<{ user: { version: number } }>(GQL.user, { id: me }, { token: secondToken })).data!
      .user;
    const restored = await server.gql(
      UPDATE,
      { input: { id: me, version: mine.version, globalRole: 'ADMIN' } },
      { token: secondToken },
    );
    expect(restored.errors).toBeUndefined();
  });

  it('resetting a password ends the person’s sessions and makes them choose a new one', async () => {
    const user = (await create({ email: 'forgetful@e2e.test', displayName: 'Forgetful' })).data!.createUser;
    const token = await signInFirstTime('forgetful@e2e.test', 'remembered-pass-1');
    expect((await server.gql(GQL.departments, {}, { token })).errors).toBeUndefined();

    const reset = await server.gql<{ resetPassword: { mustChangePassword: boolean } }>(
      GQL.resetPassword,
      { input: { id: user.id, temporaryPassword: 'reset-temporary-9' } },
      { token: admin },
    );
    expect(reset.data?.resetPassword.mustChangePassword).toBe(true);
    expect(codeOf(await server.gql(GQL.me, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await server.gql(GQL.login, {
          input: { email: 'forgetful@e2e.test', password: 'remembered-pass-1' },
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    await expect(server.login('forgetful@e2e.test', 'reset-temporary-9')).resolves.toEqual(expect.any(String));
  });

  it('deactivating a person ends their sessions and stops them signing in', async () => {
    const user = (await create({ email: 'leaver@e2e.test', displayName: 'Leaver' })).data!.createUser;
    const token = await signInFirstTime('leaver@e2e.test', 'leaving-soon-pass-1');
    const result = await server.gql<{ updateUser: { active: boolean } }>(
      UPDATE,
      { input: { id: user.id, version: user.version, active: false } },
      { token: admin },
    );
    expect(result.data?.updateUser.active).toBe(false);
    expect(codeOf(await server.gql(GQL.me, {}, { token }))).toBe('UNAUTHENTICATED');
    const login = await server.gql(GQL.login, {
      input: { email: 'leaver@e2e.test', password: 'leaving-soon-pass-1' },
    });
    expect(codeOf(login)).toBe('UNAUTHENTICATED');
    expect(login.errors?.[0].message).toBe('The e-mail address or password is not correct.');

    const active = await server.gql<{ users: { items: { email: string }[] } }>(
      USERS,
      { filter: { active: false } },
      { token: admin },
    );
    expect(active.data?.users.items.map((u) => u.email)).toEqual(['leaver@e2e.test']);
  });

  it('edits departments and member libraries with unique codes and version checks', async () => {
    const duplicate = await server.gql(
      GQL.createDepartment,
      { input: { code: 'CIRC', name: 'Circulation again' } },
      { token: admin },
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const lowercase = await server.gql(
      GQL.createDepartment,
      { input: { code: 'circ', name: 'Circulation again' } },
      { token: admin },
    );
    expect(codeOf(lowercase)).toBe('BAD_USER_INPUT');
    expect(lowercase.errors?.[0].message).toMatch(/capital letters/);

    const renamed = await server.gql<{ updateDepartment: { name: string; version: number } }>(
      GQL.updateDepartment,
      { input: { id: circ, version: 1, code: 'CIRC', name: 'Circulation & Access' } },
      { token: admin },
    );
    expect(renamed.data?.updateDepartment).toEqual({ name: 'Circulation & Access', version: 2 });
    const stale = await server.gql(
      GQL.updateDepartment,
      { input: { id: circ, version: 1, code: 'CIRC', name: 'Older edit' } },
      { token: admin },
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const missing = await server.gql(
      GQL.updateMemberLibrary,
      { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, code: 'XX', name: 'Nowhere' } },
      { token: admin },
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const notAnId = await server.gql(
      GQL.updateMemberLibrary,
      { input: { id: `${main}' OR 1=1 --`, version: 1, code: 'XX', name: 'Nowhere' } },
      { token: admin },
    );
    expect(codeOf(notAnId)).toBe('BAD_USER_INPUT');
  });

  const signInFirstTime = (email: string, newPassword: string) =>
    firstSignIn(server, email, 'temporary-pass-123', newPassword);
});
