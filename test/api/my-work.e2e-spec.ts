import { createEvaluation, createPerson, GQL, gqlData, Person } from './support/fixtures';
import { RunningServer, startServer } from './support/server';

const DEMO_PASSWORD = 'assay-demo-2026';

interface MyWork {
  personId: string;
  roles: string[];
  runsToTest: { planName: string; evaluationId: string | null; run: { id: string } }[];
  followUps: { due: number; overdue: number };
  ledEvaluations: {
    evaluation: { id: string; title: string; status: string };
    next: string | null;
    problems: string[];
    candidatesWithoutVerdict: string[];
  }[];
  waiversProposed: { id: string; evaluationId: string; requirementCode: string; candidateName: string }[];
  waiversToAgree: { id: string; evaluationId: string; requirementCode: string; proposedByName: string | null }[];
  signOffsMissing: { evaluationId: string; candidateName: string; verdict: string; missing: string[] }[];
  signOffsForDirector: { evaluationId: string; candidateName: string; missing: string[] }[];
  defectsInTriage: { evaluationId: string; count: number }[];
  problemReportsInTriage: number;
  scoringRounds: { roundId: string; evaluationId: string; number: number; scored: number; expected: number }[];
  requirementsToDecide: { evaluationId: string; proposed: number }[];
}
type Answer = {
  myWork: MyWork;
  myFollowUpCount: { due: number; overdue: number };
  myTestRuns: { run: { id: string } }[];
};

/**
 * The home page's one query: each person gets the sections their own memberships give them, from
 * the demo organisation (its lead, tester, director, evaluators and department head), and someone
 * with no memberships gets nothing; the number of statements does not grow with the evaluations.
 */
