/**
 * The upgrade comparison in a real browser: an administrator's plan for upgrading a product in use
 * ran on the current version (every case passed) and on the target version (one case failed, with
 * its defect); the plan's runs lead to the comparison, which shows the newly failing case first
 * with its defect, and the requirement-free plan's counts in words; the defect, the product's, opens
 * on its own page.
 * Screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { GQL } from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectPath,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

describe('upgrade comparison (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let planId = '';
  let defectKey = '';
  let defectId = '';
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(server, admin, query, variables);

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    const vendorId = (await gql<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'Innovative' } }))
      .createVendor.id;
    const productId = (
      await gql<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name: 'Sierra', category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
    const versions: string[] = [];
    for (const name of ['6.1', '6.2']) {
      versions.push(
        (await gql<{ createProductVersion: { id: string } }>(GQL.createProductVersion, { input: { productId, name } }))
          .createProductVersion.id,
      );
    }
    planId = (
      await gql<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: {
          productId,
          name: 'Sierra 6.2 upgrade',
          currentVersionId: versions[0],
          targetVersionId: versions[1],
          keyPrefix: 'SIE',
        },
      })
    ).createTestPlan.id;
    for (const title of ['Check out an item', 'Place a hold', 'Renew a loan']) {
      await gql(GQL.createTestCase, { input: { planId, title, steps: [{ action: title, expected: 'It works' }] } });
    }
    const record = async (productVersionId: string, failing: string | null) => {
      const run = (
        await gql<{ createTestRun: { id: string } }>(GQL.createTestRun, {
          input: { planId, productVersionId, environment: 'Training server' },
        })
      ).createTestRun.id;
      const results = (
        await gql<{ testRun: { results: { items: { id: string; version: number; caseKey: string }[] } } }>(
          GQL.testRunResults,
          { id: run },
        )
      ).testRun.results.items;
      let failed = '';
      for (const result of results) {
        const status = result.caseKey === failing ? 'FAILED' : 'PASSED';
        await gql(GQL.recordTestResult, { input: { id: result.id, version: result.version, status } });
        if (status === 'FAILED') failed = result.id;
      }
      return failed;
    };
    await record(versions[0], null);
    const failed = await record(versions[1], 'SIE-002');
    ({ key: defectKey, id: defectId } = (
      await gql<{ createDefect: { id: string; key: string } }>(GQL.createDefect, {
        input: { fromResultId: failed, severity: 'MAJOR', title: 'Holds for another branch fail on 6.2' },
      })
    ).createDefect);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('shows the newly failing case of an upgrade first, with its defect', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(`/testing/plans/${planId}?tab=runs`);
      await (await expectVisible(page.getByRole('link', { name: 'Compare two runs' }), 'the comparison link')).click();
      await expectPath(page, `/testing/plans/${planId}/upgrade`);
      await expectVisible(page.getByRole('heading', { name: 'Upgrade comparison', level: 1 }), 'the page heading');
      await expectVisible(page.getByRole('combobox', { name: 'Before (run A)' }).getByText(/Sierra 6\.1/), 'run A');
      await expectVisible(page.getByRole('combobox', { name: 'After (run B)' }).getByText(/Sierra 6\.2/), 'run B');
      const summary = await expectVisible(page.getByRole('list', { name: 'Cases by change' }), 'the counts');
      await expectVisible(summary.getByText('1 newly failing'), 'one case newly failing');
      await expectVisible(summary.getByText('2 unchanged'), 'two cases unchanged');

      const cases = page.getByRole('table', { name: 'Cases, before and after' });
      const first = cases.getByRole('row').nth(1);
      await expectVisible(
        first.getByRole('rowheader', { name: /SIE-002 Place a hold/ }),
        'the newly failing case first',
      );
      await expectVisible(first.getByRole('cell', { name: 'Newly failing' }), 'its change in words');
      await expectVisible(first.getByRole('cell', { name: 'Passed' }), 'its result before');
      await expectVisible(first.getByRole('cell', { name: 'Failed' }), 'its result after');
      await expectVisible(first.getByText(defectKey), 'its defect');
      await screenshots(page, 'upgrade-comparison', {
        focus: page.getByRole('heading', { name: 'Upgrade comparison', level: 1 }),
      });

      // Only what changed for the worse.
      await page.getByRole('combobox', { name: 'Show cases' }).click();
      await page.getByRole('option', { name: 'Newly failing' }).click();
      await page.keyboard.press('Escape');
      await expectPath(page, /show=NEWLY_FAILING/);
      await expectVisible(cases.getByRole('rowheader', { name: /SIE-002/ }), 'the newly failing case');
      await page.waitForFunction(
        () => document.querySelectorAll('table[aria-label="Cases, before and after"] tbody tr').length === 1,
      );

      // The product's defect opens on its own page, outside any evaluation.
      await cases.getByRole('link', { name: defectKey }).click();
      await expectPath(page, `/testing/defects/${defectId}`);
      await expectVisible(
        page.getByRole('heading', { name: `${defectKey}: Holds for another branch fail on 6.2`, level: 1 }),
        'the defect’s page',
      );
      await expectVisible(page.getByText('Sierra', { exact: true }).first(), 'the product it was found on');
      await expectVisible(page.getByRole('list', { name: 'Linked results' }).getByText(/SIE-002/), 'the failed result');
      await expectVisible(page.getByRole('link', { name: 'Problem reports' }), 'the way back to the product defects');
      await screenshots(page, 'product-defect', {
        focus: page.getByRole('heading', { name: `${defectKey}: Holds for another branch fail on 6.2`, level: 1 }),
      });
    } finally {
      await context.close();
    }
  });
});
