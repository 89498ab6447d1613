import { dataOf, GQL } from './support/fixtures';
import { codeOf, RunningServer, sql, startServer, TestDatabase } from './support/server';

const DEMO_PASSWORD = 'assay-demo-2026';

interface RunView {
  id: string;
  status: string;
  productName: string;
  productVersionName: string;
  environment: string;
  testers: { displayName: string }[];
  progress: { total: number; untested: number; passed: number; failed: number; blocked: number; skipped: number };
}

const RUN_FIELDS =
  'id status productName productVersionName environment testers { displayName } progress { total untested passed failed blocked skipped }';

interface ResultView {
  caseKey: string;
  status: string;
  failureKind: string | null;
  failureMessage: string | null;
  actualResult: string;
  tester: { displayName: string } | null;
}

interface RubricView {
  number: number;
  frozenAt: string | null;
  criteria: {
    id: string;
    parentId: string | null;
    title: string;
    normalisedWeight: number;
    globalWeight: number;
    requirementIds: string[];
  }[];
  comparisons: {
    parentKey: string;
    matrix: number[][];
    weights: number[];
    consistencyRatio: number;
    consistent: boolean;
  }[];
}

interface RankingView {
  winnerId: string | null;
  candidates: {
    candidateId: string;
    name: string;
    rank: number | null;
    score: number | null;
    scoredCount: number;
    criterionCount: number;
    knockedOut: boolean;
    byEvaluator: { evaluatorName: string; score: number | null }[];
  }[];
  tiePoints: { criterionId: string; change: number }[];
  stability: { change: number; stable: boolean }[];
  agreement: { alpha: number | null; kendallW: number | null; lowAgreement: { criterionId: string; alpha: number }[] };
  withoutConsensus: {
    winnerId: string | null;
    candidates: { candidateId: string; rank: number | null; score: number | null }[];
  };
  consensusCount: number;
  leaderChangedByConsensus: boolean;
  decisiveConsensus: { candidateId: string; criterionId: string }[];
}

