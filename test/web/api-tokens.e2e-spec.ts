/**
 * The API tokens page in a real browser: reached from the account menu, it explains tokens when
 * there are none, creates one by keyboard (its secret shown once, with a copy button and an
 * example), lists it with its last use after a script used it, and revokes it after asking.
 * Screenshots go to test/web/screenshots (api-tokens-*.png).
 */
import { Browser, BrowserContext, Page } from 'playwright-core';
import { createPerson } from '../api/support/fixtures';
import { codeOf, RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectHidden,
  expectPath,
  expectVisible,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const PASSWORD = 'my tokens password 7';
const ME = `{ me { email } }`;

describe('the API tokens page (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let email: string;
  let secret: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    const admin = await server.login();
    email = (await createPerson(server, admin, { key: 'tokens.owner', displayName: 'Theo Okafor', password: PASSWORD }))
      .email;
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await newPage(context, pageErrors);
    await signIn(page, email, PASSWORD);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('is reached from the account menu and says what tokens are for when there are none', async () => {
    await page.getByRole('button', { name: 'Account menu for Theo Okafor' }).click();
    await page.getByRole('menuitem', { name: 'API tokens' }).click();
    await expectPath(page, '/api-tokens');
    expect(await page.title()).toBe('API tokens · Assay');
    await expectVisible(page.getByRole('heading', { name: 'API tokens', level: 1 }), 'the API tokens heading');
    await expectVisible(page.getByText('You have no API tokens'), 'the empty state');
    await expectVisible(page.getByText(/uploading JUnit test results/), 'what tokens are for');
    await screenshots(page, 'api-tokens-empty');
  });

  it('creates a token by keyboard and shows its secret once, with a copy button and an example', async () => {
    await page.getByRole('button', { name: 'New token' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New API token' });
    await expectVisible(dialog, 'the new token dialog');
    // The name field takes the focus: type, then submit with Enter.
    await page.waitForFunction(() => document.activeElement?.getAttribute('formcontrolname') === 'name');
    await page.keyboard.type('CI upload of test results');
    await dialog.getByRole('radio', { name: 'After a number of days' }).check();
    await dialog.getByRole('spinbutton', { name: 'Days' }).fill('30');
    await dialog.getByRole('spinbutton', { name: 'Days' }).press('Enter');
    await expectHidden(dialog, 'the dialog, closed');

    const shown = await expectVisible(page.getByRole('region', { name: 'Copy your new token now' }), 'the new secret');
    secret = ((await shown.getByTestId('new-token').textContent()) ?? '').trim();
    expect(secret).toMatch(/^assay_pat_[A-Za-z0-9_-]{43}$/);
    await page.waitForFunction(() => document.activeElement?.id === 'secret-heading');
    await expectVisible(shown.getByText(/Authorization: Bearer \$ASSAY_TOKEN/).first(), 'the curl example');
    await shown.getByRole('button', { name: 'Copy token' }).click();
    await expectVisible(shown.getByRole('button', { name: 'Copied' }), 'the copy confirmation');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    const list = page.getByRole('list', { name: 'Your tokens' });
    await expectVisible(list.getByText('CI upload of test results'), 'the token in the list');
    await expectVisible(list.getByText('Never used'), 'its last use: none yet');
    await expectVisible(list.getByText(secret.slice(0, 16) + '…'), 'its prefix');
    await screenshots(page, 'api-tokens-created');

    // The token works as the person, and is never shown again.
    expect((await server.gql<{ me: { email: string } }>(ME, {}, { token: secret })).data?.me.email).toBe(email);
    await page.reload();
    await expectVisible(list.getByText('CI upload of test results'), 'the token after reloading');
    await expectHidden(page.getByRole('region', { name: 'Copy your new token now' }), 'the secret, gone');
    expect(await page.content()).not.toContain(secret.slice(16));
    await expectHidden(list.getByText('Never used'), 'the "never used" note, now that it was used');
    await expectVisible(list.getByText(/Last used /), 'its last use');
  });

  it('revokes a token after asking; it stops working', async () => {
    await page.getByRole('button', { name: 'Revoke CI upload of test results' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke CI upload of test results?' });
    await expectVisible(confirm, 'the confirmation');
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expectVisible(page.getByText('Revoked CI upload of test results.'), 'the note');
    await expectVisible(page.getByText('You have no API tokens'), 'the empty list');
    expect(codeOf(await server.gql(ME, {}, { token: secret }))).toBe('UNAUTHENTICATED');
    expect(pageErrors).toEqual([]);
  });
});
