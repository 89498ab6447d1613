import { parse as parseCsv } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import {
  createDepartment,
  createPerson,
  createTeamWithCandidates,
  dataOf,
  GQL,
  gqlData,
  Person,
} from './support/fixtures';
import { png } from './support/files';
import { codeOf, GraphQLResponse, RunningServer, startServer } from './support/server';

interface Defect {
  id: string;
  key: string;
  number: number;
  evaluationId: string;
  candidateId: string | null;
  candidateName: string | null;
  title: string;
  description: string;
  severity: string;
  component: string;
  foundInVersion: string;
  vendorTicketRef: string;
  resolutionNotes: string;
  status: string;
  wontFixReason: string | null;
  duplicateOfId: string | null;
  duplicateOfKey: string | null;
  fixedInVersion: string | null;
  retestDueAt: string | null;
  resolvedAt: string | null;
  reporter: { displayName: string } | null;
  version: number;
}
interface DefectDetail extends Defect {
  results: {
    resultId: string;
    caseKey: string;
    caseTitle: string;
    status: string;
    versionName: string;
    buildLabel: string;
  }[];
  myAccess: { canEdit: boolean; canChangeStatus: boolean; nextStatuses: string[] };
  history: {
    action: string;
    actorName: string | null;
    changes: { field: string; before: string | null; after: string | null }[];
  }[];
}

/** An evaluation with a lead, a tester, an evaluator, a viewer and an outsider, two candidates, and a run with one failed and one passed result. */
interface Setting {
  evaluationId: string;
  people: Record<string, Person>;
  candidates: string[];
  failedResultId: string;
  passedResultId: string;
  runId: string;
}

const MISSING = '00000000-0000-4000-8000-000000000001';

