import {
  ALPHA_AND_BETA,
  approvedRequirement,
  createDepartment,
  createPerson,
  createTeamWithCandidates,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  Person,
  saveCriterion,
  TeamMember,
} from './support/fixtures';
import { codeOf, GraphQLResponse, RunningServer, startServer } from './support/server';

interface Note {
  id: string;
  kind: string;
  title: string;
  link: string;
  evaluationId: string | null;
  objectType: string;
  objectId: string;
  actorName: string | null;
  readAt: string | null;
}

const MISSING = '00000000-0000-4000-8000-000000000001';

/** A lead who is also a director (added below), two directors, two testers, two evaluators, a department head, a viewer and an outsider. */
const TEAM: TeamMember[] = [
  ['lia', 'Lia Lead', 'LEAD'],
  ['dora', 'Dora Director', 'DIRECTOR'],
  ['dan', 'Dan Director', 'DIRECTOR'],
  ['tess', 'Tess Tester', 'TESTER'],
  ['tom', 'Tom Tester', 'TESTER'],
  ['ada', 'Ada Evaluator', 'EVALUATOR'],
  ['ben', 'Ben Evaluator', 'EVALUATOR'],
  ['hal', 'Hal Head', 'DEPARTMENT_HEAD'],
  ['vic', 'Vic Viewer', 'VIEWER'],
  ['out', 'Otto Outsider'],
];

