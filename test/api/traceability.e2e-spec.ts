import { Workbook } from 'exceljs';
import { ALPHA_AND_BETA, createDepartment, createTeamWithCandidates, GQL, gqlData, Person } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface Cell {
  candidateId: string;
  status: string;
  cases: number;
  passed: number;
  failed: number;
  blocked: number;
  notRun: number;
  verification: { outcome: string; note: string; recordedByName: string | null; recordedAt: string } | null;
}
interface Row {
  requirementId: string;
  code: string;
  departmentName: string;
  priority: string;
  verificationMethod: string;
  cells: Cell[];
  cases: { caseId: string; key: string; title: string; results: { candidateId: string; status: string | null }[] }[];
}
interface Matrix {
  candidates: { id: string; name: string }[];
  rows: Row[];
  total: number;
  totals: { status: string; count: number }[];
}

/** A lead, a tester, a viewer and an outsider. */
const TEAM: [string, string, string?][] = [
  ['lia', 'Lia Lead', 'LEAD'],
  ['tess', 'Tess Tester', 'TESTER'],
  ['vic', 'Vic Viewer', 'VIEWER'],
  ['out', 'Otto Outsider'],
];

/**
 * The small case worked out by hand. Two candidates, Alpha and Beta; six approved requirements in
 * two departments; four cases in one plan.
 *
 *   R1 CIRC must   test              C1, C2   Alpha: C1 passed, C2 failed then passed on a retest → PASSED
 *                                             Beta:  C1 failed, C2 untested                        → FAILED
 *   R2 CAT  should test              C3       Alpha: C3 blocked                                    → BLOCKED
 *                                             Beta:  C3 untested                                   → NOT_RUN
 *   R3 CIRC must   demonstration     C3       Alpha: accepted (C3 blocked does not count)          → VERIFIED
 *                                             Beta:  nothing recorded                              → UNVERIFIED
 *   R4 CAT  could  vendor statement  —        Alpha: rejected                                      → REJECTED
 *                                             Beta:  nothing recorded                              → UNVERIFIED
 *   R5 CIRC could  test              —        no case                                              → UNCOVERED
 *   R6 CIRC should test              C4       C4 written after both runs, never run                → NOT_RUN
 *
 * The verdict's states: PASSED and VERIFIED are verified, FAILED and REJECTED failed, BLOCKED,
 * NOT_RUN and UNVERIFIED not verified, UNCOVERED uncovered. Totals over the twelve cells: passed 1,
 * failed 1, blocked 1, not run 3, uncovered 2, verified 1, rejected 1, unverified 2.
 */
