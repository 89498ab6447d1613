import {
  createDepartment,
  createTeamWithCandidates,
  dataOf,
  GQL,
  gqlData,
  OWN_PASSWORD,
  Person,
} from './support/fixtures';
import { codeOf, RunningServer, sql, startServer, TestDatabase } from './support/server';

interface DefectDetail {
  id: string;
  key: string;
  status: string;
  fixedInVersion: string | null;
  retestDueAt: string | null;
  version: number;
  results: { resultId: string; caseKey: string; status: string; buildLabel: string }[];
  history: {
    action: string;
    actorName: string | null;
    changes: { field: string; before: string | null; after: string | null }[];
  }[];
}

interface FollowUp {
  dueAt: string;
  overdue: boolean;
  evaluationTitle: string | null;
  defect: { id: string; key: string; status: string; fixedInVersion: string };
  cases: { caseKey: string; caseTitle: string; planName: string; runId: string | null; runLabel: string | null }[];
}

/** An evaluation with a lead, a tester, a viewer and an outsider; a plan of two cases; a defect raised from a failure of the first and marked fixed in 24.11.02. */
interface Setting {
  evaluationId: string;
  people: Record<string, Person>;
  candidates: string[];
  planId: string;
  defectId: string;
}

const DAY_MS = 86_400_000;

