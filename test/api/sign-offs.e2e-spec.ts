import {
  ALPHA_AND_BETA,
  createDepartment,
  createTeamWithCandidates,
  GQL,
  gqlData,
  Person,
  TeamMember,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface SignOff {
  id: string;
  role: string;
  signerName: string | null;
  departmentName: string | null;
  verdict: string;
  fingerprint: string;
  outdated: boolean;
  comment: string;
}
interface Result {
  id: string;
  caseKey: string;
  version: number;
}

/** A lead, a director, a department head (in Circulation, as everyone here), a tester and an outsider. */
const TEAM: TeamMember[] = [
  ['lia', 'Lia Lead', 'LEAD'],
  ['dora', 'Dora Director', 'DIRECTOR'],
  ['hal', 'Hal Head', 'DEPARTMENT_HEAD'],
  ['tess', 'Tess Tester', 'TESTER'],
  ['out', 'Otto Outsider'],
];

describe('sign-offs of the acceptance verdict', () => {
  let server: RunningServer;
  let admin: string;
  let department: string;
  let teams = 0;

  const ok = <T = Record<string, never>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, token);

  /**
   * An evaluation of its own with Alpha and Beta shortlisted, one mandatory requirement tested by
   * one case, and a run against Alpha in which the tester passed that case.
   */
  async function accepted(): Promise<{
    evaluationId: string;
    people: Record<string, Person>;
    alpha: string;
    result: Result;
  }> {
    teams += 1;
    const catalogue = { ...ALPHA_AND_BETA, vendor: `Signing vendor ${teams}` };
    const { evaluationId, people, candidates } = await createTeamWithCandidates(
      server,
      admin,
      `Sign-offs ${teams}`,
      department,
      TEAM,
      catalogue,
      { tag: `s${teams}` },
    );
    const requirement = (
      await ok<{ createRequirement: { id: string; version: number } }>(admin, GQL.createRequirement, {
        input: { evaluationId, departmentId: department, title: 'Place holds', priority: 'MUST' },
      })
    ).createRequirement;
    await ok(admin, GQL.decideRequirements, {
      input: { requirements: [{ id: requirement.id, version: requirement.version }], decision: 'APPROVE' },
    });
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(admin, GQL.createTestPlan, {
        input: { evaluationId, name: 'Acceptance' },
      })
    ).createTestPlan.id;
    await ok(admin, GQL.createTestCase, {
      input: { planId, title: 'Hold from the catalogue', requirementIds: [requirement.id] },
    });
    const runId = (
      await ok<{ createTestRun: { id: string } }>(admin, GQL.createTestRun, {
        input: { planId, candidateId: candidates[0], environment: 'Sandbox' },
      })
    ).createTestRun.id;
    const [placeholder] = (
      await ok<{ testRun: { results: { items: Result[] } } }>(admin, GQL.testRunResults, { id: runId })
    ).testRun.results.items;
    const result = (
      await ok<{ recordTestResult: Result }>(people['tess'].token, GQL.recordTestResult, {
        input: { id: placeholder.id, version: placeholder.version, status: 'PASSED' },
      })
    ).recordTestResult;
    return { evaluationId, people, alpha: candidates[0], result };
  }

  async function signOffsOf(token: string, evaluationId: string, candidateId: string) {
    const data = await ok<{
      evaluation: {
        candidates: { id: string; acceptance: { verdict: string; fingerprint: string }; signOffs: SignOff[] }[];
      };
    }>(token, GQL.evaluationSignOffs, { id: evaluationId });
    return data.evaluation.candidates.find((c) => c.id === candidateId)!;
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });
  afterAll(() => server?.stop());

  it('a sign-off becomes outdated when a linked result changes, and signing again replaces it', async () => {
    const { evaluationId, people, alpha, result } = await accepted();
    const [lia, hal, tess] = [people['lia'].token, people['hal'].token, people['tess'].token];
    const before = await signOffsOf(lia, evaluationId, alpha);
    // By hand: the one mandatory requirement passed its one case, 1 of 1 passed = 100 % → ACCEPTED.
    expect(before.acceptance.verdict).toBe('ACCEPTED');
    expect(before.acceptance.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(before.signOffs).toEqual([]);

    const lead = (
      await ok<{ signAcceptance: SignOff }>(lia, GQL.signAcceptance, {
        input: { candidateId: alpha, role: 'LEAD', comment: '  Holds work as specified.  ' },
      })
    ).signAcceptance;
    expect(lead).toMatchObject({
      role: 'LEAD',
      signerName: 'Lia Lead',
      departmentName: null,
      verdict: 'ACCEPTED',
      fingerprint: before.acceptance.fingerprint,
      outdated: false,
      comment: 'Holds work as specified.',
    });
    const head = (
      await ok<{ signAcceptance: SignOff }>(hal, GQL.signAcceptance, {
        input: { candidateId: alpha, role: 'DEPARTMENT_HEAD' },
      })
    ).signAcceptance;
    expect(head).toMatchObject({ role: 'DEPARTMENT_HEAD', departmentName: 'Circulation', outdated: false });
    // Once per role and candidate while nothing has changed.
    const again = await server.gql(GQL.signAcceptance, { input: { candidateId: alpha, role: 'LEAD' } }, { token: lia });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toBe(
      'You have already signed this verdict as lead and its evidence has not changed since.',
    );

    // The tester records the linked result again: it now fails. Both sign-offs are outdated.
    await ok(tess, GQL.recordTestResult, { input: { id: result.id, version: result.version, status: 'FAILED' } });
    const after = await signOffsOf(hal, evaluationId, alpha);
    expect(after.acceptance.verdict).toBe('NOT_ACCEPTED');
    expect(after.signOffs.map((s) => [s.role, s.verdict, s.outdated])).toEqual([
      ['LEAD', 'ACCEPTED', true],
      ['DEPARTMENT_HEAD', 'ACCEPTED', true],
    ]);

    // The lead signs the new verdict: the same sign-off, replaced; the department head's stays outdated.
    const resigned = (
      await ok<{ signAcceptance: SignOff }>(lia, GQL.signAcceptance, { input: { candidateId: alpha, role: 'LEAD' } })
    ).signAcceptance;
    expect(resigned).toMatchObject({ id: lead.id, verdict: 'NOT_ACCEPTED', outdated: false, comment: '' });
    expect(resigned.fingerprint).toBe(after.acceptance.fingerprint);
    const last = await signOffsOf(lia, evaluationId, alpha);
    expect(last.signOffs.map((s) => [s.role, s.outdated])).toEqual([
      ['LEAD', false],
      ['DEPARTMENT_HEAD', true],
    ]);
  });

  it('keeps one sign-off when the same person signs as the same role twice at the same moment', async () => {
    const { evaluationId, people, alpha } = await accepted();
    const lia = people['lia'].token;
    const both = await Promise.all(
      [1, 2].map(() => server.gql(GQL.signAcceptance, { input: { candidateId: alpha, role: 'LEAD' } }, { token: lia })),
    );
    expect(both.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await signOffsOf(lia, evaluationId, alpha)).signOffs.map((s) => s.role)).toEqual(['LEAD']);
  });

  it('lets only a person holding a role sign as it, and only the signer withdraw', async () => {
    const { evaluationId, people, alpha } = await accepted();
    const [lia, dora, hal, tess, out] = ['lia', 'dora', 'hal', 'tess', 'out'].map((key) => people[key].token);
    const roles = async (token: string) =>
      (
        await ok<{ evaluation: { mySignOffRoles: { role: string; departmentName: string | null }[] } }>(
          token,
          GQL.evaluationSignOffRoles,
          {
            id: evaluationId,
          },
        )
      ).evaluation.mySignOffRoles;
    expect(await roles(lia)).toEqual([{ role: 'LEAD', departmentName: null }]);
    expect(await roles(hal)).toEqual([{ role: 'DEPARTMENT_HEAD', departmentName: 'Circulation' }]);
    expect(await roles(tess)).toEqual([]);

    for (const [token, role] of [
      [tess, 'LEAD'],
      [lia, 'DIRECTOR'],
      [dora, 'DEPARTMENT_HEAD'],
      [hal, 'LEAD'],
    ]) {
      const refused = await server.gql(GQL.signAcceptance, { input: { candidateId: alpha, role } }, { token });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data ?? null).toBeNull();
    }
    const outside = await server.gql(
      GQL.signAcceptance,
      { input: { candidateId: alpha, role: 'LEAD' } },
      { token: out },
    );
    expect(codeOf(outside)).toBe('NOT_FOUND');
    expect((await signOffsOf(lia, evaluationId, alpha)).signOffs).toEqual([]);

    const director = (
      await ok<{ signAcceptance: SignOff }>(dora, GQL.signAcceptance, {
        input: { candidateId: alpha, role: 'DIRECTOR' },
      })
    ).signAcceptance;
    expect(director).toMatchObject({ role: 'DIRECTOR', signerName: 'Dora Director', outdated: false });
    const notTheirs = await server.gql(GQL.withdrawSignOff, { input: { id: director.id } }, { token: lia });
    expect(codeOf(notTheirs)).toBe('FORBIDDEN');
    const elsewhere = await server.gql(GQL.withdrawSignOff, { input: { id: director.id } }, { token: out });
    expect(codeOf(elsewhere)).toBe('NOT_FOUND');
    await ok(dora, GQL.withdrawSignOff, { input: { id: director.id } });
    expect((await signOffsOf(lia, evaluationId, alpha)).signOffs).toEqual([]);
  });

  it('asks for the sign-offs those who may sign still owe, and a request is settled when they sign', async () => {
    const { evaluationId, people, alpha } = await accepted();
    const [lia, dora, hal, tess, out] = ['lia', 'dora', 'hal', 'tess', 'out'].map((key) => people[key].token);
    const requests = async (token: string) =>
      (
        await ok<{
          notifications: {
            items: { kind: string; title: string; link: string; evaluationId: string; readAt: string | null }[];
          };
        }>(token, GQL.notifications)
      ).notifications.items.filter((n) => n.kind === 'SIGN_OFF_REQUESTED' && n.evaluationId === evaluationId);
    const ask = { input: { candidateId: alpha } };
    for (const token of [dora, hal, tess])
      expect(codeOf(await server.gql(GQL.requestSignOffs, ask, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(GQL.requestSignOffs, ask, { token: out }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(GQL.requestSignOffs, { input: { candidateId: 'not-an-id' } }, { token: lia }))).toBe(
      'BAD_USER_INPUT',
    );

    await ok(dora, GQL.signAcceptance, { input: { candidateId: alpha, role: 'DIRECTOR' } });
    // Lia asks: the department head and the administrator who created the evaluation (its other lead)
    // still owe a sign-off; the director has signed, the tester may not sign, the asker is not told.
    expect((await ok<{ requestSignOffs: number }>(lia, GQL.requestSignOffs, ask)).requestSignOffs).toBe(2);
    expect(await requests(admin)).toHaveLength(1);
    const [request] = await requests(hal);
    expect(request).toMatchObject({
      title: expect.stringMatching(/^The acceptance verdict of Alpha .* waits for your sign-off$/),
      link: `/evaluations/${evaluationId}/testing/acceptance`,
      readAt: null,
    });
    for (const token of [dora, tess, out, lia]) expect(await requests(token)).toEqual([]);
    // Asking again does not repeat what is still unread.
    expect((await ok<{ requestSignOffs: number }>(lia, GQL.requestSignOffs, ask)).requestSignOffs).toBe(0);
    expect(await requests(hal)).toHaveLength(1);

    await ok(hal, GQL.signAcceptance, { input: { candidateId: alpha, role: 'DEPARTMENT_HEAD' } });
    expect((await requests(hal))[0].readAt).not.toBeNull();
    // The leads' sign-offs are left: the administrator's request is still unread, and the asker is never told.
    expect((await ok<{ requestSignOffs: number }>(lia, GQL.requestSignOffs, ask)).requestSignOffs).toBe(0);
    expect((await requests(admin))[0].readAt).toBeNull();
  });
});
