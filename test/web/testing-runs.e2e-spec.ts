/**
 * The testers' workbench in a real browser. A tester executes a run with the keyboard only: step
 * and case statuses, actual results, a screenshot pasted from the clipboard; the lead then sees the
 * progress on the run page and closes the run, which turns read-only. A run of 10,000 cases opens,
 * scrolls to its end and never has 100 rows in the page.
 * Screenshots at 1440 and 390 px go to test/web/screenshots.
 */
import { Browser, BrowserContext, Page } from 'playwright-core';
import { png } from '../api/support/files';
import {
  createDepartment,
  createPerson,
  createTeam,
  GQL,
  OWN_PASSWORD,
  Person,
  shortlistProducts,
} from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import { DESKTOP, expectVisible, gqlAs, launchChromium, newPage, screenshots, signIn } from './support/browser';

const WIDE = { width: 1440, height: 900 };

interface Result {
  id: string;
  version: number;
  caseKey: string;
  status: string;
  actualResult: string;
  durationSeconds: number | null;
  stepResults: { status: string; actual: string }[];
}

describe('test runs (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let testerContext: BrowserContext;
  let leadContext: BrowserContext;
  let admin: string;
  let evaluationId = '';
  let candidate = '';
  const people: Record<string, Person> = {};
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = admin) =>
    gqlAs<T>(server, as, query, variables);
  const createPlan = async (name: string, keyPrefix: string) =>
    (
      await gql<{ createTestPlan: { id: string } }>(
        GQL.createTestPlan,
        { input: { evaluationId, name, keyPrefix } },
        people['lia'].token,
      )
    ).createTestPlan.id;
  const createCase = async (input: Record<string, unknown>) =>
    (await gql<{ createTestCase: { id: string } }>(GQL.createTestCase, { input }, people['lia'].token)).createTestCase
      .id;
  const createRun = async (planId: string, environment: string) =>
    (
      await gql<{ createTestRun: { id: string } }>(
        GQL.createTestRun,
        {
          input: {
            planId,
            candidateId: candidate,
            environment,
            buildLabel: '24.11.02',
            testerIds: [people['tess'].id],
          },
        },
        people['lia'].token,
      )
    ).createTestRun.id;
  const resultsOf = async (runId: string) =>
    (
      await gql<{ testRun: { results: { items: Result[] } } }>(
        'query($id: ID!) { testRun(id: $id) { results(page: { offset: 0, limit: 10 }) { items { id version caseKey status actualResult durationSeconds stepResults { status actual } } } } }',
        { id: runId },
        people['lia'].token,
      )
    ).testRun.results.items;

  /** The rows of the case list in the page right now (rendered, whether loaded or not). */
  const rowsInPage = (page: Page) => page.locator('.run-row-item').count();

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS selection', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['tess', 'Tess Tester', 'TESTER'],
    ]);
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    [candidate] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    testerContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    leadContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  });

  afterAll(async () => {
    await testerContext?.close();
    await leadContext?.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets a tester execute a run with the keyboard only, and the lead follow its progress and close it', async () => {
    const planId = await createPlan('Circulation acceptance', 'CIRC');
    const renewCase = await createCase({
      planId,
      title: 'Renew a loan',
      preconditions: 'A patron with one loan due tomorrow.',
      priority: 'HIGH',
      tags: ['smoke'],
      steps: [
        { action: 'Open the patron’s loans', expected: 'The loan is listed' },
        { action: 'Renew the loan', expected: 'The due date moves by 14 days' },
      ],
    });
    await createCase({ planId, title: 'Place a hold', steps: [{ action: 'Place a hold', expected: 'Hold placed' }] });
    await createCase({
      planId,
      title: 'Check in an item',
      steps: [{ action: 'Scan the item', expected: 'Checked in' }],
    });
    const runId = await createRun(planId, 'Koha 24.11 vendor sandbox');

    const page = await newPage(testerContext, pageErrors);
    await signIn(page, people['tess'].email, OWN_PASSWORD);
    await page.goto(`/testing/runs/${runId}`);
    await expectVisible(page.getByRole('heading', { name: 'Run: Koha 24.11' }), 'the run’s heading');
    const heading = page.locator('#case-heading');
    await expectVisible(heading.filter({ hasText: 'CIRC-001' }), 'the first case in the executor');
    await expectVisible(page.getByRole('complementary', { name: 'Keyboard shortcuts' }), 'the key legend');

    // N and K move through the list; the case heading has the focus after each move.
    await page.keyboard.press('n');
    await expectVisible(heading.filter({ hasText: 'CIRC-002' }), 'the second case');
    await page.keyboard.press('k');
    await expectVisible(heading.filter({ hasText: 'CIRC-001' }), 'the first case again');
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);

    // Tab to the first step: P passes it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('p');
    await expectVisible(
      page.getByRole('group', { name: 'Status of step 1' }).getByRole('button', { name: 'Passed', pressed: true }),
      'step 1 passed',
    );
    // Past its four buttons and its field to the second step: F fails it, Enter writes what happened.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('f');
    await expectVisible(
      page.getByRole('group', { name: 'Status of step 2' }).getByRole('button', { name: 'Failed', pressed: true }),
      'step 2 failed',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('Renewal refused: "loan rule missing"');
    // Escape leaves the field: F now fails the case, and Enter opens its actual result.
    await page.keyboard.press('Escape');
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('f');
    await expectVisible(
      page.getByRole('group', { name: 'Case status' }).getByRole('button', { name: /Failed/, pressed: true }),
      'the case failed',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('The loan could not be renewed.');
    // Tab on to the duration, which counts on its own; the tester corrects it.
    await page.keyboard.press('Tab');
    expect(await page.locator('#case-duration').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4:30');
    await page.keyboard.press('Escape');

    // A screenshot pasted from the clipboard becomes evidence on the result.
    const screenshot = png(16, [220, 30, 30]).toString('base64');
    await page.evaluate((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, screenshot);
    await expectVisible(page.getByRole('link', { name: /^CIRC-001 screenshot .*\.png$/ }), 'the pasted screenshot');
    await expectVisible(page.getByRole('status').filter({ hasText: /^Saved$/ }), 'the case saved');

    // The next two cases: passed and blocked.
    await page.keyboard.press('j');
    await expectVisible(heading.filter({ hasText: 'CIRC-002' }), 'the second case');
    await page.keyboard.press('p');
    await page.keyboard.press('n');
    await expectVisible(heading.filter({ hasText: 'CIRC-003' }), 'the third case');
    await page.keyboard.press('b');
    await expectVisible(page.getByRole('status').filter({ hasText: /^Saved$/ }), 'the third case saved');
    await expectVisible(page.getByTestId('count-UNTESTED').filter({ hasText: /Untested\s+0/ }), 'no case untested');

    // Someone else records the open case meanwhile: the next save is refused with their words, and
    // the case shows what they saved.
    const third = (await resultsOf(runId)).find((r) => r.caseKey === 'CIRC-003');
    await gql(
      GQL.recordTestResult,
      { input: { id: third?.id, version: third?.version, status: 'RETEST', actualResult: 'Scanner froze' } },
      people['tess'].token,
    );
    await page.keyboard.press('s');
    await expectVisible(
      page.getByRole('alert').filter({ hasText: /was changed by Tess Tester .*The case now shows what was saved/ }),
      'the conflict in the server’s words',
    );
    await expectVisible(
      page.getByRole('group', { name: 'Case status' }).getByRole('button', { name: 'Retest', pressed: true }),
      'the status saved meanwhile',
    );
    await expectVisible(
      page.getByLabel('Actual result', { exact: true }).and(page.locator('textarea')),
      'the actual result field',
    );
    expect(await page.locator('#case-actual').inputValue()).toBe('Scanner froze');
    await expectVisible(page.getByTestId('count-RETEST').filter({ hasText: /Retest\s+1/ }), 'the progress caught up');

    await page.setViewportSize(WIDE);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await expectVisible(heading.filter({ hasText: 'CIRC-001' }), 'the failed case for the screenshot');
    await screenshots(page, 'testing-run-executor', {});

    const saved = await resultsOf(runId);
    expect(saved.map((r) => [r.caseKey, r.status])).toEqual([
      ['CIRC-001', 'FAILED'],
      ['CIRC-002', 'PASSED'],
      ['CIRC-003', 'RETEST'],
    ]);
    expect(saved[0].actualResult).toBe('The loan could not be renewed.');
    expect(saved[0].durationSeconds).toBeGreaterThanOrEqual(270);
    expect(saved[0].durationSeconds).toBeLessThan(330);
    expect(saved[0].stepResults).toEqual([
      { status: 'PASSED', actual: '' },
      { status: 'FAILED', actual: 'Renewal refused: "loan rule missing"' },
    ]);

    // The lead sees the progress, reads the results and closes the run.
    const lead = await newPage(leadContext, pageErrors);
    await signIn(lead, people['lia'].email, OWN_PASSWORD);
    await lead.setViewportSize(WIDE);
    await lead.goto(`/testing/runs/${runId}`);
    await expectVisible(lead.getByText('3 of 3 tested (100%)'), 'the progress summary');
    for (const [status, count] of [
      ['PASSED', 1],
      ['FAILED', 1],
      ['BLOCKED', 0],
      ['RETEST', 1],
      ['UNTESTED', 0],
    ] as const)
      await expectVisible(
        lead.getByTestId(`count-${status}`).filter({ hasText: new RegExp(`\\b${count}\\s*$`) }),
        `${count} ${status.toLowerCase()}`,
      );
    await expectVisible(lead.getByText('You are reading this run; its testers record the results.'), 'the reader note');
    await expectVisible(lead.getByRole('link', { name: /^CIRC-001 screenshot/ }), 'the evidence for the lead');
    await screenshots(lead, 'testing-run-lead', {});

    await lead.getByRole('button', { name: 'Close run' }).click();
    const dialog = lead.getByRole('dialog');
    await expectVisible(dialog.getByText('A closed run is read-only'), 'the confirmation');
    await dialog.getByRole('button', { name: 'Close run' }).click();
    await expectVisible(lead.getByText(/This run was closed by Lia Lead/), 'the closed note');
    await expectVisible(lead.getByText('Closed', { exact: true }), 'the closed status');

    // The case is edited afterwards: a new version, while the result keeps the one it ran.
    const { testCase } = await gql<{ testCase: { version: number } }>(
      'query($id: ID!) { testCase(id: $id) { version } }',
      { id: renewCase },
      people['lia'].token,
    );
    await gql(
      GQL.updateTestCase,
      { input: { id: renewCase, version: testCase.version, title: 'Renew a loan before it is due' } },
      people['lia'].token,
    );

    // The tester's page, loaded again, is read-only and says so.
    await page.reload();
    await expectVisible(page.getByText(/This run was closed by Lia Lead/), 'the closed note for the tester');
    await expectVisible(
      page.getByText('This result ran version 1; the case has a newer version (2).'),
      'the note on the newer version',
    );
    await expectVisible(page.locator('#case-heading').filter({ hasText: 'Renew a loan' }), 'the text the result ran');
    expect(await page.locator('#case-heading').textContent()).not.toContain('before it is due');
    await expectVisible(
      page.getByRole('group', { name: 'Case status' }).getByRole('button', { name: /Passed/ }),
      'the case status',
    );
    expect(
      await page
        .getByRole('group', { name: 'Case status' })
        .getByRole('button', { name: /Passed/ })
        .isDisabled(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Attach a file' }).count()).toBe(0);
    await page.keyboard.press('p');
    await page.waitForTimeout(300);
    expect((await resultsOf(runId))[0].status).toBe('FAILED');
    await screenshots(page, 'testing-run-closed', {});
    await page.close();
    await lead.close();
  }, 240_000);

  it('lets a tester raise a defect from a failed case with D, prefilled from the case, and see it on the result', async () => {
    const planId = await createPlan('Defects from runs', 'DEF');
    await createCase({
      planId,
      title: 'Renew a loan',
      priority: 'HIGH',
      steps: [{ action: 'Renew the loan', expected: 'The due date moves by 14 days' }],
    });
    await createCase({ planId, title: 'Place a hold', steps: [{ action: 'Place a hold', expected: 'Hold placed' }] });
    const runId = await createRun(planId, 'Koha 24.11 vendor sandbox');

    // A browser of its own, signed in here whatever the other tests did.
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, people['tess'].email, OWN_PASSWORD);
    await page.goto(`/testing/runs/${runId}`);
    const heading = page.locator('#case-heading');
    await expectVisible(heading.filter({ hasText: 'DEF-001' }), 'the first case in the executor');

    // D on a case that has not failed says what to do instead of opening anything.
    await page.keyboard.press('d');
    await expectVisible(page.getByText('A defect is raised from a failed case: mark it failed (F) first.'), 'the hint');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // F fails the case, Enter writes what happened, Escape comes back, D raises the defect.
    await page.keyboard.press('f');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Renewal refused: loan rule missing');
    await page.keyboard.press('Escape');
    await page.keyboard.press('d');
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByRole('heading', { name: 'Raise a defect from DEF-001' }), 'the defect form');
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Renew a loan');
    await expectVisible(
      dialog.getByRole('combobox', { name: 'Severity' }).filter({ hasText: 'Major' }),
      'major, from high',
    );
    const description = await dialog.getByLabel('Description').inputValue();
    expect(description).toContain(
      'Found by DEF-001 “Renew a loan” on Koha 24.11, build 24.11.02, Koha 24.11 vendor sandbox.',
    );
    expect(description).toContain('Actual result:\nRenewal refused: loan rule missing');
    await dialog.getByLabel('Component').fill('Circulation');
    await screenshots(page, 'testing-raise-defect', {});
    await dialog.getByRole('button', { name: 'Raise defect' }).click();
    const note = page.getByText(/Raised D-\d+: Renew a loan/);
    await expectVisible(note, 'the note');
    const key = /D-\d+/.exec((await note.textContent()) ?? '')![0];
    await expectVisible(page.getByRole('region', { name: 'Defects' }).getByText(key), 'the defect on the result');

    const { evaluation } = await gql<{
      evaluation: {
        defects: { total: number; items: { key: string; status: string; severity: string; component: string }[] };
      };
    }>(GQL.evaluationDefects, { id: evaluationId, filter: { text: key } }, people['lia'].token);
    expect(evaluation.defects.items).toEqual([
      expect.objectContaining({ key, status: 'OPEN', severity: 'MAJOR', component: 'Circulation' }),
    ]);
    await context.close();
  }, 120_000);

  it('lists the evaluation’s defects for the lead, filters them and moves one to fixed with its version', async () => {
    const create = async (title: string, severity: string) =>
      (
        await gql<{ createDefect: { key: string } }>(
          GQL.createDefect,
          { input: { evaluationId, candidateId: candidate, title, severity, component: 'OPAC' } },
          people['tess'].token,
        )
      ).createDefect.key;
    const lost = await create('Holds lost on restart', 'CRITICAL');
    const typo = await create('Typo on the receipt', 'TRIVIAL');

    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, people['lia'].email, OWN_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}/testing`);
    await page.getByRole('link', { name: 'Defects', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'Defects', exact: true }), 'the defects page');
    const table = page.getByRole('table', { name: 'Defects' });
    await expectVisible(table.getByRole('row').filter({ hasText: lost }), 'the critical defect');
    await expectVisible(table.getByRole('row').filter({ hasText: typo }), 'the trivial defect');

    // Severity critical: only the lost holds remain.
    await page.getByRole('combobox', { name: 'Severity' }).click();
    await page.getByRole('option', { name: 'Critical' }).click();
    await page.keyboard.press('Escape');
    await expectVisible(page.getByText('1 defect matches'), 'one match');
    expect(await table.getByRole('row').filter({ hasText: typo }).count()).toBe(0);

    // Start work, then mark it fixed in a version: the row says so, and when its retest is due.
    await page.getByRole('button', { name: `Change the status of ${lost}` }).click();
    await page.getByRole('menuitem', { name: 'Start work' }).click();
    await expectVisible(page.getByText(`${lost} is now in progress.`), 'the note');
    await page.getByRole('button', { name: `Change the status of ${lost}` }).click();
    await page.getByRole('menuitem', { name: 'Mark fixed…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectVisible(dialog.getByText('This is required.'), 'the missing version');
    await dialog.getByLabel('Fixed in version or build').fill('24.11.03');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectVisible(table.getByRole('row').filter({ hasText: /Fixed in 24\.11\.03; retest due/ }), 'the fix');
    await screenshots(page, 'testing-defects', {});
    await context.close();
  }, 120_000);

  it('opens a defect’s page from the list: its fields, its history and a status move; the list exports as filtered', async () => {
    const { createDefect: defect } = await gql<{ createDefect: { id: string; key: string; version: number } }>(
      GQL.createDefect,
      {
        input: {
          evaluationId,
          candidateId: candidate,
          title: 'Receipt printer skips the due date',
          description: 'Printed receipts have no due date line.',
          severity: 'MAJOR',
          component: 'Circulation',
          vendorTicketRef: 'BYW-4411',
        },
      },
      people['tess'].token,
    );
    await gql(
      GQL.changeDefectStatus,
      { input: { id: defect.id, version: defect.version, status: 'IN_PROGRESS' } },
      people['lia'].token,
    );

    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, people['lia'].email, OWN_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}/testing/defects`);
    await page.getByRole('searchbox', { name: /Search key, title/ }).fill('BYW-4411');
    await expectVisible(page.getByText('1 defect matches'), 'the one match');
    await page.getByRole('button', { name: 'Export the defect list' }).click();
    const csvHref = await page.getByRole('menuitem', { name: 'CSV (.csv)' }).getAttribute('href');
    expect(csvHref).toBe(`/api/evaluations/${evaluationId}/defects/export.csv?text=BYW-4411`);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Receipt printer skips the due date' }).click();
    await expectVisible(
      page.getByRole('heading', { name: `${defect.key}: Receipt printer skips the due date` }),
      'the defect’s page',
    );
    await expectVisible(page.getByText('Printed receipts have no due date line.'), 'its description');
    await expectVisible(page.getByText('BYW-4411'), 'its vendor ticket');
    const history = page.getByRole('list', { name: 'History of the defect' });
    await expectVisible(history.getByText('Lia Lead changed its status'), 'the status change in the history');
    await expectVisible(history.getByText('Tess Tester reported it'), 'the report in the history');

    await page.getByRole('button', { name: 'Change the status' }).click();
    await page.getByRole('menuitem', { name: 'Mark fixed…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Fixed in version or build').fill('24.11.04');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectVisible(page.getByText(`${defect.key} is now fixed.`), 'the note');
    await expectVisible(page.getByText(/24\.11\.04/).first(), 'the fixing version');
    await expectVisible(history.getByText('Fixed in version:'), 'the fix in the history');
    await screenshots(page, 'testing-defect', {});
    await context.close();
  }, 120_000);

  it('lets staff with no evaluation role report a problem with a screenshot and read how it was resolved', async () => {
    const manager = await createPerson(server, admin, { key: 'mo.manager', displayName: 'Mo Manager' });
    const staff = await createPerson(server, admin, { key: 'sue.staff', displayName: 'Sue Staff' });
    const vendorId = (await gql<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'Innovative' } }))
      .createVendor.id;
    const productId = (
      await gql<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name: 'Sierra', category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
    const versionId = (
      await gql<{ createProductVersion: { id: string } }>(GQL.createProductVersion, {
        input: { productId, name: '6.2' },
      })
    ).createProductVersion.id;
    const planId = (
      await gql<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { productId, name: 'Sierra patches', currentVersionId: versionId, targetVersionId: versionId },
      })
    ).createTestPlan.id;
    await gql(GQL.setTestPlanMembers, { input: { planId, userIds: [manager.id] } });

    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, staff.email, OWN_PASSWORD);
    await page.getByRole('link', { name: 'Problem reports', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: 'My problem reports' }), 'the reports page');
    await expectVisible(page.getByText('No reports yet'), 'the empty list');

    await page.getByRole('button', { name: 'Report a problem' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expectVisible(dialog.getByText('This is required.').first(), 'the required fields');
    await dialog.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: 'Sierra (Innovative)' }).click();
    await dialog.getByLabel('What happened').fill('Notices print twice\nEvery overdue notice came out two times.');
    await dialog.getByLabel('Where').fill('Overdue notices');
    await dialog.getByRole('combobox', { name: 'How bad' }).click();
    await page.getByRole('option', { name: 'Minor' }).click();
    await dialog.getByLabel('Screenshot (optional)').setInputFiles({
      name: 'notices.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await expectVisible(dialog.getByText('“notices.pdf” is not an image.', { exact: false }), 'the refused file');
    await dialog.getByLabel('Screenshot (optional)').setInputFiles({
      name: 'notices.png',
      mimeType: 'image/png',
      buffer: png(8),
    });
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expectVisible(page.getByText(/Reported as D-1\./), 'the note');
    const reports = page.getByRole('list', { name: 'Your reports' });
    await expectVisible(reports.getByText('D-1: Notices print twice'), 'the report');
    await expectVisible(reports.getByText('Waiting to be looked at'), 'its status');
    await expectVisible(reports.getByText(/a screenshot/), 'its screenshot');

    // The product's manager finds it waiting on their Problem reports page and sets it aside with notes.
    const managerContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const managerPage = await newPage(managerContext, pageErrors);
    await signIn(managerPage, manager.email, OWN_PASSWORD);
    await managerPage.goto('/problems');
    const waiting = managerPage.getByRole('list', { name: 'Reports on the products you manage' });
    await expectVisible(waiting.getByText('Sierra D-1: Notices print twice'), 'the report waiting for its manager');
    await expectVisible(waiting.getByText(/reported by Sue Staff/), 'its reporter');
    await screenshots(managerPage, 'problem-reports-triage', {});
    await managerPage.getByRole('button', { name: 'Change the status of Sierra D-1' }).click();
    await managerPage.getByRole('menuitem', { name: 'Won’t fix…' }).click();
    const triage = managerPage.getByRole('dialog');
    await triage.getByLabel('Why it will not be fixed').fill('Printer driver');
    await triage.getByLabel('Resolution notes').fill('Set the printer to single copies; Sierra sends one.');
    await triage.getByRole('button', { name: 'Save' }).click();
    await expectVisible(managerPage.getByText('D-1 is now won’t fix.'), 'the note');
    await managerContext.close();

    await page.reload();
    await expectVisible(page.getByText('One of your reports has been resolved', { exact: false }), 'the notice');
    await expectVisible(reports.getByText('Will not be fixed'), 'its new status');
    await expectVisible(reports.getByText('Set the printer to single copies; Sierra sends one.'), 'the notes');
    await screenshots(page, 'problem-reports', {});
    await context.close();
  }, 120_000);

  it('opens a run of 10,000 cases and scrolls to its end with fewer than 100 rows in the page', async () => {
    const planId = await createPlan('Regression suite', 'REG');
    let ids: string[] = [];
    for (let i = 0; i < 10; i++)
      ids.push(await createCase({ planId, title: `Regression ${i}`, tags: i === 0 ? ['nightly'] : [] }));
    // Copies within the plan make the rest quickly: 10 → 1,000, then nine more thousands.
    const copy = async (caseIds: string[]) =>
      (
        await gql<{ copyTestCases: { id: string }[] }>(
          'mutation($input: CopyTestCasesInput!) { copyTestCases(input: $input) { id } }',
          { input: { fromPlanId: planId, caseIds, toPlanId: planId } },
          people['lia'].token,
        )
      ).copyTestCases.map((c) => c.id);
    while (ids.length < 1000) ids = [...ids, ...(await copy(ids.slice(0, 1000 - ids.length)))];
    for (let i = 1; i < 10; i++) await copy(ids);
    const runId = await createRun(planId, 'Koha nightly');

    const page = await newPage(testerContext, pageErrors);
    await page.setViewportSize(WIDE);
    await page.goto(`/testing/runs/${runId}`);
    await expectVisible(page.getByRole('heading', { name: /Cases \(10000\)/ }), 'the count of cases');
    await expectVisible(page.locator('#case-heading').filter({ hasText: 'REG-001' }), 'the first case');
    const viewport = page.locator('cdk-virtual-scroll-viewport');
    const counts: number[] = [await rowsInPage(page)];
    for (let step = 0; step < 60; step++) {
      const atEnd = await viewport.evaluate((el) => {
        el.scrollTop = Math.min(el.scrollTop + 9000, el.scrollHeight);
        return el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      });
      await page.waitForTimeout(100);
      counts.push(await rowsInPage(page));
      if (atEnd) break;
    }
    await expectVisible(page.locator('.run-row').filter({ hasText: 'REG-10000' }), 'the last case, loaded');
    counts.push(await rowsInPage(page));
    expect(Math.max(...counts)).toBeLessThan(100);
    expect(Math.min(...counts)).toBeGreaterThan(0);

    // The last case opens in the executor, and a filter in the address narrows the list on the server.
    await page.locator('.run-row').filter({ hasText: 'REG-10000' }).click();
    await expectVisible(page.locator('#case-heading').filter({ hasText: 'REG-10000' }), 'the last case open');
    await screenshots(page, 'testing-run-10000', {});
    await page.goto(`/testing/runs/${runId}?tag=nightly`);
    await expectVisible(page.getByRole('heading', { name: /Cases \(1000 matching\)/ }), 'the filtered count');
    expect(await rowsInPage(page)).toBeLessThan(100);
    await page.close();
  }, 300_000);
});
