import {
  ALPHA_AND_BETA,
  approvedRequirement,
  createDepartment,
  createTeamWithCandidates,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  openScoringRound,
  Person,
  revealScoringRound,
  saveCriterion,
  TeamMember,
} from './support/fixtures';
import { codeOf, GraphQLResponse, RunningServer, startServer } from './support/server';

interface Reason {
  kind: string;
  effect: string;
  message: string;
  requirementIds: string[];
  caseIds: string[];
  defectIds: string[];
  waiverIds: string[];
}
interface Acceptance {
  verdict: string;
  reasons: Reason[];
  passRate: { passed: number; failed: number; notRun: number; percent: number | null };
  shouldCoverage: { total: number; verified: number; waived: number; percent: number | null };
  requirements: { requirementId: string; state: string; waiverId: string | null }[];
}
interface Waiver {
  id: string;
  state: string;
  version: number;
  rationale: string;
  proposedByName: string | null;
  decidedByName: string | null;
}

const MISSING = '00000000-0000-4000-8000-000000000001';

/** Lead, a lead who is also a director (added below), a director, a tester, a viewer and an outsider. */
const TEAM: TeamMember[] = [
  ['lia', 'Lia Lead', 'LEAD'],
  ['dora', 'Dora Director', 'DIRECTOR'],
  ['tess', 'Tess Tester', 'TESTER'],
  ['vic', 'Vic Viewer', 'VIEWER'],
  ['out', 'Otto Outsider'],
];

