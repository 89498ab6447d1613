import {
  approvedRequirement,
  createDepartment,
  createEvaluation,
  createTeam,
  declareNoConflicts,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  once,
  openScoringRound,
  OWN_PASSWORD,
  Person,
  revealScoringRound,
  saveCriterion,
  saveScore,
  shortlistProducts,
  TeamMember,
} from './support/fixtures';
import type { RecommendationSnapshot } from '@assay/domain';
import { Workbook } from 'exceljs';
import { pdfText } from '../../libs/api/reports/src/lib/pdf-text.testing';
import { codeOf, engine, GraphQLResponse, RunningServer, sql, startServer, TestDatabase } from './support/server';

/** How the report words each verdict. */
const VERDICT_LABELS: Record<string, string> = {
  ACCEPTED: 'Accepted',
  ACCEPTED_WITH_WAIVERS: 'Accepted with waivers',
  NOT_ACCEPTED: 'Not accepted',
};

interface Version {
  id: string;
  number: number;
  state: string;
  snapshotJson: string;
  approvals: number;
  reportPdfUrl: string;
  reviews: { directorName: string; outcome: string; comment: string; evidencePath: string | null }[];
}
interface Recommendation {
  id: string;
  state: string;
  version: number;
  requiredApprovals: number;
  candidateId: string | null;
  candidateName: string | null;
  canEdit: boolean;
  canSubmit: boolean;
  canWithdraw: boolean;
  canReview: boolean;
  currentVersion: Version | null;
  versions: Version[];
}
interface Decision {
  id: string;
  candidateId: string | null;
  candidateName: string | null;
  recommendationVersionId: string;
  snapshotJson: string;
  approvals: { directorName: string; comment: string }[];
  reportPdfUrl: string;
  reportXlsxUrl: string;
}

interface View {
  evaluation: {
    status: string;
    version: number;
    candidates: { id: string; state: string }[];
    recommendation: (Recommendation & { evidenceJson: string }) | null;
    decision: Decision | null;
  };
}

/** Lead, two directors, an evaluator and a department head in the main evaluation; a director of another one; an outsider. */
const TEAM: TeamMember[] = [
  ['lia', 'Lia Lead', 'LEAD'],
  ['dora', 'Dora Director', 'DIRECTOR'],
  ['dan', 'Dan Director', 'DIRECTOR'],
  ['eve', 'Eve Evaluator', 'EVALUATOR'],
  ['hal', 'Hal Head', 'DEPARTMENT_HEAD'],
  ['olga', 'Olga Other Director'],
  ['out', 'Otto Outsider'],
];

