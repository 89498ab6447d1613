/**
 * The search box over the catalogue, requirements and test cases: requirements and evaluation
 * plans' cases only for the evaluation's members (and administrators), product plans' cases only
 * for administrators and the plan's named people, ranked together with the catalogue's hits.
 */
import { createDepartment, createPerson, createTeam, GQL, gqlData, Person } from './support/fixtures';
import { RunningServer, startServer } from './support/server';

interface Hit {
  kind: string;
  id: string;
  title: string;
  vendorId: string | null;
  evaluationId: string | null;
  planId: string | null;
  rank: number;
  snippet: { text: string; match: boolean }[];
}
interface Found {
  total: number;
  items: Hit[];
}

describe('search over requirements and test cases', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let people: Record<string, Person>;
  let named: Person;
  let requirementId: string;
  let evaluationPlanId: string;
  let evaluationCase: { id: string; key: string };
  let productPlanId: string;
  let productCase: { id: string; key: string };

  const ok = <T>(query: string, variables: Record<string, unknown>, token = admin) =>
    gqlData<T>(server, query, variables, token);

  const search = async (
    token: string,
    text: string,
    extra: { kinds?: string[]; offset?: number; limit?: number } = {},
  ) =>
    (
      await ok<{ catalogSearch: Found }>(
        GQL.catalogSearch,
        {
          input: { text, kinds: extra.kinds },
          page: { offset: extra.offset ?? 0, limit: extra.limit ?? 20 },
        },
        token,
      )
    ).catalogSearch;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'Circulation system', department, [
      ['mia', 'Mia Member', 'EVALUATOR'],
      ['out', 'Otto Outsider'],
    ]);
    evaluationId = team.evaluationId;
    people = team.people;
    named = await createPerson(server, admin, { key: 'nat', displayName: 'Nat Named', departmentId: department });

    requirementId = (
      await ok<{ createRequirement: { id: string } }>(GQL.createRequirement, {
        input: {
          evaluationId,
          departmentId: department,
          code: 'CIRC-012',
          title: 'Place holds on items',
          description: 'Patrons queue for a title; the queue honours pickup branches (zanzibar).',
          priority: 'MUST',
        },
      })
    ).createRequirement.id;
    // Another requirement mentioning the first one's code in its text: the exact code still ranks first.
    await ok(GQL.createRequirement, {
      input: {
        evaluationId,
        departmentId: department,
        code: 'CIRC-013',
        title: 'Holds report',
        description: 'Lists what CIRC-012 queues, per branch.',
        priority: 'SHOULD',
      },
    });

    evaluationPlanId = (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { evaluationId, name: 'Circulation acceptance', keyPrefix: 'CIRC-T' },
      })
    ).createTestPlan.id;
    evaluationCase = (
      await ok<{ createTestCase: { id: string; key: string } }>(GQL.createTestCase, {
        input: {
          planId: evaluationPlanId,
          title: 'Renew a loan',
          preconditions: 'A patron with one loan',
          steps: [{ action: 'Press the quokka button', expected: 'The due date moves on' }],
        },
      })
    ).createTestCase;

    const vendorId = (await ok<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'Innovative' } }))
      .createVendor.id;
    const productId = (
      await ok<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name: 'Sierra', category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
    productPlanId = (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { productId, name: 'Sierra upgrade', keyPrefix: 'SIE' },
      })
    ).createTestPlan.id;
    await ok(GQL.setTestPlanMembers, { input: { planId: productPlanId, userIds: [named.id] } });
    productCase = (
      await ok<{ createTestCase: { id: string; key: string } }>(GQL.createTestCase, {
        input: {
          planId: productPlanId,
          title: 'Upgrade keeps holds',
          steps: [{ action: 'Run the wombat upgrade', expected: 'Holds survive' }],
        },
      })
    ).createTestCase;
  }, 300_000);
  afterAll(() => server?.stop());

  it('finds a requirement by its code and by a word of its description, leading to its evaluation', async () => {
    const byCode = await search(people['mia'].token, 'CIRC-012');
    expect(byCode.items[0]).toMatchObject({
      kind: 'REQUIREMENT',
      id: requirementId,
      title: 'CIRC-012 Place holds on items',
      evaluationId,
      planId: null,
      vendorId: null,
    });
    expect(byCode.items.map((hit) => hit.title)).toContain('CIRC-013 Holds report');

    const byWord = await search(people['mia'].token, 'zanzibar');
    expect(byWord.total).toBe(1);
    expect(byWord.items[0]).toMatchObject({ kind: 'REQUIREMENT', id: requirementId });
    expect(byWord.items[0].snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())).toContain('zanzibar');
  });

  it('finds an evaluation plan’s test case by its key and by a word of a step, leading to its plan', async () => {
    expect(evaluationCase.key).toBe('CIRC-T-001');
    const byKey = await search(people['mia'].token, 'CIRC-T-001');
    expect(byKey.items[0]).toMatchObject({
      kind: 'TEST_CASE',
      id: evaluationCase.id,
      title: 'CIRC-T-001 Renew a loan',
      planId: evaluationPlanId,
      evaluationId,
    });
    const byStep = await search(people['mia'].token, 'quokka');
    expect(byStep.items.map((hit) => [hit.kind, hit.id])).toEqual([['TEST_CASE', evaluationCase.id]]);
    const byExpected = await search(people['mia'].token, 'due date');
    expect(byExpected.items.map((hit) => hit.id)).toContain(evaluationCase.id);
  });

  it('shows neither requirements nor cases, nor counts them, to someone outside the evaluation', async () => {
    for (const text of ['CIRC-012', 'zanzibar', 'CIRC-T-001', 'quokka', 'wombat']) {
      const found = await search(people['out'].token, text);
      expect({ text, total: found.total, items: found.items }).toEqual({ text, total: 0, items: [] });
    }
    const past = await search(people['out'].token, 'zanzibar', { offset: 40 });
    expect(past.total).toBe(0);
  });

  it('shows everything to an administrator', async () => {
    expect((await search(admin, 'zanzibar')).items.map((hit) => hit.id)).toEqual([requirementId]);
    expect((await search(admin, 'quokka')).items.map((hit) => hit.id)).toEqual([evaluationCase.id]);
    expect((await search(admin, 'wombat')).items.map((hit) => hit.id)).toEqual([productCase.id]);
  });

  it('shows a product plan’s case only to administrators and the plan’s named people', async () => {
    const forNamed = await search(named.token, 'wombat');
    expect(forNamed.items).toEqual([
      expect.objectContaining({ kind: 'TEST_CASE', id: productCase.id, planId: productPlanId, evaluationId: null }),
    ]);
    expect((await search(named.token, productCase.key)).items[0]?.id).toBe(productCase.id);
    // The named person is no member of the evaluation, so its requirements and cases stay hidden.
    expect((await search(named.token, 'zanzibar')).total).toBe(0);
    expect((await search(people['mia'].token, 'wombat')).total).toBe(0);
  });

  it('leaves out archived cases and old versions’ words', async () => {
    const created = await ok<{ createTestCase: { id: string; version: number } }>(GQL.createTestCase, {
      input: {
        planId: evaluationPlanId,
        title: 'Check out a platypus',
        steps: [{ action: 'Scan', expected: 'Loaned' }],
      },
    });
    expect((await search(people['mia'].token, 'platypus')).items.map((hit) => hit.id)).toEqual([
      created.createTestCase.id,
    ]);
    const updated = await ok<{ updateTestCase: { version: number } }>(GQL.updateTestCase, {
      input: { id: created.createTestCase.id, version: created.createTestCase.version, title: 'Check out an echidna' },
    });
    expect((await search(people['mia'].token, 'platypus')).total).toBe(0);
    expect((await search(people['mia'].token, 'echidna')).total).toBe(1);
    await ok(GQL.archiveTestCase, {
      input: { id: created.createTestCase.id, version: updated.updateTestCase.version },
    });
    expect((await search(people['mia'].token, 'echidna')).total).toBe(0);
  });

  it('ranks requirements and cases with the catalogue’s hits, filters by kind and pages them', async () => {
    const vendorId = (
      await ok<{ createVendor: { id: string } }>(GQL.createVendor, {
        input: { name: 'Marmoset Systems', companyNotes: 'Marmoset marmoset support' },
      })
    ).createVendor.id;
    await ok(GQL.createRequirement, {
      input: {
        evaluationId,
        departmentId: (await ok<{ requirement: { departmentId: string } }>(GQL.requirement, { id: requirementId }))
          .requirement.departmentId,
        code: 'CIRC-020',
        title: 'Marmoset export',
        description: 'Exports to marmoset',
        priority: 'COULD',
      },
    });
    await ok(GQL.createTestCase, {
      input: { planId: evaluationPlanId, title: 'Marmoset sync', steps: [{ action: 'Sync', expected: 'Synced' }] },
    });

    const all = await search(people['mia'].token, 'marmoset');
    expect(all.total).toBe(3);
    expect(all.items.map((hit) => hit.kind).sort()).toEqual(['REQUIREMENT', 'TEST_CASE', 'VENDOR']);
    expect(all.items.find((hit) => hit.kind === 'VENDOR')?.vendorId).toBe(vendorId);
    const ranks = all.items.map((hit) => hit.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);

    const only = await search(people['mia'].token, 'marmoset', { kinds: ['REQUIREMENT', 'VENDOR'] });
    expect(only.items.map((hit) => hit.kind).sort()).toEqual(['REQUIREMENT', 'VENDOR']);

    const first = await search(people['mia'].token, 'marmoset', { limit: 2 });
    const second = await search(people['mia'].token, 'marmoset', { offset: 2, limit: 2 });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.items, ...second.items].map((hit) => hit.id)).toEqual(all.items.map((hit) => hit.id));
    expect((await search(people['mia'].token, 'marmoset', { offset: 10 })).total).toBe(3);
    // Someone outside the evaluation counts only the vendor.
    expect((await search(people['out'].token, 'marmoset')).total).toBe(1);
  });
});