describe('what waits for each person (myWork)', () => {
  let server: RunningServer;
  let admin: string;
  let lead: string;
  let tester: string;
  let director: string;
  let evaluator: string;
  let head: string;
  let outsider: Person;
  let demoEvaluation: string;
  let otherEvaluation: string;

  const work = async (token: string) => gqlData<Answer>(server, GQL.myWork, {}, token);

  beforeAll(async () => {
    server = await startServer({ env: { ASSAY_DEMO: 'true' }, sqlLog: true });
    admin = await server.login();
    const demo = (email: string) => server.login(`${email}@demo.assay.local`, DEMO_PASSWORD);
    lead = await demo('lead');
    tester = await demo('tester');
    director = await demo('director');
    evaluator = await demo('evaluator');
    head = await demo('circ.head');
    outsider = await createPerson(server, admin, { key: 'otto', displayName: 'Otto Outsider' });
    const evaluations = await gqlData<{ evaluations: { items: { id: string; title: string }[] } }>(
      server,
      GQL.evaluations,
      {},
      lead,
    );
    demoEvaluation = evaluations.evaluations.items.find((e) => e.title === 'ILS replacement')!.id;
    // An evaluation the demo people do not belong to, with an item of every kind a lead would see.
    otherEvaluation = (
      await gqlData<{ createEvaluation: { id: string } }>(
        server,
        GQL.createEvaluation,
        { input: { title: 'Not theirs' } },
        admin,
      )
    ).createEvaluation.id;
  });
  afterAll(() => server?.stop());

  it('gives the tester their open runs and their retests, as the testing pages count them', async () => {
    const answer = await work(tester);
    expect(answer.myWork.runsToTest.length).toBeGreaterThan(0);
    expect(answer.myWork.runsToTest.map((r) => r.run.id).sort()).toEqual(answer.myTestRuns.map((r) => r.run.id).sort());
    expect(answer.myWork.followUps).toEqual(answer.myFollowUpCount);
    expect(answer.myWork.ledEvaluations).toEqual([]);
    expect(answer.myWork.waiversToAgree).toEqual([]);
    expect(answer.myWork.scoringRounds).toEqual([]);
  });

  it('gives the lead each evaluation they lead with its next step and what it needs, and none of the others', async () => {
    const { myWork } = await work(lead);
    // The demo lead leads the other demo evaluations too (one at the recommendation step).
    expect(myWork.ledEvaluations.map((e) => e.evaluation.id)).toContain(demoEvaluation);
    const led = myWork.ledEvaluations.find((e) => e.evaluation.id === demoEvaluation)!;
    expect(led.evaluation.status).toBe('SCORING');
    expect(led.next).toBe('TESTING');
    expect(Array.isArray(led.problems)).toBe(true);
    expect(myWork.ledEvaluations.some((e) => e.evaluation.id === otherEvaluation)).toBe(false);
    expect(myWork.runsToTest).toEqual([]);
  });

  it('shows a waiver the lead proposes to them as waiting, and to the director as theirs to agree to', async () => {
    const { evaluation } = await gqlData<{ evaluation: { candidates: { id: string; state: string }[] } }>(
      server,
      GQL.evaluationCandidates,
      { id: demoEvaluation },
      lead,
    );
    const { requirements } = await gqlData<{
      requirements: { items: { id: string; code: string; status: string }[] };
    }>(server, GQL.requirements, { id: demoEvaluation, page: { limit: 200 } }, lead);
    const candidate = evaluation.candidates.find((c) => c.state !== 'ELIMINATED')!;
    const requirement = requirements.items.find((r) => r.status === 'APPROVED' && r.code !== 'CAT-004')!;
    const waiver = (
      await gqlData<{ proposeWaiver: { id: string } }>(
        server,
        GQL.proposeWaiver,
        { input: { candidateId: candidate.id, requirementId: requirement.id, rationale: 'Covered by the contract.' } },
        lead,
      )
    ).proposeWaiver.id;

    const mine = (await work(lead)).myWork;
    expect(mine.waiversProposed.map((w) => w.id)).toEqual([waiver]);
    expect(mine.waiversToAgree).toEqual([]);
    const theirs = (await work(director)).myWork;
    expect(theirs.waiversToAgree.map((w) => [w.id, w.requirementCode, w.proposedByName])).toEqual([
      [waiver, requirement.code, expect.any(String)],
    ]);
    expect(theirs.ledEvaluations).toEqual([]);
    expect((await work(tester)).myWork.waiversToAgree).toEqual([]);
  });

  it('gives an evaluator the rounds the lead opens, with their own progress only', async () => {
    const before = (await work(evaluator)).myWork;
    expect(before.roles).toContain('EVALUATOR');
    const round = (
      await gqlData<{ openScoringRound: { id: string } }>(
        server,
        GQL.openScoringRound,
        { input: { evaluationId: demoEvaluation } },
        lead,
      )
    ).openScoringRound.id;
    const { myWork } = await work(evaluator);
    const opened = myWork.scoringRounds.find((r) => r.roundId === round)!;
    expect(opened).toMatchObject({ evaluationId: demoEvaluation, scored: 0 });
    expect(opened.expected).toBeGreaterThan(0);
    expect(myWork.ledEvaluations).toEqual([]);
    expect((await work(tester)).myWork.scoringRounds).toEqual([]);
    await gqlData(server, GQL.closeScoringRound, { roundId: round }, lead);
    expect((await work(evaluator)).myWork.scoringRounds.some((r) => r.roundId === round)).toBe(false);
  });

  it('asks the lead and a director for the sign-offs each verdict lacks once the evaluation is in testing', async () => {
    // Only this evaluation's gaps: the demo evaluation at the recommendation step has its own.
    const inDemo = <T extends { evaluationId: string }>(gaps: T[]) =>
      gaps.filter((gap) => gap.evaluationId === demoEvaluation);
    expect(inDemo((await work(lead)).myWork.signOffsMissing)).toEqual([]);
    const { version } = (
      await gqlData<{ evaluation: { version: number } }>(server, GQL.evaluationVersion, { id: demoEvaluation }, lead)
    ).evaluation;
    await gqlData(server, GQL.moveEvaluation, { input: { id: demoEvaluation, version, to: 'TESTING' } }, lead);

    const missing = inDemo((await work(lead)).myWork.signOffsMissing);
    expect(missing.length).toBeGreaterThan(0);
    for (const gap of missing) expect(gap.missing).toEqual(expect.arrayContaining(['lead', 'director']));
    const forDirector = inDemo((await work(director)).myWork.signOffsForDirector);
    expect(forDirector.map((gap) => gap.candidateName).sort()).toEqual(missing.map((gap) => gap.candidateName).sort());
    expect((await work(director)).myWork.signOffsMissing).toEqual([]);
    expect((await work(tester)).myWork.signOffsForDirector).toEqual([]);
    expect((await work(outsider.token)).myWork.signOffsMissing).toEqual([]);
  });

  it('gives a department head their department’s requirements still proposed, and nobody else', async () => {
    const { me } = await gqlData<{ me: { id: string; department: { id: string } } }>(server, GQL.me, {}, head);
    // An evaluation still gathering requirements, led by the administrator.
    const gathering = await createEvaluation(server, admin, 'Discovery layer', [[me.id, 'DEPARTMENT_HEAD']]);
    const { version } = (
      await gqlData<{ evaluation: { version: number } }>(server, GQL.evaluationVersion, { id: gathering }, admin)
    ).evaluation;
    await gqlData(server, GQL.moveEvaluation, { input: { id: gathering, version, to: 'REQUIREMENTS' } }, admin);
    for (const title of ['Renew by text message', 'Fines paid online']) {
      await gqlData(
        server,
        GQL.createRequirement,
        {
          input: { evaluationId: gathering, departmentId: me.department.id, title, priority: 'SHOULD' },
        },
        head,
      );
    }
    const mine = (await work(head)).myWork.requirementsToDecide;
    expect(mine.find((item) => item.evaluationId === gathering)?.proposed).toBe(2);
    expect((await work(lead)).myWork.requirementsToDecide.some((item) => item.evaluationId === gathering)).toBe(false);
    expect((await work(lead)).myWork.ledEvaluations.some((e) => e.evaluation.id === gathering)).toBe(false);
  });

  it('gives someone with no memberships nothing', async () => {
    const { myWork } = await work(outsider.token);
    expect(myWork).toEqual({
      personId: outsider.id,
      roles: [],
      runsToTest: [],
      followUps: { due: 0, overdue: 0 },
      ledEvaluations: [],
      waiversProposed: [],
      waiversToAgree: [],
      signOffsMissing: [],
      signOffsForDirector: [],
      defectsInTriage: [],
      problemReportsInTriage: 0,
      scoringRounds: [],
      requirementsToDecide: [],
    });
  });

  it('reads a fixed number of statements whatever the number of evaluations the lead leads', async () => {
    const count = async () => {
      const before = server.statements().length;
      await gqlData(server, GQL.myWork, {}, lead);
      return server.statements().length - before;
    };
    const one = await count();
    const led = (await work(lead)).myWork.ledEvaluations.length;
    for (const title of ['Second', 'Third']) {
      await gqlData(server, GQL.createEvaluation, { input: { title } }, lead);
    }
    const three = await count();
    expect((await work(lead)).myWork.ledEvaluations).toHaveLength(led + 2);
    expect(three).toBe(one);
  });
});