describe('defects (problem tickets)', () => {
  let server: RunningServer;
  let admin: string;
  let department: string;

  const as = <T = Record<string, unknown>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, { token });
  const ok = <T = Record<string, never>>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, token);
  const create = async (token: string, input: Record<string, unknown>) =>
    (await ok<{ createDefect: Defect }>(token, GQL.createDefect, { input })).createDefect;
  const detail = async (token: string, id: string) =>
    (await ok<{ defect: DefectDetail }>(token, GQL.defect, { id })).defect;
  const changeStatus = (token: string, input: Record<string, unknown>) =>
    as<{ changeDefectStatus: Defect }>(token, GQL.changeDefectStatus, { input });
  const answer = (result: GraphQLResponse) => ({
    code: codeOf(result),
    messages: (result.errors ?? []).map((e) => e.message),
    data: result.data ?? null,
  });
  const messageOf = (result: GraphQLResponse) => result.errors?.[0]?.message;

  /** A fresh team, candidates, plan and run for one describe block, so that each stands alone. */
  async function setting(tag: string): Promise<Setting> {
    const team = await createTeamWithCandidates(
      server,
      admin,
      `Selection ${tag}`,
      department,
      [
        ['lia', 'Lia Lead', 'LEAD'],
        ['tess', 'Tess Tester', 'TESTER'],
        ['ada', 'Ada Evaluator', 'EVALUATOR'],
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
    for (const input of [
      {
        title: 'Place a hold',
        priority: 'HIGH',
        preconditions: 'A patron with no fines',
        steps: [
          { action: 'Search for the title', expected: 'It is found' },
          { action: 'Place the hold', expected: 'The hold is queued' },
        ],
      },
      { title: 'Renew a loan', priority: 'MEDIUM', steps: [{ action: 'Renew', expected: 'Renewed' }] },
    ]) {
      await ok(lead, GQL.createTestCase, { input: { planId, ...input } });
    }
    const runId = (
      await ok<{ createTestRun: { id: string } }>(lead, GQL.createTestRun, {
        input: { planId, candidateId: team.candidates[0], environment: 'Vendor sandbox', buildLabel: '24.11.01' },
      })
    ).createTestRun.id;
    const items = (
      await ok<{ testRun: { results: { items: { id: string; caseKey: string; version: number }[] } } }>(
        lead,
        GQL.testRunResults,
        { id: runId },
      )
    ).testRun.results.items;
    const tester = team.people['tess'].token;
    await ok(tester, GQL.recordTestResult, {
      input: {
        id: items[0].id,
        version: items[0].version,
        status: 'FAILED',
        actualResult: 'The hold was not placed.',
        stepResults: [
          { status: 'PASSED', actual: '' },
          { status: 'FAILED', actual: 'Error 500' },
        ],
      },
    });
    await ok(tester, GQL.recordTestResult, { input: { id: items[1].id, version: items[1].version, status: 'PASSED' } });
    return {
      evaluationId: team.evaluationId,
      people: team.people,
      candidates: team.candidates,
      failedResultId: items[0].id,
      passedResultId: items[1].id,
      runId,
    };
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });
  afterAll(() => server?.stop());

  describe('raising a defect', () => {
    let s: Setting;
    beforeAll(async () => {
      s = await setting('raise');
    });

    it('from a failed result: prefilled from the case, its steps and the actual result, linked to the result and the candidate', async () => {
      const defect = await create(s.people['tess'].token, { fromResultId: s.failedResultId });
      expect(defect).toMatchObject({
        key: 'D-1',
        evaluationId: s.evaluationId,
        candidateId: s.candidates[0],
        candidateName: 'Koha raise 24.11',
        title: 'Place a hold',
        severity: 'MAJOR',
        status: 'OPEN',
        foundInVersion: '24.11 (build 24.11.01)',
        reporter: { displayName: 'Tess Tester' },
        version: 1,
      });
      expect(defect.description).toBe(
        [
          'Found by CIRC-001 “Place a hold” on Koha raise 24.11 (build 24.11.01), Vendor sandbox.',
          'Preconditions:\nA patron with no fines',
          'Steps:\n1. Search for the title\n   Expected: It is found\n   Actual (passed): —\n2. Place the hold\n   Expected: The hold is queued\n   Actual (failed): Error 500',
          'Actual result:\nThe hold was not placed.',
        ].join('\n\n'),
      );
      const read = await detail(s.people['vic'].token, defect.id);
      expect(read.results).toEqual([
        {
          resultId: s.failedResultId,
          caseKey: 'CIRC-001',
          caseTitle: 'Place a hold',
          status: 'FAILED',
          versionName: 'Koha raise 24.11',
          buildLabel: '24.11.01',
        },
      ]);
      const linked = await ok<{ testRun: { results: { items: { id: string; defects: { key: string }[] }[] } } }>(
        s.people['vic'].token,
        GQL.testRunResultDefects,
        { id: s.runId },
      );
      expect(linked.testRun.results.items.map((item) => item.defects.map((d) => d.key))).toEqual([['D-1'], []]);
    });

    it('refuses to raise a defect from a result that has not failed, and the words given override the prefill', async () => {
      const refused = await as(s.people['tess'].token, GQL.createDefect, { input: { fromResultId: s.passedResultId } });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(messageOf(refused)).toBe(
        'A defect is raised from a failed result; link other results to a defect instead.',
      );
      const own = await create(s.people['tess'].token, {
        fromResultId: s.failedResultId,
        title: 'Holds fail with error 500',
        severity: 'CRITICAL',
        component: 'Circulation',
      });
      expect(own).toMatchObject({ title: 'Holds fail with error 500', severity: 'CRITICAL', component: 'Circulation' });
    });

    it('by hand: needs a candidate of the evaluation; an evaluator’s report waits in triage; a viewer may not report', async () => {
      const noCandidate = await as(s.people['lia'].token, GQL.createDefect, {
        input: { evaluationId: s.evaluationId, title: 'Slow search', severity: 'MINOR' },
      });
      expect(codeOf(noCandidate)).toBe('BAD_USER_INPUT');
      expect(messageOf(noCandidate)).toBe('Choose the candidate the defect was found on.');
      const reported = await create(s.people['ada'].token, {
        evaluationId: s.evaluationId,
        candidateId: s.candidates[1],
        title: 'Slow search',
        severity: 'MINOR',
      });
      expect(reported).toMatchObject({
        status: 'TRIAGE',
        candidateName: 'Evergreen raise 3.15',
        foundInVersion: '3.15',
      });
      const access = await detail(s.people['ada'].token, reported.id);
      expect(access.myAccess).toEqual({ canEdit: false, canChangeStatus: false, nextStatuses: [] });
      const viewer = await as(s.people['vic'].token, GQL.createDefect, {
        input: { evaluationId: s.evaluationId, candidateId: s.candidates[1], title: 'Nope', severity: 'MINOR' },
      });
      expect(codeOf(viewer)).toBe('FORBIDDEN');
    });
  });

  describe('status changes', () => {
    let s: Setting;
    beforeAll(async () => {
      s = await setting('status');
    });

    it('follows open → in progress → fixed → verified → closed; fixing names the version and sets the retest 14 days later', async () => {
      const lead = s.people['lia'].token;
      let defect = await create(s.people['tess'].token, { fromResultId: s.failedResultId });
      const move = async (input: Record<string, unknown>) => {
        const result = await changeStatus(lead, { id: defect.id, version: defect.version, ...input });
        defect = dataOf(result).changeDefectStatus;
        return defect;
      };
      expect((await move({ status: 'IN_PROGRESS' })).status).toBe('IN_PROGRESS');
      const before = Date.now();
      const fixed = await move({
        status: 'FIXED',
        fixedInVersion: '24.11.02',
        resolutionNotes: 'Patched by the vendor.',
      });
      expect(fixed).toMatchObject({
        status: 'FIXED',
        fixedInVersion: '24.11.02',
        resolutionNotes: 'Patched by the vendor.',
      });
      const due = Date.parse(String(fixed.retestDueAt)) - before;
      expect(due).toBeGreaterThanOrEqual(14 * 86_400_000 - 60_000);
      expect(due).toBeLessThanOrEqual(14 * 86_400_000 + 60_000);
      expect(fixed.resolvedAt).not.toBeNull();
      expect(await move({ status: 'VERIFIED' })).toMatchObject({ status: 'VERIFIED', retestDueAt: null });
      expect(await move({ status: 'CLOSED' })).toMatchObject({ status: 'CLOSED', fixedInVersion: '24.11.02' });
      const reopened = await move({ status: 'OPEN' });
      expect(reopened).toMatchObject({ status: 'OPEN', fixedInVersion: null, resolvedAt: null });
    });

    it('refuses moves the rules do not allow, with what is missing or where it may go', async () => {
      const tester = s.people['tess'].token;
      const defect = await create(tester, { fromResultId: s.failedResultId });
      const ref = { id: defect.id, version: defect.version };
      const cases: [Record<string, unknown>, string][] = [
        [
          { status: 'VERIFIED' },
          'A defect that is open cannot become verified; it can become: in progress, fixed, won’t fix, duplicate.',
        ],
        [{ status: 'OPEN' }, 'The defect is already open.'],
        [{ status: 'WONT_FIX' }, 'Say why the defect will not be fixed.'],
        [{ status: 'WONT_FIX', reason: '   ' }, 'Say why the defect will not be fixed.'],
        [{ status: 'FIXED' }, 'Give the version or build that fixes the defect.'],
        [{ status: 'DUPLICATE' }, 'Choose the defect this one duplicates.'],
        [{ status: 'DUPLICATE', duplicateOfId: defect.id }, 'A defect cannot duplicate itself.'],
        [
          { status: 'DUPLICATE', duplicateOfId: MISSING },
          'A defect duplicates another defect of the same evaluation or product.',
        ],
      ];
      for (const [input, message] of cases) {
        const refused = await changeStatus(tester, { ...ref, ...input });
        expect([codeOf(refused), messageOf(refused)]).toEqual(['BAD_USER_INPUT', message]);
      }
      const evaluator = await changeStatus(s.people['ada'].token, { ...ref, status: 'IN_PROGRESS' });
      expect(codeOf(evaluator)).toBe('FORBIDDEN');
      expect((await detail(tester, defect.id)).status).toBe('OPEN');
    });

    it('marks a duplicate of another defect of the evaluation, and a won’t-fix with its reason', async () => {
      const tester = s.people['tess'].token;
      const first = await create(tester, { fromResultId: s.failedResultId });
      const second = await create(tester, { fromResultId: s.failedResultId });
      const duplicate = await changeStatus(tester, {
        id: second.id,
        version: second.version,
        status: 'DUPLICATE',
        duplicateOfId: first.id,
      });
      expect(duplicate.data?.changeDefectStatus).toMatchObject({
        status: 'DUPLICATE',
        duplicateOfId: first.id,
        duplicateOfKey: first.key,
      });
      const wontFix = await changeStatus(s.people['lia'].token, {
        id: first.id,
        version: first.version,
        status: 'WONT_FIX',
        reason: 'Works as the consortium configured it.',
      });
      expect(wontFix.data?.changeDefectStatus).toMatchObject({
        status: 'WONT_FIX',
        wontFixReason: 'Works as the consortium configured it.',
      });
    });

    it('accepts an evaluator’s report out of triage by a tester', async () => {
      const reported = await create(s.people['ada'].token, {
        evaluationId: s.evaluationId,
        candidateId: s.candidates[0],
        title: 'Receipt misprints',
        severity: 'TRIVIAL',
      });
      const inProgress = await changeStatus(s.people['tess'].token, {
        id: reported.id,
        version: reported.version,
        status: 'IN_PROGRESS',
      });
      expect(messageOf(inProgress)).toBe(
        'A defect that is in triage cannot become in progress; it can become: open, won’t fix, duplicate.',
      );
      const accepted = await changeStatus(s.people['tess'].token, {
        id: reported.id,
        version: reported.version,
        status: 'OPEN',
      });
      expect(accepted.data?.changeDefectStatus.status).toBe('OPEN');
    });
  });

  describe('editing', () => {
    let s: Setting;
    beforeAll(async () => {
      s = await setting('edit');
    });

    it('answers an edit made on a stale version with CONFLICT, and keeps the newer one', async () => {
      const defect = await create(s.people['tess'].token, { fromResultId: s.failedResultId });
      const first = await as<{ updateDefect: Defect }>(s.people['lia'].token, GQL.updateDefect, {
        input: { id: defect.id, version: defect.version, vendorTicketRef: 'BYW-1234', component: 'Holds' },
      });
      expect(first.data?.updateDefect).toMatchObject({ vendorTicketRef: 'BYW-1234', component: 'Holds', version: 2 });
      const stale = await as(s.people['tess'].token, GQL.updateDefect, {
        input: { id: defect.id, version: defect.version, title: 'Overwritten' },
      });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(messageOf(stale)).toMatch(/^The defect D-1 /);
      const staleStatus = await changeStatus(s.people['tess'].token, {
        id: defect.id,
        version: defect.version,
        status: 'IN_PROGRESS',
      });
      expect(codeOf(staleStatus)).toBe('CONFLICT');
      expect(await detail(s.people['tess'].token, defect.id)).toMatchObject({ title: 'Place a hold', status: 'OPEN' });
    });

    it('keeps each change in the history, newest first', async () => {
      const tester = s.people['tess'].token;
      const defect = await create(tester, { fromResultId: s.failedResultId });
      const updated = (
        await ok<{ updateDefect: Defect }>(tester, GQL.updateDefect, {
          input: { id: defect.id, version: defect.version, severity: 'CRITICAL' },
        })
      ).updateDefect;
      await changeStatus(s.people['lia'].token, { id: defect.id, version: updated.version, status: 'IN_PROGRESS' });
      const history = (await detail(s.people['vic'].token, defect.id)).history;
      expect(history.map((entry) => [entry.action, entry.actorName])).toEqual([
        ['status_set', 'Lia Lead'],
        ['updated', 'Tess Tester'],
        ['created', 'Tess Tester'],
      ]);
      expect(history[0].changes).toEqual([{ field: 'status', before: '"open"', after: '"in_progress"' }]);
      expect(history[1].changes).toEqual([{ field: 'severity', before: '"major"', after: '"critical"' }]);
      expect(history[2].changes).toContainEqual({
        field: 'resultId',
        before: null,
        after: JSON.stringify(s.failedResultId),
      });
    });

    it('links another result of the same candidate, and refuses another evaluation’s result as not found', async () => {
      const tester = s.people['tess'].token;
      const defect = await create(tester, {
        evaluationId: s.evaluationId,
        candidateId: s.candidates[0],
        title: 'Renewals slow',
        severity: 'MINOR',
      });
      const linked = await as<{ linkDefectResult: Defect & { results: { resultId: string }[] } }>(
        tester,
        GQL.linkDefectResult,
        { input: { defectId: defect.id, resultId: s.passedResultId } },
      );
      expect(linked.data?.linkDefectResult.results).toEqual([{ resultId: s.passedResultId }]);
      const other = await setting('edit-other');
      const foreign = await as(tester, GQL.linkDefectResult, {
        input: { defectId: defect.id, resultId: other.failedResultId },
      });
      expect(answer(foreign)).toEqual(
        answer(await as(tester, GQL.linkDefectResult, { input: { defectId: defect.id, resultId: MISSING } })),
      );
      expect(codeOf(foreign)).toBe('NOT_FOUND');
    });
  });

  describe('who may see a defect', () => {
    let s: Setting;
    beforeAll(async () => {
      s = await setting('seen');
    });

    it('answers someone outside the evaluation NOT_FOUND, exactly as for a defect that does not exist', async () => {
      const defect = await create(s.people['tess'].token, { fromResultId: s.failedResultId });
      const outsider = s.people['out'].token;
      const hidden = answer(await as(outsider, GQL.defect, { id: defect.id }));
      expect(hidden.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(answer(await as(outsider, GQL.defect, { id: MISSING })));
      const edit = answer(
        await as(outsider, GQL.updateDefect, { input: { id: defect.id, version: 1, title: 'Defaced' } }),
      );
      expect(edit).toEqual(
        answer(await as(outsider, GQL.updateDefect, { input: { id: MISSING, version: 1, title: 'Defaced' } })),
      );
      const raised = answer(await as(outsider, GQL.createDefect, { input: { fromResultId: s.failedResultId } }));
      expect(raised.code).toBe('NOT_FOUND');
      expect(raised).toEqual(answer(await as(outsider, GQL.createDefect, { input: { fromResultId: MISSING } })));
      expect(codeOf(await as(outsider, GQL.evaluationDefects, { id: s.evaluationId }))).toBe('NOT_FOUND');
    });

    it('refuses every write once the evaluation is cancelled, and still shows its defects', async () => {
      const tester = s.people['tess'].token;
      const defect = await create(tester, { fromResultId: s.failedResultId });
      const { evaluation } = await ok<{ evaluation: { version: number } }>(admin, GQL.evaluationVersion, {
        id: s.evaluationId,
      });
      await ok(admin, GQL.moveEvaluation, {
        input: { id: s.evaluationId, version: evaluation.version, to: 'CANCELLED', reason: 'Budget withdrawn' },
      });
      const writes = [
        await as(tester, GQL.createDefect, { input: { fromResultId: s.failedResultId } }),
        await as(tester, GQL.updateDefect, { input: { id: defect.id, version: defect.version, title: 'Later' } }),
        await changeStatus(tester, { id: defect.id, version: defect.version, status: 'IN_PROGRESS' }),
      ];
      for (const refused of writes) {
        expect([codeOf(refused), messageOf(refused)]).toEqual([
          'CONFLICT',
          'The evaluation is cancelled; its defects can no longer change.',
        ]);
      }
      const read = await detail(tester, defect.id);
      expect(read.myAccess).toEqual({ canEdit: false, canChangeStatus: false, nextStatuses: [] });
    });
  });

  describe('a product in use', () => {
    it('raises a defect of the product from a failed result, seen by the people named on its plans and no one else', async () => {
      const named = await createPerson(server, admin, { key: 'pam.product', displayName: 'Pam Named' });
      const outsider = await createPerson(server, admin, { key: 'otto.product', displayName: 'Otto Outsider' });
      const vendorId = (
        await ok<{ createVendor: { id: string } }>(admin, GQL.createVendor, { input: { name: 'Vendor in use' } })
      ).createVendor.id;
      const productId = (
        await ok<{ createProduct: { id: string } }>(admin, GQL.createProduct, {
          input: { vendorId, name: 'Koha in use', category: 'ILS', licence: 'OPEN_SOURCE' },
        })
      ).createProduct.id;
      const versions: string[] = [];
      for (const name of ['24.05', '24.11']) {
        versions.push(
          (
            await ok<{ createProductVersion: { id: string } }>(admin, GQL.createProductVersion, {
              input: { productId, name },
            })
          ).createProductVersion.id,
        );
      }
      const planId = (
        await ok<{ createTestPlan: { id: string } }>(admin, GQL.createTestPlan, {
          input: { productId, name: 'Upgrade to 24.11', currentVersionId: versions[0], targetVersionId: versions[1] },
        })
      ).createTestPlan.id;
      await ok(admin, GQL.setTestPlanMembers, { input: { planId, userIds: [named.id] } });
      await ok(admin, GQL.createTestCase, { input: { planId, title: 'Check out an item', priority: 'CRITICAL' } });
      const runId = (
        await ok<{ createTestRun: { id: string } }>(admin, GQL.createTestRun, {
          input: { planId, productVersionId: versions[1], environment: 'Test server' },
        })
      ).createTestRun.id;
      const [result] = (
        await ok<{ testRun: { results: { items: { id: string; version: number }[] } } }>(admin, GQL.testRunResults, {
          id: runId,
        })
      ).testRun.results.items;
      await ok(named.token, GQL.recordTestResult, {
        input: { id: result.id, version: result.version, status: 'FAILED', actualResult: 'Checkout hangs.' },
      });
      const defect = await create(named.token, { fromResultId: result.id });
      expect(defect).toMatchObject({
        key: 'D-1',
        evaluationId: null,
        candidateId: null,
        title: 'Check out an item',
        severity: 'CRITICAL',
        status: 'OPEN',
        foundInVersion: '24.11',
      });
      const byHand = await create(named.token, {
        productId,
        productVersionId: versions[0],
        title: 'Slow reports',
        severity: 'MINOR',
      });
      expect(byHand).toMatchObject({ key: 'D-2', foundInVersion: '24.05' });
      // The defect's own page reads it by id: the people named on the plan and administrators may.
      for (const reader of [named.token, admin]) {
        const read = await ok<{ defect: Defect }>(reader, GQL.defect, { id: defect.id });
        expect(read.defect).toMatchObject({ id: defect.id, key: 'D-1', evaluationId: null });
      }
      const hidden = answer(await as(outsider.token, GQL.defect, { id: defect.id }));
      expect(hidden.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(answer(await as(outsider.token, GQL.defect, { id: MISSING })));
      const reported = await as(outsider.token, GQL.createDefect, {
        input: { productId, title: 'Nope', severity: 'MINOR' },
      });
      expect(codeOf(reported)).toBe('NOT_FOUND');
    });
  });

  describe('problem reports from staff', () => {
    const report = (token: string, input: Record<string, unknown>) =>
      as<{ reportProblem: Defect & { productName: string } }>(token, GQL.reportProblem, { input });
    const myReports = async (token: string) =>
      (await ok<{ myProblemReports: (Defect & { productName: string })[] }>(token, GQL.myProblemReports))
        .myProblemReports;
    const uploadScreenshot = async (token: string, defectId: string, name: string, bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
      const response = await fetch(`${server.url}/api/defects/${defectId}/screenshots`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-requested-with': 'assay' },
        body: form,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    it('lets a staff member with no evaluation role report, follow their own report only, and read the resolution notes', async () => {
      const manager = await createPerson(server, admin, { key: 'mia.manager', displayName: 'Mia Manager' });
      const staff = await createPerson(server, admin, { key: 'sam.staff', displayName: 'Sam Staff' });
      const colleague = await createPerson(server, admin, { key: 'cole.staff', displayName: 'Cole Colleague' });
      const vendorId = (
        await ok<{ createVendor: { id: string } }>(admin, GQL.createVendor, { input: { name: 'Vendor reported' } })
      ).createVendor.id;
      const productId = (
        await ok<{ createProduct: { id: string } }>(admin, GQL.createProduct, {
          input: { vendorId, name: 'Polaris in use', category: 'ILS', licence: 'PROPRIETARY' },
        })
      ).createProduct.id;
      const notInUse = (
        await ok<{ createProduct: { id: string } }>(admin, GQL.createProduct, {
          input: { vendorId, name: 'Polaris shelfware', category: 'ILS', licence: 'PROPRIETARY' },
        })
      ).createProduct.id;
      const versionId = (
        await ok<{ createProductVersion: { id: string } }>(admin, GQL.createProductVersion, {
          input: { productId, name: '7.5' },
        })
      ).createProductVersion.id;
      const planId = (
        await ok<{ createTestPlan: { id: string } }>(admin, GQL.createTestPlan, {
          input: { productId, name: 'Patches', currentVersionId: versionId, targetVersionId: versionId },
        })
      ).createTestPlan.id;
      await ok(admin, GQL.setTestPlanMembers, { input: { planId, userIds: [manager.id] } });

      const offered = await ok<{ problemReportProducts: { id: string; name: string }[] }>(
        staff.token,
        GQL.problemReportProducts,
      );
      expect(offered.problemReportProducts.map((p) => p.id)).toContain(productId);
      expect(offered.problemReportProducts.map((p) => p.id)).not.toContain(notInUse);

      const refused = await report(staff.token, {
        productId: notInUse,
        whatHappened: 'x',
        where: 'y',
        severity: 'MINOR',
      });
      expect(messageOf(refused)).toBe('Choose a product in use.');

      const made = await report(staff.token, {
        productId,
        whatHappened: 'Checkout froze at the desk\nIt happened twice this morning.',
        where: 'Circulation desk, checkout',
        severity: 'MAJOR',
      });
      const mine = made.data?.reportProblem;
      if (!mine) throw new Error(JSON.stringify(made.errors));
      expect(mine).toMatchObject({
        title: 'Checkout froze at the desk',
        description: 'Checkout froze at the desk\nIt happened twice this morning.',
        component: 'Circulation desk, checkout',
        severity: 'MAJOR',
        status: 'TRIAGE',
        productId,
        productName: 'Polaris in use',
        reporter: { displayName: 'Sam Staff' },
      });
      const theirs = (
        await report(colleague.token, {
          productId,
          whatHappened: 'Holds slip blank',
          where: 'Holds',
          severity: 'MINOR',
        })
      ).data?.reportProblem;
      if (!theirs) throw new Error('The colleague could not report');

      // Each reads their own reports and no one else's.
      expect((await myReports(staff.token)).map((d) => d.id)).toEqual([mine.id]);
      expect(codeOf(await as(staff.token, GQL.defect, { id: theirs.id }))).toBe('NOT_FOUND');
      expect(answer(await as(staff.token, GQL.defect, { id: theirs.id }))).toEqual(
        answer(await as(staff.token, GQL.defect, { id: MISSING })),
      );
      const followed = await detail(staff.token, mine.id);
      expect(followed.myAccess).toEqual({ canEdit: false, canChangeStatus: false, nextStatuses: [] });
      // The reporter may not triage their own report.
      expect(codeOf(await changeStatus(staff.token, { id: mine.id, version: 1, status: 'OPEN' }))).toBe('NOT_FOUND');

      // A screenshot: an image by its bytes is kept; anything else is refused with a clear error.
      const fake = await uploadScreenshot(
        staff.token,
        mine.id,
        'screen.png',
        Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
      );
      expect(fake.status).toBe(400);
      expect(fake.body['message']).toBe(
        'The screenshot must be a PNG, JPEG, GIF or WebP image; this file is a .pdf file.',
      );
      const text = await uploadScreenshot(staff.token, mine.id, 'screen.png', Buffer.from('just words'));
      expect(text.status).toBe(400);
      expect(text.body['message']).toBe(
        'The screenshot must be a PNG, JPEG, GIF or WebP image; this file is not an image.',
      );
      const shot = await uploadScreenshot(staff.token, mine.id, 'desk.gif', png(4));
      expect(shot.status).toBe(201);
      expect(shot.body).toMatchObject({ fileName: 'desk.png', contentType: 'image/png' });
      expect((await uploadScreenshot(colleague.token, mine.id, 'x.png', png(2))).status).toBe(404);
      const image = await fetch(`${server.url}/api/defects/${mine.id}/screenshots/${String(shot.body['id'])}`, {
        headers: { authorization: `Bearer ${staff.token}` },
      });
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await image.arrayBuffer())).toEqual(png(4));

      // The reports wait for the product's manager, and only for them.
      const managed = (token: string) =>
        ok<{ managedProductDefects: { id: string; status: string; reporter: { displayName: string } }[] }>(
          token,
          GQL.managedProductDefects,
        );
      expect((await managed(manager.token)).managedProductDefects).toEqual([
        { id: theirs.id, status: 'TRIAGE', reporter: { displayName: 'Cole Colleague' } },
        { id: mine.id, status: 'TRIAGE', reporter: { displayName: 'Sam Staff' } },
      ]);
      expect((await managed(staff.token)).managedProductDefects).toEqual([]);

      // The manager triages and resolves; the reporter reads the resolution notes.
      const accepted = dataOf(await changeStatus(manager.token, { id: mine.id, version: 1, status: 'OPEN' }));
      const fixed = dataOf(
        await changeStatus(manager.token, {
          id: mine.id,
          version: accepted.changeDefectStatus.version,
          status: 'FIXED',
          fixedInVersion: '7.5 hot fix 2',
          resolutionNotes: 'Installed hot fix 2; restart the desk client.',
        }),
      );
      expect(fixed.changeDefectStatus.status).toBe('FIXED');
      const [followedUp] = await myReports(staff.token);
      expect(followedUp).toMatchObject({
        status: 'FIXED',
        resolutionNotes: 'Installed hot fix 2; restart the desk client.',
        screenshots: [{ fileName: 'desk.png', contentType: 'image/png' }],
      });
      expect(followedUp.resolvedAt).not.toBeNull();
      expect((await myReports(colleague.token)).map((d) => d.status)).toEqual(['TRIAGE']);
    });
  });

  describe('the evaluation’s list', () => {
    let s: Setting;
    const keys = async (filter: Record<string, unknown>) =>
      (
        await ok<{ evaluation: { defects: { total: number; items: Defect[] } } }>(
          s.people['vic'].token,
          GQL.evaluationDefects,
          { id: s.evaluationId, filter },
        )
      ).evaluation.defects.items.map((d) => d.key);
    beforeAll(async () => {
      s = await setting('list');
      const lead = s.people['lia'].token;
      const report = (candidate: number, title: string, severity: string, component: string, vendorTicketRef = '') =>
        create(lead, {
          evaluationId: s.evaluationId,
          candidateId: s.candidates[candidate],
          title,
          severity,
          component,
          vendorTicketRef,
        });
      await report(0, 'Holds queue out of order', 'CRITICAL', 'Circulation'); // D-1
      await report(0, 'Fines rounding', 'MINOR', 'circulation', 'BYW-77'); // D-2
      const d3 = await report(1, 'MARC import drops 856', 'MAJOR', 'Cataloguing'); // D-3
      await report(1, 'Typo on the OPAC', 'TRIVIAL', ''); // D-4
      await changeStatus(lead, { id: d3.id, version: d3.version, status: 'WONT_FIX', reason: 'Out of scope' });
    });

    it('filters by status, severity, component, candidate and text, newest first', async () => {
      expect(await keys({})).toEqual(['D-4', 'D-3', 'D-2', 'D-1']);
      expect(await keys({ statuses: ['WONT_FIX'] })).toEqual(['D-3']);
      expect(await keys({ statuses: ['OPEN'], severities: ['CRITICAL', 'MINOR'] })).toEqual(['D-2', 'D-1']);
      expect(await keys({ component: 'CIRCULATION' })).toEqual(['D-2', 'D-1']);
      expect(await keys({ candidateId: s.candidates[1] })).toEqual(['D-4', 'D-3']);
      expect(await keys({ text: 'marc' })).toEqual(['D-3']);
      expect(await keys({ text: 'byw-77' })).toEqual(['D-2']);
      expect(await keys({ text: '100%' })).toEqual([]);
      const products = await ok<{ products: { items: { id: string; name: string }[] } }>(admin, GQL.products, {
        filter: { search: 'Evergreen list' },
      });
      const evergreen = products.products.items.find((p) => p.name === 'Evergreen list');
      expect(await keys({ productId: evergreen?.id })).toEqual(['D-4', 'D-3']);
    });

    it('pages the list and suggests the components named so far, each once', async () => {
      const page = await ok<{
        evaluation: { defectComponents: string[]; defects: { total: number; items: Defect[] } };
      }>(s.people['vic'].token, GQL.evaluationDefects, { id: s.evaluationId, page: { offset: 1, limit: 2 } });
      expect(page.evaluation.defects.total).toBe(4);
      expect(page.evaluation.defects.items.map((d) => d.key)).toEqual(['D-3', 'D-2']);
      expect(page.evaluation.defectComponents).toEqual(['Cataloguing', 'circulation']);
    });

    const download = (path: string, token: string) =>
      fetch(`${server.url}/api/evaluations/${s.evaluationId}/defects/${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });

    it('exports the filtered list to CSV and XLSX, and both read back to the same rows', async () => {
      const viewer = s.people['vic'].token;
      const csvResponse = await download('export.csv?severity=critical,MINOR&component=Circulation', viewer);
      expect(csvResponse.status).toBe(200);
      expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csvResponse.headers.get('content-disposition')).toMatch(/defects-\d{4}-\d{2}-\d{2}\.csv/);
      const text = Buffer.from(await csvResponse.arrayBuffer()).toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const csv: string[][] = parseCsv(text.slice(1), { relax_column_count: false });
      expect(csv[0].slice(0, 6)).toEqual(['Key', 'Title', 'Status', 'Severity', 'Component', 'Candidate']);
      expect(csv.slice(1).map((row) => row.slice(0, 5))).toEqual([
        ['D-2', 'Fines rounding', 'open', 'Minor', 'circulation'],
        ['D-1', 'Holds queue out of order', 'open', 'Critical', 'Circulation'],
      ]);
      expect(csv[1][csv[0].indexOf('Vendor ticket')]).toBe('BYW-77');

      const xlsxResponse = await download('export.xlsx?status=WONT_FIX&status=open', viewer);
      expect(xlsxResponse.status).toBe(200);
      expect(xlsxResponse.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const workbook = new Workbook();
      await workbook.xlsx.load(await xlsxResponse.arrayBuffer());
      const sheet = workbook.getWorksheet('Defects');
      if (!sheet) throw new Error('No Defects sheet');
      const rows = sheet.getSheetValues().slice(1) as unknown[][];
      const header = rows[0].slice(1);
      expect(header.slice(0, 4)).toEqual(['Key', 'Title', 'Status', 'Severity']);
      const body = rows.slice(1).map((row) => row.slice(1));
      expect(body.map((row) => row.slice(0, 3))).toEqual([
        ['D-4', 'Typo on the OPAC', 'open'],
        ['D-3', 'MARC import drops 856', 'won’t fix'],
        ['D-2', 'Fines rounding', 'open'],
        ['D-1', 'Holds queue out of order', 'open'],
      ]);
      expect(body[1][header.indexOf('Won’t fix reason')]).toBe('Out of scope');
      expect(body[0][header.indexOf('Reported')]).toBeInstanceOf(Date);

      const byCandidate = await download(`export.csv?candidateId=${s.candidates[1]}&text=marc&productId=`, viewer);
      const filtered: string[][] = parseCsv(
        Buffer.from(await byCandidate.arrayBuffer())
          .toString('utf8')
          .slice(1),
      );
      expect(filtered.slice(1).map((row) => row[0])).toEqual(['D-3']);
    });

    it('exports only to members, and names a bad filter', async () => {
      const outsider = await download('export.csv', s.people['out'].token);
      expect(outsider.status).toBe(404);
      const bad = await download('export.xlsx?severity=urgent', s.people['vic'].token);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { message: string }).message).toMatch(/severity must be one of/);
    });
  });
});
