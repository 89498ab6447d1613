/**
 * The Sessions page in a real browser: reached from the account menu, it lists where the person
 * is signed in, signs one session out (by keyboard), shows its loading, error and empty states,
 * and signs out everywhere. Screenshots go to test/web/screenshots (sessions-*.png).
 */
import { Browser, BrowserContext, Page } from 'playwright-core';
import { createPerson, GQL } from '../api/support/fixtures';
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

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const PASSWORD = 'my sessions password 7';

describe('the Sessions page (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let email: string;
  /** createPerson's own session (an API client, "node"). */
  let apiToken: string;
  let firefoxToken: string;
  const pageErrors: string[] = [];

  const signInFrom = async (userAgent: string) => {
    const result = await server.gql<{ login: { accessToken: string } }>(
      GQL.login,
      { input: { email, password: PASSWORD } },
      { headers: { 'user-agent': userAgent } },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.login.accessToken;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    const admin = await server.login();
    const person = await createPerson(server, admin, {
      key: 'sessions.reader',
      displayName: 'Selma Reyes',
      password: PASSWORD,
    });
    email = person.email;
    apiToken = person.token;
    firefoxToken = await signInFrom(FIREFOX);
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    page = await newPage(context, pageErrors);
    await signIn(page, email, PASSWORD);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('is reached from the account menu and lists this browser and the other sessions', async () => {
    await page.getByRole('button', { name: 'Account menu for Selma Reyes' }).click();
    await page.getByRole('menuitem', { name: 'Sessions' }).click();
    await expectPath(page, '/sessions');
    expect(await page.title()).toBe('Sessions · Assay');
    await expectVisible(page.getByRole('heading', { name: 'Sessions', level: 1 }), 'the Sessions heading');

    const here = page.getByRole('region', { name: 'This browser' });
    await expectVisible(here.getByText('Headless Chrome on Linux'), 'this browser, described');
    await expectVisible(here.getByRole('button', { name: 'Sign out' }), 'the sign-out button of this browser');
    const elsewhere = page.getByRole('region', { name: 'Other sessions' });
    await expectVisible(elsewhere.getByText('Firefox on Windows'), 'the Firefox session');
    await expectVisible(elsewhere.getByText('node', { exact: true }), 'the API client session');
    await expect(elsewhere.getByRole('listitem').count()).resolves.toBe(2);
    await screenshots(page, 'sessions');
  });

  it('signs one other session out by keyboard; its token stops working and focus stays on the list', async () => {
    const elsewhere = page.getByRole('region', { name: 'Other sessions' });
    const button = elsewhere.getByRole('button', { name: /^Sign out Firefox on Windows, signed in / });
    await button.focus();
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Signed out Firefox on Windows.'), 'the confirmation');
    await expectHidden(elsewhere.getByText('Firefox on Windows'), 'the ended session');
    await page.waitForFunction(() => document.activeElement?.id === 'elsewhere');
    expect(codeOf(await server.gql(GQL.me, {}, { token: firefoxToken }))).toBe('UNAUTHENTICATED');
    expect((await server.gql(GQL.me, {}, { token: apiToken })).errors).toBeUndefined();
  });

  it('shows a loading state, then an error with Try again when the list cannot be read', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let failures = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'MySessions') return route.continue();
      await held;
      if (failures++ === 0) {
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [
              { message: 'Something went wrong. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ],
          }),
        });
      }
      return route.continue();
    });
    await page.reload();
    await expectVisible(page.getByText('Loading your sessions…'), 'the loading state');
    release();
    const banner = await expectVisible(
      page.getByRole('alert').filter({ hasText: 'Something went wrong' }),
      'the error banner',
    );
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expectVisible(
      page.getByRole('region', { name: 'Other sessions' }).getByText('node', { exact: true }),
      'the list after trying again',
    );
    await page.unroute('**/graphql');
  });

  it('says so when the person is signed in nowhere else', async () => {
    const elsewhere = page.getByRole('region', { name: 'Other sessions' });
    await elsewhere.getByRole('button', { name: /^Sign out node, signed in / }).click();
    await expectVisible(elsewhere.getByText('You are not signed in anywhere else'), 'the empty state');
    expect(codeOf(await server.gql(GQL.me, {}, { token: apiToken }))).toBe('UNAUTHENTICATED');
    await screenshots(page, 'sessions-alone');
  });

  it('signs out everywhere: this browser goes to sign-in and every other session ends', async () => {
    const other = await signInFrom(FIREFOX);
    await page.reload();
    await expectVisible(
      page.getByRole('region', { name: 'Other sessions' }).getByText('Firefox on Windows'),
      'the new Firefox session',
    );
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expectPath(page, '/sign-in');
    expect(codeOf(await server.gql(GQL.me, {}, { token: other }))).toBe('UNAUTHENTICATED');
    // The browser's cookie is gone and its session ended: the app stays signed out.
    await page.goto('/sessions');
    await expectPath(page, '/sign-in');
    expect(pageErrors).toEqual([]);
  });
});
