/**
 * Defect and pass-rate trends in a real browser, on the demo data: the lead opens the demo
 * evaluation's trends from its testing page and reads the headline figures and the weeks' table
 * worked out by hand from the demo's twelve dated defects (apps/api/src/demo/acceptance-demo-data.ts),
 * then downloads that table as CSV. An administrator opens a product in use's trends from the
 * testing home page; a component named like a spreadsheet formula is written as text in its CSV.
 * Every page is checked with axe-core; screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { RunningServer, startServer, TestDatabase } from '../api/support/server';
import {
  DESKTOP,
  expectAccessible,
  expectPath,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const DEMO_PASSWORD = 'assay-demo-2026';
const FORMULA = '=HYPERLINK("http://example.org","Click")';

/** The rows of a table as the reader sees them: each cell's text, spaces tidied. */
async function rowsOf(page: Page, name: string): Promise<string[][]> {
  const table = await expectVisible(page.getByRole('table', { name }), `the table ${name}`);
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
}

/** Clicks a section's CSV button and returns the file's name and text. */
async function downloadCsv(page: Page, caption: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download CSV of ${caption.toLowerCase()}` }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

describe('defect trends (browser)', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let evaluationId = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    database = await TestDatabase.create();
    server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
    const lead = await server.login('lead@demo.assay.local', DEMO_PASSWORD);
    const list = await gqlAs<{ evaluations: { items: { id: string; title: string }[] } }>(
      server,
      lead,
      '{ evaluations { items { id title } } }',
    );
    evaluationId = list.evaluations.items.find((e) => e.title === 'ILS replacement')?.id ?? '';
    expect(evaluationId).not.toBe('');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });

  it('shows the lead the demo evaluation’s trends as worked out by hand, and downloads them as CSV', async () => {
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
    const page = await newPage(context, pageErrors);
    await signIn(page, 'lead@demo.assay.local', DEMO_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}/testing`);
    await (await expectVisible(page.getByRole('link', { name: 'Trends', exact: true }), 'the trends link')).click();
    await expectPath(page, `/evaluations/${evaluationId}/testing/trends`);
    await expectVisible(page.getByRole('heading', { name: 'Trends', level: 1 }), 'the page heading');

    // Open now: D-1 fixed (awaiting its retest), D-3, D-4, D-6, D-7, D-10, D-11 (in triage), D-12.
    // Resolved: D-1 fixed after 15 d 22 h, D-5 closed after 5 d 18 h, D-9 verified after 6 d 6 h
    // (won't fix and duplicate are not resolutions): mean 27.92 / 3 = 9.3 days, median 6.25 days.
    const figures = page.getByRole('list', { name: 'Headline figures' });
    const figure = async (label: string) =>
      (await figures.getByRole('listitem').filter({ hasText: label }).innerText()).replace(/\s+/g, ' ').trim();
    expect(await figure('Open now')).toBe('Open now 8 1 critical, 2 major, 4 minor, 1 trivial');
    expect(await figure('Mean time to resolution')).toBe('Mean time to resolution 9.3 days over 3 resolved defects');
    expect(await figure('Median time to resolution')).toBe(
      'Median time to resolution 6.3 days half were resolved sooner',
    );
    expect(await figure('Defects in all')).toMatch(/^Defects in all 12 \d+ test runs?$/);

    // Every chart drawn (Chart.js loads with the first one).
    await page.waitForFunction(() => {
      const canvases = Array.from(document.querySelectorAll('assay-chart canvas'));
      return canvases.length === 4 && canvases.every((canvas) => (canvas as HTMLCanvasElement).width > 0);
    });
    await screenshots(page, 'trends-charts', { focus: page.getByRole('heading', { name: 'Trends', level: 1 }) });
    await screenshots(page, 'trends-lower-charts', {
      focus: page.getByRole('region', { name: 'Defects by component' }),
    });

    // The weeks from the first report (Tuesday 4 May 2027, week 18) to the last change (21 May).
    const caption = 'Defects opened and closed per week';
    const weeks = page.getByRole('region', { name: caption });
    await weeks.getByRole('button', { name: 'Show as table' }).click();
    const rows = await rowsOf(page, caption);
    expect(rows.slice(0, 3)).toEqual([
      ['2027-W18', 'May 3, 2027', '5', '0', '0'],
      ['2027-W19', 'May 10, 2027', '7', '2', '0'],
      ['2027-W20', 'May 17, 2027', '0', '2', '0'],
    ]);
    await expectAccessible(page, 'the weeks as a table');
    await screenshots(page, 'trends-table', { focus: weeks });

    const csv = await downloadCsv(page, caption);
    expect(csv.name).toMatch(/^ils-replacement-defects-opened-closed-per-week-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\ufeff')).toBe(true);
    expect(csv.text.slice(1).split('\r\n').slice(0, 4)).toEqual([
      'Week,Starts,Opened,Closed,Reopened',
      '2027-W18,2027-05-03,5,0,0',
      '2027-W19,2027-05-10,7,2,0',
      '2027-W20,2027-05-17,0,2,0',
    ]);

    // Back to the chart; the defects page leads here too.
    await weeks.getByRole('button', { name: 'Show as chart' }).click();
    await expectVisible(weeks.getByRole('img', { name: /^Bar chart of the defects opened and closed/ }), 'the chart');
    await page.getByRole('link', { name: 'Defects', exact: true }).click();
    await expectPath(page, `/evaluations/${evaluationId}/testing/defects`);
    await page.getByRole('link', { name: 'Trends', exact: true }).click();
    await expectPath(page, `/evaluations/${evaluationId}/testing/trends`);
  });

  it('shows a product in use’s trends from the testing home page, and writes a formula as text in the CSV', async () => {
    const admin = await server.login();
    const plans = await gqlAs<{ productTestPlans: { id: string; name: string; productId: string }[] }>(
      server,
      admin,
      '{ productTestPlans { id name productId } }',
    );
    const plan = plans.productTestPlans[0];
    expect(plan).toBeDefined();
    await gqlAs(server, admin, 'mutation($input: CreateDefectInput!) { createDefect(input: $input) { id } }', {
      input: { productId: plan.productId, title: 'A formula for a component', severity: 'MINOR', component: FORMULA },
    });

    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
    const page = await newPage(context, pageErrors);
    await signIn(page, 'admin@demo.assay.local', DEMO_PASSWORD);
    await page.goto('/testing');
    const plansList = await expectVisible(page.getByRole('list', { name: 'Plans for products in use' }), 'the plans');
    await plansList.getByRole('link', { name: `Trends for ${plan.name}` }).click();
    await expectPath(page, `/testing/products/${plan.productId}/trends`);
    await expectVisible(page.getByRole('heading', { name: 'Trends', level: 1 }), 'the page heading');
    await expectVisible(page.getByText(/, in use$/), 'the product named');

    const caption = 'Defects by component';
    await page.getByRole('region', { name: caption }).getByRole('button', { name: 'Show as table' }).click();
    expect(await rowsOf(page, caption)).toContainEqual([FORMULA, '1', '0', '1']);
    const csv = await downloadCsv(page, caption);
    expect(csv.text.slice(1).split('\r\n')[0]).toBe('Component,Open,Closed,Defects in all');
    expect(csv.text).toContain(`"'=HYPERLINK(""http://example.org"",""Click"")",1,0,1\r\n`);
    await screenshots(page, 'trends-product', { focus: page.getByRole('heading', { name: 'Trends', level: 1 }) });

    // The plan's own page leads to the same trends.
    await page.goto(`/testing/plans/${plan.id}`);
    await (
      await expectVisible(page.getByRole('link', { name: 'Trends', exact: true }), 'the plan’s trends link')
    ).click();
    await expectPath(page, `/testing/products/${plan.productId}/trends`);
  });
});
