import { createEvaluation, createPerson, gqlData, Person } from './support/fixtures';
import { RunningServer, startServer } from './support/server';

/**
 * Who may do what in an evaluation is read once per request: listing evaluations costs one look at
 * the membership table, however many evaluations the page shows and whatever each asks about roles.
 */
describe('membership reads per request', () => {
  let server: RunningServer;
  let admin: string;
  let lena: Person;

  // The web app's list of evaluations (libs/web/evaluations: Evaluations), roles included.
  const listQuery = `query {
    canEditCatalogue
    evaluations { total items { id title status myRoles } }
  }`;
  type List = { canEditCatalogue: boolean; evaluations: { total: number; items: { id: string; myRoles: string[] }[] } };

  /** The statements that touch evaluation_member while `action` runs. */
  async function membershipStatements(action: () => Promise<unknown>): Promise<string[]> {
    const before = server.statements().length;
    await action();
    return server
      .statements()
      .slice(before)
      .filter((sql) => /\bevaluation_member\b/.test(sql));
  }

  beforeAll(async () => {
    server = await startServer({ sqlLog: true });
    admin = await server.login();
    lena = await createPerson(server, admin, { key: 'lena', displayName: 'Lena Lead' });
    const roles = ['LEAD', 'EVALUATOR', 'VIEWER', 'DEPARTMENT_HEAD', 'LEAD'];
    for (const [index, role] of roles.entries()) {
      await createEvaluation(server, admin, `Evaluation ${index + 1}`, [[lena.id, role]]);
    }
    // One she does not belong to.
    await createEvaluation(server, admin, 'Not hers');
  });
  afterAll(() => server?.stop());

  it('lists a member’s evaluations with their roles in one membership query', async () => {
    let list: List | undefined;
    const statements = await membershipStatements(async () => {
      list = await gqlData<List>(server, listQuery, {}, lena.token);
    });
    expect(list?.canEditCatalogue).toBe(true);
    expect(list?.evaluations.total).toBe(5);
    expect(list?.evaluations.items.map((item) => item.myRoles).sort()).toEqual([
      ['DEPARTMENT_HEAD'],
      ['EVALUATOR'],
      ['LEAD'],
      ['LEAD'],
      ['VIEWER'],
    ]);
    expect(statements).toHaveLength(1);
  });

  it('lists every evaluation to an administrator with one membership query', async () => {
    let list: List | undefined;
    const statements = await membershipStatements(async () => {
      list = await gqlData<List>(server, listQuery, {}, admin);
    });
    expect(list?.evaluations.total).toBe(6);
    expect(list?.evaluations.items.every((item) => item.myRoles.length === 1)).toBe(true);
    expect(statements).toHaveLength(1);
  });
});
