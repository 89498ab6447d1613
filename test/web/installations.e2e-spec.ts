/**
 * The installation record in a real browser: a person named on a product's upgrade plan opens the
 * product's installations from the testing home page (empty, saying what appears there), records
 * the patch that went in with the run that accepted it, and sees it at the top of the history with
 * its version, kind, who applied it and the run linked, above an earlier entry.
 * Screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { createPerson, GQL, OWN_PASSWORD, Person } from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectHidden,
  expectPath,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

describe('installation record (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let pat: Person;
  let productId = '';
  let planId = '';
  let runId = '';
  const versions: string[] = [];
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(server, admin, query, variables);

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    pat = await createPerson(server, admin, { key: 'pat', displayName: 'Pat Planner' });
    const vendorId = (await gql<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'Innovative' } }))
      .createVendor.id;
    productId = (
      await gql<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name: 'Sierra', category: 'ILS', licence: 'PROPRIETARY' },
      })
    ).createProduct.id;
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
    await gql(GQL.setTestPlanMembers, { input: { planId, userIds: [pat.id] } });
    for (const title of ['Check out an item', 'Place a hold']) {
      await gql(GQL.createTestCase, { input: { planId, title, steps: [{ action: title, expected: 'It works' }] } });
    }
    runId = (
      await gql<{ createTestRun: { id: string } }>(GQL.createTestRun, {
        input: { planId, productVersionId: versions[1], environment: 'Training server', buildLabel: '6.2.1' },
      })
    ).createTestRun.id;
    const results = (
      await gql<{ testRun: { results: { items: { id: string; version: number }[] } } }>(GQL.testRunResults, {
        id: runId,
      })
    ).testRun.results.items;
    for (const [i, result] of results.entries()) {
      const status = i === 0 ? 'PASSED' : 'FAILED';
      await gql(GQL.recordTestResult, { input: { id: result.id, version: result.version, status } });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets a person named on the product’s plan record a patch with the run that accepted it, and shows it first', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, pat.email, OWN_PASSWORD);
      await page.goto('/testing');
      const plans = await expectVisible(page.getByRole('list', { name: 'Plans for products in use' }), 'the plans');
      await (await expectVisible(plans.getByRole('link', { name: /Installations/ }), 'the installations link')).click();
      await expectPath(page, `/testing/products/${productId}/installations`);
      await expectVisible(page.getByRole('heading', { name: 'Installations of Sierra', level: 1 }), 'the heading');
      await expectVisible(page.getByRole('heading', { name: 'No installations recorded' }), 'the empty state');
      await screenshots(page, 'installations-empty');

      // The first installation, recorded earlier without a run.
      await gqlAs(server, pat.token, GQL.recordInstallation, {
        input: { productId, productVersionId: versions[0], kind: 'INITIAL', installedOn: '2024-05-01' },
      });
      await page.reload();
      await expectVisible(page.getByRole('heading', { name: /Initial installation · Sierra 6\.1/ }), 'the first entry');

      await page.getByRole('button', { name: 'Record an installation' }).click();
      const dialog = await expectVisible(
        page.getByRole('dialog', { name: 'Record an installation' }),
        'the installation dialog',
      );
      await expectVisible(dialog.getByRole('combobox', { name: 'Kind' }).getByText('Patch'), 'a patch by default');
      await expectVisible(
        dialog.getByRole('combobox', { name: 'Version installed' }).getByText('6.2'),
        'the latest version',
      );
      await dialog.getByLabel('Installed on').fill('2025-03-04');
      await dialog.getByRole('combobox', { name: 'Accepted by the run' }).click();
      await page.getByRole('option', { name: /Sierra 6\.2 upgrade · 6\.2 \(build 6\.2\.1\)/ }).click();
      await dialog.getByLabel('Notes').fill('6.2.1 with the holds queue fix.');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expectHidden(dialog, 'the installation dialog');

      const history = await expectVisible(
        page.getByRole('list', { name: 'Installations, newest first' }),
        'the installation history',
      );
      const first = history.getByRole('listitem').first();
      await expectVisible(first.getByRole('heading', { name: /4 Mar 2025 · Patch · Sierra 6\.2/ }), 'the patch first');
      await expectVisible(first.getByText('Pat Planner'), 'who applied it');
      await expectVisible(first.getByText('2 cases · 1 passed · 1 failed'), 'the run’s outcome');
      await expectVisible(
        history
          .getByRole('listitem')
          .nth(1)
          .getByText(/Initial installation/),
        'the earlier entry',
      );
      await screenshots(page, 'installations', { focus: page.getByRole('heading', { level: 1 }) });

      await first.getByRole('link', { name: /Sierra 6\.2 upgrade · 6\.2/ }).click();
      await expectPath(page, `/testing/runs/${runId}`);
    } finally {
      await context.close();
    }
  });
});