describe(`the recommendation, its review and the decision (${engine})`, () => {
  let database: TestDatabase;
  let server: RunningServer;
  let admin: string;
  let people: Record<string, Person>;
  /** The main evaluation: a revealed round, two required approvals, the whole path to a decision. */
  let main: { id: string; alpha: string; beta: string };
  /** Withdrawal and rejection. */
  let second: { id: string; alpha: string; beta: string };
  /** Two directors approving at once. */
  let race: { id: string; alpha: string; beta: string };
  let other: string;
  let v1Snapshot: string;

  const call = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    server.gql(query, variables, { token });
  const ok = <T = Record<string, never>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, token);
  const view = async (evaluationId: string, token = people['lia'].token) =>
    (await ok<View>(token, GQL.evaluationRecommendation, { id: evaluationId })).evaluation;
  const draft = (evaluationId: string, candidateId: string | null, extra: Record<string, unknown> = {}) => ({
    input: {
      evaluationId,
      candidateId,
      noneReason: '',
      rationale: 'Highest score and accepted by the tests.',
      risks: [{ risk: 'Data migration', mitigation: 'Trial load in the sandbox' }],
      conditions: 'Hosting in the EU.',
      costNotes: 'Within budget.',
      ...extra,
    },
  });
  const inbox = async (key: string) =>
    (
      await ok<{ notifications: { items: { kind: string; evaluationId: string | null; readAt: string | null }[] } }>(
        people[key].token,
        GQL.notifications,
      )
    ).notifications.items;
  /** The recommendations waiting for a person's review, as their unread notifications say. */
  const unreadReviews = async (key: string, evaluationId: string) =>
    (await inbox(key)).filter(
      (n) => n.evaluationId === evaluationId && n.kind === 'RECOMMENDATION_SUBMITTED' && n.readAt === null,
    ).length;
  /** The recommendation's and the decision's notifications a person has in the evaluation. */
  const kindsFor = async (key: string, evaluationId: string) =>
    (await inbox(key))
      .filter((n) => n.evaluationId === evaluationId && /^(RECOMMENDATION|DECISION)_/.test(n.kind))
      .map((n) => n.kind);

  async function signInAll(): Promise<void> {
    admin = await server.login();
    for (const person of Object.values(people)) person.token = await server.login(person.email, OWN_PASSWORD);
  }

  beforeAll(async () => {
    database = await TestDatabase.create();
    server = await startServer({ database });
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'Library system 2026', department, TEAM);
    people = team.people;
    const catalogue = (vendor: string) => ({
      vendor,
      products: [
        ['Koha', '24.05'],
        ['Łódź Catalogue', '1.0'],
      ] as [string, string][],
    });
    const [alpha, beta] = await shortlistProducts(server, admin, team.evaluationId, catalogue('Vendor A'));
    main = { id: team.evaluationId, alpha, beta };
    const members = (ids: string[]): [string, string][] => [
      [people['lia'].id, 'LEAD'],
      [people['dora'].id, 'DIRECTOR'],
      [people['dan'].id, 'DIRECTOR'],
      [people['eve'].id, 'EVALUATOR'],
      ...ids.map((id): [string, string] => [id, 'VIEWER']),
    ];
    for (const [key, vendor] of [
      ['second', 'Vendor B'],
      ['race', 'Vendor C'],
    ] as const) {
      const id = await createEvaluation(server, admin, `Evaluation ${key}`, members([]));
      const [a, b] = await shortlistProducts(server, admin, id, catalogue(vendor));
      if (key === 'second') second = { id, alpha: a, beta: b };
      else race = { id, alpha: a, beta: b };
    }
    other = await createEvaluation(server, admin, 'Another evaluation', [[people['olga'].id, 'DIRECTOR']]);

    // The main evaluation's revealed round: Koha ahead of the other.
    await approvedRequirement(server, admin, { evaluationId: main.id, departmentId: department, title: 'Holds' });
    await moveToScoring(server, admin, main.id);
    const rubric = await draftRubric(server, admin, main.id);
    const [category] = await saveCriterion(server, admin, { rubricVersionId: rubric.id, title: 'Functional' });
    const criteria = await saveCriterion(server, admin, {
      rubricVersionId: rubric.id,
      parentId: category.id,
      title: 'Holds',
    });
    const criterion = criteria.find((c) => c.title === 'Holds')!;
    const round = await openScoringRound(server, admin, main.id);
    await saveScore(server, people['eve'].token, {
      roundId: round,
      candidateId: alpha,
      criterionId: criterion.id,
      value: 3,
    });
    await saveScore(server, people['eve'].token, {
      roundId: round,
      candidateId: beta,
      criterionId: criterion.id,
      value: 1,
    });
    await declareNoConflicts(server, people['eve'].token, main.id);
    await revealScoringRound(server, admin, round);

    // The steps between (testing evidence) are other features' tests: the evaluations start at the recommendation step.
    await server.stop();
    await sql(
      database,
      `UPDATE evaluation SET status = 'recommendation' WHERE id IN ('${main.id}', '${second.id}', '${race.id}', '${other}')`,
    );
    server = await startServer({ database });
    await signInAll();
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  /** Lia’s draft for Koha, saved after the refusals. */
  const drafted = once(async () => {
    expect(codeOf(await call(people['dora'].token, GQL.saveRecommendation, draft(main.id, main.alpha)))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await call(people['out'].token, GQL.saveRecommendation, draft(main.id, main.alpha)))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await call(people['lia'].token, GQL.saveRecommendation, draft(main.id, null)))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await call(people['lia'].token, GQL.saveRecommendation, draft(main.id, second.alpha)))).toBe(
      'NOT_FOUND',
    );
    const tooMany = Array.from({ length: 31 }, (_, i) => ({ risk: `Risk ${i}`, mitigation: '' }));
    expect(
      codeOf(await call(people['lia'].token, GQL.saveRecommendation, draft(main.id, main.alpha, { risks: tooMany }))),
    ).toBe('BAD_USER_INPUT');
    const saved = (
      await ok<{ saveRecommendation: Recommendation }>(
        people['lia'].token,
        GQL.saveRecommendation,
        draft(main.id, main.alpha),
      )
    ).saveRecommendation;
    expect(saved).toMatchObject({
      state: 'DRAFT',
      requiredApprovals: 1,
      candidateId: main.alpha,
      candidateName: 'Koha 24.05',
      canEdit: true,
      canSubmit: true,
      currentVersion: null,
      versions: [],
    });
    // A second save without the version it read is a conflict, not an overwrite.
    expect(codeOf(await call(people['lia'].token, GQL.saveRecommendation, draft(main.id, main.alpha)))).toBe(
      'CONFLICT',
    );
    const none = await ok<{ saveRecommendation: Recommendation }>(
      people['lia'].token,
      GQL.saveRecommendation,
      draft(main.id, null, { noneReason: 'None meets the budget.', version: saved.version }),
    );
    expect(none.saveRecommendation.candidateId).toBeNull();
    await ok(
      people['lia'].token,
      GQL.saveRecommendation,
      draft(main.id, main.alpha, { version: none.saveRecommendation.version }),
    );
  });
  it('lets only the leads write the draft, of a candidate in the running or of none with a reason', () => drafted());

  /** Two directors’ approvals needed. */
  const approvalsSet = once(async () => {
    await drafted();
    const before = (await view(main.id)).recommendation!;
    const tooMany = await call(people['lia'].token, GQL.setRequiredApprovals, { e: main.id, n: 3, v: before.version });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toMatch(/2 directors/);
    expect(
      codeOf(await call(people['dora'].token, GQL.setRequiredApprovals, { e: main.id, n: 2, v: before.version })),
    ).toBe('FORBIDDEN');
    const set = await ok<{ setRequiredApprovals: Recommendation }>(people['lia'].token, GQL.setRequiredApprovals, {
      e: main.id,
      n: 2,
      v: before.version,
    });
    expect(set.setRequiredApprovals.requiredApprovals).toBe(2);
  });
  it('needs no more approvals than the evaluation has directors', () => approvalsSet());

  /** Version 1 submitted; its snapshot is kept in v1Snapshot. */
  const submitted = once(async () => {
    await approvalsSet();
    const before = (await view(main.id)).recommendation!;
    const ranking = (
      await ok<{
        evaluation: { scoringRounds: { status: string; ranking: { winnerId: string; candidates: never[] } }[] };
      }>(people['lia'].token, GQL.evaluationRankings, { id: main.id })
    ).evaluation.scoringRounds.find((r) => r.status === 'REVEALED')!.ranking;
    const acceptance = (
      await ok<{
        evaluation: {
          candidates: {
            id: string;
            acceptance: { verdict: string; passRate: { percent: number | null; passed: number; failed: number } };
          }[];
        };
      }>(people['lia'].token, GQL.evaluationAcceptance, { id: main.id })
    ).evaluation.candidates;

    const submitted = (
      await ok<{ submitRecommendation: Recommendation }>(people['lia'].token, GQL.submitRecommendation, {
        e: main.id,
        v: before.version,
      })
    ).submitRecommendation;
    expect(submitted.state).toBe('SUBMITTED');
    expect(submitted.currentVersion).toMatchObject({ number: 1, state: 'SUBMITTED', approvals: 0, reviews: [] });
    v1Snapshot = submitted.currentVersion!.snapshotJson;
    const snapshot = JSON.parse(v1Snapshot);
    expect(snapshot).toMatchObject({ version: 1, candidateName: 'Koha 24.05', text: { candidateId: main.alpha } });
    expect(snapshot.evidence.ranking.winnerId).toBe(ranking.winnerId);
    expect(
      snapshot.evidence.ranking.candidates.map((c: Record<string, unknown>) => [
        c['id'],
        c['rank'],
        c['total'],
        c['completeness'],
        c['knockedOut'],
      ]),
    ).toEqual(
      (
        ranking.candidates as {
          candidateId: string;
          rank: number;
          score: number;
          scoredWeight: number;
          knockedOut: boolean;
        }[]
      ).map((c) => [c.candidateId, c.rank, c.score, c.scoredWeight, c.knockedOut]),
    );
    expect(
      snapshot.evidence.acceptance.map((a: Record<string, unknown>) => [
        a['id'],
        a['verdict'],
        a['passRate'],
        a['passed'],
        a['failed'],
      ]),
    ).toEqual(
      acceptance.map((c) => [
        c.id,
        c.acceptance.verdict,
        c.acceptance.passRate.percent,
        c.acceptance.passRate.passed,
        c.acceptance.passRate.failed,
      ]),
    );
    expect(snapshot.evidence.defects.map((d: { id: string; open: Record<string, number> }) => [d.id, d.open])).toEqual([
      [main.alpha, { critical: 0, major: 0, minor: 0, trivial: 0 }],
      [main.beta, { critical: 0, major: 0, minor: 0, trivial: 0 }],
    ]);
    // Eve's declaration before she scored, with the vendor's name as she declared it.
    expect(
      snapshot.evidence.conflicts.map((d: Record<string, unknown>) => [d['evaluator'], d['conflict'], d['override']]),
    ).toEqual([['Eve Evaluator', false, null]]);

    const after = await view(main.id);
    expect(after.candidates.find((c) => c.id === main.alpha)!.state).toBe('RECOMMENDED');
    expect(await kindsFor('dora', main.id)).toEqual(['RECOMMENDATION_SUBMITTED']);
    expect(await kindsFor('dan', main.id)).toEqual(['RECOMMENDATION_SUBMITTED']);
    for (const key of ['lia', 'eve', 'hal', 'olga', 'out']) expect(await kindsFor(key, main.id)).toEqual([]);
    const work = await ok<{ myWork: { recommendationsToReview: { evaluationId: string }[] } }>(
      people['dora'].token,
      GQL.myWorkRecommendations,
    );
    expect(work.myWork.recommendationsToReview).toEqual([
      expect.objectContaining({
        evaluationId: main.id,
        versionNumber: 1,
        candidateName: 'Koha 24.05',
        approvals: 0,
        requiredApprovals: 2,
      }),
    ]);
  });
  it('freezes in the snapshot what the ranking, acceptance and defect queries return at submission, and tells exactly the directors', () =>
    submitted());

  /** A critical defect found after version 1 was submitted. */
  const evidenceChanged = once(async () => {
    await submitted();
    await ok(people['lia'].token, GQL.createDefect, {
      input: { evaluationId: main.id, candidateId: main.alpha, title: 'Holds lost on restart', severity: 'CRITICAL' },
    });
    const now = (await view(main.id)).recommendation!;
    expect(JSON.parse(now.evidenceJson).defects[0].open.critical).toBe(1);
    expect(now.currentVersion!.snapshotJson).toBe(v1Snapshot);
    // The directors read the evidence they review, as every member does.
    for (const key of ['dora', 'eve', 'hal']) {
      const theirs = (await view(main.id, people[key].token)).recommendation!;
      expect(JSON.parse(theirs.evidenceJson).defects[0].open.critical).toBe(1);
    }
    expect(JSON.parse(v1Snapshot).evidence.defects[0].open.critical).toBe(0);
  });
  it('keeps the snapshot when the evidence changes afterwards', () => evidenceChanged());

  it('lets only the evaluation’s directors review', async () => {
    await evidenceChanged();
    const versionId = (await view(main.id)).recommendation!.currentVersion!.id;
    const approve = { input: { versionId, outcome: 'APPROVE', comment: '' } };
    expect(codeOf(await call(people['lia'].token, GQL.reviewRecommendation, approve))).toBe('FORBIDDEN');
    expect(codeOf(await call(people['eve'].token, GQL.reviewRecommendation, approve))).toBe('FORBIDDEN');
    expect(codeOf(await call(people['olga'].token, GQL.reviewRecommendation, approve))).toBe('NOT_FOUND');
    expect(codeOf(await call(people['out'].token, GQL.reviewRecommendation, approve))).toBe('NOT_FOUND');
    expect((await view(main.id)).recommendation!.currentVersion!.reviews).toEqual([]);
  });

  /** Version 1 returned by Dora for changes; version 2 submitted. */
  const resubmitted = once(async () => {
    await evidenceChanged();
    const versionId = (await view(main.id)).recommendation!.currentVersion!.id;
    expect(
      codeOf(
        await call(people['dora'].token, GQL.reviewRecommendation, {
          input: { versionId, outcome: 'REQUEST_CHANGES', comment: ' ' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const returned = (
      await ok<{ reviewRecommendation: Recommendation }>(people['dora'].token, GQL.reviewRecommendation, {
        input: {
          versionId,
          outcome: 'REQUEST_CHANGES',
          comment: 'Say more about the migration.',
          evidencePath: 'defects',
        },
      })
    ).reviewRecommendation;
    expect(returned.state).toBe('CHANGES_REQUESTED');
    expect(returned.currentVersion!.state).toBe('CHANGES_REQUESTED');
    expect((await view(main.id)).candidates.find((c) => c.id === main.alpha)!.state).toBe('SHORTLISTED');
    expect(await kindsFor('lia', main.id)).toEqual(['RECOMMENDATION_CHANGES_REQUESTED']);
    expect(await kindsFor('dan', main.id)).toEqual(['RECOMMENDATION_SUBMITTED']);
    // Returned to the lead, version 1 waits for no director any more.
    expect(await unreadReviews('dan', main.id)).toBe(0);
    expect(
      codeOf(await call(people['lia'].token, GQL.withdrawRecommendation, { e: main.id, v: returned.version })),
    ).toBe('CONFLICT');

    const edited = (
      await ok<{ saveRecommendation: Recommendation }>(
        people['lia'].token,
        GQL.saveRecommendation,
        draft(main.id, main.alpha, { version: returned.version, rationale: 'Highest score; migration trial planned.' }),
      )
    ).saveRecommendation;
    expect(edited.state).toBe('DRAFT');
    const v2 = (
      await ok<{ submitRecommendation: Recommendation }>(people['lia'].token, GQL.submitRecommendation, {
        e: main.id,
        v: edited.version,
      })
    ).submitRecommendation;
    expect(v2.versions.map((v) => [v.number, v.state])).toEqual([
      [2, 'SUBMITTED'],
      [1, 'CHANGES_REQUESTED'],
    ]);
    expect(v2.versions[1].reviews).toEqual([
      {
        directorName: 'Dora Director',
        outcome: 'REQUEST_CHANGES',
        comment: 'Say more about the migration.',
        evidencePath: 'defects',
      },
    ]);
    expect(v2.versions[1].snapshotJson).toBe(v1Snapshot);
    expect(await unreadReviews('dan', main.id)).toBe(1);
    expect(await unreadReviews('dora', main.id)).toBe(1);
    expect(JSON.parse(v2.currentVersion!.snapshotJson).evidence.defects[0].open.critical).toBe(1);
  });
  it('returns the recommendation to the lead on a request for changes; the next submission is version 2 with the history kept', () =>
    resubmitted());

  it('refuses to decide the evaluation by hand', async () => {
    await resubmitted();
    const evaluation = await view(main.id);
    const moved = await call(admin, GQL.moveEvaluation, {
      input: { id: main.id, version: evaluation.version, to: 'DECIDED' },
    });
    expect(moved.errors?.[0].message).toMatch(/directors approve the recommendation/);
    const selected = await call(admin, GQL.setCandidateState, {
      input: { id: main.alpha, version: 1, state: 'SELECTED' },
    });
    expect(codeOf(selected)).toBe('BAD_USER_INPUT');
    // The recommended candidate leaves that state only through the recommendation.
    const [recommended] = (
      await ok<{ evaluation: { candidates: { id: string; state: string; version: number }[] } }>(
        admin,
        GQL.evaluationCandidates,
        { id: main.id },
      )
    ).evaluation.candidates.filter((c) => c.id === main.alpha);
    expect(recommended.state).toBe('RECOMMENDED');
    const back = await call(admin, GQL.setCandidateState, {
      input: { id: main.alpha, version: recommended.version, state: 'ELIMINATED', reason: 'Too dear.' },
    });
    expect(codeOf(back)).toBe('CONFLICT');
    expect(back.errors?.[0].message).toMatch(/through the recommendation/);
  });

  /** Version 2 approved by Dora and Dan: the decision is recorded. */
  const decided = once(async () => {
    await resubmitted();
    const versionId = (await view(main.id)).recommendation!.currentVersion!.id;
    const first = (
      await ok<{ reviewRecommendation: Recommendation }>(people['dora'].token, GQL.reviewRecommendation, {
        input: { versionId, outcome: 'APPROVE', comment: 'Agreed.' },
      })
    ).reviewRecommendation;
    expect(first.state).toBe('SUBMITTED');
    expect(first.currentVersion!.approvals).toBe(1);
    // The director who reviewed has nothing waiting; the other still has.
    expect(await unreadReviews('dora', main.id)).toBe(0);
    expect(await unreadReviews('dan', main.id)).toBe(1);
    expect(
      codeOf(
        await call(people['dora'].token, GQL.reviewRecommendation, {
          input: { versionId, outcome: 'APPROVE', comment: '' },
        }),
      ),
    ).toBe('CONFLICT');
    expect((await view(main.id)).status).toBe('RECOMMENDATION');

    const second_ = (
      await ok<{ reviewRecommendation: Recommendation }>(people['dan'].token, GQL.reviewRecommendation, {
        input: { versionId, outcome: 'APPROVE', comment: 'Yes.' },
      })
    ).reviewRecommendation;
    expect(second_.state).toBe('APPROVED');
    const decided = await view(main.id);
    expect(decided.status).toBe('DECIDED');
    expect(decided.decision).toMatchObject({
      candidateId: main.alpha,
      candidateName: 'Koha 24.05',
      recommendationVersionId: versionId,
      approvals: [
        { directorName: 'Dora Director', comment: 'Agreed.' },
        { directorName: 'Dan Director', comment: 'Yes.' },
      ],
      reportPdfUrl: `/api/decisions/${decided.decision!.id}/report.pdf`,
    });
    expect(decided.decision!.snapshotJson).toBe(decided.recommendation!.currentVersion!.snapshotJson);
    expect(Object.fromEntries(decided.candidates.map((c) => [c.id, c.state]))).toEqual({
      [main.alpha]: 'SELECTED',
      [main.beta]: 'SHORTLISTED',
    });
    for (const key of ['lia', 'dora', 'eve', 'hal'])
      expect(await kindsFor(key, main.id)).toContain('DECISION_RECORDED');
    expect(await kindsFor('dan', main.id)).not.toContain('DECISION_RECORDED');
    for (const key of ['olga', 'out']) expect(await kindsFor(key, main.id)).toEqual([]);
    const work = await ok<{ myWork: { decisionsTaken: { evaluationId: string; candidateName: string }[] } }>(
      people['eve'].token,
      GQL.myWorkRecommendations,
    );
    expect(work.myWork.decisionsTaken).toEqual([{ evaluationId: main.id, candidateName: 'Koha 24.05' }]);
    expect(
      (await ok<{ myWork: { recommendationsToReview: unknown[] } }>(people['dora'].token, GQL.myWorkRecommendations))
        .myWork.recommendationsToReview,
    ).toEqual([]);
  });
  it('needs two different directors for two approvals, then records the decision, decides the evaluation and tells its members', () =>
    decided());

  it('refuses every write once decided', async () => {
    await decided();
    const { recommendation } = await view(main.id);
    const v = recommendation!.version;
    const refused = [
      await call(people['lia'].token, GQL.saveRecommendation, draft(main.id, main.beta, { version: v })),
      await call(people['lia'].token, GQL.setRequiredApprovals, { e: main.id, n: 1, v }),
      await call(people['lia'].token, GQL.submitRecommendation, { e: main.id, v }),
      await call(people['lia'].token, GQL.withdrawRecommendation, { e: main.id, v }),
      await call(people['dora'].token, GQL.reviewRecommendation, {
        input: { versionId: recommendation!.currentVersion!.id, outcome: 'REJECT', comment: 'Changed my mind.' },
      }),
    ];
    expect(refused.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(refused[0].errors?.[0].message).toMatch(/decision/);
    expect(recommendation).toMatchObject({ canEdit: false, canSubmit: false, canWithdraw: false, canReview: false });
  });

  it('gives the decision as a PDF and a workbook from its snapshot, to members only', async () => {
    await decided();
    const { decision, recommendation } = await view(main.id);
    const get = (path: string, token?: string) =>
      fetch(`${server.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const pdf = await get(decision!.reportPdfUrl, people['eve'].token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await pdfText(bytes);
    const snapshot = JSON.parse(decision!.snapshotJson) as RecommendationSnapshot;
    expect(text).toContain('Koha 24.05');
    expect(text).toContain('Łódź Catalogue 1.0');
    for (const director of ['Dora Director', 'Dan Director']) expect(text).toContain(director);
    for (const candidate of snapshot.evidence.ranking!.candidates) expect(text).toContain(candidate.total!.toFixed(1));
    for (const acceptance of snapshot.evidence.acceptance) expect(text).toContain(VERDICT_LABELS[acceptance.verdict]);
    expect(text).not.toContain('DRAFT');

    const xlsx = await get(decision!.reportXlsxUrl, people['dora'].token);
    expect(xlsx.status).toBe(200);
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const ranking = book.getWorksheet('Ranking')!;
    const totals: number[] = [];
    ranking.eachRow((row) => {
      for (const cell of row.values as unknown[])
        if (typeof cell === 'number' && cell > 1 && cell <= 100) totals.push(cell);
    });
    for (const candidate of snapshot.evidence.ranking!.candidates) expect(totals).toContain(candidate.total);

    const draft = await get(recommendation!.currentVersion!.reportPdfUrl, people['lia'].token);
    expect(draft.status).toBe(200);
    expect((await pdfText(Buffer.from(await draft.arrayBuffer()))).text).toContain('DRAFT');

    for (const [path, token] of [
      [decision!.reportPdfUrl, people['olga'].token],
      [decision!.reportXlsxUrl, people['out'].token],
      [recommendation!.currentVersion!.reportPdfUrl, people['olga'].token],
    ] as const)
      expect((await get(path, token)).status).toBe(404);
    expect((await get(decision!.reportPdfUrl)).status).toBe(401);
    expect((await get('/api/decisions/not-an-id/report.pdf', people['eve'].token)).status).toBe(400);
  });

  it('lets the lead withdraw only while no director has reviewed, and returns a rejected one to the lead', async () => {
    const saved = (
      await ok<{ saveRecommendation: Recommendation }>(
        people['lia'].token,
        GQL.saveRecommendation,
        draft(second.id, second.beta),
      )
    ).saveRecommendation;
    const v1 = (
      await ok<{ submitRecommendation: Recommendation }>(people['lia'].token, GQL.submitRecommendation, {
        e: second.id,
        v: saved.version,
      })
    ).submitRecommendation;
    expect(v1.canWithdraw).toBe(true);
    expect(codeOf(await call(people['dora'].token, GQL.withdrawRecommendation, { e: second.id, v: v1.version }))).toBe(
      'FORBIDDEN',
    );
    const withdrawn = (
      await ok<{ withdrawRecommendation: Recommendation }>(people['lia'].token, GQL.withdrawRecommendation, {
        e: second.id,
        v: v1.version,
      })
    ).withdrawRecommendation;
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect(withdrawn.currentVersion!.state).toBe('WITHDRAWN');
    expect((await view(second.id)).candidates.map((c) => c.state)).toEqual(['SHORTLISTED', 'SHORTLISTED']);

    const v2 = (
      await ok<{ submitRecommendation: Recommendation }>(people['lia'].token, GQL.submitRecommendation, {
        e: second.id,
        v: withdrawn.version,
      })
    ).submitRecommendation;
    expect(v2.currentVersion!.number).toBe(2);
    const rejected = (
      await ok<{ reviewRecommendation: Recommendation }>(people['dan'].token, GQL.reviewRecommendation, {
        input: { versionId: v2.currentVersion!.id, outcome: 'REJECT', comment: 'Too expensive.' },
      })
    ).reviewRecommendation;
    expect(rejected.state).toBe('REJECTED');
    expect(await kindsFor('lia', second.id)).toEqual(['RECOMMENDATION_REJECTED']);

    const two = (
      await ok<{ setRequiredApprovals: Recommendation }>(people['lia'].token, GQL.setRequiredApprovals, {
        e: second.id,
        n: 2,
        v: rejected.version,
      })
    ).setRequiredApprovals;
    const v3 = (
      await ok<{ submitRecommendation: Recommendation }>(people['lia'].token, GQL.submitRecommendation, {
        e: second.id,
        v: two.version,
      })
    ).submitRecommendation;
    expect(
      codeOf(await call(people['lia'].token, GQL.setRequiredApprovals, { e: second.id, n: 1, v: v3.version })),
    ).toBe('CONFLICT');
    await ok(people['dora'].token, GQL.reviewRecommendation, {
      input: { versionId: v3.currentVersion!.id, outcome: 'APPROVE', comment: '' },
    });
    const reviewed = (await view(second.id)).recommendation!;
    expect(reviewed.canWithdraw).toBe(false);
    const late = await call(people['lia'].token, GQL.withdrawRecommendation, { e: second.id, v: reviewed.version });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0].message).toMatch(/already reviewed/);
  });

  (engine === 'postgres' ? it : it.skip)(
    'records exactly one decision when two directors approve at once',
    async () => {
      const saved = (
        await ok<{ saveRecommendation: Recommendation }>(
          people['lia'].token,
          GQL.saveRecommendation,
          draft(race.id, race.alpha),
        )
      ).saveRecommendation;
      const submitted = (
        await ok<{ submitRecommendation: Recommendation }>(people['lia'].token, GQL.submitRecommendation, {
          e: race.id,
          v: saved.version,
        })
      ).submitRecommendation;
      const input = (comment: string) => ({
        input: { versionId: submitted.currentVersion!.id, outcome: 'APPROVE', comment },
      });
      const results = await Promise.all([
        call(people['dora'].token, GQL.reviewRecommendation, input('Dora agrees.')),
        call(people['dan'].token, GQL.reviewRecommendation, input('Dan agrees.')),
      ]);
      expect(results.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
      const rows = await sql(database, `SELECT count(*)::int AS n FROM decision WHERE evaluation_id = '${race.id}'`);
      expect(rows).toEqual([{ n: 1 }]);
      expect((await view(race.id)).decision!.approvals).toHaveLength(1);
    },
  );

  it('the database refuses an UPDATE and a DELETE of a decision', async () => {
    await decided();
    const { decision } = await view(main.id);
    // On the embedded database only one process opens it at a time.
    await server.stop();
    try {
      await expect(
        sql(database, `UPDATE decision SET candidate_id = NULL WHERE id = '${decision!.id}'`),
      ).rejects.toThrow(/never changed or deleted/);
      await expect(sql(database, `DELETE FROM decision WHERE id = '${decision!.id}'`)).rejects.toThrow(
        /never changed or deleted/,
      );
      const [row] = await sql(database, `SELECT candidate_id FROM decision WHERE id = '${decision!.id}'`);
      expect(row['candidate_id']).toBe(main.alpha);
    } finally {
      server = await startServer({ database });
      await signInAll();
    }
  }, 120_000);
});
