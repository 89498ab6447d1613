import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { RunningServer } from '../../api/support/server';
import { axeViolations, describeViolations } from './axe';

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
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Opens a page with the suite's timeouts that records uncaught errors and console errors in
 * `errors` (Angular reports errors it caught, such as a failing guard or a template error, on the
 * console); the tests expect it to stay empty.
 */
export async function newPage(
  context: BrowserContext,
  errors: string[],
  timeouts: { timeout?: number; navigationTimeout?: number } = {},
): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(timeouts.timeout ?? UI_TIMEOUT);
  page.setDefaultNavigationTimeout(timeouts.navigationTimeout ?? UI_TIMEOUT * 2);
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return page;
}

/** Who each browser context signed in as (through signIn), to say whose view an accessibility problem is in. */
const signedInAs = new WeakMap<BrowserContext, string>();
/** The last path of each page that axe-core checked, so each page visited is checked once on arrival. */
const auditedPath = new WeakMap<Page, string>();

/** Signs in through the sign-in page and waits for the home page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  signedInAs.set(page.context(), email);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectPath(page, '/');
}

/** Prepares data through the API: runs a query as `token` and expects no errors. */
export async function gqlAs<T>(
  server: RunningServer,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await server.gql<T>(query, variables, { token });
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/**
 * Waits until the locator is visible; the error names what was expected. The first time a page
 * shows something at a new path, the page is checked with axe-core (see expectAccessible), so
 * every page a test visits is checked, for whoever the test signed in as.
 */
export async function expectVisible(locator: Locator, what: string): Promise<Locator> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  } catch {
    throw new Error(
      `Expected to see ${what}, but it did not appear (${locator}).\n${await describePage(locator.page())}`,
    );
  }
  const page = locator.page();
  // Inside a dialog, wait until the dialog has taken the focus (it moves the focus to its first
  // field once its opening animation ends): text typed before then would land in that field.
  if (await locator.first().evaluate((element) => !!element.closest('mat-dialog-container'))) {
    await page
      .waitForFunction(
        () => {
          const active = document.activeElement;
          const dialog = active?.closest('mat-dialog-container');
          return !!dialog && active !== dialog && !dialog.classList.contains('mdc-dialog--opening');
        },
        undefined,
        { timeout: 3_000 },
      )
      .catch(() => undefined); // a dialog that focuses itself, not a field
  }
  if (auditedPath.get(page) !== new URL(page.url()).pathname) await expectAccessible(page);
  return locator.first();
}

/**
 * What was on screen when an expectation failed, for a failure read from a CI log: the address,
 * the page's visible text (shortened) and a screenshot's file name.
 */
async function describePage(page: Page): Promise<string> {
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = `failed-${Date.now()}.png`;
    await page.screenshot({ path: join(SCREENSHOT_DIR, file), timeout: 5_000 });
    const text = (await page.locator('body').innerText({ timeout: 5_000 })).replace(/\s+/g, ' ').trim();
    return `On ${page.url()} (screenshot ${file}) the page read: ${text.length > 1500 ? `${text.slice(0, 1500)}…` : text}`;
  } catch (error) {
    return `The page could not be described: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Checks the page as it is now with axe-core's WCAG 2.2 AA rules (2.0, 2.1 and 2.2, A and AA)
 * and fails on any violation, listing each rule, its impact, the elements and how to fix them.
 * `state` says what is on screen beyond the page itself (an open dialog, a narrow window).
 */
export async function expectAccessible(page: Page, state = ''): Promise<void> {
  const path = new URL(page.url()).pathname;
  auditedPath.set(page, path);
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  const who = signedInAs.get(page.context()) ?? 'whoever is signed in (or nobody)';
  const size = page.viewportSize();
  throw new Error(
    `axe-core found ${violations.length} WCAG 2.2 AA ${violations.length === 1 ? 'violation' : 'violations'} on ${path}${state ? ` (${state})` : ''} ` +
      `at ${size?.width ?? '?'}×${size?.height ?? '?'} px, as ${who}:\n${describeViolations(violations)}`,
  );
}

/** Waits until the locator is gone or hidden. */
export async function expectHidden(locator: Locator, what: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
  } catch {
    throw new Error(`Expected ${what} to be gone, but it is still visible (${locator}).`);
  }
}

/** Waits until a field holds `expected`: the page renders a change after the click that made it. */
export async function expectValue(locator: Locator, expected: string, what: string): Promise<void> {
  const until = Date.now() + UI_TIMEOUT;
  let value = await locator.inputValue();
  while (value !== expected && Date.now() < until) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    value = await locator.inputValue();
  }
  if (value !== expected)
    throw new Error(`Expected ${what} to read "${expected}", but it reads "${value}" (${locator}).`);
}

/** The path part of the page's URL once it matches, for assertions on where the app went. */
export async function expectPath(page: Page, path: string | RegExp): Promise<string> {
  const matches = (url: URL) =>
    typeof path === 'string' ? url.pathname === path : path.test(url.pathname + url.search);
  try {
    await page.waitForURL(matches, { timeout: UI_TIMEOUT });
  } catch {
    throw new Error(`Expected the app at ${path}, but it is at ${page.url()}.`);
  }
  return new URL(page.url()).pathname;
}

/**
 * Saves the page at desktop and narrow widths (…-desktop.png, …-narrow.png), checks both with
 * axe-core, and checks that the narrow layout does not scroll sideways; restores the desktop size afterwards. With `focus`, that
 * part of the page is scrolled to the top of the view at each width (layouts differ in height).
 */
export async function screenshots(page: Page, name: string, options: { focus?: Locator } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await settle(page, options.focus);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-desktop.png`) });
  await expectAccessible(page, `as in the screenshot ${name}-desktop.png`);
  await page.setViewportSize(NARROW);
  await settle(page, options.focus);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-narrow.png`) });
  await expectAccessible(page, `as in the screenshot ${name}-narrow.png`);
  // The page, or the app's own scrolling area under the toolbar (where a phone user would scroll sideways).
  const overflow = await page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content');
    return Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      content ? content.scrollWidth - content.clientWidth : 0,
    );
  });
  await page.setViewportSize(DESKTOP);
  await settle(page);
  expect({ page: name, horizontalOverflowAtNarrowWidth: overflow }).toEqual({
    page: name,
    horizontalOverflowAtNarrowWidth: 0,
  });
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