describe('notifications: what waits for a person, for the people concerned only', () => {
  let server: RunningServer;
  let admin: string;
  let department: string;
  let teams = 0;

  const ok = <T = Record<string, never>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, token);
  const as = <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, { token });
  const answer = (result: GraphQLResponse) => ({
    code: codeOf(result),
    messages: (result.errors ?? []).map((e) => e.message),
    data: result.data ?? null,
  });
  const inbox = (token: string, unreadOnly = false) =>
    ok<{ notifications: { total: number; items: Note[] }; unreadNotificationCount: number }>(token, GQL.notifications, {
      unreadOnly,
    });
  const unread = async (token: string) => (await inbox(token, true)).notifications.items;

  /** An evaluation of its own per test (the administrator is its lead too), everyone's notifications read so far. */
  async function team(): Promise<{ evaluationId: string; people: Record<string, Person>; candidates: string[] }> {
    teams += 1;
    const catalogue = { ...ALPHA_AND_BETA, vendor: `Notified vendor ${teams}` };
    const made = await createTeamWithCandidates(server, admin, `Notify ${teams}`, department, TEAM, catalogue, {
      tag: `n${teams}`,
    });
    await ok(admin, GQL.addEvaluationMember, {
      input: { evaluationId: made.evaluationId, userId: made.people['lia'].id, role: 'DIRECTOR' },
    });
    for (const person of [...Object.values(made.people), { token: admin }])
      await ok(person.token, GQL.markAllNotificationsRead);
    return made;
  }

  /** Who of the team has unread notifications now, by key, with their kinds. */
  async function told(people: Record<string, Person>): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const [key, person] of Object.entries({ ...people, admin: { token: admin } as Person })) {
      const kinds = (await unread(person.token)).map((n) => n.kind);
      if (kinds.length) out[key] = kinds;
    }
    return out;
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });
  afterAll(() => server?.stop());

  it('tells a person added to an evaluation, once, and never the one who added them', async () => {
    const { evaluationId, people } = await team();
    const add = (userId: string, role: string) =>
      ok(admin, GQL.addEvaluationMember, { input: { evaluationId, userId, role } });
    await add(people['out'].id, 'EVALUATOR');
    await add(people['out'].id, 'EVALUATOR'); // already a member in that role: nothing new
    const me = (await ok<{ me: { id: string } }>(admin, GQL.me)).me.id;
    await add(me, 'DIRECTOR');
    expect(await told(people)).toEqual({ out: ['MEMBER_ADDED'] });
    const [note] = await unread(people['out'].token);
    expect(note).toMatchObject({
      title: `You were added to Notify ${teams} as evaluator`,
      link: `/evaluations/${evaluationId}`,
      evaluationId,
      objectType: 'evaluation',
      objectId: evaluationId,
      readAt: null,
    });
  });

  it('asks the directors (not the proposer, though a director) to agree to a waiver, and tells the proposer the decision', async () => {
    const { evaluationId, people, candidates } = await team();
    const [alpha, beta] = candidates;
    const requirement = await approvedRequirement(server, admin, {
      evaluationId,
      departmentId: department,
      title: 'Holds',
    });
    const lia = people['lia'].token;
    const proposed = (
      await ok<{ proposeWaiver: { id: string; version: number } }>(lia, GQL.proposeWaiver, {
        input: { candidateId: alpha, requirementId: requirement.id, rationale: 'Next release.' },
      })
    ).proposeWaiver;
    expect(await told(people)).toEqual({ dora: ['WAIVER_PROPOSED'], dan: ['WAIVER_PROPOSED'] });
    const [asked] = await unread(people['dora'].token);
    expect(asked).toMatchObject({
      title: `Waiver of CIRC-001 for Alpha in Notify ${teams} waits for your agreement`,
      link: `/evaluations/${evaluationId}/testing/acceptance`,
      objectType: 'waiver',
      objectId: proposed.id,
      actorName: 'Lia Lead',
    });

    // A refused action tells nobody: a second proposal for the same requirement conflicts.
    for (const person of Object.values(people)) await ok(person.token, GQL.markAllNotificationsRead);
    const again = await as(lia, GQL.proposeWaiver, {
      input: { candidateId: alpha, requirementId: requirement.id, rationale: 'Again.' },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    // …and so does a director agreeing with a stale version.
    expect(codeOf(await as(people['dora'].token, GQL.agreeToWaiver, { input: { id: proposed.id, version: 99 } }))).toBe(
      'CONFLICT',
    );
    expect(await told(people)).toEqual({});

    await ok(people['dora'].token, GQL.agreeToWaiver, { input: { id: proposed.id, version: proposed.version } });
    expect(await told(people)).toEqual({ lia: ['WAIVER_AGREED'] });
    expect((await unread(lia))[0]).toMatchObject({
      title: `Your waiver of CIRC-001 for Alpha in Notify ${teams} was agreed`,
      actorName: 'Dora Director',
    });

    // A rejection reaches the proposer too; one who has left the evaluation meanwhile is not told.
    await ok(lia, GQL.markAllNotificationsRead);
    const second = (
      await ok<{ proposeWaiver: { id: string; version: number } }>(lia, GQL.proposeWaiver, {
        input: { candidateId: beta, requirementId: requirement.id, rationale: 'Next release.' },
      })
    ).proposeWaiver;
    await ok(people['dan'].token, GQL.rejectWaiver, { input: { id: second.id, version: second.version } });
    expect((await unread(lia)).map((n) => n.kind)).toEqual(['WAIVER_REJECTED']);

    await ok(lia, GQL.markAllNotificationsRead);
    const third = (
      await ok<{ proposeWaiver: { id: string; version: number } }>(lia, GQL.proposeWaiver, {
        input: { candidateId: beta, requirementId: requirement.id, rationale: 'After all.' },
      })
    ).proposeWaiver;
    for (const role of ['LEAD', 'DIRECTOR'])
      await ok(admin, GQL.removeEvaluationMember, { input: { evaluationId, userId: people['lia'].id, role } });
    await ok(people['dora'].token, GQL.agreeToWaiver, { input: { id: third.id, version: third.version } });
    expect(await unread(lia)).toEqual([]);
  });

  it('tells the testers that a fixed defect waits for its retest, not the tester who marked it nor anyone else', async () => {
    const { evaluationId, people, candidates } = await team();
    const tess = people['tess'].token;
    const defect = (
      await ok<{ createDefect: { id: string; key: string; version: number } }>(tess, GQL.createDefect, {
        input: { evaluationId, candidateId: candidates[0], title: 'Holds lost on restart', severity: 'MAJOR' },
      })
    ).createDefect;
    // A refused change (a fix without the fixing version) tells nobody.
    expect(
      codeOf(
        await as(tess, GQL.changeDefectStatus, { input: { id: defect.id, version: defect.version, status: 'FIXED' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await told(people)).toEqual({});
    await ok(tess, GQL.changeDefectStatus, {
      input: { id: defect.id, version: defect.version, status: 'FIXED', fixedInVersion: '24.11.03' },
    });
    expect(await told(people)).toEqual({ tom: ['FOLLOW_UP_DUE'] });
    expect((await unread(people['tom'].token))[0]).toMatchObject({
      title: `Retest due: ${defect.key} Holds lost on restart in Notify ${teams} was marked fixed`,
      link: `/evaluations/${evaluationId}/testing/defects/${defect.id}`,
      objectType: 'defect',
      objectId: defect.id,
    });
  });

  it('tells the evaluators when a scoring round opens and when it is revealed', async () => {
    const { evaluationId, people } = await team();
    await approvedRequirement(server, admin, { evaluationId, departmentId: department, title: 'Loans' });
    await moveToScoring(server, admin, evaluationId);
    const lia = people['lia'].token;
    const rubric = (await draftRubric(server, lia, evaluationId)).id;
    const top = (await saveCriterion(server, lia, { rubricVersionId: rubric, title: 'Functional' }))[0].id;
    await saveCriterion(server, lia, { rubricVersionId: rubric, title: 'Loans', parentId: top });
    for (const person of [...Object.values(people), { token: admin }])
      await ok(person.token, GQL.markAllNotificationsRead);

    const roundId = (
      await ok<{ openScoringRound: { id: string } }>(lia, GQL.openScoringRound, { input: { evaluationId } })
    ).openScoringRound.id;
    expect(await told(people)).toEqual({ ada: ['SCORING_ROUND_OPENED'], ben: ['SCORING_ROUND_OPENED'] });
    expect((await unread(people['ada'].token))[0]).toMatchObject({
      title: `Scoring round 1 opened in Notify ${teams}: your scores are wanted`,
      link: `/evaluations/${evaluationId}/scoring`,
      objectType: 'scoring_round',
      objectId: roundId,
    });
    // A second round while one is open is refused: nobody hears of it.
    expect(codeOf(await as(lia, GQL.openScoringRound, { input: { evaluationId } }))).toBe('CONFLICT');
    for (const person of Object.values(people)) await ok(person.token, GQL.markAllNotificationsRead);
    await ok(lia, GQL.revealScoringRound, { roundId });
    expect(await told(people)).toEqual({ ada: ['SCORING_ROUND_REVEALED'], ben: ['SCORING_ROUND_REVEALED'] });
    expect((await unread(people['ben'].token))[0].link).toBe(`/evaluations/${evaluationId}/results`);
  });

  it('tells the reporter of a staff problem report that it was resolved, and nobody else', async () => {
    const staff = await createPerson(server, admin, { key: 'sam.notified', displayName: 'Sam Staff' });
    const colleague = await createPerson(server, admin, { key: 'cole.notified', displayName: 'Cole Colleague' });
    const vendorId = (
      await ok<{ createVendor: { id: string } }>(admin, GQL.createVendor, { input: { name: 'Vendor in use' } })
    ).createVendor.id;
    const productId = (
      await ok<{ createProduct: { id: string } }>(admin, GQL.createProduct, {
        input: { vendorId, name: 'Polaris', category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
    const versionId = (
      await ok<{ createProductVersion: { id: string } }>(admin, GQL.createProductVersion, {
        input: { productId, name: '7.5' },
      })
    ).createProductVersion.id;
    await ok(admin, GQL.createTestPlan, {
      input: { productId, name: 'Patches', currentVersionId: versionId, targetVersionId: versionId },
    });
    const report = (
      await ok<{ reportProblem: { id: string; key: string; version: number } }>(staff.token, GQL.reportProblem, {
        input: { productId, whatHappened: 'Checkout froze', where: 'Desk', severity: 'MAJOR' },
      })
    ).reportProblem;
    await ok(admin, GQL.markAllNotificationsRead);
    await ok(admin, GQL.changeDefectStatus, {
      input: { id: report.id, version: report.version, status: 'WONT_FIX', reason: 'Works as designed.' },
    });
    const [note, ...rest] = await unread(staff.token);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({
      kind: 'PROBLEM_REPORT_RESOLVED',
      title: `Your problem report ${report.key} Checkout froze is won’t fix`,
      link: `/testing/defects/${report.id}`,
      evaluationId: null,
    });
    expect(await unread(colleague.token)).toEqual([]);
    expect(await unread(admin)).toEqual([]);
  });

  it('lets each person read and mark only their own notifications', async () => {
    const { evaluationId, people } = await team();
    await ok(admin, GQL.addEvaluationMember, { input: { evaluationId, userId: people['out'].id, role: 'TESTER' } });
    await ok(admin, GQL.addEvaluationMember, { input: { evaluationId, userId: people['vic'].id, role: 'TESTER' } });
    const [mine] = await unread(people['out'].token);
    const other = people['vic'].token;
    const hidden = answer(await as(other, GQL.markNotificationRead, { id: mine.id }));
    expect(hidden.code).toBe('NOT_FOUND');
    expect(hidden).toEqual(answer(await as(other, GQL.markNotificationRead, { id: MISSING })));
    expect(codeOf(await as(other, GQL.markNotificationRead, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    expect((await inbox(other)).notifications.items.map((n) => n.id)).not.toContain(mine.id);
    await ok(other, GQL.markAllNotificationsRead);
    expect((await inbox(people['out'].token)).unreadNotificationCount).toBe(1);

    const marked = (
      await ok<{ markNotificationRead: Note }>(people['out'].token, GQL.markNotificationRead, { id: mine.id })
    ).markNotificationRead;
    expect(marked.readAt).not.toBeNull();
    const after = await inbox(people['out'].token);
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.items.find((n) => n.id === mine.id)?.readAt).toBe(marked.readAt);
    expect((await inbox(people['out'].token, true)).notifications.total).toBe(0);
    // Marking again keeps the first reading time.
    expect(
      (await ok<{ markNotificationRead: Note }>(people['out'].token, GQL.markNotificationRead, { id: mine.id }))
        .markNotificationRead.readAt,
    ).toBe(marked.readAt);
  });
});
