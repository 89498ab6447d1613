import {
  approvedRequirement,
  createDepartment,
  createEvaluation,
  createTeam,
  gqlData,
  GQL,
  Person,
  shortlistProducts,
} from './support/fixtures';
import { codeOf, engine, GraphQLResponse, RunningServer, startServer } from './support/server';

interface Case {
  id: string;
  key: string;
  number: number;
  title: string;
  currentVersion: number;
  version: number;
  steps: { action: string; expected: string }[];
  tags: string[];
  priority: string;
  requirements: { id: string; code: string }[];
}
interface Result {
  id: string;
  caseKey: string;
  status: string;
  version: number;
  caseVersion: { number: number; title: string; steps: { action: string }[] };
  tester: { displayName: string } | null;
}
interface Run {
  id: string;
  status: string;
  version: number;
  progress: Record<string, number>;
}

describe('testing: plans, versioned cases, runs and results', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let otherEvaluationId: string;
  let department: string;
  const people: Record<string, Person> = {};
  let candidates: string[] = [];
  let requirements: { id: string; version: number }[] = [];
  let planId: string;

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);
  const as = <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, { token });

  const createPlan = async (input: Record<string, unknown>, token = people['lia'].token) =>
    (await ok<{ createTestPlan: { id: string; version: number } }>(GQL.createTestPlan, { input }, token))
      .createTestPlan;
  const createCase = async (input: Record<string, unknown>, token = people['lia'].token) =>
    (await ok<{ createTestCase: Case }>(GQL.createTestCase, { input }, token)).createTestCase;
  const updateCase = (input: Record<string, unknown>, token = people['lia'].token) =>
    as<{ updateTestCase: Case }>(token, GQL.updateTestCase, { input });
  const createRun = async (input: Record<string, unknown>, token = people['lia'].token) =>
    (await ok<{ createTestRun: Run }>(GQL.createTestRun, { input }, token)).createTestRun;
  const results = async (runId: string, variables: Record<string, unknown> = {}, token = people['lia'].token) =>
    (
      await ok<{ testRun: { results: { total: number; items: Result[] } } }>(
        GQL.testRunResults,
        { id: runId, ...variables },
        token,
      )
    ).testRun.results;
  const record = (input: Record<string, unknown>, token = people['tess'].token) =>
    as<{ recordTestResult: Result }>(token, GQL.recordTestResult, { input });
  const progress = async (runId: string) => (await ok<{ testRun: Run }>(GQL.testRun, { id: runId })).testRun;
  /** The answer without the request's own details, to compare a refusal with the one for a missing id. */
  const answer = (result: GraphQLResponse) => ({
    code: codeOf(result),
    messages: (result.errors ?? []).map((e) => e.message),
    data: result.data ?? null,
  });
  const MISSING = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS selection', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['tess', 'Tess Tester', 'TESTER'],
      ['tom', 'Tom Tester', 'TESTER'],
      ['ada', 'Ada Evaluator', 'EVALUATOR'],
      ['vic', 'Vic Viewer', 'VIEWER'],
      ['out', 'Otto Outsider'],
      ['pam', 'Pam Named'],
    ]);
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    candidates = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'ByWater',
      products: [
        ['Koha', '24.11'],
        ['Evergreen', '3.15'],
      ],
    });
    requirements = [
      await approvedRequirement(server, admin, { evaluationId, departmentId: department, title: 'Place holds' }),
      await approvedRequirement(server, admin, { evaluationId, departmentId: department, title: 'Renew loans' }),
    ];
    otherEvaluationId = await createEvaluation(server, admin, 'Another selection', [[people['tess'].id, 'TESTER']]);
    planId = (await createPlan({ evaluationId, name: 'Circulation acceptance', keyPrefix: 'circ-t' })).id;
  });
  afterAll(() => server?.stop());

  describe('plans', () => {
    it('lets leads and testers write plans; evaluators and viewers may not, and outsiders do not see the evaluation', async () => {
      const tester = await createPlan({ evaluationId, name: 'Tester’s plan' }, people['tess'].token);
      expect(tester.version).toBe(1);
      for (const key of ['ada', 'vic']) {
        const refused = await as(people[key].token, GQL.createTestPlan, { input: { evaluationId, name: 'Nope' } });
        expect(codeOf(refused)).toBe('FORBIDDEN');
      }
      const outsider = answer(
        await as(people['out'].token, GQL.createTestPlan, { input: { evaluationId, name: 'Nope' } }),
      );
      const missing = answer(
        await as(people['out'].token, GQL.createTestPlan, { input: { evaluationId: MISSING, name: 'Nope' } }),
      );
      expect(outsider.code).toBe('NOT_FOUND');
      expect(outsider).toEqual(missing);
      const refused = await as(people['vic'].token, GQL.updateTestPlan, {
        input: { id: tester.id, version: 1, name: 'Renamed' },
      });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      await ok(GQL.deleteTestPlan, { input: { id: tester.id, version: 1 } }, people['lia'].token);
    });

    it('shows an evaluation’s plans to every member, with what each may do, and hides them from outsiders', async () => {
      const read = async (key: string) =>
        (
          await ok<{ evaluation: { testPlans: Record<string, unknown>[] } }>(
            GQL.evaluationTestPlans,
            { id: evaluationId },
            people[key].token,
          )
        ).evaluation.testPlans;
      expect(await read('vic')).toEqual([
        {
          id: planId,
          name: 'Circulation acceptance',
          keyPrefix: 'CIRC-T',
          owner: { displayName: 'Lia Lead' },
          myAccess: { canWrite: false, canExecute: false },
        },
      ]);
      expect((await read('lia'))[0]['myAccess']).toEqual({ canWrite: true, canExecute: false });
      for (const [key, can] of [
        ['lia', true],
        ['tess', true],
        ['ada', false],
        ['vic', false],
      ] as const) {
        const seen = await ok<{ evaluation: { canCreateTestPlan: boolean } }>(
          GQL.evaluationCanCreateTestPlan,
          { id: evaluationId },
          people[key].token,
        );
        expect({ key, can: seen.evaluation.canCreateTestPlan }).toEqual({ key, can });
      }
      expect((await read('tess'))[0]['myAccess']).toEqual({ canWrite: true, canExecute: true });
      const outsider = answer(await as(people['out'].token, GQL.testPlan, { id: planId }));
      const missing = answer(await as(people['out'].token, GQL.testPlan, { id: MISSING }));
      expect(outsider).toEqual({ code: 'NOT_FOUND', messages: ['The test plan was not found.'], data: null });
      expect(outsider).toEqual(missing);
    });

    it('refuses a stale plan version with CONFLICT naming who saved the newer one', async () => {
      const plan = await createPlan({ evaluationId, name: 'Stale check' });
      await ok(GQL.updateTestPlan, { input: { id: plan.id, version: 1, scope: 'Holds' } }, people['lia'].token);
      const stale = await as(people['tess'].token, GQL.updateTestPlan, {
        input: { id: plan.id, version: 1, scope: 'Renewals' },
      });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0].message).toMatch(/changed by Lia Lead/);
    });

    it('validates names, texts and key prefixes', async () => {
      for (const input of [
        { evaluationId, name: '' },
        { evaluationId, name: 'x'.repeat(301) },
        { evaluationId, name: 'Long scope', scope: 'x'.repeat(20001) },
        { evaluationId, name: 'Bad prefix', keyPrefix: 'CIRC T' },
        { name: 'Neither' },
      ]) {
        const refused = await as(people['lia'].token, GQL.createTestPlan, { input });
        expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('cases', () => {
    it('keys cases from the plan’s prefix, one number after another, unique in the plan', async () => {
      const first = await createCase({ planId, title: 'Place a hold', tags: ['holds', ' holds ', 'smoke'] });
      const second = await createCase({ planId, title: 'Cancel a hold' }, people['tess'].token);
      expect([first.key, second.key]).toEqual(['CIRC-T-001', 'CIRC-T-002']);
      expect(first).toMatchObject({
        number: 1,
        currentVersion: 1,
        version: 1,
        priority: 'MEDIUM',
        tags: ['holds', 'smoke'],
      });
      // A new prefix applies to new cases; numbers go on, so keys never repeat.
      const plan = await createPlan({ evaluationId, name: 'Prefix change', keyPrefix: 'A' });
      await createCase({ planId: plan.id, title: 'One' });
      await ok(GQL.updateTestPlan, { input: { id: plan.id, version: 1, keyPrefix: 'B' } }, people['lia'].token);
      expect((await createCase({ planId: plan.id, title: 'Two' })).key).toBe('B-002');
    });

    it('refuses viewers, evaluators and outsiders, and validates every field', async () => {
      for (const key of ['vic', 'ada']) {
        expect(codeOf(await as(people[key].token, GQL.createTestCase, { input: { planId, title: 'x' } }))).toBe(
          'FORBIDDEN',
        );
      }
      expect(codeOf(await as(people['out'].token, GQL.createTestCase, { input: { planId, title: 'x' } }))).toBe(
        'NOT_FOUND',
      );
      for (const input of [
        { planId, title: '  ' },
        { planId, title: 'x'.repeat(301) },
        { planId, title: 'Steps', steps: Array.from({ length: 201 }, (_, i) => ({ action: `Step ${i}` })) },
        { planId, title: 'Empty step', steps: [{ action: ' ', expected: 'x' }] },
        { planId, title: 'Tags', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) },
        { planId, title: 'Preconditions', preconditions: 'x'.repeat(20001) },
      ]) {
        expect(codeOf(await as(people['lia'].token, GQL.createTestCase, { input }))).toBe('BAD_USER_INPUT');
      }
    });

    it('links only requirements of the plan’s own evaluation', async () => {
      const linked = await createCase({
        planId,
        title: 'Renew a loan',
        requirementIds: [requirements[1].id, requirements[0].id],
      });
      expect(linked.requirements.map((r) => r.code)).toEqual(['CIRC-001', 'CIRC-002']);
      const otherPlan = await createPlan({ evaluationId: otherEvaluationId, name: 'Other' }, admin);
      const refused = await as(people['tess'].token, GQL.createTestCase, {
        input: { planId: otherPlan.id, title: 'Foreign', requirementIds: [requirements[0].id] },
      });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    });

    it('edits a case without results in place (version 1), and refuses a stale edit', async () => {
      const created = await createCase({
        planId,
        title: 'Check out an item',
        steps: [{ action: 'Scan', expected: 'Loaned' }],
      });
      const edited = await updateCase({
        id: created.id,
        version: created.version,
        title: 'Check out an item to a patron',
        steps: [
          { action: 'Scan the card', expected: 'Patron shown' },
          { action: 'Scan the item', expected: 'Loaned' },
        ],
      });
      expect(edited.data?.updateTestCase).toMatchObject({ currentVersion: 1, version: 2 });
      const history = await ok<{ testCase: { versions: { number: number; title: string }[] } }>(GQL.testCaseVersions, {
        id: created.id,
      });
      expect(history.testCase.versions).toEqual([{ number: 1, title: 'Check out an item to a patron' }]);
      const stale = await updateCase({ id: created.id, version: created.version, title: 'Stale' });
      expect(codeOf(stale)).toBe('CONFLICT');
    });

    it('copies cases into another plan with new keys, keeping links within the same evaluation', async () => {
      const source = await createPlan({ evaluationId, name: 'Copy source', keyPrefix: 'SRC' });
      const a = await createCase({
        planId: source.id,
        title: 'Alpha',
        requirementIds: [requirements[0].id],
        steps: [{ action: 'Go', expected: 'Went' }],
      });
      const b = await createCase({ planId: source.id, title: 'Beta', priority: 'HIGH', tags: ['x'] });
      const target = await createPlan({ evaluationId, name: 'Copy target', keyPrefix: 'DST' });
      await createCase({ planId: target.id, title: 'Already here' });
      const copied = (
        await ok<{ copyTestCases: Case[] }>(
          GQL.copyTestCases,
          { input: { fromPlanId: source.id, caseIds: [b.id, a.id], toPlanId: target.id } },
          people['tess'].token,
        )
      ).copyTestCases;
      expect(
        copied.map((c) => [c.key, c.title, c.currentVersion, c.priority, c.tags, c.requirements.map((r) => r.id)]),
      ).toEqual([
        ['DST-002', 'Alpha', 1, 'MEDIUM', [], [requirements[0].id]],
        ['DST-003', 'Beta', 1, 'HIGH', ['x'], []],
      ]);
      expect(copied[0].steps).toEqual([{ action: 'Go', expected: 'Went' }]);
      // Into another evaluation's plan the links stay behind; an outsider to the source cannot copy from it.
      const foreign = await createPlan({ evaluationId: otherEvaluationId, name: 'Foreign target' }, admin);
      const across = (
        await ok<{ copyTestCases: Case[] }>(
          GQL.copyTestCases,
          { input: { fromPlanId: source.id, caseIds: [a.id], toPlanId: foreign.id } },
          admin,
        )
      ).copyTestCases;
      expect(across[0].requirements).toEqual([]);
      const hidden = await as(people['out'].token, GQL.copyTestCases, {
        input: { fromPlanId: source.id, caseIds: [a.id], toPlanId: foreign.id },
      });
      expect(codeOf(hidden)).toBe('NOT_FOUND');
    });
  });

  describe('runs and results', () => {
    let runPlan: string;
    let cases: Case[];
    let koha: Run;
    let evergreen: Run;
    /**
     * The Koha run's results as the tests below leave them, in order: each of those tests marks its
     * step done, and a test that reads an earlier step's results records them itself when that step
     * has not run (the test was run alone).
     */
    const done = new Set<'recorded' | 'edited' | 'counted'>();
    const recorded = async (input: Record<string, unknown>, token?: string) => {
      const saved = await record(input, token);
      expect(saved.errors).toBeUndefined();
      return saved.data!.recordTestResult;
    };
    const ensureRecorded = async () => {
      if (done.has('recorded')) return;
      const [first, second] = (await results(koha.id, { page: { offset: 0, limit: 2 } })).items;
      await recorded({ id: first.id, version: first.version, status: 'PASSED' });
      await ok(GQL.addEvaluationMember, { input: { evaluationId, userId: people['lia'].id, role: 'TESTER' } });
      await recorded({ id: second.id, version: second.version, status: 'FAILED' }, people['lia'].token);
      done.add('recorded');
    };
    const ensureEdited = async () => {
      if (done.has('edited')) return;
      await ensureRecorded();
      const edited = await updateCase({
        id: cases[0].id,
        version: cases[0].version,
        title: 'Holds scenario 1, revised',
        steps: [{ action: 'Open revised', expected: 'Opens' }],
      });
      expect(edited.errors).toBeUndefined();
      const ran = (await results(koha.id, { filter: { text: cases[0].key } })).items[0];
      await recorded({ id: ran.id, version: ran.version, status: 'RETEST' });
      done.add('edited');
    };
    const ensureCounted = async () => {
      if (done.has('counted')) return;
      await ensureEdited();
      const items = (await results(koha.id, { page: { offset: 2, limit: 4 } })).items;
      for (const [i, item] of items.entries()) {
        await recorded({ id: item.id, version: item.version, status: ['BLOCKED', 'SKIPPED', 'PASSED', 'FAILED'][i] });
      }
      done.add('counted');
    };

    beforeAll(async () => {
      runPlan = (await createPlan({ evaluationId, name: 'Runs', keyPrefix: 'RUN' })).id;
      cases = [];
      for (let i = 1; i <= 12; i++) {
        cases.push(
          await createCase({
            planId: runPlan,
            title: i % 2 ? `Holds scenario ${i}` : `Renewals scenario ${i}`,
            priority: i <= 3 ? 'CRITICAL' : 'LOW',
            tags: i % 3 === 0 ? ['smoke'] : [],
            requirementIds: i <= 4 ? [requirements[0].id] : [],
            steps: [
              { action: `Open ${i}`, expected: 'Opens' },
              { action: `Save ${i}`, expected: 'Saved' },
            ],
          }),
        );
      }
      koha = await createRun({
        planId: runPlan,
        candidateId: candidates[0],
        environment: 'Koha 24.11 vendor sandbox',
        buildLabel: '24.11.02',
        testerIds: [people['tess'].id],
      });
      evergreen = await createRun({
        planId: runPlan,
        candidateId: candidates[1],
        environment: 'Evergreen 3.15 vendor sandbox',
        caseIds: cases.slice(0, 5).map((c) => c.id),
      });
    });

    it('starts a run untested over all cases, or over the chosen ones', async () => {
      expect(koha.progress).toEqual({
        total: 12,
        untested: 12,
        passed: 0,
        failed: 0,
        blocked: 0,
        skipped: 0,
        retest: 0,
      });
      expect(evergreen.progress.total).toBe(5);
      const run = await ok<{ testRun: Record<string, unknown> }>(
        GQL.testRunDetails,
        { id: koha.id },
        people['vic'].token,
      );
      expect(run.testRun).toEqual({
        productName: 'Koha',
        productVersionName: '24.11',
        environment: 'Koha 24.11 vendor sandbox',
        buildLabel: '24.11.02',
        status: 'OPEN',
        testers: [{ displayName: 'Tess Tester' }],
      });
    });

    it('refuses runs against another evaluation’s candidate, testers who are not testers, and cases of another plan', async () => {
      const [foreignCandidate] = await shortlistProducts(server, admin, otherEvaluationId, {
        vendor: 'Other vendor',
        products: [['Folio', '1']],
      });
      for (const input of [
        { planId: runPlan, candidateId: foreignCandidate, environment: 'x' },
        { planId: runPlan, candidateId: candidates[0], environment: 'x', testerIds: [people['ada'].id] },
        { planId: runPlan, candidateId: candidates[0], environment: 'x', caseIds: [MISSING] },
        { planId: runPlan, candidateId: candidates[0], environment: '   ' },
      ]) {
        expect(codeOf(await as(people['lia'].token, GQL.createTestRun, { input }))).toBe('BAD_USER_INPUT');
      }
      expect(
        codeOf(
          await as(people['vic'].token, GQL.createTestRun, {
            input: { planId: runPlan, candidateId: candidates[0], environment: 'x' },
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('lets testers record results; a lead who is not a tester, an evaluator and an outsider may not', async () => {
      const [first] = (await results(koha.id, { page: { offset: 0, limit: 1 } })).items;
      const input = {
        id: first.id,
        version: first.version,
        status: 'PASSED',
        actualResult: 'Hold placed',
        stepResults: [{ status: 'PASSED', actual: 'Opened' }],
        durationSeconds: 95,
      };
      expect(codeOf(await record(input, people['lia'].token))).toBe('FORBIDDEN');
      expect(codeOf(await record(input, people['ada'].token))).toBe('FORBIDDEN');
      const outsider = answer(await record(input, people['out'].token));
      const missing = answer(await record({ ...input, id: MISSING }, people['out'].token));
      expect(outsider.code).toBe('NOT_FOUND');
      expect(outsider).toEqual(missing);
      const saved = (await record(input)).data!.recordTestResult;
      expect(saved).toMatchObject({
        status: 'PASSED',
        version: 2,
        tester: { displayName: 'Tess Tester' },
        caseVersion: { number: 1 },
      });
      // The lead becomes a tester too, and then may record.
      await ok(GQL.addEvaluationMember, { input: { evaluationId, userId: people['lia'].id, role: 'TESTER' } });
      const [second] = (await results(koha.id, { page: { offset: 1, limit: 1 } })).items;
      const byLead = await record({ id: second.id, version: second.version, status: 'FAILED' }, people['lia'].token);
      expect(byLead.data?.recordTestResult.status).toBe('FAILED');
      const stale = await record({ ...input, status: 'FAILED' });
      expect(codeOf(stale)).toBe('CONFLICT');
      const tooManySteps = await record({
        id: second.id,
        version: 2,
        status: 'PASSED',
        stepResults: [1, 2, 3].map(() => ({ status: 'PASSED' })),
      });
      expect(codeOf(tooManySteps)).toBe('BAD_USER_INPUT');
      done.add('recorded');
    });

    it('keeps the version a result ran when the case is edited afterwards, and starts a new version', async () => {
      await ensureRecorded();
      const ranCase = cases[0];
      const before = (await results(koha.id, { filter: { text: ranCase.key } })).items[0];
      expect(before.status).toBe('PASSED');
      const edited = (
        await updateCase({
          id: ranCase.id,
          version: ranCase.version,
          title: 'Holds scenario 1, revised',
          steps: [{ action: 'Open revised', expected: 'Opens' }],
        })
      ).data!.updateTestCase;
      expect(edited).toMatchObject({ currentVersion: 2, title: 'Holds scenario 1, revised' });
      const after = (await results(koha.id, { filter: { text: ranCase.key } })).items[0];
      expect(after.caseVersion).toMatchObject({
        number: 1,
        title: 'Holds scenario 1',
        steps: [{ action: 'Open 1' }, { action: 'Save 1' }],
      });
      // The other run had not run it yet: it will run the new text.
      const pending = (await results(evergreen.id, { filter: { text: ranCase.key } })).items[0];
      expect(pending).toMatchObject({
        status: 'UNTESTED',
        caseVersion: { number: 2, title: 'Holds scenario 1, revised' },
      });
      const versions = await ok<{ testCase: { versions: { number: number; title: string }[] } }>(GQL.testCaseVersions, {
        id: ranCase.id,
      });
      expect(versions.testCase.versions).toEqual([
        { number: 1, title: 'Holds scenario 1' },
        { number: 2, title: 'Holds scenario 1, revised' },
      ]);
      // Recording it again runs the current version.
      const rerun = (await record({ id: after.id, version: after.version, status: 'RETEST' })).data!.recordTestResult;
      expect(rerun.caseVersion.number).toBe(2);
      done.add('edited');
    });

    it('counts progress by status', async () => {
      await ensureEdited();
      const items = (await results(koha.id, { page: { offset: 2, limit: 4 } })).items;
      const statuses = ['BLOCKED', 'SKIPPED', 'PASSED', 'FAILED'];
      for (const [i, item] of items.entries()) {
        await record({ id: item.id, version: item.version, status: statuses[i] });
      }
      expect((await progress(koha.id)).progress).toEqual({
        total: 12,
        untested: 6,
        passed: 1,
        failed: 2,
        blocked: 1,
        skipped: 1,
        retest: 1,
      });
      done.add('counted');
    });

    it('filters a run’s results on the server by status, tag, priority, requirement and text, page by page', async () => {
      await ensureCounted();
      const keys = async (variables: Record<string, unknown>) => {
        const page = await results(koha.id, variables);
        return { total: page.total, keys: page.items.map((item) => item.caseKey) };
      };
      expect(await keys({ filter: { statuses: ['FAILED', 'BLOCKED'] } })).toEqual({
        total: 3,
        keys: ['RUN-002', 'RUN-003', 'RUN-006'],
      });
      expect(await keys({ filter: { tag: 'smoke' } })).toEqual({
        total: 4,
        keys: ['RUN-003', 'RUN-006', 'RUN-009', 'RUN-012'],
      });
      expect((await keys({ filter: { priorities: ['CRITICAL'] } })).total).toBe(3);
      expect((await keys({ filter: { requirementId: requirements[0].id } })).total).toBe(4);
      expect((await keys({ filter: { text: 'renewals' } })).total).toBe(6);
      expect(
        await keys({ filter: { text: 'renewals', statuses: ['UNTESTED'] }, page: { offset: 1, limit: 2 } }),
      ).toEqual({
        total: 3,
        keys: ['RUN-010', 'RUN-012'],
      });
      expect(await keys({ page: { offset: 10, limit: 5 } })).toEqual({ total: 12, keys: ['RUN-011', 'RUN-012'] });
      const tooMany = await as(people['lia'].token, GQL.testRunResults, {
        id: koha.id,
        page: { offset: 0, limit: 501 },
      });
      expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    });

    it('shows the runs side by side, case × run', async () => {
      await ensureCounted();
      const comparison = (
        await ok<{
          testPlan: {
            comparison: {
              total: number;
              runs: { id: string }[];
              rows: { key: string; cells: { runId: string; status: string | null }[] }[];
            };
          };
        }>(GQL.testPlanComparison, { id: runPlan, page: { offset: 4, limit: 3 } }, people['vic'].token)
      ).testPlan.comparison;
      expect(comparison.total).toBe(12);
      expect(comparison.runs.map((run) => run.id)).toEqual([koha.id, evergreen.id]);
      expect(comparison.rows.map((row) => [row.key, ...row.cells.map((cell) => cell.status)])).toEqual([
        ['RUN-005', 'PASSED', 'UNTESTED'],
        ['RUN-006', 'FAILED', null],
        ['RUN-007', 'UNTESTED', null],
      ]);
    });

    it('closes a run, after which its results refuse changes', async () => {
      const run = await createRun({ planId: runPlan, candidateId: candidates[0], environment: 'Closing sandbox' });
      const [item] = (await results(run.id, { page: { offset: 0, limit: 1 } })).items;
      const closed = (
        await ok<{ closeTestRun: Run }>(
          GQL.closeTestRun,
          { input: { id: run.id, version: run.version } },
          people['tess'].token,
        )
      ).closeTestRun;
      expect(closed.status).toBe('CLOSED');
      const refused = await record({ id: item.id, version: item.version, status: 'PASSED' });
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0].message).toBe('The test run is closed; it no longer changes.');
      const edit = await as(people['lia'].token, GQL.updateTestRun, {
        input: { id: run.id, version: closed.version, environment: 'Elsewhere' },
      });
      expect(codeOf(edit)).toBe('CONFLICT');
    });

    it('refuses every write once the evaluation is cancelled', async () => {
      const evaluation = await createEvaluation(server, admin, 'Doomed', [[people['tess'].id, 'TESTER']]);
      const [candidate] = await shortlistProducts(server, admin, evaluation, {
        vendor: 'Doomed vendor',
        products: [['Doomed ILS', '1']],
      });
      const plan = await createPlan({ evaluationId: evaluation, name: 'Doomed plan' }, admin);
      const testCase = await createCase({ planId: plan.id, title: 'Doomed case' }, admin);
      const run = await createRun({ planId: plan.id, candidateId: candidate, environment: 'Doomed sandbox' }, admin);
      const [item] = (await results(run.id, {}, admin)).items;
      const { evaluation: current } = await ok<{ evaluation: { version: number } }>(GQL.evaluationVersion, {
        id: evaluation,
      });
      await ok(GQL.moveEvaluation, {
        input: { id: evaluation, version: current.version, to: 'CANCELLED', reason: 'Budget cut' },
      });
      for (const [query, input, token] of [
        [GQL.createTestCase, { planId: plan.id, title: 'Late' }, admin],
        [GQL.updateTestCase, { id: testCase.id, version: testCase.version, title: 'Late' }, admin],
        [GQL.recordTestResult, { id: item.id, version: item.version, status: 'PASSED' }, people['tess'].token],
        [GQL.createTestPlan, { evaluationId: evaluation, name: 'Late' }, admin],
      ] as const) {
        const refused = await as(token, query, { input });
        expect(codeOf(refused)).toBe('CONFLICT');
        expect(refused.errors?.[0].message).toBe('The evaluation is cancelled; its tests can no longer change.');
      }
    });

    it(`gives two cases created at once distinct keys, and one of two testers saving the same result a CONFLICT (${engine})`, async () => {
      const plan = await createPlan({ evaluationId, name: 'Races', keyPrefix: 'RACE' });
      const created = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          createCase({ planId: plan.id, title: `Race ${i}` }, i % 2 ? people['tess'].token : people['tom'].token),
        ),
      );
      expect(created.map((c) => c.key).sort()).toEqual([
        'RACE-001',
        'RACE-002',
        'RACE-003',
        'RACE-004',
        'RACE-005',
        'RACE-006',
      ]);
      const run = await createRun({ planId: plan.id, candidateId: candidates[1], environment: 'Race sandbox' });
      const [item] = (await results(run.id, { page: { offset: 0, limit: 1 } })).items;
      const both = await Promise.all(
        ['tess', 'tom'].map((key) =>
          record({ id: item.id, version: item.version, status: 'PASSED' }, people[key].token),
        ),
      );
      expect(both.map((result) => codeOf(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      expect((await progress(run.id)).progress.passed).toBe(1);
    });
  });

  describe('a run of 10,000 cases', () => {
    it('is created in one go and served page by page with filters on the server', async () => {
      const plan = await createPlan({ evaluationId, name: 'Regression suite', keyPrefix: 'REG' });
      let ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const created = await createCase({
          planId: plan.id,
          title: `Regression ${i}`,
          priority: i === 0 ? 'CRITICAL' : 'LOW',
          tags: i === 0 ? ['nightly'] : [],
        });
        ids.push(created.id);
      }
      const copy = async (caseIds: string[]) =>
        (
          await ok<{ copyTestCases: { id: string }[] }>(
            'mutation($input: CopyTestCasesInput!) { copyTestCases(input: $input) { id } }',
            { input: { fromPlanId: plan.id, caseIds, toPlanId: plan.id } },
          )
        ).copyTestCases.map((c) => c.id);
      while (ids.length < 1000) ids = [...ids, ...(await copy(ids.slice(0, 1000 - ids.length)))];
      for (let i = 1; i < 10; i++) await copy(ids);

      const started = Date.now();
      const run = await createRun({ planId: plan.id, candidateId: candidates[0], environment: 'Koha nightly' });
      expect(run.progress).toMatchObject({ total: 10000, untested: 10000 });
      expect(Date.now() - started).toBeLessThan(15_000);

      const timed = async (variables: Record<string, unknown>) => {
        const before = Date.now();
        const page = await results(run.id, variables);
        expect(Date.now() - before).toBeLessThan(5_000);
        return page;
      };
      const last = await timed({ page: { offset: 9900, limit: 500 } });
      expect(last.total).toBe(10000);
      expect(last.items.map((item) => item.caseKey)).toEqual(
        Array.from({ length: 100 }, (_, i) => `REG-${String(9901 + i).padStart(3, '0')}`),
      );
      // Every tenth case is a copy of the critical, tagged "Regression 0".
      expect((await timed({ filter: { tag: 'nightly' }, page: { offset: 0, limit: 5 } })).total).toBe(1000);
      expect((await timed({ filter: { priorities: ['CRITICAL'] }, page: { offset: 0, limit: 5 } })).total).toBe(1000);
      expect((await timed({ filter: { text: 'reg-4321' } })).items.map((item) => item.caseKey)).toEqual(['REG-4321']);
      const [first] = last.items;
      await record({ id: first.id, version: first.version, status: 'FAILED' });
      const failed = await timed({ filter: { statuses: ['FAILED'] } });
      expect(failed.items.map((item) => item.caseKey)).toEqual(['REG-9901']);
    }, 300_000);
  });

  describe('product plans', () => {
    let productId: string;
    let versions: string[];
    let startedPlan: string | undefined;
    /** The upgrade plan the first test starts; a test run alone starts it itself. */
    const startPlan = async () =>
      (startedPlan = (
        await createPlan(
          {
            productId,
            name: 'Sierra 6.2 upgrade',
            currentVersionId: versions[0],
            targetVersionId: versions[1],
            keyPrefix: 'SIE',
          },
          admin,
        )
      ).id);

    beforeAll(async () => {
      const vendorId = (await ok<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'Innovative' } }))
        .createVendor.id;
      productId = (
        await ok<{ createProduct: { id: string } }>(GQL.createProduct, {
          input: { vendorId, name: 'Sierra', category: 'ILS', licence: 'PROPRIETARY' },
        })
      ).createProduct.id;
      versions = [];
      for (const name of ['6.1', '6.2']) {
        versions.push(
          (
            await ok<{ createProductVersion: { id: string } }>(GQL.createProductVersion, {
              input: { productId, name },
            })
          ).createProductVersion.id,
        );
      }
    });

    it('lets only administrators start one', async () => {
      const refused = await as(people['lia'].token, GQL.createTestPlan, { input: { productId, name: 'Upgrade' } });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      await startPlan();
      const wrongVersion = await as(admin, GQL.createTestPlan, {
        input: { productId, name: 'Wrong', targetVersionId: MISSING },
      });
      expect(codeOf(wrongVersion)).toBe('BAD_USER_INPUT');
    });

    it('is seen only by administrators and the people named on it, who read, write and execute it', async () => {
      const productPlan = startedPlan ?? (await startPlan());
      const seen = async (token: string) =>
        (await ok<{ productTestPlans: { id: string }[] }>(GQL.productTestPlans, {}, token)).productTestPlans.map(
          (p) => p.id,
        );
      expect(await seen(admin)).toEqual([productPlan]);
      expect(await seen(people['pam'].token)).toEqual([]);
      const hidden = answer(await as(people['pam'].token, GQL.testPlan, { id: productPlan }));
      expect(hidden).toEqual(answer(await as(people['pam'].token, GQL.testPlan, { id: MISSING })));
      expect(hidden.code).toBe('NOT_FOUND');

      const notAdmin = await as(people['lia'].token, GQL.setTestPlanMembers, {
        input: { planId: productPlan, userIds: [people['lia'].id] },
      });
      expect(codeOf(notAdmin)).toBe('NOT_FOUND');
      await ok(GQL.setTestPlanMembers, { input: { planId: productPlan, userIds: [people['pam'].id] } });
      expect(await seen(people['pam'].token)).toEqual([productPlan]);
      const named = await ok<{ testPlan: { myAccess: Record<string, boolean>; members: { displayName: string }[] } }>(
        GQL.testPlanAccess,
        { id: productPlan },
        people['pam'].token,
      );
      expect(named.testPlan).toEqual({
        myAccess: { canWrite: true, canExecute: true, canNamePeople: false },
        members: [{ displayName: 'Pam Named' }],
      });
      const refusedNaming = await as(people['pam'].token, GQL.setTestPlanMembers, {
        input: { planId: productPlan, userIds: [] },
      });
      expect(codeOf(refusedNaming)).toBe('FORBIDDEN');

      const testCase = await createCase(
        { planId: productPlan, title: 'Patron login after upgrade' },
        people['pam'].token,
      );
      expect(testCase.key).toBe('SIE-001');
      const linked = await as(people['pam'].token, GQL.createTestCase, {
        input: { planId: productPlan, title: 'Linked', requirementIds: [requirements[0].id] },
      });
      expect(codeOf(linked)).toBe('BAD_USER_INPUT');
      const run = await createRun(
        {
          planId: productPlan,
          productVersionId: versions[1],
          environment: 'Sierra 6.2 test server',
          testerIds: [people['pam'].id],
        },
        people['pam'].token,
      );
      const [item] = (await results(run.id, {}, people['pam'].token)).items;
      const recorded = await record({ id: item.id, version: item.version, status: 'PASSED' }, people['pam'].token);
      expect(recorded.data?.recordTestResult.status).toBe('PASSED');
      // Other people, evaluation leads included, do not see it.
      for (const key of ['lia', 'out']) {
        expect(codeOf(await as(people[key].token, GQL.testRun, { id: run.id }))).toBe('NOT_FOUND');
        expect(codeOf(await record({ id: item.id, version: 2, status: 'FAILED' }, people[key].token))).toBe(
          'NOT_FOUND',
        );
      }
      const badVersion = await as(people['pam'].token, GQL.createTestRun, {
        input: { planId: productPlan, productVersionId: MISSING, environment: 'x' },
      });
      expect(codeOf(badVersion)).toBe('BAD_USER_INPUT');
    });
  });

  it('lists the open runs a person is assigned to test, until they close or the person stops testing', async () => {
    const team = await createTeam(
      server,
      admin,
      'Waiting work',
      department,
      [
        ['wes', 'Wes Waiting', 'TESTER'],
        ['una', 'Una Unassigned', 'TESTER'],
      ],
      { tag: 'mine' },
    );
    const [candidate] = await shortlistProducts(server, admin, team.evaluationId, {
      vendor: 'Waiting vendor',
      products: [['Waiting ILS', '2.0']],
    });
    const plan = await createPlan({ evaluationId: team.evaluationId, name: 'Waiting plan' }, admin);
    await createCase({ planId: plan.id, title: 'Check out a book' }, admin);
    const run = await createRun(
      { planId: plan.id, candidateId: candidate, environment: 'Waiting sandbox', testerIds: [team.people['wes'].id] },
      admin,
    );
    const mine = async (token: string) =>
      (await ok<{ myTestRuns: Record<string, unknown>[] }>(GQL.myTestRuns, {}, token)).myTestRuns;
    expect(await mine(team.people['wes'].token)).toEqual([
      {
        planName: 'Waiting plan',
        evaluationId: team.evaluationId,
        evaluationTitle: 'Waiting work',
        run: {
          id: run.id,
          environment: 'Waiting sandbox',
          productName: 'Waiting ILS',
          productVersionName: '2.0',
          progress: { total: 1, untested: 1 },
        },
      },
    ]);
    expect(await mine(team.people['una'].token)).toEqual([]);
    expect(await mine(admin)).toEqual([]);

    await ok(GQL.closeTestRun, { input: { id: run.id, version: run.version } }, admin);
    expect(await mine(team.people['wes'].token)).toEqual([]);
  });

  it('keeps the plan when results were recorded in its runs', async () => {
    const plan = await ok<{ testPlan: { id: string; version: number } }>(GQL.testPlan, { id: planId });
    const testCase = await createCase({ planId, title: 'Recorded' });
    const run = await createRun({
      planId,
      candidateId: candidates[0],
      environment: 'Keep sandbox',
      caseIds: [testCase.id],
    });
    const [item] = (await results(run.id)).items;
    await record({ id: item.id, version: item.version, status: 'PASSED' });
    const refused = await as(people['lia'].token, GQL.deleteTestPlan, {
      input: { id: plan.testPlan.id, version: plan.testPlan.version },
    });
    expect(codeOf(refused)).toBe('CONFLICT');
  });

  it('archives a case: it leaves the plan’s list and new runs', async () => {
    const plan = await createPlan({ evaluationId, name: 'Archive', keyPrefix: 'ARC' });
    const kept = await createCase({ planId: plan.id, title: 'Kept' });
    const gone = await createCase({ planId: plan.id, title: 'Gone' });
    const archived = (
      await ok<{ archiveTestCase: { archivedAt: string | null } }>(
        GQL.archiveTestCase,
        { input: { id: gone.id, version: gone.version } },
        people['tess'].token,
      )
    ).archiveTestCase;
    expect(archived.archivedAt).not.toBeNull();
    const listed = await ok<{ testPlan: { cases: { total: number; items: { key: string }[] } } }>(
      GQL.testPlanCaseKeys,
      { id: plan.id },
    );
    expect(listed.testPlan.cases).toEqual({ total: 1, items: [{ key: kept.key }] });
    const run = await createRun({ planId: plan.id, candidateId: candidates[0], environment: 'Archive sandbox' });
    expect(run.progress.total).toBe(1);
  });

  it('lists on each requirement the cases that verify it, in one query for a page of requirements, to members only', async () => {
    const requirement = await approvedRequirement(server, admin, {
      evaluationId,
      departmentId: department,
      title: 'Self-check over SIP2',
    });
    const plan = await createPlan({ evaluationId, name: 'Self-check', keyPrefix: 'SIP' });
    const first = await createCase({
      planId: plan.id,
      title: 'Check out at the kiosk',
      requirementIds: [requirement.id],
    });
    await createCase({ planId: plan.id, title: 'Unrelated' });
    const second = await createCase({ planId: plan.id, title: 'Renew at the kiosk', requirementIds: [requirement.id] });
    const archived = await createCase({ planId: plan.id, title: 'Old kiosk', requirementIds: [requirement.id] });
    await ok(GQL.archiveTestCase, { input: { id: archived.id, version: archived.version } }, people['tess'].token);

    const read = await ok<{ requirement: { testCases: Record<string, string>[] } }>(
      GQL.requirement,
      { id: requirement.id },
      people['vic'].token,
    );
    expect(read.requirement.testCases).toEqual([
      { key: first.key, title: 'Check out at the kiosk', planId: plan.id, planName: 'Self-check' },
      { key: second.key, title: 'Renew at the kiosk', planId: plan.id, planName: 'Self-check' },
    ]);
    expect(codeOf(await as(people['out'].token, GQL.requirement, { id: requirement.id }))).toBe('NOT_FOUND');

    // The whole page of requirements, each with its cases.
    const page = await ok<{ requirements: { items: { id: string; testCases: { key: string }[] }[] } }>(
      GQL.requirements,
      { id: evaluationId },
      people['ada'].token,
    );
    expect(page.requirements.items.find((r) => r.id === requirement.id)?.testCases.map((c) => c.key)).toEqual([
      first.key,
      second.key,
    ]);
  });
});
