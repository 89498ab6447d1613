/**
 * Defect and pass-rate trends of an evaluation, against numbers worked out by hand: three defects
 * this week (one critical fixed then verified, one major open, one minor won't fix), the components
 * they name, the run's pass rate (one passed, one failed, one blocked: 50 %); and who may read them.
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

interface Trends {
  total: number;
  openBySeverity: Record<string, number>;
  weeks: { week: string; opened: number; closed: number; reopened: number; openAtEnd: Record<string, number> }[];
  components: { component: string; open: number; total: number }[];
  resolution: { resolved: number; meanDays: number | null; medianDays: number | null };
  passRates: { label: string; passed: number; failed: number; total: number; percent: number | null }[];
}

describe('defect trends', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  const people: Record<string, Person> = {};

  const ok = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    gqlData<T>(server, query, variables, token);

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS trends', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['tess', 'Tess Tester', 'TESTER'],
    ]);
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    people['olga'] = await createPerson(server, admin, { key: 'olga', displayName: 'Olga Outsider' });
    const [candidate] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    const lead = people['lia'].token;
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(
        GQL.createTestPlan,
        { input: { evaluationId, name: 'Circulation', keyPrefix: 'TR' } },
        lead,
      )
    ).createTestPlan.id;
    for (const title of ['Renew', 'Hold', 'Fine']) {
      await ok(GQL.createTestCase, { input: { planId, title, steps: [{ action: title, expected: 'Done' }] } }, lead);
    }
    const runId = (
      await ok<{ createTestRun: { id: string } }>(
        GQL.createTestRun,
        {
          input: {
            planId,
            candidateId: candidate,
            environment: 'Sandbox',
            buildLabel: '24.11.02',
            testerIds: [people['tess'].id],
          },
        },
        lead,
      )
    ).createTestRun.id;
    const results = (
      await ok<{ testRun: { results: { items: { id: string; version: number; caseKey: string }[] } } }>(
        GQL.testRunResults,
        { id: runId },
        people['tess'].token,
      )
    ).testRun.results.items;
    const statusOf: Record<string, string> = { 'TR-001': 'PASSED', 'TR-002': 'FAILED', 'TR-003': 'BLOCKED' };
    for (const result of results) {
      await ok(
        GQL.recordTestResult,
        { input: { id: result.id, version: result.version, status: statusOf[result.caseKey] } },
        people['tess'].token,
      );
    }

    const defect = async (title: string, severity: string, component: string) =>
      (
        await ok<{ createDefect: { id: string; version: number } }>(
          GQL.createDefect,
          { input: { evaluationId, candidateId: candidate, title, severity, component } },
          lead,
        )
      ).createDefect;
    const move = async (d: { id: string; version: number }, status: string, extra: Record<string, unknown> = {}) =>
      (
        await ok<{ changeDefectStatus: { id: string; version: number } }>(
          GQL.changeDefectStatus,
          { input: { id: d.id, version: d.version, status, ...extra } },
          lead,
        )
      ).changeDefectStatus;
    const critical = await defect('Holds lost', 'CRITICAL', 'Holds');
    await move(await move(critical, 'FIXED', { fixedInVersion: '24.11.03' }), 'VERIFIED');
    await defect('Slow renewals', 'MAJOR', 'Circulation');
    const minor = await defect('Typo on slip', 'MINOR', 'Circulation');
    await move(minor, 'WONT_FIX', { reason: 'Cosmetic' });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('counts the defects per week, by severity and by component, and the run’s pass rate, as worked out by hand', async () => {
    const trends = (await ok<{ defectTrends: Trends }>(GQL.defectTrends, { e: evaluationId }, people['lia'].token))
      .defectTrends;
    expect(trends.total).toBe(3);
    expect(trends.openBySeverity).toEqual({ critical: 0, major: 1, minor: 0, trivial: 0 });
    // Three opened this week (or over two, when the test runs across Sunday midnight UTC); the
    // verified and the won't-fix ones left the open statuses.
    const sum = (field: 'opened' | 'closed' | 'reopened') => trends.weeks.reduce((n, week) => n + week[field], 0);
    expect([sum('opened'), sum('closed'), sum('reopened')]).toEqual([3, 2, 0]);
    expect(trends.weeks.at(-1)!.openAtEnd).toEqual({ critical: 0, major: 1, minor: 0, trivial: 0 });
    expect(trends.components).toEqual([
      { component: 'Circulation', open: 1, total: 2 },
      { component: 'Holds', open: 0, total: 1 },
    ]);
    // Only the critical one was fixed (won't fix is not a resolution), within the same minute.
    expect(trends.resolution.resolved).toBe(1);
    expect(trends.resolution.meanDays).toBeLessThan(0.01);
    expect(trends.passRates).toEqual([
      { label: 'Koha 24.11 · 24.11.02 · Sandbox', passed: 1, failed: 1, total: 3, percent: 50 },
    ]);
  });

  it('is read by the evaluation’s members only, for an evaluation or a product named alone', async () => {
    const outsider = await server.gql(GQL.defectTrends, { e: evaluationId }, { token: people['olga'].token });
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    const tester = await ok<{ defectTrends: Trends }>(GQL.defectTrends, { e: evaluationId }, people['tess'].token);
    expect(tester.defectTrends.total).toBe(3);
    const neither = await server.gql(GQL.defectTrends, {}, { token: people['lia'].token });
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
  });
});
