import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { RunningServer } from '../../api/support/server';

export const SCREENSHOT_DIR = join(__dirname, '..', 'screenshots');
export const DESKTOP = { width: 1280, height: 800 };
export const NARROW = { width: 390, height: 844 };

/** Waits for UI changes (navigation, server round trips); generous, but a broken page still fails. */
export const UI_TIMEOUT = 20_000;

/** Starts headless Chromium; a missing binary is an error that says how to install it, never a skip. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. The browser tests need it: install it with ` +
        '`apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/**
 * Opens a page with the suite's timeouts that records uncaught errors and console errors in
 * `errors` (Angular reports errors it caught, such as a failing guard or a template error, on the
 * console); the tests expect it to stay empty.
 */
export async function newPage(context: BrowserContext, errors: string[], timeouts: { timeout?: number; navigationTimeout?: number } = {}): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(timeouts.timeout ?? UI_TIMEOUT);
  page.setDefaultNavigationTimeout(timeouts.navigationTimeout ?? UI_TIMEOUT * 2);
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return page;
}

/** Signs in through the sign-in page and waits for the home page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectPath(page, '/');
}

/** Prepares data through the API: runs a query as `token` and expects no errors. */
export async function gqlAs<T>(server: RunningServer, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await server.gql<T>(query, variables, { token });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** Waits until the locator is visible; the error names what was expected. */
export async function expectVisible(locator: Locator, what: string): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  } catch {
    throw new Error(`Expected to see ${what}, but it did not appear (${locator}).`);
  }
  return locator.first();
}

/** Waits until the locator is gone or hidden. */
export async function expectHidden(locator: Locator, what: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  } catch {
    throw new Error(`Expected ${what} to be gone, but it is still visible (${locator}).`);
  }
}

/** The path part of the page's URL once it matches, for assertions on where the app went. */
export async function expectPath(page: Page, path: string | RegExp): Promise<string> {
  const matches = (url: URL) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname + url.search));
  try {
    await page.waitForURL(matches, { timeout: UI_TIMEOUT });
  } catch {
    throw new Error(`Expected the app at ${path}, but it is at ${page.url()}.`);
  }
  return new URL(page.url()).pathname;
}

/**
 * Saves the page at desktop and narrow widths (…-desktop.png, …-narrow.png) and checks that the
 * narrow layout does not scroll sideways; restores the desktop size afterwards. With `focus`, that
 * part of the page is scrolled to the top of the view at each width (layouts differ in height).
 */
export async function screenshots(page: Page, name: string, options: { focus?: Locator } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await settle(page, options.focus);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-desktop.png`) });
  await page.setViewportSize(NARROW);
  await settle(page, options.focus);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-narrow.png`) });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(DESKTOP);
  await settle(page);
  expect({ page: name, horizontalOverflowAtNarrowWidth: overflow }).toEqual({ page: name, horizontalOverflowAtNarrowWidth: 0 });
}

/** Lets layout, breakpoint observers and Material animations finish before a screenshot. */
async function settle(page: Page, focus?: Locator): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight left where the last click was
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(400);
  if (focus) {
    await focus.first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(100);
  }
}
