import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';

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