describe('traceability matrix: requirement × case × latest result per candidate', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let people: Record<string, Person>;
  let alpha: string;
  let beta: string;
  const r: Record<string, { id: string; code: string }> = {};
  const c: Record<string, { id: string; key: string }> = {};

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);
  const matrix = async (filter: Record<string, unknown> = {}, page?: Record<string, number>, token = admin) =>
    (
      await ok<{ evaluation: { traceability: Matrix } }>(
        GQL.evaluationTraceability,
        { id: evaluationId, filter, page },
        token,
      )
    ).evaluation.traceability;
  const ids = (m: Matrix) => m.rows.map((row) => row.requirementId);
  /** The rows' cells as { R1: ['PASSED', 'FAILED'], … } in the candidates' order. */
  const statuses = (m: Matrix) =>
    Object.fromEntries(
      m.rows.map((row) => [Object.keys(r).find((k) => r[k].id === row.requirementId), row.cells.map((x) => x.status)]),
    );
  const byCode = (...keys: string[]) => keys.map((k) => r[k]).sort((a, b) => a.code.localeCompare(b.code));

  async function requirement(key: string, title: string, department: string, priority: string, method = 'TEST') {
    const created = (
      await ok<{ createRequirement: { id: string; code: string; version: number } }>(GQL.createRequirement, {
        input: { evaluationId, departmentId: department, title, priority, verificationMethod: method },
      })
    ).createRequirement;
    await ok(GQL.decideRequirements, {
      input: { requirements: [{ id: created.id, version: created.version }], decision: 'APPROVE' },
    });
    r[key] = { id: created.id, code: created.code };
  }

  async function testCase(planId: string, key: string, title: string, requirements: string[]) {
    c[key] = (
      await ok<{ createTestCase: { id: string; key: string } }>(GQL.createTestCase, {
        input: { planId, title, requirementIds: requirements.map((k) => r[k].id) },
      })
    ).createTestCase;
  }

  async function run(planId: string, candidateId: string, results: Record<string, string>) {
    const runId = (
      await ok<{ createTestRun: { id: string } }>(GQL.createTestRun, {
        input: { planId, candidateId, environment: 'Sandbox' },
      })
    ).createTestRun.id;
    const items = (
      await ok<{ testRun: { results: { items: { id: string; caseKey: string; version: number }[] } } }>(
        GQL.testRunResults,
        { id: runId },
      )
    ).testRun.results.items;
    for (const item of items) {
      const key = Object.keys(c).find((k) => c[k].key === item.caseKey);
      const status = key && results[key];
      if (status) {
        await ok(GQL.recordTestResult, { input: { id: item.id, version: item.version, status } }, people['tess'].token);
      }
    }
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const circ = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const cat = await createDepartment(server, admin, 'CAT', 'Cataloguing');
    const team = await createTeamWithCandidates(server, admin, 'Traceability', circ, TEAM, ALPHA_AND_BETA);
    ({ evaluationId, people } = team);
    [alpha, beta] = team.candidates;
    await requirement('R1', 'Place holds', circ, 'MUST');
    await requirement('R2', 'Print spine labels', cat, 'SHOULD');
    await requirement('R3', 'Shows the staff client', circ, 'MUST', 'DEMONSTRATION');
    await requirement('R4', 'Hosted in the country', cat, 'COULD', 'VENDOR_STATEMENT');
    await requirement('R5', 'Dark mode', circ, 'COULD');
    await requirement('R6', 'Self-check machines', circ, 'SHOULD');
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { evaluationId, name: 'Acceptance' },
      })
    ).createTestPlan.id;
    await testCase(planId, 'C1', 'Hold from the catalogue', ['R1']);
    await testCase(planId, 'C2', 'Hold at the desk', ['R1']);
    await testCase(planId, 'C3', 'Label printer in the staff client', ['R2', 'R3']);
    await run(planId, alpha, { C1: 'PASSED', C2: 'FAILED', C3: 'BLOCKED' });
    await run(planId, alpha, { C2: 'PASSED' });
    await run(planId, beta, { C1: 'FAILED' });
    await testCase(planId, 'C4', 'Self-check loan', ['R6']);
    const tess = people['tess'].token;
    await ok(
      GQL.recordVerification,
      { input: { candidateId: alpha, requirementId: r['R3'].id, outcome: 'ACCEPTED' } },
      tess,
    );
    await ok(
      GQL.recordVerification,
      { input: { candidateId: alpha, requirementId: r['R4'].id, outcome: 'REJECTED', note: 'Hosted abroad only' } },
      tess,
    );
  });
  afterAll(() => server?.stop());

  it('shows each cell as worked out by hand, and the verdict agrees with every one', async () => {
    const m = await matrix({}, undefined, people['vic'].token);
    expect(m.candidates.map((x) => x.name)).toEqual(['Alpha 1.0', 'Beta 1.0']);
    expect(m.total).toBe(6);
    expect(ids(m)).toEqual(byCode('R1', 'R2', 'R3', 'R4', 'R5', 'R6').map((x) => x.id));
    expect(statuses(m)).toEqual({
      R1: ['PASSED', 'FAILED'],
      R2: ['BLOCKED', 'NOT_RUN'],
      R3: ['VERIFIED', 'UNVERIFIED'],
      R4: ['REJECTED', 'UNVERIFIED'],
      R5: ['UNCOVERED', 'UNCOVERED'],
      R6: ['NOT_RUN', 'NOT_RUN'],
    });
    expect(Object.fromEntries(m.totals.map((t) => [t.status, t.count]))).toEqual({
      PASSED: 1,
      FAILED: 1,
      BLOCKED: 1,
      NOT_RUN: 3,
      UNCOVERED: 2,
      VERIFIED: 1,
      REJECTED: 1,
      UNVERIFIED: 2,
    });

    const row = (key: string) => m.rows.find((x) => x.requirementId === r[key].id)!;
    // R1: two cases; Alpha's latest results are both passes (the retest hides the failure).
    expect(
      row('R1').cells.map(({ cases, passed, failed, blocked, notRun }) => ({ cases, passed, failed, blocked, notRun })),
    ).toEqual([
      { cases: 2, passed: 2, failed: 0, blocked: 0, notRun: 0 },
      { cases: 2, passed: 0, failed: 1, blocked: 0, notRun: 1 },
    ]);
    expect(row('R1').cases).toEqual([
      {
        caseId: c['C1'].id,
        key: c['C1'].key,
        title: 'Hold from the catalogue',
        results: [
          { candidateId: alpha, status: 'PASSED' },
          { candidateId: beta, status: 'FAILED' },
        ],
      },
      {
        caseId: c['C2'].id,
        key: c['C2'].key,
        title: 'Hold at the desk',
        results: [
          { candidateId: alpha, status: 'PASSED' },
          { candidateId: beta, status: 'UNTESTED' },
        ],
      },
    ]);
    expect(row('R1').departmentName).toBe('Circulation');
    // R4: who recorded the verification, when, the outcome and the note.
    expect(row('R4').verificationMethod).toBe('VENDOR_STATEMENT');
    expect(row('R4').cells[0].verification).toMatchObject({
      outcome: 'REJECTED',
      note: 'Hosted abroad only',
      recordedByName: 'Tess Tester',
    });
    expect(row('R4').cells[1].verification).toBeNull();
    // R6's case was never run against either candidate: covered, not run.
    expect(
      row('R6').cases[0].results.map((x) => [x.candidateId, x.status === null || x.status === 'UNTESTED']),
    ).toEqual([
      [alpha, true],
      [beta, true],
    ]);

    // The verdict reads the same evidence: its state of each requirement is the cell's.
    const state: Record<string, string> = {
      PASSED: 'VERIFIED',
      VERIFIED: 'VERIFIED',
      FAILED: 'FAILED',
      REJECTED: 'FAILED',
      BLOCKED: 'NOT_VERIFIED',
      NOT_RUN: 'NOT_VERIFIED',
      UNVERIFIED: 'NOT_VERIFIED',
      UNCOVERED: 'UNCOVERED',
    };
    const verdicts = (
      await ok<{
        evaluation: {
          candidates: {
            id: string;
            acceptance: {
              passRate: { passed: number; failed: number };
              requirements: { requirementId: string; state: string }[];
            };
          }[];
        };
      }>(GQL.evaluationAcceptancePassRates, { id: evaluationId })
    ).evaluation.candidates;
    for (const [n, candidateId] of [alpha, beta].entries()) {
      const acceptance = verdicts.find((x) => x.id === candidateId)!.acceptance;
      const fromVerdict = Object.fromEntries(acceptance.requirements.map((x) => [x.requirementId, x.state]));
      const fromMatrix = Object.fromEntries(m.rows.map((x) => [x.requirementId, state[x.cells[n].status]]));
      expect(fromVerdict).toEqual(fromMatrix);
    }
    // Pass rates by hand: Alpha C1, C2 passed (C3 blocked, C4 not run) → 2 of 2; Beta C1 failed → 0 of 1.
    expect(verdicts.find((x) => x.id === alpha)!.acceptance.passRate).toEqual({ passed: 2, failed: 0 });
    expect(verdicts.find((x) => x.id === beta)!.acceptance.passRate).toEqual({ passed: 0, failed: 1 });
  });

  it('filters by department, priority, status and candidate, and pages', async () => {
    const departments = await ok<{ departments: { id: string; code: string }[] }>(GQL.departments);
    const cat = departments.departments.find((d) => d.code === 'CAT')!.id;
    expect(ids(await matrix({ departmentIds: [cat] }))).toEqual(byCode('R2', 'R4').map((x) => x.id));
    expect(ids(await matrix({ priorities: ['MUST'] }))).toEqual(byCode('R1', 'R3').map((x) => x.id));
    // A row matches when any shown candidate has the status.
    expect(ids(await matrix({ statuses: ['FAILED'] }))).toEqual([r['R1'].id]);
    expect(ids(await matrix({ statuses: ['UNCOVERED', 'REJECTED'] }))).toEqual(byCode('R4', 'R5').map((x) => x.id));
    // Only Beta's column: its awaiting verifications.
    const betaOnly = await matrix({ candidateId: beta, statuses: ['UNVERIFIED'] });
    expect(betaOnly.candidates.map((x) => x.id)).toEqual([beta]);
    expect(ids(betaOnly)).toEqual(byCode('R3', 'R4').map((x) => x.id));
    expect(betaOnly.rows[0].cells.map((x) => x.candidateId)).toEqual([beta]);
    // The totals count the department and priority filter's cells, whatever the status filter.
    const musts = await matrix({ priorities: ['MUST'], statuses: ['FAILED'] });
    expect(musts.total).toBe(1);
    expect(musts.totals.filter((t) => t.count > 0)).toEqual([
      { status: 'PASSED', count: 1 },
      { status: 'FAILED', count: 1 },
      { status: 'VERIFIED', count: 1 },
      { status: 'UNVERIFIED', count: 1 },
    ]);
    // Pages by code.
    const page = await matrix({}, { offset: 2, limit: 2 });
    expect(page.total).toBe(6);
    expect(ids(page)).toEqual(
      byCode('R1', 'R2', 'R3', 'R4', 'R5', 'R6')
        .slice(2, 4)
        .map((x) => x.id),
    );
  });

  it('exports every row of the filter as a workbook that reads back as the matrix', async () => {
    const response = await fetch(
      `${server.url}/api/evaluations/${evaluationId}/traceability.xlsx?priorities=MUST,COULD`,
      {
        headers: { authorization: `Bearer ${people['vic'].token}` },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="traceability-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const values = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    const [header, ...rows] = values('Traceability');
    expect(header).toEqual([
      'Code',
      'Requirement',
      'Department',
      'Priority',
      'Mandatory',
      'Verification method',
      'Linked cases',
      'Alpha 1.0',
      'Beta 1.0',
    ]);
    expect(rows.map((row) => row[0])).toEqual(byCode('R1', 'R3', 'R4', 'R5').map((x) => x.code));
    const line = (key: string) => rows.find((row) => row[0] === r[key].code)!;
    expect(line('R1').slice(1)).toEqual([
      'Place holds',
      'Circulation',
      'must',
      'no',
      'Test',
      2,
      'Passed (2/2 passed)',
      'Failed (0/2 passed)',
    ]);
    expect(line('R3').slice(7)).toEqual([
      expect.stringMatching(/^Verified · Tess Tester · \d{4}-\d{2}-\d{2}$/),
      'Awaiting verification',
    ]);
    expect(line('R4').slice(7)).toEqual([
      expect.stringMatching(/^Rejected · Tess Tester · \d{4}-\d{2}-\d{2} · Hosted abroad only$/),
      'Awaiting verification',
    ]);
    expect(line('R5').slice(7)).toEqual(['No test case', 'No test case']);
    const [caseHeader, ...cases] = values('Cases');
    expect(caseHeader).toEqual(['Requirement', 'Case', 'Title', 'Alpha 1.0', 'Beta 1.0']);
    expect(cases).toEqual([
      ...[
        [r['R1'].code, c['C1'].key, 'Hold from the catalogue', 'passed', 'failed'],
        [r['R1'].code, c['C2'].key, 'Hold at the desk', 'passed', 'untested'],
        [r['R3'].code, c['C3'].key, 'Label printer in the staff client', 'blocked', 'untested'],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    ]);

    const bad = await fetch(`${server.url}/api/evaluations/${evaluationId}/traceability.xlsx?statuses=SOMETIMES`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('SOMETIMES');
  });

  it('refuses someone outside the evaluation as for an evaluation that does not exist', async () => {
    const outsider = people['out'].token;
    const result = await server.gql(GQL.evaluationTraceability, { id: evaluationId }, { token: outsider });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.data?.['evaluation'] ?? null).toBeNull();
    const download = await fetch(`${server.url}/api/evaluations/${evaluationId}/traceability.xlsx`, {
      headers: { authorization: `Bearer ${outsider}` },
    });
    expect(download.status).toBe(404);
    // A candidate of another evaluation (or none) is not found either.
    const other = await server.gql(
      GQL.evaluationTraceability,
      { id: evaluationId, filter: { candidateId: '00000000-0000-4000-8000-000000000009' } },
      { token: admin },
    );
    expect(codeOf(other)).toBe('NOT_FOUND');
  });
});
