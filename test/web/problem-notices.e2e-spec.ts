/**
 * Problem notices in a real browser: an administrator opens a product in use's notices (empty,
 * saying what appears there), sends a notice about a known defect to one member library, and a
 * member of that library's staff finds it on their home page and opens it; a member of another
 * library does not see it. Screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { firstSignIn, GQL, OWN_PASSWORD, TEMPORARY_PASSWORD } from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
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

describe('problem notices (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let productId = '';
  const libraries: Record<string, string> = {};
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(server, admin, query, variables);

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    for (const [code, name] of [
      ['NORTH', 'North Branch'],
      ['SOUTH', 'South Branch'],
    ]) {
      libraries[code] = (
        await gql<{ createMemberLibrary: { id: string } }>(GQL.createMemberLibrary, { input: { code, name } })
      ).createMemberLibrary.id;
    }
    for (const [key, displayName, library] of [
      ['nora', 'Nora North', 'NORTH'],
      ['sam', 'Sam South', 'SOUTH'],
    ]) {
      const email = `${key}@e2e.test`;
      await gql(GQL.createUser, {
        input: { email, displayName, temporaryPassword: TEMPORARY_PASSWORD, memberLibraryId: libraries[library] },
      });
      await firstSignIn(server, email, TEMPORARY_PASSWORD, OWN_PASSWORD);
    }
    const vendorId = (await gql<{ createVendor: { id: string } }>(GQL.createVendor, { input: { name: 'ByWater' } }))
      .createVendor.id;
    productId = (
      await gql<{ createProduct: { id: string } }>(GQL.createProduct, {
        input: { vendorId, name: 'Koha', category: 'ILS', licence: 'OPEN_SOURCE' },
      })
    ).createProduct.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets an administrator send a notice that the chosen library’s staff see on their home page and open', async () => {
    const adminContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    let noticePath = '';
    try {
      const page = await newPage(adminContext, pageErrors);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(`/testing/products/${productId}/notices`);
      await expectVisible(page.getByRole('heading', { name: 'Notices about Koha', level: 1 }), 'the heading');
      await expectVisible(page.getByRole('heading', { name: 'No notices sent' }), 'the empty state');
      await screenshots(page, 'notices-empty');

      await page.getByRole('button', { name: 'Send a notice' }).click();
      const dialog = await expectVisible(
        page.getByRole('dialog', { name: 'Send a notice about Koha' }),
        'the notice dialog',
      );
      await dialog.getByRole('combobox', { name: 'Kind' }).click();
      await page.getByRole('option', { name: 'Known defect' }).click();
      await dialog.getByLabel('Title').fill('Holds placed at the desk vanish');
      await dialog.getByLabel('Details and workaround').fill('Place holds from the staff client until the fix.');
      await dialog.getByRole('checkbox', { name: /North Branch/ }).check();
      await dialog.getByRole('button', { name: 'Send notice' }).click();
      await expectHidden(dialog, 'the notice dialog');

      const list = await expectVisible(page.getByRole('list', { name: 'Notices, newest first' }), 'the notices');
      const link = await expectVisible(
        list.getByRole('link', { name: 'Holds placed at the desk vanish' }),
        'the notice sent',
      );
      await expectVisible(list.getByText(/Known defect · sent .* to North Branch \(1 person\) · open/), 'its facts');
      noticePath = (await link.getAttribute('href')) ?? '';
      expect(noticePath).toMatch(/^\/notices\/[0-9a-f-]{36}$/);
    } finally {
      await adminContext.close();
    }

    const staffContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(staffContext, pageErrors);
      await signIn(page, 'nora@e2e.test', OWN_PASSWORD);
      const notices = await expectVisible(page.getByRole('region', { name: 'Notices' }), 'the notices on home');
      await screenshots(page, 'notices-home');
      await notices.getByRole('link', { name: 'Koha: Holds placed at the desk vanish' }).click();
      await expectPath(page, noticePath);
      await expectVisible(
        page.getByRole('heading', { name: 'Holds placed at the desk vanish', level: 1 }),
        'the notice page',
      );
      await expectVisible(page.getByText('Place holds from the staff client until the fix.'), 'its details');
      await expectHidden(page.getByRole('button', { name: 'Close notice' }), 'closing, for the sender only');
      await screenshots(page, 'notice', { focus: page.getByRole('heading', { level: 1 }) });
    } finally {
      await staffContext.close();
    }

    const otherContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(otherContext, pageErrors);
      await signIn(page, 'sam@e2e.test', OWN_PASSWORD);
      await expectVisible(page.getByRole('heading', { name: 'Waiting for you' }), 'the home page');
      await expectHidden(page.getByRole('region', { name: 'Notices' }), 'no notices for another library');
      await page.goto(noticePath);
      await expectVisible(page.getByRole('heading', { name: 'This notice was not found' }), 'not found');
    } finally {
      await otherContext.close();
    }
  });
});
