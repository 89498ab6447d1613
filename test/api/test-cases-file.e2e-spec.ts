import { Workbook } from 'exceljs';
import { createDepartment, createEvaluation, createTeamWithCandidates, GQL, gqlData, Person } from './support/fixtures';
import { RunningServer, startServer } from './support/server';

interface ImportResult {
  encoding: string | null;
  columns: { index: number; header: string; field: string | null }[];
  rowCount: number;
  problems: { line: number; field: string | null; column: string | null; message: string }[];
  cases: { line: number; key: string; title: string; outcome: string }[];
  created: number;
  updated: number;
  newVersions: number;
  unchanged: number;
  applied: boolean;
  code?: string;
  message?: string;
}
interface CaseItem {
  id: string;
  key: string;
  title: string;
  currentVersion: number;
  version: number;
  priority: string;
  tags: string[];
  section: string;
  preconditions: string;
  automationName: string | null;
  steps: { action: string; expected: string }[];
  requirements: { code: string }[];
}

/** A tester's spreadsheet, quoted as spreadsheet programs write CSV. */
function csv(rows: string[][]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

const HEADERS = [
  'Key',
  'Title',
  'Section',
  'Preconditions',
  'Priority',
  'Tags',
  'Requirements',
  'Automation name',
  'Step',
  'Action',
  'Expected result',
];

describe('importing and exporting test cases', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let candidateId: string;
  let requirementCodes: string[];
  const people: Record<string, Person> = {};

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  async function upload(
    planId: string,
    mode: string,
    bytes: Buffer | string,
    options: { token?: string; withoutHeader?: boolean } = {},
  ): Promise<{ status: number; body: ImportResult }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(typeof bytes === 'string' ? Buffer.from(bytes) : bytes)]), 'x.csv');
    const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? people['tess'].token}` };
    if (!options.withoutHeader) headers['x-requested-with'] = 'assay';
    const response = await fetch(`${server.url}/api/test-plans/${planId}/cases/import?mode=${mode}`, {
      method: 'POST',
      headers,
      body: form,
    });
    return { status: response.status, body: (await response.json()) as ImportResult };
  }

  async function download(
    planId: string,
    format: string,
    token = people['vic'].token,
  ): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const response = await fetch(`${server.url}/api/test-plans/${planId}/cases/export?format=${format}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
  }

  const casesOf = async (planId: string) =>
    (await ok<{ testPlan: { cases: { total: number; items: CaseItem[] } } }>(GQL.testPlanCases, { planId })).testPlan
      .cases;

  async function newPlan(name = `Circulation ${Math.random()}`, prefix = 'CIRC-T', evaluation = evaluationId) {
    return (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { evaluationId: evaluation, name, keyPrefix: prefix },
      })
    ).createTestPlan.id;
  }

  /** Three cases: two with steps (the second on three rows), one with none. */
  const threeCases = () =>
    csv([
      HEADERS,
      [
        '',
        'Check out an item',
        'Circulation/Loans',
        'A patron with no fines',
        'High',
        'loans; desk',
        requirementCodes.join(', '),
        'circ.Loans checks_out',
        '1',
        'Scan the patron card',
        'The patron is shown',
      ],
      ['', '', '', '', '', '', '', '', '2', 'Scan the item', 'The due date is shown'],
      [
        '',
        'Renew a loan',
        'Circulation/Loans',
        '',
        'critical',
        'loans',
        requirementCodes[0],
        '',
        '1',
        'Open the loan',
        '',
      ],
      ['', '', '', '', '', '', '', '', '2', 'Press Renew', 'A new due date, 14 days on'],
      ['', '', '', '', '', '', '', '', '3', 'Press Renew again', 'Refused: "renewal limit"'],
      ['', 'Print a receipt', '', '', '', '', '', '', '', '', ''],
    ]);

  beforeAll(async () => {
    server = await startServer();
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
    requirementCodes = [];
    for (const title of ['Loans by barcode', 'Renewal limits']) {
      const { createRequirement } = await ok<{ createRequirement: { code: string } }>(GQL.createRequirement, {
        input: { evaluationId, departmentId: department, title, priority: 'MUST' },
      });
      requirementCodes.push(createRequirement.code);
    }
  });
  afterAll(() => server?.stop());

  it('previews without writing, then applies one row per step as cases with their fields', async () => {
    const planId = await newPlan();
    const preview = await upload(planId, 'preview', threeCases());
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ problems: [], created: 3, updated: 0, unchanged: 0, applied: false });
    expect(preview.body.cases.map((c) => [c.line, c.key, c.outcome])).toEqual([
      [2, 'CIRC-T-001', 'created'],
      [4, 'CIRC-T-002', 'created'],
      [7, 'CIRC-T-003', 'created'],
    ]);
    expect((await casesOf(planId)).total).toBe(0);

    const applied = await upload(planId, 'apply', threeCases());
    expect(applied.body).toMatchObject({ problems: [], created: 3, applied: true });
    const { items } = await casesOf(planId);
    expect(items.map((c) => [c.key, c.title, c.priority, c.steps.length])).toEqual([
      ['CIRC-T-001', 'Check out an item', 'HIGH', 2],
      ['CIRC-T-002', 'Renew a loan', 'CRITICAL', 3],
      ['CIRC-T-003', 'Print a receipt', 'MEDIUM', 0],
    ]);
    expect(items[0]).toMatchObject({
      section: 'Circulation/Loans',
      preconditions: 'A patron with no fines',
      tags: ['loans', 'desk'],
      automationName: 'circ.Loans checks_out',
      requirements: requirementCodes.map((code) => ({ code })),
    });
    expect(items[1].steps[2]).toEqual({ action: 'Press Renew again', expected: 'Refused: "renewal limit"' });
  });

  it('lists all three bad lines of a 50-row file with their columns, and writes nothing', async () => {
    const planId = await newPlan();
    const rows = Array.from({ length: 50 }, (_, i) => [
      '',
      `Case ${i + 1}`,
      '',
      '',
      'Low',
      '',
      '',
      '',
      '1',
      'Do it',
      'Done',
    ]);
    rows[9][4] = 'P1'; // line 11
    rows[24][6] = 'NOPE-404'; // line 26
    rows[41][1] = 'x'.repeat(301); // line 43
    for (const mode of ['preview', 'apply']) {
      const { status, body } = await upload(planId, mode, csv([HEADERS, ...rows]));
      expect(status).toBe(200);
      expect(body.applied).toBe(false);
      expect(body.cases).toEqual([]);
      expect(body.problems.map((p) => [p.line, p.column])).toEqual([
        [11, 'Priority'],
        [26, 'Requirements'],
        [43, 'Title'],
      ]);
      expect(body.problems[0].message).toBe('Priority "P1" is not critical, high, medium or low.');
      expect(body.problems[1].message).toBe('Requirement NOPE-404 is not in this evaluation.');
    }
    expect((await casesOf(planId)).total).toBe(0);
  });

  it('names a step row before any case and a case over the step limit', async () => {
    const planId = await newPlan();
    const steps = Array.from({ length: 201 }, (_, i) => [
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      String(i + 2),
      `Step ${i}`,
      '',
    ]);
    const file = csv([
      HEADERS,
      ['', '', '', '', '', '', '', '', '1', 'Orphan step', ''],
      ['', 'Long case', '', '', '', '', '', '', '1', 'First', ''],
      ...steps,
    ]);
    const { body } = await upload(planId, 'apply', file);
    expect(body.problems.map((p) => [p.line, p.field])).toEqual([
      [2, null],
      [203, 'action'], // the 201st step
    ]);
    expect(body.problems[1].message).toMatch(/over 200 steps/);
  });

  it.each(['csv', 'xlsx'])('round-trips through %s: no changes, no new versions', async (format) => {
    const planId = await newPlan(`Circulation: loans/renewals ${format}`);
    await upload(planId, 'apply', threeCases());
    const before = (await casesOf(planId)).items;
    const file = await download(planId, format);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(`Circulation_ loans_renewals ${format}-cases.${format}`);
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    const again = await upload(planId, 'apply', file.bytes);
    expect(again.body).toMatchObject({ problems: [], created: 0, updated: 0, unchanged: 3, applied: true });
    expect((await casesOf(planId)).items).toEqual(before);
  });

  it('writes the export in the import’s shape: one row per step, the case’s fields on its first', async () => {
    const planId = await newPlan();
    await upload(planId, 'apply', threeCases());
    const workbook = new Workbook();
    await workbook.xlsx.load((await download(planId, 'xlsx')).bytes as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1).map((cell) => cell ?? ''));
    expect(values[0]).toEqual(HEADERS);
    expect(values.map((row) => [row[0], row[8], row[9]])).toEqual([
      ['Key', 'Step', 'Action'],
      ['CIRC-T-001', '1', 'Scan the patron card'],
      ['', '2', 'Scan the item'],
      ['CIRC-T-002', '1', 'Open the loan'],
      ['', '2', 'Press Renew'],
      ['', '3', 'Press Renew again'],
      ['CIRC-T-003', '', ''],
    ]);
  });

  it('updates cases by key, in place until a result ran them, then as a new version', async () => {
    const planId = await newPlan();
    await upload(planId, 'apply', threeCases());
    const { createTestRun } = await ok<{ createTestRun: { id: string } }>(GQL.createTestRun, {
      input: { planId, candidateId, environment: 'Sandbox' },
    });
    const { testRun } = await ok<{
      testRun: { results: { items: { id: string; caseKey: string; version: number }[] } };
    }>(GQL.testRunResults, { id: createTestRun.id });
    const [ran] = testRun.results.items.filter((r) => r.caseKey === 'CIRC-T-001');
    await ok(
      GQL.recordTestResult,
      { input: { id: ran.id, version: ran.version, status: 'PASSED' } },
      people['tess'].token,
    );

    const text = (await download(planId, 'csv')).bytes
      .toString('utf8')
      .replace('Check out an item', 'Check out an item by barcode')
      .replace('Print a receipt', 'Print a loan receipt');
    const preview = await upload(planId, 'preview', text);
    expect(preview.body).toMatchObject({ created: 0, updated: 2, newVersions: 1, unchanged: 1, applied: false });
    expect((await casesOf(planId)).items.map((c) => c.title)).toContain('Check out an item');
    const applied = await upload(planId, 'apply', text);
    expect(applied.body.cases.map((c) => [c.key, c.outcome])).toEqual([
      ['CIRC-T-001', 'new_version'],
      ['CIRC-T-002', 'unchanged'],
      ['CIRC-T-003', 'updated'],
    ]);
    const items = (await casesOf(planId)).items;
    expect(items.map((c) => [c.title, c.currentVersion])).toEqual([
      ['Check out an item by barcode', 2],
      ['Renew a loan', 1],
      ['Print a loan receipt', 1],
    ]);
  });

  it('reads a TestRail-style export: its headers, its ids (new here), its repeated case columns and its priorities', async () => {
    const planId = await newPlan();
    const file = csv([
      [
        'ID',
        'Title',
        'Section',
        'Priority',
        'Preconditions',
        'References',
        'Steps (Step)',
        'Steps (Expected Result)',
        'Type',
      ],
      [
        'C1042',
        'Place a hold',
        'Holds',
        '2 - High',
        'Item on loan',
        requirementCodes[1],
        'Search the item',
        'Found',
        'Functional',
      ],
      // TestRail repeats the case's columns on each of its step rows.
      [
        'C1042',
        'Place a hold',
        'Holds',
        '2 - High',
        'Item on loan',
        requirementCodes[1],
        'Place the hold',
        'Hold queued',
        'Functional',
      ],
      ['C1043', 'Cancel a hold', 'Holds', 'Medium', '', '', 'Cancel it', 'Gone', 'Functional'],
    ]);
    const { body } = await upload(planId, 'apply', file);
    expect(body.columns.map((c) => c.field)).toEqual([
      'key',
      'title',
      'section',
      'priority',
      'preconditions',
      'requirements',
      'action',
      'expected',
      null,
    ]);
    expect(body).toMatchObject({ problems: [], created: 2, applied: true });
    const { items } = await casesOf(planId);
    expect(items.map((c) => [c.key, c.title, c.priority, c.steps.length, c.requirements.map((r) => r.code)])).toEqual([
      ['CIRC-T-001', 'Place a hold', 'HIGH', 2, [requirementCodes[1]]],
      ['CIRC-T-002', 'Cancel a hold', 'MEDIUM', 1, []],
    ]);
  });

  it('lets the evaluation’s leads and testers import, members read the export, and hides the plan from others', async () => {
    const planId = await newPlan();
    for (const key of ['ada', 'vic']) {
      const refused = await upload(planId, 'preview', threeCases(), { token: people[key].token });
      expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    }
    const outsider = await upload(planId, 'preview', threeCases(), { token: people['out'].token });
    const missing = await upload('00000000-0000-4000-8000-000000000000', 'preview', threeCases());
    expect([outsider.status, outsider.body]).toEqual([404, missing.body]);
    const noHeader = await upload(planId, 'preview', threeCases(), { withoutHeader: true });
    expect([noHeader.status, noHeader.body.code]).toEqual([400, 'BAD_USER_INPUT']);
    const badMode = await upload(planId, 'commit', threeCases());
    expect([badMode.status, badMode.body.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect((await upload(planId, 'preview', threeCases(), { token: people['lia'].token })).status).toBe(200);
    expect((await download(planId, 'csv', people['ada'].token)).status).toBe(200);
    expect((await download(planId, 'csv', people['out'].token)).status).toBe(404);
    expect((await download(planId, 'pdf')).status).toBe(400);
  });

  it('lets the people named on a product plan import, hides it from others, and refuses requirements there', async () => {
    const { createVendor } = await ok<{ createVendor: { id: string } }>(GQL.createVendor, {
      input: { name: 'In-house' },
    });
    const { createProduct } = await ok<{ createProduct: { id: string } }>(GQL.createProduct, {
      input: { vendorId: createVendor.id, name: 'Discovery layer', category: 'ILS', licence: 'PROPRIETARY' },
    });
    const { createTestPlan } = await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
      input: { productId: createProduct.id, name: 'Upgrade checks', keyPrefix: 'DISC' },
    });
    const planId = createTestPlan.id;
    await ok(GQL.setTestPlanMembers, { input: { planId, userIds: [people['vic'].id] } });
    const named = await upload(
      planId,
      'apply',
      csv([
        ['Title', 'Steps'],
        ['Search a title', 'Type it'],
      ]),
      {
        token: people['vic'].token,
      },
    );
    expect(named.body).toMatchObject({ problems: [], created: 1, applied: true });
    const stranger = await upload(planId, 'preview', csv([['Title'], ['x']]), { token: people['tess'].token });
    expect([stranger.status, stranger.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await download(planId, 'csv', people['tess'].token)).status).toBe(404);
    const linked = await upload(
      planId,
      'preview',
      csv([
        ['Title', 'References'],
        ['Linked', requirementCodes[0]],
      ]),
      {
        token: admin,
      },
    );
    expect(linked.body.problems.map((p) => [p.line, p.column])).toEqual([[2, 'References']]);
  });

  it('refuses a file over 10,000 rows before looking at them', async () => {
    const planId = await newPlan();
    const rows = Array.from({ length: 10_001 }, (_, i) => [`Case ${i}`]);
    const { status, body } = await upload(planId, 'preview', csv([['Title'], ...rows]));
    expect([status, body.code, body.message]).toEqual([
      400,
      'BAD_USER_INPUT',
      'The file has 10,001 rows; the limit is 10,000 per import.',
    ]);
  });

  it('refuses imports once the evaluation is cancelled, and still exports', async () => {
    const doomed = await createEvaluation(server, admin, 'Doomed', [[people['tess'].id, 'TESTER']]);
    const planId = await newPlan('Doomed plan', 'DOOM', doomed);
    const { evaluation } = await ok<{ evaluation: { version: number } }>(GQL.evaluationVersion, { id: doomed });
    await ok(GQL.moveEvaluation, {
      input: { id: doomed, version: evaluation.version, to: 'CANCELLED', reason: 'Budget' },
    });
    const refused = await upload(planId, 'apply', threeCases());
    expect([refused.status, refused.body.code, refused.body.message]).toEqual([
      409,
      'CONFLICT',
      'The evaluation is cancelled; its tests can no longer change.',
    ]);
    expect((await download(planId, 'csv', people['tess'].token)).status).toBe(200);
  });
});
