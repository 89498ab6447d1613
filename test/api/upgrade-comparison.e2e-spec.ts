/**
 * The upgrade comparison: a plan's cases in run A (the current version, or the earlier build)
 * against run B, checked against a small case worked out by hand, with the defect linked to the
 * newly failing case; the default pair of runs for a product plan; and who may read it.
 */
import {
  createDepartment,
  createPerson,
  createTeam,
  gqlData,
  GQL,
  Person,
  shortlistProducts,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface Comparison {
  runA: { id: string; buildLabel: string; productVersionName: string };
  runB: { id: string; buildLabel: string; productVersionName: string };
  caseCounts: Record<string, number>;
  requirementCounts: Record<string, number>;
  casesTotal: number;
  cases: {
    key: string;
    category: string;
    statusA: string | null;
    statusB: string | null;
    requirementCodes: string[];
    defects: { key: string }[];
  }[];
  requirements: { code: string; category: string; newlyFailingKeys: string[]; caseKeys: string[] }[];
}

describe('upgrade comparison', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let candidate: string;
  let planId: string;
  let runA: string;
  let runB: string;
  const people: Record<string, Person> = {};
  const codes: string[] = [];

  const ok = <T>(query: string, variables: Record<string, unknown>, token = admin) =>
    gqlData<T>(server, query, variables, token);
  const compare = async (variables: Record<string, unknown>, token = people['lia'].token) =>
    (await ok<{ testPlan: { upgradeComparison: Comparison | null } }>(GQL.upgradeComparison, variables, token)).testPlan
      .upgradeComparison;

  const createCase = async (title: string, requirementIds: string[]) =>
    (
      await ok<{ createTestCase: { id: string; key: string } }>(
        GQL.createTestCase,
        { input: { planId, title, steps: [{ action: title, expected: 'It works' }], requirementIds } },
        people['lia'].token,
      )
    ).createTestCase;
  const createRun = async (plan: string, input: Record<string, unknown>) =>
    (
      await ok<{ createTestRun: { id: string } }>(
        GQL.createTestRun,
        {
          input: {
            planId: plan,
            environment: 'Sandbox',
            testerIds: input['productVersionId'] ? undefined : [people['tess'].id],
            ...input,
          },
        },
        input['productVersionId'] ? admin : people['lia'].token,
      )
    ).createTestRun.id;
  /** Records each case's status in the run, by case key. */
  const record = async (run: string, statuses: Record<string, string>, token = people['tess'].token) => {
    const results = (
      await ok<{ testRun: { results: { items: { id: string; version: number; caseKey: string }[] } } }>(
        GQL.testRunResults,
        { id: run, page: { offset: 0, limit: 100 } },
        token,
      )
    ).testRun.results.items;
    const ids: Record<string, string> = {};
    for (const result of results) {
      const status = statuses[result.caseKey];
      if (!status) continue;
      await ok(GQL.recordTestResult, { input: { id: result.id, version: result.version, status } }, token);
      ids[result.caseKey] = result.id;
    }
    return ids;
  };

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS upgrade', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['tess', 'Tess Tester', 'TESTER'],
    ]);
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    people['olga'] = await createPerson(server, admin, { key: 'olga', displayName: 'Olga Outsider' });
    [candidate] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    const requirementIds: string[] = [];
    for (const title of ['Holds', 'Renewals', 'Fines']) {
      const created = (
        await ok<{ createRequirement: { id: string; code: string } }>(
          GQL.createRequirement,
          { input: { evaluationId, departmentId: department, title, priority: 'MUST' } },
          people['lia'].token,
        )
      ).createRequirement;
      requirementIds.push(created.id);
      codes.push(created.code);
    }
    const [holds, renewals, fines] = requirementIds;
    planId = (
      await ok<{ createTestPlan: { id: string } }>(
        GQL.createTestPlan,
        { input: { evaluationId, name: 'Koha patch', keyPrefix: 'UP' } },
        people['lia'].token,
      )
    ).createTestPlan.id;
    await createCase('Place a hold', [holds]); // UP-001
    await createCase('Cancel a hold', [holds]); // UP-002
    await createCase('Renew a loan', [renewals]); // UP-003
    await createCase('Renew an overdue loan', [renewals]); // UP-004
    await createCase('Pay a fine', [fines]); // UP-005
    runA = await createRun(planId, { candidateId: candidate, buildLabel: '24.11.01' });
    await record(runA, {
      'UP-001': 'PASSED',
      'UP-002': 'PASSED',
      'UP-003': 'FAILED',
      'UP-004': 'FAILED',
      'UP-005': 'PASSED',
    });
    await createCase('Waive a fine', []); // UP-006, added after run A
    runB = await createRun(planId, { candidateId: candidate, buildLabel: '24.11.02' });
    const inB = await record(runB, {
      'UP-001': 'FAILED',
      'UP-002': 'PASSED',
      'UP-003': 'PASSED',
      'UP-004': 'FAILED',
      'UP-005': 'BLOCKED',
      'UP-006': 'PASSED',
    });
    await ok(
      GQL.createDefect,
      { input: { fromResultId: inB['UP-001'], severity: 'MAJOR', title: 'Holds fail after the patch' } },
      people['tess'].token,
    );
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('compares the two runs case by case and requirement by requirement, as worked out by hand', async () => {
    const comparison = await compare({ id: planId });
    // Left out, the runs are the plan's last two: A the earlier.
    expect([comparison!.runA.id, comparison!.runB.id]).toEqual([runA, runB]);
    expect(comparison!.cases.map((c) => [c.key, c.category, c.statusA, c.statusB])).toEqual([
      ['UP-001', 'NEWLY_FAILING', 'PASSED', 'FAILED'],
      ['UP-003', 'NEWLY_PASSING', 'FAILED', 'PASSED'],
      ['UP-005', 'NOT_RUN_IN_ONE', 'PASSED', 'BLOCKED'],
      ['UP-002', 'UNCHANGED', 'PASSED', 'PASSED'],
      ['UP-004', 'UNCHANGED', 'FAILED', 'FAILED'],
      ['UP-006', 'NEW_CASE', null, 'PASSED'],
    ]);
    expect(comparison!.caseCounts).toEqual({
      newlyFailing: 1,
      newlyPassing: 1,
      notRunInOne: 1,
      unchanged: 2,
      newCase: 1,
      notRunInBoth: 0,
    });
    // Renewals: one case fixed, the other still failing, so it is unchanged (still failing).
    const [holds, renewals, fines] = codes;
    expect(comparison!.requirements.map((r) => [r.code, r.category, r.newlyFailingKeys])).toEqual([
      [holds, 'NEWLY_FAILING', ['UP-001']],
      [fines, 'NOT_RUN_IN_ONE', []],
      [renewals, 'UNCHANGED', []],
    ]);
    expect(comparison!.requirementCounts).toMatchObject({ newlyFailing: 1, notRunInOne: 1, unchanged: 1 });
    expect(comparison!.cases[0].requirementCodes).toEqual([holds]);
    expect(comparison!.cases[0].defects.map((d) => d.key)).toHaveLength(1);
  });

  it('lists only the categories asked for, and the runs in the order named', async () => {
    const failing = await compare({ id: planId, categories: ['NEWLY_FAILING', 'NEW_CASE'] });
    expect(failing!.cases.map((c) => c.key)).toEqual(['UP-001', 'UP-006']);
    expect(failing!.casesTotal).toBe(2);
    const reversed = await compare({ id: planId, a: runB, b: runA });
    expect(reversed!.cases.find((c) => c.key === 'UP-001')!.category).toBe('NEWLY_PASSING');

    const same = await server.gql(
      GQL.upgradeComparison,
      { id: planId, a: runA, b: runA },
      { token: people['lia'].token },
    );
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
    const half = await server.gql(GQL.upgradeComparison, { id: planId, a: runA }, { token: people['lia'].token });
    expect(codeOf(half)).toBe('BAD_USER_INPUT');
  });

  it('is read by the evaluation’s members only', async () => {
    expect((await compare({ id: planId }, people['tess'].token))!.caseCounts.newlyFailing).toBe(1);
    const outsider = await server.gql(GQL.upgradeComparison, { id: planId }, { token: people['olga'].token });
    expect(codeOf(outsider)).toBe('NOT_FOUND');
  });

  it('compares a product plan’s latest run on the current version with its latest on the target, once both exist', async () => {
    const vendorId = (await ok<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'Innovative' } }))
      .createVendor.id;
    const productId = (
      await ok<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name: 'Sierra', category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
    const versions: string[] = [];
    for (const name of ['6.1', '6.2']) {
      versions.push(
        (await ok<{ createProductVersion: { id: string } }>(GQL.createProductVersion, { input: { productId, name } }))
          .createProductVersion.id,
      );
    }
    const plan = (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: {
          productId,
          name: 'Sierra 6.2 upgrade',
          currentVersionId: versions[0],
          targetVersionId: versions[1],
          keyPrefix: 'SIE',
        },
      })
    ).createTestPlan.id;
    await ok(GQL.createTestCase, {
      input: { planId: plan, title: 'Check out', steps: [{ action: 'Check out', expected: 'Done' }] },
    });
    expect(await compare({ id: plan }, admin)).toBeNull();
    const current = await createRun(plan, { productVersionId: versions[0], buildLabel: 'current' });
    await createRun(plan, { productVersionId: versions[1], buildLabel: 'target, first try' });
    const target = await createRun(plan, { productVersionId: versions[1], buildLabel: 'target, second try' });
    await createRun(plan, { productVersionId: versions[0], buildLabel: 'current' }).then(() => undefined);
    const comparison = await compare({ id: plan }, admin);
    expect(comparison!.runB.id).toBe(target);
    expect(comparison!.runA.id).not.toBe(current); // the latest run on the current version, made last
    expect([comparison!.runA.productVersionName, comparison!.runB.productVersionName]).toEqual(['6.1', '6.2']);
    const hidden = await server.gql(GQL.upgradeComparison, { id: plan }, { token: people['lia'].token });
    expect(codeOf(hidden)).toBe('NOT_FOUND');
  });
});
