/**
 * Two people saving the same name at the same moment: both pass the service's "is it taken?"
 * check, and the database's unique rule refuses the second insert. That refusal must reach the
 * client as CONFLICT with the same message the check gives, never as an internal error. Only
 * the PostgreSQL server runs the two transactions side by side (PGlite runs one at a time), so
 * this file matters most with DATABASE_URL set; on PGlite it checks the same answers.
 */
import { GQL } from './support/fixtures';
import { GraphQLResponse, RunningServer, startServer } from './support/server';

const ATTEMPTS = 6;

describe('names saved twice at the same moment', () => {
  let server: RunningServer;
  let admin: string;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
  });
  afterAll(() => server?.stop());

  /** Sends the same mutation twice at once and expects one success and one CONFLICT saying `message`. */
  async function race(mutation: string, input: Record<string, unknown>, message: string): Promise<void> {
    const results: GraphQLResponse[] = await Promise.all([
      server.gql(mutation, { input }, { token: admin }),
      server.gql(mutation, { input }, { token: admin }),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const refused = results.find((result) => result.errors)!;
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].message).toBe(message);
  }

  it('creates one user per e-mail address and refuses the other as CONFLICT', async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const email = `twice.${attempt}@e2e.test`;
      await race(
        GQL.createUser,
        { email, displayName: `Twice ${attempt}`, temporaryPassword: 'temporary-pass-123' },
        `A user with the e-mail address ${email} already exists.`,
      );
    }
    const users = await server.gql<{ users: { total: number } }>(
      GQL.users,
      { filter: { search: 'twice.' } },
      { token: admin },
    );
    expect(users.data?.users.total).toBe(ATTEMPTS);
  });

  it('creates one member library per code and refuses the other as CONFLICT', async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      await race(
        GQL.createMemberLibrary,
        { code: `LIB${attempt}`, name: `Branch Library ${attempt}` },
        `Another member library already uses the code LIB${attempt}.`,
      );
    }
  });

  it('creates one department per code and refuses the other as CONFLICT', async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      await race(
        GQL.createDepartment,
        { code: `DEP${attempt}`, name: `Department ${attempt}` },
        `Another department already uses the code DEP${attempt}.`,
      );
    }
  });

  it('creates one vendor per name and refuses the other as CONFLICT', async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const name = `Twin Systems ${attempt}`;
      await race(GQL.createVendor, { name }, `Another vendor already has the name ${name}.`);
    }
  });
});