describe('follow-ups: retests of fixed defects', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let admin: string;
  let department: string;

  const ok = <T = Record<string, never>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, token);
  const detail = async (token: string, id: string) =>
    (await ok<{ defect: DefectDetail }>(token, GQL.defect, { id })).defect;
  const mine = (token: string) =>
    ok<{ myFollowUps: FollowUp[]; myFollowUpCount: { due: number; overdue: number } }>(token, GQL.myFollowUps);

  /** A new run of the plan on the first candidate, named by its build; its results by case key. */
  async function run(
    s: Setting,
    build: string,
  ): Promise<{ id: string; results: Record<string, { id: string; version: number }> }> {
    const lead = s.people['lia'].token;
    const id = (
      await ok<{ createTestRun: { id: string } }>(lead, GQL.createTestRun, {
        input: { planId: s.planId, candidateId: s.candidates[0], environment: 'Vendor sandbox', buildLabel: build },
      })
    ).createTestRun.id;
    const items = (
      await ok<{ testRun: { results: { items: { id: string; caseKey: string; version: number }[] } } }>(
        lead,
        GQL.testRunResults,
        { id },
      )
    ).testRun.results.items;
    return { id, results: Object.fromEntries(items.map((item) => [item.caseKey, item])) };
  }

  const record = (s: Setting, result: { id: string; version: number }, status: string) =>
    ok(s.people['tess'].token, GQL.recordTestResult, { input: { id: result.id, version: result.version, status } });

  async function setting(tag: string): Promise<Setting> {
    const team = await createTeamWithCandidates(
      server,
      admin,
      `Follow-ups ${tag}`,
      department,
      [
        ['lia', 'Lia Lead', 'LEAD'],
        ['tess', 'Tess Tester', 'TESTER'],
        ['vic', 'Vic Viewer', 'VIEWER'],
        ['out', 'Otto Outsider'],
      ],
      {
        vendor: `Vendor ${tag}`,
        products: [
          [`Koha ${tag}`, '24.11'],
          [`Evergreen ${tag}`, '3.15'],
        ],
      },
      { tag },
    );
    const lead = team.people['lia'].token;
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(lead, GQL.createTestPlan, {
        input: { evaluationId: team.evaluationId, name: 'Circulation acceptance', keyPrefix: 'CIRC' },
      })
    ).createTestPlan.id;
    await ok(lead, GQL.createTestCase, {
      input: { planId, title: 'Place a hold', priority: 'HIGH', automationName: 'circulation.holds places a hold' },
    });
    await ok(lead, GQL.createTestCase, {
      input: { planId, title: 'Renew a loan', priority: 'MEDIUM', automationName: 'circulation.loans renews a loan' },
    });
    const s: Setting = { ...team, planId, defectId: '' };
    const first = await run(s, '24.11.01');
    await record(s, first.results['CIRC-001'], 'FAILED');
    await record(s, first.results['CIRC-002'], 'PASSED');
    const defect = (
      await ok<{ createDefect: { id: string; version: number } }>(team.people['tess'].token, GQL.createDefect, {
        input: { fromResultId: first.results['CIRC-001'].id },
      })
    ).createDefect;
    await ok(lead, GQL.changeDefectStatus, {
      input: { id: defect.id, version: defect.version, status: 'FIXED', fixedInVersion: '24.11.02' },
    });
    return { ...s, defectId: defect.id };
  }

  async function importJUnit(s: Setting, runId: string, xml: string): Promise<number> {
    const form = new FormData();
    form.append('file', new Blob([xml], { type: 'application/xml' }), 'report.xml');
    const response = await fetch(`${server.url}/api/test-runs/${runId}/junit`, {
      method: 'POST',
      headers: { 'x-requested-with': 'assay', authorization: `Bearer ${s.people['tess'].token}` },
      body: form,
    });
    return response.status;
  }
  const junit = (holds: 'passed' | 'failed') => `<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="circulation" tests="2">
  <testcase classname="circulation.holds" name="places a hold">${holds === 'failed' ? '<failure message="No hold queued"/>' : ''}</testcase>
  <testcase classname="circulation.loans" name="renews a loan"/>
</testsuite></testsuites>`;

  beforeAll(async () => {
    database = await TestDatabase.create();
    server = await startServer({ database });
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('a fixed defect’s retest passing verifies it, by the tester, naming the result; an earlier build does not count', async () => {
    const s = await setting('pass');
    const tess = s.people['tess'].token;

    // Due now: listed for the tester with the case to retest and the run it is in.
    const before = await mine(tess);
    expect(before.myFollowUpCount).toEqual({ due: 1, overdue: 0 });
    expect(before.myFollowUps).toHaveLength(1);
    const [followUp] = before.myFollowUps;
    expect(followUp).toMatchObject({
      overdue: false,
      evaluationTitle: 'Follow-ups pass',
      defect: { id: s.defectId, key: 'D-1', status: 'FIXED', fixedInVersion: '24.11.02' },
      cases: [{ caseKey: 'CIRC-001', caseTitle: 'Place a hold', planName: 'Circulation acceptance' }],
    });
    const fixed = await detail(tess, s.defectId);
    expect(followUp.dueAt).toBe(fixed.retestDueAt);
    const fixedAt = fixed.history.find((h) => h.changes.some((c) => c.field === 'status' && c.after === '"fixed"'));
    expect(fixedAt).toBeDefined();

    // A pass on a build before the fix is not its retest.
    const earlier = await run(s, '24.11.01');
    await record(s, earlier.results['CIRC-001'], 'PASSED');
    expect((await detail(tess, s.defectId)).status).toBe('FIXED');
    // The newest open run holding the case is where to retest it.
    expect((await mine(tess)).myFollowUps[0].cases[0]).toMatchObject({
      runId: earlier.id,
      runLabel: 'Koha pass 24.11 (build 24.11.01)',
    });

    // A pass on the fixing build or later verifies it.
    const later = await run(s, '24.11.03');
    await record(s, later.results['CIRC-002'], 'PASSED'); // an unlinked case changes nothing
    expect((await detail(tess, s.defectId)).status).toBe('FIXED');
    await record(s, later.results['CIRC-001'], 'PASSED');
    const verified = await detail(tess, s.defectId);
    expect(verified).toMatchObject({ status: 'VERIFIED', fixedInVersion: '24.11.02', retestDueAt: null });
    const [entry] = verified.history;
    expect(entry).toMatchObject({ action: 'retest_passed', actorName: 'Tess Tester' });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: '"fixed"', after: '"verified"' },
        { field: 'resultId', before: null, after: JSON.stringify(later.results['CIRC-001'].id) },
        {
          field: 'note',
          before: null,
          after: JSON.stringify('Verified by the passing retest of CIRC-001 on 24.11 (build 24.11.03).'),
        },
      ]),
    );
    expect(await mine(tess)).toEqual({ myFollowUps: [], myFollowUpCount: { due: 0, overdue: 0 } });
  });

  it('a fixed defect’s retest failing reopens it with the new result linked', async () => {
    const s = await setting('fail');
    const later = await run(s, '24.11.03');
    await record(s, later.results['CIRC-001'], 'FAILED');
    const reopened = await detail(s.people['lia'].token, s.defectId);
    expect(reopened).toMatchObject({ status: 'OPEN', fixedInVersion: null, retestDueAt: null });
    expect(reopened.results.map((r) => [r.caseKey, r.status, r.buildLabel])).toEqual([
      ['CIRC-001', 'FAILED', '24.11.01'],
      ['CIRC-001', 'FAILED', '24.11.03'],
    ]);
    expect(reopened.results[1].resultId).toBe(later.results['CIRC-001'].id);
    expect(reopened.history[0]).toMatchObject({ action: 'retest_failed', actorName: 'Tess Tester' });
    expect(reopened.history[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: '"fixed"', after: '"open"' },
        {
          field: 'note',
          before: null,
          after: JSON.stringify('Reopened: the retest of CIRC-001 failed on 24.11 (build 24.11.03).'),
        },
      ]),
    );
    expect((await mine(s.people['tess'].token)).myFollowUpCount).toEqual({ due: 0, overdue: 0 });
  });

  it('a JUnit import retests too: its failure reopens, and after a new fix its pass verifies', async () => {
    const s = await setting('junit');
    const lead = s.people['lia'].token;
    const failing = await run(s, '24.11.03');
    expect(await importJUnit(s, failing.id, junit('failed'))).toBe(200);
    const reopened = await detail(lead, s.defectId);
    expect(reopened.status).toBe('OPEN');
    expect(reopened.results).toHaveLength(2);
    await ok(lead, GQL.changeDefectStatus, {
      input: { id: s.defectId, version: reopened.version, status: 'FIXED', fixedInVersion: '24.11.04' },
    });
    const passing = await run(s, '24.11.04');
    expect(await importJUnit(s, passing.id, junit('passed'))).toBe(200);
    expect(await detail(lead, s.defectId)).toMatchObject({ status: 'VERIFIED', fixedInVersion: '24.11.04' });
  });

  it('an evaluation’s follow-ups are read by its members only; a person’s list holds only their own', async () => {
    const s = await setting('roles');
    const query = (who: string) =>
      server.gql<{ evaluation: { followUps: FollowUp[] } }>(
        GQL.evaluationFollowUps,
        { id: s.evaluationId },
        { token: s.people[who].token },
      );
    for (const who of ['lia', 'tess', 'vic']) {
      expect(dataOf(await query(who)).evaluation.followUps.map((f) => f.defect.id)).toEqual([s.defectId]);
    }
    expect(codeOf(await query('out'))).toBe('NOT_FOUND');
    // A viewer does not retest; an outsider sees nothing of the evaluation.
    expect((await mine(s.people['vic'].token)).myFollowUpCount).toEqual({ due: 0, overdue: 0 });
    expect(await mine(s.people['out'].token)).toEqual({ myFollowUps: [], myFollowUpCount: { due: 0, overdue: 0 } });
    expect((await mine(s.people['lia'].token)).myFollowUps.map((f) => f.defect.id)).toContain(s.defectId);
  });

  it('is overdue once 14 days have passed since the fix', async () => {
    const s = await setting('overdue');
    const tess = () => server.login(s.people['tess'].email, OWN_PASSWORD);
    const dueAt = new Date((await detail(s.people['tess'].token, s.defectId)).retestDueAt!);
    expect(Math.abs(dueAt.getTime() - Date.now() - 14 * DAY_MS)).toBeLessThan(60_000);

    // On PGlite only one process may open the database: stop the API to move the fix 15 days back.
    await server.stop();
    await sql(
      database,
      `UPDATE defect SET retest_due_at = now() - interval '1 day', updated_at = now() - interval '15 days' WHERE id = '${s.defectId}'`,
    );
    server = await startServer({ database });
    admin = await server.login();
    const token = await tess();
    const { myFollowUps, myFollowUpCount } = await mine(token);
    expect(myFollowUpCount).toEqual({ due: 1, overdue: 1 });
    expect(myFollowUps[0]).toMatchObject({ overdue: true, defect: { id: s.defectId } });
    const { evaluation } = await ok<{ evaluation: { followUps: FollowUp[] } }>(token, GQL.evaluationFollowUps, {
      id: s.evaluationId,
    });
    expect(evaluation.followUps[0]).toMatchObject({ overdue: true });
  });
});