describe('demo evaluation', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let lead: string;
  let evaluationId: string;

  beforeAll(async () => {
    database = await TestDatabase.create();
    server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
    lead = await server.login('lead@demo.assay.local', DEMO_PASSWORD);
    const list = dataOf(
      await server.gql<{ evaluations: { items: { id: string; title: string; status: string; isDemo: boolean }[] } }>(
        GQL.evaluations,
        {},
        { token: lead },
      ),
    );
    const demo = list.evaluations.items.find((e) => e.title === 'ILS replacement');
    expect(demo).toMatchObject({ status: 'SCORING', isDemo: true });
    evaluationId = demo!.id;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const results = async (token: string, runId: string) =>
    dataOf(
      await server.gql<{ testRun: { results: { total: number; items: ResultView[] } } }>(
        `query($id: ID!) { testRun(id: $id) { results(page: { offset: 0, limit: 100 }) { total
           items { caseKey status failureKind failureMessage actualResult tester { displayName } } } } }`,
        { id: runId },
        { token },
      ),
    ).testRun.results.items;

  const acceptanceRuns = async (token: string) =>
    dataOf(
      await server.gql<{ evaluation: { testPlans: { runs: RunView[] }[] } }>(
        `query($id: ID!) { evaluation(id: $id) { testPlans { runs { ${RUN_FIELDS} } } } }`,
        { id: evaluationId },
        { token },
      ),
    ).evaluation.testPlans[0].runs;

  const upgradePlans = async (token: string) =>
    dataOf(
      await server.gql<{
        productTestPlans: {
          name: string;
          keyPrefix: string;
          productId: string;
          currentVersionId: string | null;
          targetVersionId: string | null;
          members: { displayName: string }[];
          myAccess: { canWrite: boolean; canExecute: boolean };
          cases: { total: number; items: { key: string; title: string; steps: unknown[] }[] };
          runs: (RunView & { productVersionId: string })[];
        }[];
      }>(
        `{ productTestPlans { name keyPrefix productId currentVersionId targetVersionId members { displayName }
           myAccess { canWrite canExecute }
           cases(page: { offset: 0, limit: 100 }) { total items { key title steps { action } } }
           runs { productVersionId ${RUN_FIELDS} } } }`,
        {},
        { token },
      ),
    ).productTestPlans;

  it('has four demo evaluators who can sign in', async () => {
    const { evaluation } = dataOf(
      await server.gql<{ evaluation: { members: { email: string; displayName: string; roles: string[] }[] } }>(
        'query($id: ID!) { evaluation(id: $id) { members { email displayName roles } } }',
        { id: evaluationId },
        { token: lead },
      ),
    );
    const evaluators = evaluation.members.filter((m) => m.roles.includes('EVALUATOR'));
    expect(evaluators.map((m) => m.email).sort()).toEqual([
      'evaluator2@demo.assay.local',
      'evaluator3@demo.assay.local',
      'evaluator4@demo.assay.local',
      'evaluator@demo.assay.local',
    ]);
    expect(evaluators.every((m) => m.displayName.endsWith('(demo)'))).toBe(true);
    await expect(server.login('evaluator4@demo.assay.local', DEMO_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('started from the consortium’s “ILS core requirements” library: each requirement names its item in version 1', async () => {
    const { requirementLibraries } = dataOf(
      await server.gql<{
        requirementLibraries: {
          id: string;
          name: string;
          versions: { number: number; status: string; itemCount: number }[];
        }[];
      }>(GQL.requirementLibraries, {}, { token: lead }),
    );
    const library = requirementLibraries.find((l) => l.name === 'ILS core requirements');
    expect(library?.versions).toEqual([{ number: 1, status: 'PUBLISHED', itemCount: expect.any(Number) }]);
    const { requirementLibraryItems: items } = dataOf(
      await server.gql<{ requirementLibraryItems: { id: string; code: string; title: string }[] }>(
        GQL.requirementLibraryItems,
        { id: library!.id, v: 1 },
        { token: lead },
      ),
    );
    const { requirements } = dataOf(
      await server.gql<{
        requirements: {
          total: number;
          items: { code: string; title: string; libraryItemId: string; libraryVersion: number }[];
        };
      }>(GQL.requirements, { id: evaluationId, page: { limit: 200 } }, { token: lead }),
    );
    expect(items.length).toBeGreaterThanOrEqual(55);
    expect(requirements.total).toBe(items.length);
    expect(requirements.items.map((r) => [r.code, r.title, r.libraryItemId, r.libraryVersion])).toEqual(
      items.map((item) => [item.code, item.title, item.id, 1]),
    );
  });

  it('names how each requirement will be verified, mostly by test, every method used', async () => {
    const { requirements } = dataOf(
      await server.gql<{ requirements: { total: number; items: { code: string; verificationMethod: string }[] } }>(
        GQL.requirements,
        { id: evaluationId, page: { offset: 0, limit: 200 } },
        { token: lead },
      ),
    );
    expect(requirements.items).toHaveLength(requirements.total);
    const counts = new Map<string, number>();
    for (const r of requirements.items) counts.set(r.verificationMethod, (counts.get(r.verificationMethod) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      'DEMONSTRATION',
      'INSPECTION',
      'REFERENCE_CHECK',
      'TEST',
      'VENDOR_STATEMENT',
    ]);
    expect(Math.max(...counts.values())).toBe(counts.get('TEST'));
  });

  it('has a frozen rubric generated from the approved requirements, categories weighed by a consistent AHP matrix', async () => {
    const { evaluation } = dataOf(
      await server.gql<{ evaluation: { rubric: RubricView } }>(
        'query($id: ID!) { evaluation(id: $id) { rubric { number frozenAt criteria { id parentId title normalisedWeight globalWeight requirementIds } comparisons { parentKey matrix weights consistencyRatio consistent } } } }',
        { id: evaluationId },
        { token: lead },
      ),
    );
    const { requirements } = dataOf(
      await server.gql<{ requirements: { items: { id: string; code: string; category: string }[] } }>(
        GQL.requirements,
        { id: evaluationId, filter: { statuses: ['APPROVED'] }, page: { limit: 100 } },
        { token: lead },
      ),
    );
    const rubric = evaluation.rubric;
    expect(rubric.number).toBe(1);
    expect(rubric.frozenAt).not.toBeNull();
    const categories = rubric.criteria.filter((c) => !c.parentId);
    const leaves = rubric.criteria.filter((c) => c.parentId);
    // One criterion per approved requirement, in a category named after the requirement's category.
    expect(leaves.flatMap((c) => c.requirementIds).sort()).toEqual(requirements.items.map((r) => r.id).sort());
    for (const requirement of requirements.items) {
      const criterion = leaves.find((c) => c.requirementIds.includes(requirement.id))!;
      expect(criterion.title.startsWith(`${requirement.code} `)).toBe(true);
      expect(categories.find((c) => c.id === criterion.parentId)!.title).toBe(requirement.category);
    }
    expect(categories.map((c) => c.title).sort()).toEqual(
      [...new Set(requirements.items.map((r) => r.category))].sort(),
    );

    expect(rubric.comparisons).toHaveLength(1);
    const [top] = rubric.comparisons;
    expect(top.parentKey).toBe('');
    expect(top.matrix).toHaveLength(categories.length);
    expect(top.consistent).toBe(true);
    expect(top.consistencyRatio).toBeLessThan(0.1);
    const share = (title: string) => categories.find((c) => c.title === title)!.normalisedWeight;
    expect(share('Circulation')).toBeGreaterThan(share('Operations'));
    expect(share('Cataloguing')).toBeGreaterThan(share('Serials and e-resources'));
    expect(Math.max(...categories.map((c) => c.normalisedWeight))).toBe(share('Circulation'));
    expect(leaves.reduce((sum, c) => sum + c.globalWeight, 0)).toBeCloseTo(1, 4);
  });

  it('has example costs for every candidate over seven years, with training costed at the demo rate', async () => {
    const view = dataOf(
      await server.gql<{
        evaluation: {
          costYears: number;
          trainingHourlyRate: number;
          candidates: {
            productName: string;
            costItems: { amount: number; kind: string }[];
            tco: { oneTime: number; yearly: number; training: number; total: number; byYear: number[] };
          }[];
        };
      }>(
        'query($id: ID!) { evaluation(id: $id) { costYears trainingHourlyRate candidates { productName costItems { amount kind } tco { oneTime yearly training total byYear } } } }',
        { id: evaluationId },
        { token: lead },
      ),
    ).evaluation;
    expect(view.costYears).toBe(7);
    expect(view.trainingHourlyRate).toBe(38);
    expect(view.candidates).toHaveLength(4);
    for (const candidate of view.candidates) {
      expect(candidate.costItems.length).toBeGreaterThan(0);
      const oneTime = candidate.costItems.filter((c) => c.kind === 'ONE_TIME').reduce((sum, c) => sum + c.amount, 0);
      const yearly = candidate.costItems.filter((c) => c.kind === 'YEARLY').reduce((sum, c) => sum + c.amount, 0);
      expect(candidate.tco).toMatchObject({ oneTime, yearly });
      expect(candidate.tco.training).toBeGreaterThan(0);
      expect(candidate.tco.total).toBeCloseTo(oneTime + candidate.tco.training + 7 * yearly, 6);
      expect(candidate.tco.byYear).toHaveLength(7);
    }
    // Koha: 55,000 + 8,000 one-time, 52,000 a year.
    expect(view.candidates.find((c) => c.productName === 'Koha')?.tco).toMatchObject({ oneTime: 63000, yearly: 52000 });
  });

  it('has a revealed round scored by all four evaluators, one disagreement, its consensus, and a ranking with a winner', async () => {
    const { evaluation } = dataOf(
      await server.gql<{
        evaluation: {
          candidates: { id: string; productName: string }[];
          rubric: { criteria: { id: string; title: string; parentId: string | null }[] };
          scoringRounds: {
            id: string;
            number: number;
            status: string;
            candidateIds: string[];
            revealedAt: string | null;
            progress: { evaluatorName: string; scored: number; expected: number }[];
            consensus: { candidateId: string; criterionId: string; value: number; note: string }[];
            scores: {
              evaluatorName: string;
              candidateId: string;
              criterionId: string;
              value: number | null;
              comment: string;
            }[];
          }[];
        };
      }>(
        `query($id: ID!) { evaluation(id: $id) {
          candidates { id productName }
          rubric { criteria { id title parentId } }
          scoringRounds { id number status candidateIds revealedAt progress { evaluatorName scored expected } consensus { candidateId criterionId value note } scores { evaluatorName candidateId criterionId value comment } }
        } }`,
        { id: evaluationId },
        { token: lead },
      ),
    );
    expect(evaluation.scoringRounds).toHaveLength(1);
    const [round] = evaluation.scoringRounds;
    const leaves = evaluation.rubric.criteria.filter((c) => c.parentId);
    expect(round).toMatchObject({ number: 1, status: 'REVEALED' });
    expect(round.revealedAt).not.toBeNull();
    expect(round.candidateIds.sort()).toEqual(evaluation.candidates.map((c) => c.id).sort());
    expect(round.candidateIds).toHaveLength(4);
    expect(round.progress).toHaveLength(4);
    expect(round.progress.every((p) => p.scored === p.expected && p.expected === leaves.length * 4)).toBe(true);
    expect(round.scores).toHaveLength(4 * 4 * leaves.length);
    expect(round.scores.every((s) => s.value !== null)).toBe(true);
    expect(round.scores.filter((s) => s.comment).length).toBeGreaterThanOrEqual(10);

    // The disagreement: Koha on hold targeting, 0 / 3 / 1 / 3, each explained; settled by a consensus with a note.
    const koha = evaluation.candidates.find((c) => c.productName === 'Koha')!.id;
    const holdTargeting = leaves.find((c) => c.title.startsWith('CIRC-002 '))!.id;
    const split = round.scores.filter((s) => s.candidateId === koha && s.criterionId === holdTargeting);
    expect(split.map((s) => s.value).sort()).toEqual([0, 1, 3, 3]);
    expect(split.every((s) => s.comment.length > 0)).toBe(true);
    expect(round.consensus).toEqual([
      { candidateId: koha, criterionId: holdTargeting, value: 3, note: expect.stringMatching(/sandbox/) },
    ]);

    const ranking = dataOf(
      await server.gql<{ scoringRound: { ranking: RankingView } }>(
        `query($id: ID!) { scoringRound(id: $id) { ranking {
          winnerId
          candidates { candidateId name rank score scoredCount criterionCount knockedOut byEvaluator { evaluatorName score } }
          tiePoints { criterionId change }
          stability { change stable }
          agreement { alpha kendallW lowAgreement { criterionId alpha } }
          withoutConsensus { winnerId candidates { candidateId rank score } }
          consensusCount leaderChangedByConsensus decisiveConsensus { candidateId criterionId }
        } } }`,
        { id: round.id },
        { token: lead },
      ),
    ).scoringRound.ranking;
    expect(ranking.winnerId).toBe(koha);
    const [first, second] = ranking.candidates;
    expect(first).toMatchObject({
      candidateId: koha,
      rank: 1,
      knockedOut: false,
      scoredCount: leaves.length,
      criterionCount: leaves.length,
    });
    expect(first.name).toMatch(/^Koha /);
    expect(second.rank).toBe(2);
    expect(first.score! - second.score!).toBeGreaterThan(0);
    expect(first.score! - second.score!).toBeLessThan(2);
    expect(
      ranking.candidates.every((c) => c.byEvaluator.length === 4 && c.byEvaluator.every((b) => b.score !== null)),
    ).toBe(true);
    // Every evaluator scored everything, so the mean of their totals is the total without the consensus: the runner-up would lead.
    const mean = (c: RankingView['candidates'][number]) =>
      c.byEvaluator.reduce((sum, b) => sum + b.score!, 0) / c.byEvaluator.length;
    expect(mean(first)).toBeLessThan(mean(second));
    // The API says so itself: without the consensus the runner-up leads, and that one consensus decides it.
    expect(ranking.withoutConsensus.winnerId).toBe(second.candidateId);
    expect(ranking.withoutConsensus.candidates[0].score).toBeCloseTo(mean(second), 1);
    expect(ranking).toMatchObject({
      consensusCount: 1,
      leaderChangedByConsensus: true,
      decisiveConsensus: [{ candidateId: koha, criterionId: holdTargeting }],
    });
    expect(ranking.stability.map((s) => s.change)).toEqual([0.1, 0.25]);
    expect(ranking.tiePoints.length).toBeGreaterThan(0);

    expect(ranking.agreement.alpha).toBeGreaterThan(0.8);
    expect(ranking.agreement.kendallW).not.toBeNull();
    expect(ranking.agreement.lowAgreement[0].criterionId).toBe(holdTargeting);
    expect(ranking.agreement.lowAgreement.length).toBeLessThanOrEqual(3);
  });

  it('has an acceptance test plan linked to the requirements, run in the Koha and Evergreen sandboxes by the demo tester', async () => {
    const tester = await server.login('tester@demo.assay.local', DEMO_PASSWORD);
    const view = dataOf(
      await server.gql<{
        evaluation: {
          testPlans: {
            name: string;
            myAccess: { canWrite: boolean; canExecute: boolean };
            cases: {
              total: number;
              items: { key: string; currentVersion: number; steps: unknown[]; requirements: { code: string }[] }[];
            };
            runs: {
              id: string;
              productName: string;
              environment: string;
              testers: { displayName: string }[];
              progress: { total: number; untested: number; passed: number; failed: number; blocked: number };
            }[];
          }[];
        };
      }>(
        `query($id: ID!) { evaluation(id: $id) { testPlans { name myAccess { canWrite canExecute }
           cases(page: { offset: 0, limit: 100 }) { total items { key currentVersion steps { action } requirements { code } } }
           runs { id productName environment testers { displayName } progress { total untested passed failed blocked } } } } }`,
        { id: evaluationId },
        { token: tester },
      ),
    );
    const [plan] = view.evaluation.testPlans;
    expect(plan.name).toBe('Acceptance testing');
    expect(plan.myAccess).toEqual({ canWrite: true, canExecute: true });
    expect(plan.cases.total).toBeGreaterThanOrEqual(35);
    expect(plan.cases.items[0]).toMatchObject({
      key: 'ILS-T-001',
      currentVersion: 2,
      requirements: [{ code: 'CIRC-001' }],
    });
    expect(plan.cases.items.every((c) => c.steps.length > 0 && c.requirements.length > 0)).toBe(true);
    expect(plan.runs.map((run) => run.productName)).toEqual(['Koha', 'Evergreen']);
    for (const run of plan.runs) {
      expect(run.environment).toMatch(/vendor sandbox$/);
      expect(run.testers).toEqual([{ displayName: expect.any(String) }]);
      expect(run.progress.total).toBe(plan.cases.total);
      expect(run.progress.passed).toBeGreaterThan(run.progress.failed);
      expect(run.progress.failed + run.progress.blocked).toBeGreaterThan(0);
      expect(run.progress.untested).toBeGreaterThan(0);
    }
    // The Koha week ran the first case before it was revised; its result still reads as it ran.
    const ran = dataOf(
      await server.gql<{ testRun: { results: { items: { caseKey: string; caseVersion: { number: number } }[] } } }>(
        'query($id: ID!) { testRun(id: $id) { results(page: { offset: 0, limit: 1 }) { items { caseKey caseVersion { number } } } } }',
        { id: plan.runs[0].id },
        { token: tester },
      ),
    );
    expect(ran.testRun.results.items).toEqual([{ caseKey: 'ILS-T-001', caseVersion: { number: 1 } }]);
  });

  it('has the Evergreen run’s automated cases imported from a CI JUnit report by the demo tester', async () => {
    const tester = await server.login('tester@demo.assay.local', DEMO_PASSWORD);
    const evergreen = (await acceptanceRuns(tester)).find((r) => r.productName === 'Evergreen')!;
    const byKey = new Map((await results(tester, evergreen.id)).map((r) => [r.caseKey, r]));
    expect(byKey.get('ILS-T-007')).toMatchObject({
      status: 'FAILED',
      failureKind: 'failure',
      failureMessage: 'Timed out after 30000 ms waiting for the checkout response (SIP2 message 12)',
      tester: { displayName: 'Theo Tester (demo)' },
    });
    expect(byKey.get('ILS-T-033')).toMatchObject({ status: 'FAILED', failureKind: 'error' });
    expect(byKey.get('ILS-T-033')!.failureMessage).toMatch(/status 403/);
    expect(byKey.get('ILS-T-038')).toMatchObject({ status: 'SKIPPED', failureMessage: null });
    expect(byKey.get('ILS-T-038')!.actualResult).toMatch(/^Skipped: Needs NVDA/);
    // Two tests cover ILS-T-004; both passed.
    expect(byKey.get('ILS-T-004')).toMatchObject({ status: 'PASSED', failureMessage: null });
    // Cases no test covers keep what the tester recorded by hand.
    expect(byKey.get('ILS-T-002')).toMatchObject({ status: 'FAILED', failureKind: null });
    expect(byKey.get('ILS-T-002')!.actualResult).toMatch(/transit slip/);
    const imported = [...byKey.values()].filter((r) => r.failureKind !== null);
    expect(imported.map((r) => r.caseKey).sort()).toEqual(['ILS-T-007', 'ILS-T-010', 'ILS-T-033', 'ILS-T-037']);
  });

  it('has an upgrade plan for Evergreen 3.13 → 3.14 run on both versions, shown only to the people named on it', async () => {
    const tester = await server.login('tester@demo.assay.local', DEMO_PASSWORD);
    const [plan, ...others] = await upgradePlans(tester);
    expect(others).toEqual([]);
    expect(plan).toMatchObject({
      name: 'Evergreen 3.13 → 3.14',
      keyPrefix: 'EG-UP',
      members: [{ displayName: 'Theo Tester (demo)' }],
      myAccess: { canWrite: true, canExecute: true },
    });
    expect(plan.cases.total).toBe(12);
    expect(plan.cases.items[0].key).toBe('EG-UP-001');
    expect(plan.cases.items.every((c) => c.steps.length > 0)).toBe(true);

    const [current, target] = plan.runs;
    expect(current).toMatchObject({
      productName: 'Evergreen',
      productVersionName: '3.13',
      productVersionId: plan.currentVersionId,
      status: 'CLOSED',
      testers: [{ displayName: 'Theo Tester (demo)' }],
      progress: { total: 12, passed: 11, blocked: 1, failed: 0, untested: 0 },
    });
    expect(target).toMatchObject({
      productVersionName: '3.14',
      productVersionId: plan.targetVersionId,
      status: 'OPEN',
      progress: { total: 12, passed: 6, failed: 3, untested: 3 },
    });
    // What changed: cases that passed on 3.13 and failed on 3.14, with what the tester saw.
    const before = new Map((await results(tester, current.id)).map((r) => [r.caseKey, r.status]));
    const regressions = (await results(tester, target.id)).filter(
      (r) => r.status === 'FAILED' && before.get(r.caseKey) === 'PASSED',
    );
    expect(regressions).toHaveLength(3);
    expect(regressions.every((r) => r.actualResult.length > 0)).toBe(true);

    // A plan for a product in use exists only for the people named on it and administrators.
    const viewer = await server.login('viewer@demo.assay.local', DEMO_PASSWORD);
    expect(await upgradePlans(viewer)).toEqual([]);
    const admin = await server.login('admin@demo.assay.local', DEMO_PASSWORD);
    expect((await upgradePlans(admin)).map((p) => p.name)).toEqual(['Evergreen 3.13 → 3.14']);
  });

  it('keeps Evergreen’s installation record, newest first, the upgrade to 3.14 accepted by the upgrade plan’s run', async () => {
    const tester = await server.login('tester@demo.assay.local', DEMO_PASSWORD);
    const [plan] = await upgradePlans(tester);
    const { installations } = dataOf(
      await server.gql<{
        installations: {
          kind: string;
          installedOn: string;
          productVersionName: string;
          appliedBy: { displayName: string } | null;
          acceptingRun: { id: string; progress: { failed: number } } | null;
        }[];
      }>(
        `query($productId: ID!) { installations(productId: $productId) {
          kind installedOn productVersionName appliedBy { displayName } acceptingRun { id progress { failed } } } }`,
        { productId: plan.productId },
        { token: tester },
      ),
    );
    expect(installations.map((i) => [i.installedOn, i.kind, i.productVersionName])).toEqual([
      ['2027-06-15', 'UPGRADE', '3.14'],
      ['2027-06-04', 'HOTFIX', '3.13'],
      ['2026-03-10', 'PATCH', '3.13'],
      ['2025-09-14', 'INITIAL', '3.13'],
    ]);
    const [current, target] = plan.runs;
    expect(installations[0].acceptingRun).toEqual({ id: target.id, progress: { failed: 3 } });
    expect(installations[1].acceptingRun?.id).toBe(current.id);
    expect(installations[0].appliedBy?.displayName).toBe('Theo Tester (demo)');
    const viewer = await server.login('viewer@demo.assay.local', DEMO_PASSWORD);
    const hidden = await server.gql(
      GQL.installations,
      {
        productId: plan.productId,
      },
      { token: viewer },
    );
    expect(codeOf(hidden)).toBe('NOT_FOUND');
  });

  it('has the acceptance evidence: every vendor’s claims with two the tests contradict, a dozen defects across their lifecycle, and a waiver the director agreed to', async () => {
    const evidence = dataOf(
      await server.gql<{
        evaluation: {
          candidates: {
            id: string;
            productName: string;
            vendorClaims: { claim: string }[];
            waivers: { requirementCode: string; state: string; decidedByName: string | null }[];
          }[];
          defects: {
            total: number;
            items: { key: string; status: string; retestDueAt: string | null }[];
          };
        };
      }>(
        `query($id: ID!) { evaluation(id: $id) {
           candidates { id productName vendorClaims { claim } waivers { requirementCode state decidedByName } }
           defects(page: { offset: 0, limit: 50 }) { total items { key status retestDueAt } } } }`,
        { id: evaluationId },
        { token: lead },
      ),
    ).evaluation;
    expect(evidence.candidates).toHaveLength(4);
    // An answer per approved, scored requirement (38), from each of the four vendors.
    expect(evidence.candidates.map((c) => c.vendorClaims.length)).toEqual([38, 38, 38, 38]);

    const contradicted: string[] = [];
    for (const candidate of evidence.candidates) {
      const found = dataOf(
        await server.gql<{ evaluation: { vendorClaimDisagreements: { requirementCode: string; kind: string }[] } }>(
          GQL.vendorClaimDisagreements,
          { id: evaluationId, c: candidate.id },
          { token: lead },
        ),
      ).evaluation.vendorClaimDisagreements;
      for (const d of found)
        if (d.kind === 'FAILED') contradicted.push(`${candidate.productName} ${d.requirementCode}`);
    }
    expect(contradicted.sort()).toEqual(['Evergreen CIRC-007', 'Koha CIRC-006']);

    expect(evidence.defects.total).toBe(12);
    const statuses = evidence.defects.items.map((d) => d.status);
    for (const status of ['TRIAGE', 'OPEN', 'IN_PROGRESS', 'FIXED', 'VERIFIED', 'CLOSED', 'WONT_FIX', 'DUPLICATE'])
      expect({ status, seen: statuses.includes(status) }).toEqual({ status, seen: true });
    expect(evidence.defects.items.filter((d) => d.status === 'FIXED').every((d) => d.retestDueAt)).toBe(true);

    // Their history is dated in the demo's timeline (May 2027), so the trends read as a testing month.
    const trends = dataOf(
      await server.gql<{
        defectTrends: { weeks: { week: string; opened: number }[]; resolution: { resolved: number } };
      }>(GQL.defectTrends, { e: evaluationId }, { token: lead }),
    ).defectTrends;
    expect(trends.weeks[0].week).toBe('2027-W18');
    expect(trends.weeks.reduce((n, w) => n + w.opened, 0)).toBe(12);
    expect(trends.resolution.resolved).toBe(3);

    const koha = evidence.candidates.find((c) => c.productName === 'Koha')!;
    expect(koha.waivers).toEqual([
      { requirementCode: 'CAT-004', state: 'AGREED', decidedByName: 'Dana Director (demo)' },
    ]);
  });

  it('has the upgrade’s newly failing overlay case with its defect', async () => {
    const admin = await server.login('admin@demo.assay.local', DEMO_PASSWORD);
    const [plan] = dataOf(
      await server.gql<{
        productTestPlans: {
          upgradeComparison: {
            caseCounts: { newlyFailing: number };
            cases: { title: string; defects: { title: string; status: string }[] }[];
          };
        }[];
      }>(
        `{ productTestPlans { upgradeComparison(categories: [NEWLY_FAILING]) {
             caseCounts { newlyFailing } cases { title defects { title status } } } } }`,
        {},
        { token: admin },
      ),
    ).productTestPlans;
    expect(plan.upgradeComparison.caseCounts.newlyFailing).toBe(3);
    const withDefects = plan.upgradeComparison.cases.filter((c) => c.defects.length > 0);
    expect(withDefects).toEqual([
      {
        title: 'Import a batch of vendor MARC records with overlay',
        defects: [{ title: 'Overlay profile loses “keep items” after the 3.14 upgrade', status: 'OPEN' }],
      },
    ]);
  });

  it('rings the demo tester’s bell for the fixed defects waiting for a retest, and the lead’s for the agreed waiver', async () => {
    const inbox = async (email: string) =>
      dataOf(
        await server.gql<{
          notifications: { items: { kind: string; link: string; evaluationId: string | null; title: string }[] };
          unreadNotificationCount: number;
        }>(GQL.notifications, {}, { token: await server.login(email, DEMO_PASSWORD) }),
      );
    // In "ILS replacement"; the other demo evaluations' recommendations notify the same people.
    const here = <T extends { evaluationId: string | null }>(items: T[]) =>
      items.filter((n) => n.evaluationId === evaluationId);
    const tester = await inbox('tester@demo.assay.local');
    expect(tester.unreadNotificationCount).toBeGreaterThan(0);
    const testerHere = here(tester.notifications.items);
    expect(testerHere.length).toBeGreaterThan(0);
    expect(testerHere.every((n) => n.kind === 'FOLLOW_UP_DUE')).toBe(true);
    expect(testerHere[0].link).toMatch(/^\/evaluations\/[0-9a-f-]+\/testing\/defects\/[0-9a-f-]+$/);
    const lead = await inbox('lead@demo.assay.local');
    expect(here(lead.notifications.items).map((n) => n.kind)).toEqual(['WAIVER_AGREED']);

    // The end of the path: the director has a recommendation to review and was told; the decided
    // evaluation told its members.
    const director = await inbox('director@demo.assay.local');
    expect(director.notifications.items.map((n) => n.title)).toContain(
      'Recommendation v1 (FOLIO Sunflower) in Shared catalogue for school libraries waits for your review',
    );
    expect(tester.notifications.items.filter((n) => n.kind === 'DECISION_RECORDED').map((n) => n.title)).toEqual([
      'Decision recorded in Branch pilot ILS: Evergreen 3.15 selected',
    ]);
  });

  it('has work waiting for the demo tester: the open runs assigned to them', async () => {
    const tester = await server.login('tester@demo.assay.local', DEMO_PASSWORD);
    const waiting = dataOf(
      await server.gql<{ myTestRuns: { planName: string; evaluationTitle: string | null; run: RunView }[] }>(
        `{ myTestRuns { planName evaluationTitle run { ${RUN_FIELDS} } } }`,
        {},
        { token: tester },
      ),
    ).myTestRuns;
    expect(waiting.map((w) => [w.planName, w.run.environment])).toEqual(
      expect.arrayContaining([
        ['Acceptance testing', expect.stringMatching(/^Koha /)],
        ['Acceptance testing', expect.stringMatching(/^Evergreen /)],
        ['Evergreen 3.13 → 3.14', 'Upgrade test server (Evergreen 3.14)'],
      ]),
    );
    expect(waiting).toHaveLength(3);
    expect(waiting.every((w) => w.run.status === 'OPEN' && w.run.progress.untested > 0)).toBe(true);
  });

  it('has the Evergreen feedback series: the 3-months wave closed, the 6-months wave open to staff, Serials suppressed', async () => {
    const surveys = dataOf(
      await server.gql<{
        feedbackSurveys: {
          id: string;
          title: string;
          waveLabel: string;
          status: string;
          anonymous: boolean;
          responseCount: number | null;
          canManage: boolean;
        }[];
      }>('{ feedbackSurveys { id title waveLabel status anonymous responseCount canManage } }', {}, { token: lead }),
    ).feedbackSurveys;
    expect(surveys.map((s) => [s.title, s.waveLabel, s.status, s.anonymous, s.responseCount, s.canManage])).toEqual([
      ['Evergreen after go-live', '6 months', 'OPEN', true, 25, true],
      ['Evergreen after go-live', '3 months', 'CLOSED', true, 40, true],
    ]);
    const viewer = await server.login('viewer@demo.assay.local', DEMO_PASSWORD);
    const home = dataOf(
      await server.gql<{
        myWork: { feedbackSurveysToAnswer: { id: string; questions: { id: string; kind: string }[] }[] };
      }>('{ myWork { feedbackSurveysToAnswer { id questions { id kind } } } }', {}, { token: viewer }),
    ).myWork.feedbackSurveysToAnswer;
    expect(home.map((s) => s.id)).toEqual([surveys[0].id]);
    const byDepartment = async () =>
      dataOf(
        await server.gql<{
          feedbackResults: {
            questions: {
              groups: { groupName: string; suppressed: boolean; responses: number | null }[];
              waves: { waveLabel: string; responses: number | null }[];
            }[];
          };
        }>(
          'query($id: ID!) { feedbackResults(surveyId: $id) { questions { groups { groupName suppressed responses } waves { waveLabel responses } } } }',
          { id: surveys[0].id },
          { token: lead },
        ),
      ).feedbackResults.questions[0];
    const before = await byDepartment();
    expect(before.waves).toEqual([
      { waveLabel: '3 months', responses: 40 },
      { waveLabel: '6 months', responses: 25 },
    ]);
    expect(before.groups.find((g) => g.groupName === 'Serials')).toMatchObject({ suppressed: true, responses: null });
    expect(before.groups.find((g) => g.groupName === 'Youth Services')).toMatchObject({ suppressed: true });
    const answered = await server.gql(
      'mutation($input: AnswerFeedbackSurveyInput!) { answerFeedbackSurvey(input: $input) { id } }',
      {
        input: {
          surveyId: home[0].id,
          answers: home[0].questions.filter((q) => q.kind === 'RATING').map((q) => ({ questionId: q.id, rating: 4 })),
        },
      },
      { token: viewer },
    );
    expect(answered.errors).toBeUndefined();
    const after = await byDepartment();
    expect(after.groups.find((g) => g.groupName === 'Youth Services')).toMatchObject({
      suppressed: false,
      responses: 5,
    });
  });

  it('records the import in the run’s history as the tester’s, and seeds nothing twice on the next start', async () => {
    const runs = await acceptanceRuns(lead);
    const evergreen = runs.find((r) => r.productName === 'Evergreen')!;
    await server.stop();
    const events = await sql(
      database,
      `SELECT u.email, a.after FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_id
        WHERE a.object_type = 'test_run' AND a.action = 'results_imported' AND a.object_id = '${evergreen.id}'`,
    );
    expect(events).toEqual([
      {
        email: 'tester@demo.assay.local',
        after: expect.objectContaining({
          format: 'JUnit XML',
          total: 16,
          failed: 4,
          skipped: 1,
          matched: 16,
          unmatched: 0,
        }),
      },
    ]);
    const counts = `SELECT (SELECT count(*) FROM test_plan)::int AS plans, (SELECT count(*) FROM test_run)::int AS runs,
      (SELECT count(*) FROM audit_event WHERE action = 'results_imported')::int AS imports,
      (SELECT count(*) FROM defect)::int AS defects, (SELECT count(*) FROM vendor_claim)::int AS claims,
      (SELECT count(*) FROM acceptance_waiver)::int AS waivers,
      (SELECT count(*) FROM installations)::int AS installations,
      (SELECT count(*) FROM feedback_survey)::int AS surveys`;
    const [first] = await sql(database, counts);
    expect(first).toEqual({
      plans: 2,
      runs: 4,
      imports: 1,
      defects: 13,
      claims: expect.any(Number),
      waivers: 1,
      installations: 4,
      surveys: 2,
    });

    server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
    lead = await server.login('lead@demo.assay.local', DEMO_PASSWORD);
    expect((await acceptanceRuns(lead)).map((r) => r.progress)).toEqual(runs.map((r) => r.progress));
    await server.stop();
    expect(await sql(database, counts)).toEqual([first]);
    server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
  });
});