describe('acceptance: criteria, verifications, waivers and the verdict per candidate', () => {
  let server: RunningServer;
  let admin: string;
  let department: string;
  let teams = 0;

  const ok = <T = Record<string, never>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, token);
  const as = <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, { token });
  /** The answer without the request's own details, to compare a refusal with the one for a missing id. */
  const answer = (result: GraphQLResponse) => ({
    code: codeOf(result),
    messages: (result.errors ?? []).map((e) => e.message),
    data: result.data ?? null,
  });

  /** An evaluation of its own for each test (the administrator is its lead too), with Alpha and Beta shortlisted. */
  async function team(): Promise<{ evaluationId: string; people: Record<string, Person>; candidates: string[] }> {
    teams += 1;
    // Alpha 1.0 and Beta 1.0 again, from a vendor of their own (vendor names are unique).
    const catalogue = { ...ALPHA_AND_BETA, vendor: `Vendor ${teams}` };
    const made = await createTeamWithCandidates(server, admin, `Acceptance ${teams}`, department, TEAM, catalogue, {
      tag: `t${teams}`,
    });
    await ok(admin, GQL.addEvaluationMember, {
      input: { evaluationId: made.evaluationId, userId: made.people['lia'].id, role: 'DIRECTOR' },
    });
    return made;
  }

  async function requirement(
    evaluationId: string,
    title: string,
    priority: string,
    options: { mandatory?: boolean; verificationMethod?: string } = {},
  ): Promise<string> {
    const created = (
      await ok<{ createRequirement: { id: string; version: number } }>(admin, GQL.createRequirement, {
        input: { evaluationId, departmentId: department, title, priority, ...options },
      })
    ).createRequirement;
    await ok(admin, GQL.decideRequirements, {
      input: { requirements: [{ id: created.id, version: created.version }], decision: 'APPROVE' },
    });
    return created.id;
  }

  async function testCase(
    planId: string,
    title: string,
    requirementIds: string[],
  ): Promise<{ id: string; key: string }> {
    return (
      await ok<{ createTestCase: { id: string; key: string } }>(admin, GQL.createTestCase, {
        input: { planId, title, requirementIds },
      })
    ).createTestCase;
  }

  /** A run against the candidate over every case, with the given statuses recorded by the tester (by case key). */
  async function run(planId: string, candidateId: string, tester: string, statuses: Record<string, string>) {
    const runId = (
      await ok<{ createTestRun: { id: string } }>(admin, GQL.createTestRun, {
        input: { planId, candidateId, environment: 'Sandbox' },
      })
    ).createTestRun.id;
    const results = (
      await ok<{ testRun: { results: { items: { id: string; caseKey: string; version: number }[] } } }>(
        admin,
        GQL.testRunResults,
        { id: runId },
      )
    ).testRun.results.items;
    for (const result of results) {
      const status = statuses[result.caseKey];
      if (!status) continue;
      await ok(tester, GQL.recordTestResult, { input: { id: result.id, version: result.version, status } });
    }
  }

  const plan = async (evaluationId: string) =>
    (
      await ok<{ createTestPlan: { id: string } }>(admin, GQL.createTestPlan, {
        input: { evaluationId, name: 'Acceptance' },
      })
    ).createTestPlan.id;

  async function acceptanceOf(token: string, evaluationId: string, candidateId: string): Promise<Acceptance> {
    const data = await ok<{ evaluation: { candidates: { id: string; acceptance: Acceptance }[] } }>(
      token,
      GQL.evaluationAcceptance,
      {
        id: evaluationId,
      },
    );
    return data.evaluation.candidates.find((c) => c.id === candidateId)!.acceptance;
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });
  afterAll(() => server?.stop());

  it('computes the verdict of a small case as worked out by hand', async () => {
    const { evaluationId, people, candidates } = await team();
    const [alpha] = candidates;
    const r1 = await requirement(evaluationId, 'Place holds', 'MUST');
    const r2 = await requirement(evaluationId, 'Print slips', 'SHOULD');
    const r3 = await requirement(evaluationId, 'Shows the staff client', 'MUST', {
      verificationMethod: 'DEMONSTRATION',
    });
    const r4 = await requirement(evaluationId, 'Dark mode', 'COULD');
    const planId = await plan(evaluationId);
    const c1 = await testCase(planId, 'Hold from the catalogue', [r1]);
    const c2 = await testCase(planId, 'Hold at the desk', [r1]);
    const c3 = await testCase(planId, 'Slip printer', [r2]);
    const c4 = await testCase(planId, 'Dark theme', [r4]);
    const c5 = await testCase(planId, 'Sign in', []);
    const tess = people['tess'].token;
    await run(planId, alpha, tess, {
      [c1.key]: 'PASSED',
      [c2.key]: 'FAILED',
      [c3.key]: 'FAILED',
      [c4.key]: 'BLOCKED',
      [c5.key]: 'PASSED',
    });
    // A retest of C2 passes; the other cases of the second run stay untested and hide nothing.
    await run(planId, alpha, tess, { [c2.key]: 'PASSED' });
    await ok(tess, GQL.recordVerification, { input: { candidateId: alpha, requirementId: r3, outcome: 'ACCEPTED' } });

    // By hand. Latest result per case: C1 pass, C2 pass (the retest), C3 fail, C4 blocked, C5 pass.
    // Pass rate = passed ÷ (passed + failed) = 3 ÷ (3 + 1) = 75 %, with 1 not run (C4).
    // R1 (must, test): C1 and C2 pass → verified. R3 (must, demonstration): accepted → verified.
    // R2 (should): C3 failed → failed. R4 (could): C4 blocked → not verified.
    // Defaults: mandatory verified ✓, 75 % < 95 % ✗, no open critical defect ✓ → NOT_ACCEPTED.
    const first = await acceptanceOf(people['vic'].token, evaluationId, alpha);
    expect(first.passRate).toEqual({ passed: 3, failed: 1, notRun: 1, percent: 75 });
    expect(first.verdict).toBe('NOT_ACCEPTED');
    expect(first.reasons.map((r) => [r.kind, r.effect])).toEqual([
      ['MANDATORY_VERIFIED', 'MET'],
      ['PASS_RATE_BELOW_THRESHOLD', 'FAILS'],
      ['NO_OPEN_CRITICAL_DEFECTS', 'MET'],
    ]);
    expect(first.reasons[1]).toMatchObject({
      message: 'The pass rate 75 % (3 of 4 executed results passed) is below 95 %.',
      caseIds: [c3.id],
    });
    expect(first.requirements).toEqual(
      expect.arrayContaining([
        { requirementId: r1, state: 'VERIFIED', waiverId: null },
        { requirementId: r2, state: 'FAILED', waiverId: null },
        { requirementId: r3, state: 'VERIFIED', waiverId: null },
        { requirementId: r4, state: 'NOT_VERIFIED', waiverId: null },
      ]),
    );
    expect(first.shouldCoverage).toEqual({ total: 1, verified: 0, waived: 0, percent: 0 });

    // A threshold of 75 % is reached (at or above): ACCEPTED.
    const lia = people['lia'].token;
    await ok(lia, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 0, passRateThreshold: 75 } });
    expect((await acceptanceOf(lia, evaluationId, alpha)).verdict).toBe('ACCEPTED');
    // Asking for half the should-requirements: 0 of 1 verified (R2 failed) → NOT_ACCEPTED.
    await ok(lia, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 1, minShouldCoverage: 50 } });
    const last = await acceptanceOf(lia, evaluationId, alpha);
    expect(last.verdict).toBe('NOT_ACCEPTED');
    expect(last.reasons.find((r) => r.effect === 'FAILS')).toMatchObject({
      kind: 'SHOULD_COVERAGE_BELOW_MINIMUM',
      requirementIds: [r2],
      caseIds: [c3.id],
    });
    // Beta has no evidence at all: nothing passed or failed, and its mandatory requirements are not verified.
    const beta = await acceptanceOf(lia, evaluationId, candidates[1]);
    expect(beta.passRate).toEqual({ passed: 0, failed: 0, notRun: 0, percent: null });
    expect(beta.reasons.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['MANDATORY_NOT_VERIFIED', 'NO_EXECUTED_RESULTS']),
    );
  });

  it('fails the verdict while a critical defect found on the candidate is open, and not once its fix is verified', async () => {
    const { evaluationId, people, candidates } = await team();
    const [alpha, beta] = candidates;
    const r1 = await requirement(evaluationId, 'Place holds', 'MUST');
    const planId = await plan(evaluationId);
    const c1 = await testCase(planId, 'Hold from the catalogue', [r1]);
    const tess = people['tess'].token;
    await run(planId, alpha, tess, { [c1.key]: 'PASSED' });
    await run(planId, beta, tess, { [c1.key]: 'PASSED' });
    // By hand: R1 verified by C1, pass rate 1 ÷ 1 = 100 % → ACCEPTED, until a critical defect is open on Alpha.
    expect((await acceptanceOf(tess, evaluationId, alpha)).verdict).toBe('ACCEPTED');
    const defect = (
      await ok<{ createDefect: { id: string; version: number; status: string } }>(tess, GQL.createDefect, {
        input: { evaluationId, candidateId: alpha, title: 'Holds lost on restart', severity: 'CRITICAL' },
      })
    ).createDefect;
    const open = await acceptanceOf(tess, evaluationId, alpha);
    expect(open.verdict).toBe('NOT_ACCEPTED');
    expect(open.reasons.find((r) => r.effect === 'FAILS')).toMatchObject({
      kind: 'OPEN_CRITICAL_DEFECTS',
      defectIds: [defect.id],
    });
    // Beta's verdict does not read Alpha's defects.
    expect((await acceptanceOf(tess, evaluationId, beta)).verdict).toBe('ACCEPTED');
    // Fixed is still open (its retest has not verified it); verified is not.
    const fixed = (
      await ok<{ changeDefectStatus: { version: number } }>(tess, GQL.changeDefectStatus, {
        input: { id: defect.id, version: defect.version, status: 'FIXED', fixedInVersion: '24.11.03' },
      })
    ).changeDefectStatus;
    expect((await acceptanceOf(tess, evaluationId, alpha)).verdict).toBe('NOT_ACCEPTED');
    await ok(tess, GQL.changeDefectStatus, { input: { id: defect.id, version: fixed.version, status: 'VERIFIED' } });
    expect((await acceptanceOf(tess, evaluationId, alpha)).verdict).toBe('ACCEPTED');
  });

  it('lets a waiver change the verdict only with a director’s agreement: then ACCEPTED_WITH_WAIVERS', async () => {
    const { evaluationId, people, candidates } = await team();
    const [alpha] = candidates;
    const lia = people['lia'].token;
    const must = await requirement(evaluationId, 'Place holds', 'MUST');
    // Only the mandatory criterion decides here: no pass rate is required.
    await ok(lia, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 0, passRateThreshold: 0 } });
    expect((await acceptanceOf(lia, evaluationId, alpha)).verdict).toBe('NOT_ACCEPTED');

    const proposed = (
      await ok<{ proposeWaiver: Waiver }>(lia, GQL.proposeWaiver, {
        input: { candidateId: alpha, requirementId: must, rationale: 'Holds come with the next release.' },
      })
    ).proposeWaiver;
    expect(proposed).toMatchObject({ state: 'PROPOSED', proposedByName: 'Lia Lead', decidedByName: null });
    const pending = await acceptanceOf(lia, evaluationId, alpha);
    expect(pending.verdict).toBe('NOT_ACCEPTED');
    expect(pending.reasons.some((r) => r.waiverIds.length > 0)).toBe(false);

    const agreed = (
      await ok<{ agreeToWaiver: Waiver }>(people['dora'].token, GQL.agreeToWaiver, {
        input: { id: proposed.id, version: proposed.version },
      })
    ).agreeToWaiver;
    expect(agreed).toMatchObject({ state: 'AGREED', decidedByName: 'Dora Director' });
    const waived = await acceptanceOf(lia, evaluationId, alpha);
    expect(waived.verdict).toBe('ACCEPTED_WITH_WAIVERS');
    expect(waived.reasons[0]).toMatchObject({
      kind: 'MANDATORY_WAIVED',
      effect: 'WAIVED',
      requirementIds: [must],
      waiverIds: [proposed.id],
    });
    const listed = await ok<{ evaluation: { candidates: { id: string; waivers: Waiver[] }[] } }>(
      people['vic'].token,
      GQL.evaluationWaivers,
      { id: evaluationId },
    );
    expect(listed.evaluation.candidates.find((c) => c.id === alpha)!.waivers.map((w) => w.state)).toEqual(['AGREED']);

    // Withdrawn, it no longer counts.
    await ok(lia, GQL.withdrawWaiver, { input: { id: proposed.id, version: agreed.version } });
    expect((await acceptanceOf(lia, evaluationId, alpha)).verdict).toBe('NOT_ACCEPTED');
  });

  it('does not let a lead who is also a director agree to their own waiver', async () => {
    const { evaluationId, people, candidates } = await team();
    const must = await requirement(evaluationId, 'Place holds', 'MUST');
    const lia = people['lia'].token;
    const proposed = (
      await ok<{ proposeWaiver: Waiver }>(lia, GQL.proposeWaiver, {
        input: { candidateId: candidates[0], requirementId: must, rationale: 'Workaround at the desk.' },
      })
    ).proposeWaiver;
    const own = await as(lia, GQL.agreeToWaiver, { input: { id: proposed.id, version: proposed.version } });
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0].message).toBe('You proposed this waiver: another director must agree to it.');
    const ownRejection = await as(lia, GQL.rejectWaiver, { input: { id: proposed.id, version: proposed.version } });
    expect(codeOf(ownRejection)).toBe('FORBIDDEN');
    // Nothing changed: the waiver is still proposed and the verdict still fails.
    const listed = await ok<{ evaluation: { candidates: { id: string; waivers: Waiver[] }[] } }>(
      lia,
      GQL.evaluationWaivers,
      { id: evaluationId },
    );
    expect(listed.evaluation.candidates.find((c) => c.id === candidates[0])!.waivers).toEqual([
      expect.objectContaining({ state: 'PROPOSED', version: proposed.version }),
    ]);
    expect((await acceptanceOf(lia, evaluationId, candidates[0])).verdict).toBe('NOT_ACCEPTED');
    // Another director may; a second decision is refused.
    const rejected = await ok<{ rejectWaiver: Waiver }>(people['dora'].token, GQL.rejectWaiver, {
      input: { id: proposed.id, version: proposed.version, comment: 'Holds are essential.' },
    });
    expect(rejected.rejectWaiver.state).toBe('REJECTED');
    const again = await as(people['dora'].token, GQL.agreeToWaiver, {
      input: { id: proposed.id, version: rejected.rejectWaiver.version },
    });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('validates the acceptance criteria, naming the field, and keeps the defaults until they are changed', async () => {
    const { evaluationId, people } = await team();
    const lia = people['lia'].token;
    const read = async () =>
      (
        await ok<{ evaluation: { acceptanceCriteria: Record<string, unknown> } }>(
          people['vic'].token,
          GQL.evaluationAcceptanceCriteria,
          {
            id: evaluationId,
          },
        )
      ).evaluation.acceptanceCriteria;
    expect(await read()).toEqual({
      mandatoryVerified: true,
      passRateThreshold: 95,
      noOpenCriticalDefects: true,
      noOpenMajorDefects: false,
      minShouldCoverage: null,
      isDefault: true,
      version: 0,
    });
    for (const [input, field, message] of [
      [
        { passRateThreshold: 101 },
        'passRateThreshold',
        'The pass rate threshold must be between 0 and 100 %; it is 101.',
      ],
      [
        { passRateThreshold: 97.55 },
        'passRateThreshold',
        'The pass rate threshold takes at most one decimal (e.g. 97.5).',
      ],
      [
        { minShouldCoverage: -5 },
        'minShouldCoverage',
        'The minimum coverage of should-requirements must be between 0 and 100 %; it is -5.',
      ],
    ] as const) {
      const refused = await as(lia, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 0, ...input } });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toBe(message);
      expect(refused.errors?.[0].extensions?.['fields']).toEqual([{ field, problems: [message] }]);
    }
    expect((await read()).isDefault).toBe(true);

    const saved = await ok<{ setAcceptanceCriteria: Record<string, unknown> }>(lia, GQL.setAcceptanceCriteria, {
      input: { evaluationId, version: 0, passRateThreshold: 97.5, noOpenMajorDefects: true, minShouldCoverage: 80 },
    });
    expect(saved.setAcceptanceCriteria).toEqual({
      mandatoryVerified: true,
      passRateThreshold: 97.5,
      noOpenCriticalDefects: true,
      noOpenMajorDefects: true,
      minShouldCoverage: 80,
      isDefault: false,
      version: 1,
    });
    // No minimum any more (null), and an edit at a version that is no longer current is refused.
    const cleared = await ok<{ setAcceptanceCriteria: { minShouldCoverage: number | null; version: number } }>(
      lia,
      GQL.setAcceptanceCriteria,
      { input: { evaluationId, version: 1, minShouldCoverage: null } },
    );
    expect(cleared.setAcceptanceCriteria).toMatchObject({ minShouldCoverage: null, version: 2 });
    expect(
      codeOf(await as(lia, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 1, passRateThreshold: 90 } })),
    ).toBe('CONFLICT');
  });

  it('holds the evaluation roles on every new operation', async () => {
    const { evaluationId, people, candidates } = await team();
    const [alpha] = candidates;
    const { lia, dora, tess, vic, out } = Object.fromEntries(Object.entries(people).map(([k, p]) => [k, p.token]));
    const must = await requirement(evaluationId, 'Place holds', 'MUST');
    const shown = await requirement(evaluationId, 'Staff client', 'SHOULD', { verificationMethod: 'INSPECTION' });
    const outsiderSeesMissing = async (query: string, real: Record<string, unknown>, made: Record<string, unknown>) => {
      const existing = answer(await as(out, query, { input: real }));
      expect(existing.code).toBe('NOT_FOUND');
      expect(existing).toEqual(answer(await as(out, query, { input: made })));
    };

    // Criteria: leads (and administrators) only.
    for (const token of [tess, vic, dora]) {
      expect(codeOf(await as(token, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 0 } }))).toBe(
        'FORBIDDEN',
      );
    }
    await outsiderSeesMissing(
      GQL.setAcceptanceCriteria,
      { evaluationId, version: 0 },
      { evaluationId: MISSING, version: 0 },
    );
    await ok(admin, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 0, noOpenMajorDefects: true } });

    // Verifications: leads and testers; never for a requirement verified by a test.
    const verification = { candidateId: alpha, requirementId: shown, outcome: 'REJECTED', note: 'Menus missing' };
    for (const token of [vic, dora]) {
      expect(codeOf(await as(token, GQL.recordVerification, { input: verification }))).toBe('FORBIDDEN');
    }
    await outsiderSeesMissing(GQL.recordVerification, verification, { ...verification, candidateId: MISSING });
    const tested = await as(tess, GQL.recordVerification, { input: { ...verification, requirementId: must } });
    expect(codeOf(tested)).toBe('BAD_USER_INPUT');
    expect(tested.errors?.[0].message).toContain('is verified by a test');
    const recorded = await ok<{ recordVerification: { outcome: string; recordedByName: string; current: boolean } }>(
      tess,
      GQL.recordVerification,
      { input: verification },
    );
    expect(recorded.recordVerification).toMatchObject({
      outcome: 'REJECTED',
      recordedByName: 'Tess Tester',
      current: true,
    });
    await ok(lia, GQL.recordVerification, { input: { ...verification, outcome: 'ACCEPTED' } });
    const history = await ok<{
      evaluation: { candidates: { id: string; verifications: { outcome: string; current: boolean }[] }[] };
    }>(vic, GQL.evaluationVerifications, {
      id: evaluationId,
    });
    expect(history.evaluation.candidates.find((c) => c.id === alpha)!.verifications).toEqual([
      { outcome: 'ACCEPTED', current: true },
      { outcome: 'REJECTED', current: false },
    ]);

    // Waivers: leads propose, directors decide, the proposer or a lead withdraws.
    const proposal = { candidateId: alpha, requirementId: must, rationale: 'Later release.' };
    for (const token of [tess, vic, dora]) {
      expect(codeOf(await as(token, GQL.proposeWaiver, { input: proposal }))).toBe('FORBIDDEN');
    }
    await outsiderSeesMissing(GQL.proposeWaiver, proposal, { ...proposal, candidateId: MISSING });
    const waiver = (await ok<{ proposeWaiver: Waiver }>(admin, GQL.proposeWaiver, { input: proposal })).proposeWaiver;
    expect(codeOf(await as(lia, GQL.proposeWaiver, { input: proposal }))).toBe('CONFLICT');
    const decision = { id: waiver.id, version: waiver.version };
    for (const mutation of [GQL.agreeToWaiver, GQL.rejectWaiver]) {
      for (const token of [tess, vic]) {
        const refused = await as(token, mutation, { input: decision });
        expect(codeOf(refused)).toBe('FORBIDDEN');
      }
      await outsiderSeesMissing(mutation, decision, { ...decision, id: MISSING });
    }
    expect(codeOf(await as(tess, GQL.withdrawWaiver, { input: decision }))).toBe('FORBIDDEN');
    await outsiderSeesMissing(GQL.withdrawWaiver, decision, { ...decision, id: MISSING });
    expect((await ok<{ agreeToWaiver: Waiver }>(lia, GQL.agreeToWaiver, { input: decision })).agreeToWaiver.state).toBe(
      'AGREED',
    );

    // Every member reads the verdict; once the evaluation is cancelled nothing changes any more.
    // (With no executed result the default pass rate still fails the verdict; the waiver is listed.)
    const read = await acceptanceOf(vic, evaluationId, alpha);
    expect(read.reasons.find((r) => r.kind === 'MANDATORY_WAIVED')?.waiverIds).toEqual([waiver.id]);
    expect(read.verdict).toBe('NOT_ACCEPTED');
    const { evaluation } = await ok<{ evaluation: { version: number } }>(admin, GQL.evaluationVersion, {
      id: evaluationId,
    });
    await ok(admin, GQL.moveEvaluation, {
      input: { id: evaluationId, version: evaluation.version, to: 'CANCELLED', reason: 'Budget withdrawn' },
    });
    expect(
      codeOf(await as(lia, GQL.setAcceptanceCriteria, { input: { evaluationId, version: 1, passRateThreshold: 50 } })),
    ).toBe('CONFLICT');
    expect(codeOf(await as(tess, GQL.recordVerification, { input: verification }))).toBe('CONFLICT');
  });

  it('lists the candidates with no acceptance evidence when leaving testing', async () => {
    const { evaluationId, people, candidates } = await team();
    const [alpha, beta] = candidates;
    // What the steps before testing need: a department head, an evaluator and a revealed round.
    for (const [key, role] of [
      ['vic', 'DEPARTMENT_HEAD'],
      ['vic', 'EVALUATOR'],
    ]) {
      await ok(admin, GQL.addEvaluationMember, { input: { evaluationId, userId: people[key].id, role } });
    }
    const must = (await approvedRequirement(server, admin, { evaluationId, departmentId: department, title: 'Holds' }))
      .id;
    await moveToScoring(server, admin, evaluationId);
    const rubric = await draftRubric(server, admin, evaluationId);
    const [category] = await saveCriterion(server, admin, { rubricVersionId: rubric.id, title: 'Functional' });
    await saveCriterion(server, admin, { rubricVersionId: rubric.id, parentId: category.id, title: 'Holds' });
    await revealScoringRound(server, admin, await openScoringRound(server, admin, evaluationId));
    const status = async () =>
      (
        await ok<{
          evaluation: { status: string; version: number; statusCheck: { next: string; problems: string[] } };
        }>(admin, GQL.evaluationStatus, {
          id: evaluationId,
        })
      ).evaluation;
    await ok(admin, GQL.moveEvaluation, {
      input: { id: evaluationId, version: (await status()).version, to: 'TESTING' },
    });

    expect((await status()).statusCheck).toEqual({
      next: 'RECOMMENDATION',
      problems: [
        '2 candidates have no acceptance evidence yet: Alpha 1.0 and Beta 1.0. Record a passed or failed test result or a verification for each, or eliminate them.',
      ],
    });
    // A blocked result is no evidence; a passed one is.
    const planId = await plan(evaluationId);
    const holds = await testCase(planId, 'Place a hold', [must]);
    await run(planId, alpha, people['tess'].token, { [holds.key]: 'BLOCKED' });
    expect((await status()).statusCheck.problems).toEqual([
      '2 candidates have no acceptance evidence yet: Alpha 1.0 and Beta 1.0. Record a passed or failed test result or a verification for each, or eliminate them.',
    ]);
    await run(planId, alpha, people['tess'].token, { [holds.key]: 'PASSED' });
    expect((await status()).statusCheck.problems).toEqual([
      'A candidate has no acceptance evidence yet: Beta 1.0. Record a passed or failed test result or a verification for it, or eliminate it.',
    ]);
    const moved = await as(admin, GQL.moveEvaluation, {
      input: { id: evaluationId, version: (await status()).version, to: 'RECOMMENDATION' },
    });
    expect(codeOf(moved)).toBe('BAD_USER_INPUT');
    expect(moved.errors?.[0].message).toContain('Beta 1.0');
    // An eliminated candidate needs no verdict.
    const shortlisted = await ok<{ evaluation: { candidates: { id: string; version: number }[] } }>(
      admin,
      GQL.evaluationCandidates,
      { id: evaluationId },
    );
    const betaVersion = shortlisted.evaluation.candidates.find((c) => c.id === beta)!.version;
    await ok(admin, GQL.setCandidateState, {
      input: { id: beta, version: betaVersion, state: 'ELIMINATED', reason: 'Failed the demo' },
    });
    expect((await status()).statusCheck.problems).toEqual([]);
  });
});
