/**
 * What a browser downloads before the first page a person sees: the sign-in page for someone signed
 * out, and the home page for someone signed in who opens Assay again. Each is counted as the bytes
 * of JavaScript the page fetched, gzipped (zlib's default level, as a web server or proxy sends
 * them), and must stay within 250 KB. `tools/scripts/web-size.mjs` checks the build's initial files
 * alone; this counts the lazily loaded page and what it shares with others as well.
 */
import { Browser, BrowserContext, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import { DESKTOP, expectVisible, launchChromium, newPage, signIn } from './support/browser';

const LIMIT_BYTES = 250 * 1024;

interface Download {
  url: string;
  gzipped: number;
}

/** Records the gzipped size of every script the page receives; `settled` waits for the bodies being read. */
function recordScripts(page: Page): { downloads: Download[]; settled: () => Promise<void> } {
  const downloads: Download[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.endsWith('.js')) return;
    pending.push(
      response.body().then((body) => {
        downloads.push({ url: response.url(), gzipped: gzipSync(body).length });
      }),
    );
  });
  return { downloads, settled: async () => void (await Promise.all(pending)) };
}

function totalOf(downloads: Download[]): number {
  return downloads.reduce((sum, download) => sum + download.gzipped, 0);
}

function describeDownloads(downloads: Download[]): string {
  const total = totalOf(downloads);
  const files = downloads
    .map((download) => `${new URL(download.url).pathname} ${(download.gzipped / 1024).toFixed(1)} KB`)
    .join(', ');
  return `${(total / 1024).toFixed(1)} KB gzipped in ${downloads.length} files (${files})`;
}

describe('the first download (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  it('is at most 250 KB of JavaScript for the sign-in page, and for the home page of someone signed in', async () => {
    const signInPage = await newPage(context, pageErrors);
    const signedOut = recordScripts(signInPage);
    await signInPage.goto('/sign-in', { waitUntil: 'networkidle' });
    await expectVisible(signInPage.getByRole('button', { name: 'Sign in' }), 'the sign-in button');
    await signedOut.settled();
    const signInTotal = totalOf(signedOut.downloads);
    expect(signedOut.downloads.length).toBeGreaterThan(0);
    if (signInTotal > LIMIT_BYTES)
      throw new Error(`The sign-in page downloads ${describeDownloads(signedOut.downloads)}`);

    await signIn(signInPage, ADMIN_EMAIL, ADMIN_PASSWORD);

    // Opening Assay again, signed in: a new browser context with the session cookie and an empty
    // cache, the home page first.
    const returning = await browser.newContext({
      viewport: DESKTOP,
      baseURL: server.url,
      storageState: await context.storageState(),
    });
    const homePage = await newPage(returning, pageErrors);
    const signedIn = recordScripts(homePage);
    await homePage.goto('/', { waitUntil: 'networkidle' });
    await expectVisible(homePage.getByRole('heading', { level: 1 }), 'the home page heading');
    await signedIn.settled();
    const homeTotal = totalOf(signedIn.downloads);
    expect(new URL(homePage.url()).pathname).toBe('/');
    await returning.close();
    if (homeTotal > LIMIT_BYTES) throw new Error(`The home page downloads ${describeDownloads(signedIn.downloads)}`);
  });
});
