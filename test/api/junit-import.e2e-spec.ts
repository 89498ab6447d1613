import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDepartment, createTeamWithCandidates, gqlData, GQL, Person } from './support/fixtures';
import { RunningServer, startServer } from './support/server';

const FIXTURES = join(__dirname, 'fixtures/junit');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

interface Summary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  matched: number;
  created: number;
  unmatched: string[];
}
interface Answer {
  status: number;
  body: Record<string, unknown>;
}
interface Result {
  caseKey: string;
  status: string;
  version: number;
  failureKind: string | null;
  failureMessage: string | null;
  actualResult: string;
}

/** What each runner's file holds (see fixtures/junit/README.md), and what it makes of the plan's cases. */
const FIXTURE_CASES: {
  file: string;
  counts: Omit<Summary, 'unmatched' | 'created'>;
  unmatched: string[];
  statuses: string[];
  kinds: (string | null)[];
}[] = [
  {
    file: 'jest-junit.xml',
    counts: { total: 6, passed: 3, failed: 2, skipped: 1, matched: 5 },
    unmatched: ['Circulation checks out an item by barcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED', 'UNTESTED'],
    kinds: [null, 'failure', null, null, 'failure', null],
  },
  {
    file: 'mocha-junit-reporter.xml',
    counts: { total: 5, passed: 3, failed: 2, skipped: 0, matched: 4 },
    unmatched: ['Circulation checks out an item by barcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'UNTESTED', 'FAILED', 'UNTESTED'],
    kinds: [null, 'failure', null, null, 'failure', null],
  },
  {
    file: 'node-test.xml',
    counts: { total: 6, passed: 3, failed: 2, skipped: 1, matched: 5 },
    unmatched: ['checks out an item by barcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED', 'UNTESTED'],
    kinds: [null, 'failure', null, null, 'failure', null],
  },
  {
    file: 'playwright.xml',
    counts: { total: 6, passed: 3, failed: 2, skipped: 1, matched: 5 },
    unmatched: ['Circulation › checks out an item by barcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED', 'UNTESTED'],
    kinds: [null, 'error', null, null, 'error', null],
  },
  {
    file: 'vitest.xml',
    counts: { total: 6, passed: 3, failed: 2, skipped: 1, matched: 5 },
    unmatched: ['Circulation > checks out an item by barcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED', 'UNTESTED'],
    kinds: [null, 'failure', null, null, 'failure', null],
  },
  {
    file: 'maven-surefire.xml',
    counts: { total: 6, passed: 3, failed: 2, skipped: 1, matched: 5 },
    unmatched: ['checks out an item by barcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED', 'UNTESTED'],
    kinds: [null, 'failure', null, null, 'error', null],
  },
  {
    file: 'go-junit-report.xml',
    counts: { total: 6, passed: 3, failed: 2, skipped: 1, matched: 5 },
    unmatched: ['TestCheckoutByBarcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED', 'UNTESTED'],
    kinds: [null, 'failure', null, null, 'error', null],
  },
  {
    // Functions match by classname + name; CIRC-T-006 by the key in its parametrised id.
    file: 'pytest.xml',
    counts: { total: 7, passed: 4, failed: 2, skipped: 1, matched: 6 },
    unmatched: ['test_checks_out_an_item_by_barcode'],
    statuses: ['PASSED', 'FAILED', 'PASSED', 'SKIPPED', 'FAILED', 'PASSED'],
    kinds: [null, 'failure', null, null, 'error', null],
  },
];

/** The plan's cases: CIRC-T-001 … 006, the first five also named as pytest names them. */
const CASES: [title: string, automationName: string | null][] = [
  ['Renew a loan', 'test_circulation.TestCirculation test_renews_a_loan'],
  ['Refuse a renewal over the limit', 'test_circulation.TestCirculation test_refuses_a_renewal_over_the_limit'],
  ['Prêter un document à un usager', 'test_circulation.TestCirculation test_prete_un_document'],
  ['Place a hold', 'test_circulation.TestCirculation test_places_a_hold'],
  ['Import patrons', 'test_circulation.TestCirculation test_imports_patrons'],
  ['Return an item', null],
];

describe('JUnit XML import into a test run', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let candidateId: string;
  const people: Record<string, Person> = {};

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  async function upload(
    runId: string,
    bytes: Buffer | undefined,
    options: { token?: string; query?: string; withoutHeader?: boolean } = {},
  ): Promise<Answer> {
    const form = new FormData();
    // The name and type the client sends mean nothing: the import reads the bytes.
    if (bytes) form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'report.png');
    const headers: Record<string, string> = {};
    if (!options.withoutHeader) headers['x-requested-with'] = 'assay';
    if (options.token !== '') headers['authorization'] = `Bearer ${options.token ?? people['tess'].token}`;
    const response = await fetch(`${server.url}/api/test-runs/${runId}/junit${options.query ?? ''}`, {
      method: 'POST',
      headers,
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** A plan with CIRC-T-001 … 006 and an open run of all of them. */
  async function planAndRun(prefix = 'CIRC-T'): Promise<{ planId: string; runId: string }> {
    const lead = people['lia'].token;
    const { createTestPlan } = await ok<{ createTestPlan: { id: string } }>(
      GQL.createTestPlan,
      { input: { evaluationId, name: `Circulation ${Math.random()}`, keyPrefix: prefix } },
      lead,
    );
    for (const [title, automationName] of CASES)
      await ok(GQL.createTestCase, { input: { planId: createTestPlan.id, title, automationName } }, lead);
    const { createTestRun } = await ok<{ createTestRun: { id: string } }>(
      GQL.createTestRun,
      { input: { planId: createTestPlan.id, candidateId, environment: 'Vendor sandbox' } },
      lead,
    );
    return { planId: createTestPlan.id, runId: createTestRun.id };
  }

  const resultsOf = async (runId: string) =>
    (await ok<{ testRun: { results: { total: number; items: Result[] } } }>(GQL.testRunResultsImported, { id: runId }))
      .testRun.results;
  const casesOf = async (planId: string) =>
    (
      await ok<{
        testPlan: {
          cases: { total: number; items: { key: string; section: string; automationName: string; title: string }[] };
        };
      }>(GQL.testPlanCases, { planId })
    ).testPlan.cases;
  const byKey = (items: Result[]) => [...items].sort((a, b) => a.caseKey.localeCompare(b.caseKey));

  beforeAll(async () => {
    server = await startServer({ env: { ASSAY_MAX_UPLOAD_MB: '1' } });
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeamWithCandidates(
      server,
      admin,
      'ILS selection',
      department,
      [
        ['lia', 'Lia Lead', 'LEAD'],
        ['tess', 'Tess Tester', 'TESTER'],
        ['ada', 'Ada Evaluator', 'EVALUATOR'],
        ['vic', 'Vic Viewer', 'VIEWER'],
        ['out', 'Otto Outsider'],
      ],
      { vendor: 'ByWater', products: [['Koha', '24.11']] },
    );
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    [candidateId] = team.candidates;
  });
  afterAll(() => server?.stop());

  describe.each(FIXTURE_CASES)('$file', ({ file, counts, unmatched, statuses, kinds }) => {
    it('imports with the right counts and results, and a second import changes nothing', async () => {
      const { planId, runId } = await planAndRun();
      const first = await upload(runId, fixture(file));
      expect(first).toEqual({ status: 200, body: { ...counts, created: 0, unmatched } });
      const results = await resultsOf(runId);
      expect(results.total).toBe(6);
      expect(byKey(results.items).map((r) => r.status)).toEqual(statuses);
      expect(byKey(results.items).map((r) => r.failureKind)).toEqual(kinds);
      expect((await casesOf(planId)).total).toBe(CASES.length);

      const again = await upload(runId, fixture(file));
      expect(again).toEqual(first);
      const after = await resultsOf(runId);
      expect(after.total).toBe(6);
      expect(byKey(after.items).map((r) => r.status)).toEqual(statuses);
      expect((await casesOf(planId)).total).toBe(CASES.length);
    });
  });

  it('keeps the failure message, what the test printed and why it was skipped', async () => {
    const { runId } = await planAndRun();
    expect((await upload(runId, fixture('maven-surefire.xml'))).status).toBe(200);
    const results = new Map((await resultsOf(runId)).items.map((r) => [r.caseKey, r]));
    expect(results.get('CIRC-T-002')).toMatchObject({
      failureKind: 'failure',
      failureMessage: 'renewal limit 2 was not enforced ==> expected: <2> but was: <3>',
    });
    expect(results.get('CIRC-T-005')).toMatchObject({
      failureKind: 'error',
      failureMessage: 'Cannot invoke "String.length()" because "barcode" is null',
      actualResult: 'WARN patron file has 2 rows without a barcode',
    });
    expect(results.get('CIRC-T-003')?.actualResult).toBe('prêt enregistré: 31234000123456 → usager « Zoë »');
    expect(results.get('CIRC-T-004')?.actualResult).toBe('Skipped: holds are not configured in the sandbox');
  });

  it('createMissing makes a case for each unmatched test in an "Imported" section, once', async () => {
    const { planId, runId } = await planAndRun('IMP');
    const first = await upload(runId, fixture('node-test.xml'), { query: '?createMissing=true' });
    expect(first).toEqual({
      status: 200,
      body: { total: 6, passed: 3, failed: 2, skipped: 1, matched: 0, created: 6, unmatched: [] },
    });
    // The plan's keys are IMP-…, so the file's [CIRC-T-…] keys match nothing: each test becomes a case.
    const cases = await casesOf(planId);
    expect(cases.total).toBe(CASES.length + 6);
    expect(cases.items.filter((c) => c.section === 'Imported').map((c) => [c.key, c.automationName])).toEqual([
      ['IMP-007', 'test [CIRC-T-001] renews a loan'],
      ['IMP-008', 'test [CIRC-T-002] refuses a renewal over the limit'],
      ['IMP-009', 'test [CIRC-T-003] prête un document à un usager — émission'],
      ['IMP-010', 'test [CIRC-T-004] places a hold'],
      ['IMP-011', 'test checks out an item by barcode'],
      ['IMP-012', 'test [CIRC-T-005] imports patrons'],
    ]);
    const results = new Map((await resultsOf(runId)).items.map((r) => [r.caseKey, r.status]));
    expect(results.size).toBe(CASES.length + 6);
    expect([...results].filter(([key]) => key >= 'IMP-007').sort()).toEqual([
      ['IMP-007', 'PASSED'],
      ['IMP-008', 'FAILED'],
      ['IMP-009', 'PASSED'],
      ['IMP-010', 'SKIPPED'],
      ['IMP-011', 'PASSED'],
      ['IMP-012', 'FAILED'],
    ]);

    const again = await upload(runId, fixture('node-test.xml'), { query: '?createMissing=true' });
    expect(again.body).toMatchObject({ matched: 6, created: 0, unmatched: [] });
    expect((await casesOf(planId)).total).toBe(CASES.length + 6);
    expect((await resultsOf(runId)).total).toBe(CASES.length + 6);
  });

  describe('refuses, writing nothing', () => {
    let planId: string;
    let runId: string;
    let before: { results: Result[]; cases: number };

    beforeAll(async () => {
      ({ planId, runId } = await planAndRun());
      before = { results: byKey((await resultsOf(runId)).items), cases: (await casesOf(planId)).total };
    });
    afterEach(async () => {
      expect(byKey((await resultsOf(runId)).items)).toEqual(before.results);
      expect((await casesOf(planId)).total).toBe(before.cases);
    });

    const jest = () => fixture('jest-junit.xml').toString('utf8');

    it.each([
      [
        'a DOCTYPE',
        () => jest().replace('<testsuites', '<!DOCTYPE testsuites>\n<testsuites'),
        'Line 2: the file contains a document type declaration (DOCTYPE)',
      ],
      [
        'entity declarations (billion laughs)',
        () =>
          jest().replace(
            '<testsuites',
            '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;">]>\n<testsuites',
          ),
        'document type declaration',
      ],
      [
        'an external entity',
        () => jest().replace('<testsuites', '<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><testsuites'),
        'DOCTYPE',
      ],
      ['a truncated file', () => jest().slice(0, 1500), 'The file is not well-formed XML: line'],
      ['not XML', () => 'Tests: 6, failed: 2', 'not well-formed XML'],
      ['no test cases', () => '<testsuites><testsuite name="empty"/></testsuites>', 'no test cases'],
    ])('%s', async (_what, make, message) => {
      const answer = await upload(runId, Buffer.from(make(), 'utf8'));
      expect(answer.status).toBe(400);
      expect(answer.body['code']).toBe('BAD_USER_INPUT');
      expect(answer.body['message']).toContain(message);
    });

    it('a file over the upload limit (413)', async () => {
      const big = jest().replace('</testsuites>', `<!-- ${'x'.repeat(1024 * 1024)} --></testsuites>`);
      const answer = await upload(runId, Buffer.from(big, 'utf8'));
      expect(answer).toEqual({
        status: 413,
        body: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          message: 'The file is larger than the upload limit of 1 MB.',
        }),
      });
    });

    it('no file', async () => {
      const answer = await upload(runId, undefined);
      expect(answer.status).toBe(400);
      expect(answer.body['message']).toContain('"file"');
    });

    it('createMissing that is not true or false', async () => {
      const answer = await upload(runId, fixture('jest-junit.xml'), { query: '?createMissing=yes' });
      expect(answer.status).toBe(400);
      expect(answer.body['message']).toContain('createMissing');
    });

    it('evaluators and viewers: FORBIDDEN; outsiders: as for a run that does not exist', async () => {
      for (const who of ['ada', 'vic']) {
        const answer = await upload(runId, fixture('jest-junit.xml'), { token: people[who].token });
        expect({ who, status: answer.status, code: answer.body['code'] }).toEqual({
          who,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
      const outsider = await upload(runId, fixture('jest-junit.xml'), { token: people['out'].token });
      const missing = await upload('00000000-0000-4000-8000-000000000001', fixture('jest-junit.xml'));
      expect(outsider).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: 'The test run was not found.' } });
      expect(missing).toEqual(outsider);
      expect((await upload('not-an-id', fixture('jest-junit.xml'))).status).toBe(400);
    });

    it('without X-Requested-With (a form on another site could post it): refused', async () => {
      const answer = await upload(runId, fixture('jest-junit.xml'), { withoutHeader: true });
      expect(answer.status).toBe(400);
      expect(answer.body['message']).toContain('X-Requested-With: assay');
    });

    it('signed out: UNAUTHENTICATED', async () => {
      const answer = await upload(runId, fixture('jest-junit.xml'), { token: '' });
      expect(answer.status).toBe(401);
    });
  });

  it('product plans: administrators and the people named import; to everyone else the run does not exist', async () => {
    const vendorId = (await ok<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'Innovative' } }))
      .createVendor.id;
    const productId = (
      await ok<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name: 'Sierra', category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
    const productVersionId = (
      await ok<{ createProductVersion: { id: string } }>(GQL.createProductVersion, {
        input: { productId, name: '6.2' },
      })
    ).createProductVersion.id;
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { productId, name: 'Sierra upgrade', keyPrefix: 'CIRC-T' },
      })
    ).createTestPlan.id;
    await ok(GQL.setTestPlanMembers, { input: { planId, userIds: [people['vic'].id] } });
    for (const [title, automationName] of CASES)
      await ok(GQL.createTestCase, { input: { planId, title, automationName } });
    const runId = (
      await ok<{ createTestRun: { id: string } }>(GQL.createTestRun, {
        input: { planId, productVersionId, environment: 'Sierra 6.2 test server' },
      })
    ).createTestRun.id;

    for (const who of ['tess', 'lia']) {
      const refused = await upload(runId, fixture('go-junit-report.xml'), { token: people[who].token });
      expect({ who, ...refused }).toEqual({
        who,
        status: 404,
        body: { code: 'NOT_FOUND', message: 'The test run was not found.' },
      });
    }
    expect((await upload(runId, fixture('go-junit-report.xml'), { token: people['vic'].token })).body).toMatchObject({
      matched: 5,
    });
    expect((await upload(runId, fixture('maven-surefire.xml'), { token: admin })).body).toMatchObject({ matched: 5 });
  });

  it('leads import too; a closed run refuses', async () => {
    const { runId } = await planAndRun();
    expect((await upload(runId, fixture('vitest.xml'), { token: people['lia'].token })).status).toBe(200);
    const { testRun } = await ok<{ testRun: { version: number } }>(GQL.testRun, {
      id: runId,
    });
    await ok(GQL.closeTestRun, { input: { id: runId, version: testRun.version } }, people['lia'].token);
    const before = byKey((await resultsOf(runId)).items);
    const answer = await upload(runId, fixture('playwright.xml'));
    expect(answer.status).toBe(409);
    expect(answer.body['code']).toBe('CONFLICT');
    expect(byKey((await resultsOf(runId)).items)).toEqual(before);
  });
});
