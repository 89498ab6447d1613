/**
 * Test cases in and out of a plan as spreadsheets, and a CI's JUnit report into a run, in a real
 * browser. A tester imports a CSV with one bad line (the preview names its line and column and
 * imports nothing), fixes it and imports the cases; the export menu downloads them as CSV; a run of
 * those cases takes the results of a Jest report, with its counts, the test that matched no case,
 * and the run's progress moving. Screenshots at 1440 and 390 px go to test/web/screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { createDepartment, createTeam, GQL, OWN_PASSWORD, Person, shortlistProducts } from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectHidden,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const JEST_REPORT = join(__dirname, '..', 'api', 'fixtures', 'junit', 'jest-junit.xml');

/** Five cases, one step each; line 4 (the third case) has a priority no tool writes. */
const csvWith = (thirdPriority: string) =>
  [
    'Title,Priority,Step,Action,Expected',
    'Renew a loan,High,1,Renew the loan,The due date moves by 14 days',
    'Refuse a renewal over the limit,High,1,Renew a third time,The renewal is refused',
    `Lend a document to a patron,${thirdPriority},1,Scan the card and the item,The loan is recorded`,
    'Place a hold,Medium,1,Place a hold on a checked-out item,The hold is queued',
    'Import patrons,Low,1,Load the patron file,Every patron is created',
  ].join('\r\n');

describe('test case files and JUnit results (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: string;
  let evaluationId = '';
  let candidate = '';
  let planId = '';
  const people: Record<string, Person> = {};
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = admin) =>
    gqlAs<T>(server, as, query, variables);

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
    planId = (
      await gql<{ createTestPlan: { id: string } }>(
        GQL.createTestPlan,
        { input: { evaluationId, name: 'Circulation acceptance', keyPrefix: 'CIRC-T' } },
        people['lia'].token,
      )
    ).createTestPlan.id;
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
    page = await newPage(context, pageErrors);
    await signIn(page, people['tess'].email, OWN_PASSWORD);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('imports cases from a CSV: a bad line is named and nothing is written, the fixed file adds the cases', async () => {
    await page.goto(`/testing/plans/${planId}`);
    await expectVisible(page.getByRole('heading', { name: 'Circulation acceptance' }), 'the plan');
    await page.getByRole('button', { name: 'Import cases' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import cases' });
    await expectVisible(dialog.getByRole('button', { name: 'Choose file' }), 'the import dialog');

    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(csvWith('Soon'), 'utf8') });
    await expectVisible(dialog.getByText('1 problem on 1 line. Nothing will be imported'), 'the problem summary');
    const problems = dialog.getByRole('table', { name: 'Problems in the file' });
    const cells = (await problems.getByRole('row').nth(1).getByRole('cell').allTextContents()).map((c) => c.trim());
    expect(cells).toEqual(['4', 'Priority', 'Priority "Soon" is not critical, high, medium or low.']);
    expect(await dialog.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await screenshots(page, 'testing-case-import-problems');

    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(csvWith('High'), 'utf8') });
    await expectVisible(
      dialog.getByText('No problems. Importing would create 5, update 0 and leave 0 unchanged.'),
      'the clean preview',
    );
    const planned = dialog.getByRole('table', { name: 'Cases the import changes' });
    const keys = await planned.locator('td.key').allTextContents();
    expect(keys.map((key) => key.trim())).toEqual([
      'CIRC-T-001',
      'CIRC-T-002',
      'CIRC-T-003',
      'CIRC-T-004',
      'CIRC-T-005',
    ]);
    await screenshots(page, 'testing-case-import-preview');

    await dialog.getByRole('button', { name: 'Import 5 cases' }).click();
    await expectVisible(dialog.getByText('Imported 5 cases from cases.csv.'), 'the import result');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expectHidden(dialog, 'the import dialog once done');
    await expectVisible(page.getByText('Import done: added 5 cases.'), 'the note of what was done');
    const table = page.getByRole('table', { name: 'Test cases' });
    await expectVisible(table.getByRole('row').filter({ hasText: 'CIRC-T-003' }), 'an imported case in the list');
    expect(await table.getByRole('row').filter({ hasText: 'CIRC-T-003' }).textContent()).toContain(
      'Lend a document to a patron',
    );
    await screenshots(page, 'testing-plan-cases-imported');
  });

  it('downloads the plan’s cases as CSV from the export menu', async () => {
    await page.goto(`/testing/plans/${planId}`);
    await page.getByRole('button', { name: 'Export cases' }).click();
    const link = await expectVisible(page.getByRole('menuitem', { name: 'CSV (.csv)' }), 'the CSV link');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync(await download.path()).toString('utf8');
    expect(text).toContain('CIRC-T-001');
    expect(text).toContain('Import patrons');
  });

  it('uploads a JUnit report into a run and shows its counts, the unmatched test and the new progress', async () => {
    const runId = (
      await gql<{ createTestRun: { id: string } }>(
        GQL.createTestRun,
        {
          input: {
            planId,
            candidateId: candidate,
            environment: 'Koha 24.11 CI',
            testerIds: [people['tess'].id],
          },
        },
        people['lia'].token,
      )
    ).createTestRun.id;
    await page.goto(`/testing/runs/${runId}`);
    await expectVisible(page.getByRole('heading', { name: 'Run: Koha 24.11' }), 'the run');
    const untested = page.getByTestId('count-UNTESTED').locator('strong');
    expect((await untested.textContent())?.trim()).toBe('5');

    await page.getByRole('button', { name: 'Upload JUnit results' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload JUnit results' });
    await expectVisible(dialog.getByRole('button', { name: 'Choose file' }), 'the upload dialog');
    await expectVisible(dialog.getByRole('checkbox', { name: 'Create cases for tests that match none' }), 'the option');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'jest-junit.xml', mimeType: 'application/xml', buffer: readFileSync(JEST_REPORT) });
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();

    await expectVisible(dialog.getByText('Read 6 tests from jest-junit.xml.'), 'the summary');
    const counts = async (name: string) =>
      (await dialog.getByRole('list', { name }).getByRole('listitem').allTextContents()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      );
    expect(await counts('What the report held')).toEqual(['3 passed', '2 failed', '1 skipped']);
    expect(await counts('How the tests matched the cases')).toEqual([
      '5 matched a case',
      '0 new cases',
      '1 matched none',
    ]);
    const unmatched = await dialog
      .getByRole('list', { name: 'Tests that matched no case (not recorded)' })
      .getByRole('listitem')
      .allTextContents();
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toContain('checks out an item by barcode');
    await screenshots(page, 'testing-junit-upload');

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expectHidden(dialog, 'the upload dialog once done');
    await expectVisible(
      page.getByTestId('count-UNTESTED').filter({ hasText: /Untested\s*0/ }),
      'no case left untested',
    );
    const failed = page.getByTestId('count-FAILED').locator('strong');
    expect(Number((await failed.textContent())?.trim())).toBeGreaterThan(0);
    await expectVisible(
      page.locator('.run-row').filter({ hasText: 'CIRC-T-002' }).filter({ hasText: 'Failed' }),
      'the failed case in the list',
    );
  });
});
