/**
 * Feedback surveys in a real browser, on the demo data: a staff member finds the open "6 months"
 * wave of "Evergreen after go-live" on the home page, answers it with the keyboard only, and changes
 * an answer; the lead opens the survey and reads its results by department (a department with five
 * answers or more shows its numbers, a smaller one only "fewer than 5"), switches to libraries,
 * reads the wave-by-wave table and filters the comments. Every page is checked with axe-core;
 * screenshots at 1280 and 390 px go to SHOTS_DIR (default /tmp/shots).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { RunningServer, startServer, TestDatabase } from '../api/support/server';
import {
  DESKTOP,
  expectAccessible,
  expectHidden,
  expectPath,
  expectValue,
  expectVisible,
  launchChromium,
  NARROW,
  newPage,
  signIn,
} from './support/browser';

const DEMO_PASSWORD = 'assay-demo-2026';
const SURVEY = 'Evergreen after go-live';
const STAFF = 'viewer@demo.assay.local';
const LEAD = 'lead@demo.assay.local';
const SHOTS_DIR = process.env['SHOTS_DIR'] ?? '/tmp/shots';

/** Saves the page at 1280 and 390 px, checks each with axe-core, and that the narrow page does not scroll sideways. */
async function shots(page: Page, name: string, focus?: Locator): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  for (const [size, suffix] of [
    [DESKTOP, 'desktop'],
    [NARROW, 'narrow'],
  ] as const) {
    await page.setViewportSize(size);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    if (focus) await focus.first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS_DIR, `${name}-${suffix}.png`) });
    await page.screenshot({ path: join(SHOTS_DIR, `${name}-${suffix}-full.png`), fullPage: true });
    await expectAccessible(page, `at ${suffix} width`);
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('mat-sidenav-content');
      return Math.max(
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
        content ? content.scrollWidth - content.clientWidth : 0,
      );
    });
    expect({ page: name, width: size.width, overflow }).toEqual({ page: name, width: size.width, overflow: 0 });
  }
  await page.setViewportSize(DESKTOP);
}

/** The rows of a table as the reader sees them: each cell's text, spaces tidied. */
async function rowsOf(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
}

/** Presses Tab until the element that has the focus matches; fails after a sensible number of presses. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}.`);
}

describe('feedback surveys (browser)', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    database = await TestDatabase.create();
    server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
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

  it('lets a staff member answer the open survey from the home page with the keyboard, and change the answer', async () => {
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, STAFF, DEMO_PASSWORD);

    const section = await expectVisible(page.getByRole('region', { name: /Surveys to answer/ }), 'surveys to answer');
    const link = section.getByRole('link', { name: `${SURVEY} · 6 months` });
    await expectVisible(section.getByText('not answered yet'), 'the survey not answered yet');
    await link.focus();
    await page.keyboard.press('Enter');
    await expectPath(page, /^\/feedback\/[^/]+\/answer$/);
    await expectVisible(page.getByRole('heading', { name: SURVEY, level: 1 }), 'the survey’s title');

    // Question 1: into its radio group with Tab, to 4 with the arrow keys, then a comment.
    const first = page.getByRole('group', { name: /^1\. / });
    const firstRadio = first.getByRole('radio').first();
    await tabTo(page, firstRadio, 'the first rating');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await first.getByRole('radio', { name: '4 Agree' }).isChecked()).toBe(true);
    await tabTo(page, first.getByLabel('Comment (optional)'), 'the first comment');
    await page.keyboard.type('Check-in at the desk is quick now.');

    // Question 2: a rating of 5.
    const second = page.getByRole('group', { name: /^2\. / });
    await tabTo(page, second.getByRole('radio').first(), 'the second rating');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await second.getByRole('radio', { name: '5 Strongly agree' }).isChecked()).toBe(true);

    // The free-text question.
    const text = page.getByRole('group', { name: /What should we change first\?/ });
    await tabTo(page, text.getByRole('textbox'), 'the free-text answer');
    await page.keyboard.type('Faster reports, please.');

    await expectVisible(page.getByText('You have changes that are not saved yet.'), 'the unsaved note');
    await tabTo(page, page.getByRole('button', { name: 'Save answers' }), 'Save');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText(/Your answers were saved at/), 'the saved note');
    await shots(page, 'feedback-answer', page.getByRole('heading', { name: SURVEY, level: 1 }));

    // Back later: the answers are there, and one is changed.
    await page.reload();
    await expectVisible(page.getByText('You have answered this survey.', { exact: false }), 'the answered note');
    expect(await first.getByRole('radio', { name: '4 Agree' }).isChecked()).toBe(true);
    expect(await first.getByLabel('Comment (optional)').inputValue()).toBe('Check-in at the desk is quick now.');
    await tabTo(page, first.getByRole('radio', { name: '4 Agree' }), 'the first rating');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await first.getByRole('radio', { name: '2 Disagree' }).isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Save changes' }), 'Save changes');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText(/Your answers were saved at/), 'the saved note');
    await page.reload();
    await expectVisible(page.getByText('You have answered this survey.', { exact: false }), 'the answered note');
    expect(await first.getByRole('radio', { name: '2 Disagree' }).isChecked()).toBe(true);

    // The home page now says it is answered.
    await page.goto('/');
    await expectVisible(
      page.getByRole('region', { name: /Surveys to answer/ }).getByText('answered — you can change it'),
      'the survey answered',
    );
  });

  it('shows the lead the results by department and library, over time, and the comments filtered', async () => {
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, LEAD, DEMO_PASSWORD);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feedback' }).click();
    await expectPath(page, '/feedback');
    const list = await expectVisible(page.getByRole('table', { name: /Surveys you manage/ }), 'the surveys');
    await list.getByRole('link', { name: `${SURVEY} · 6 months` }).click();
    await expectPath(page, /^\/feedback\/[^/]+$/);
    await expectVisible(page.getByRole('heading', { name: SURVEY, level: 1 }), 'the survey');

    // By department: one department's numbers, another's only "fewer than 5".
    const overall = page.getByRole('table', { name: /^Overall satisfaction: .* by department$/ });
    await expectVisible(overall, 'the overall satisfaction table by department');
    const rows = await rowsOf(overall);
    const shown = rows.filter((cells) => /^\d+$/.test(cells[1]) && /^\d\.\d$/.test(cells[2]));
    const hidden = rows.filter((cells) => cells[1] === 'fewer than 5 answers');
    expect(shown.length).toBeGreaterThan(0);
    expect(Number(shown[0][1])).toBeGreaterThanOrEqual(5);
    // 5 rating counts that add up to the answers.
    expect(shown[0].slice(3, 8).reduce((sum, n) => sum + Number(n), 0)).toBe(Number(shown[0][1]));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden[0]).toHaveLength(2);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('assay-chart canvas')).some((c) => (c as HTMLCanvasElement).width > 0),
    );
    const chart = page.getByRole('img', { name: /Bar chart of the mean rating .* by department/ }).first();
    expect(await chart.getAttribute('aria-label')).toContain(shown[0][0]);
    await shots(page, 'feedback-results', page.getByRole('heading', { name: 'Results' }));

    // By library.
    await page.getByRole('radio', { name: 'Library' }).check();
    const byLibrary = page.getByRole('table', { name: /^Overall satisfaction: .* by library$/ });
    await expectVisible(byLibrary, 'the overall satisfaction table by library');
    expect((await rowsOf(byLibrary)).length).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Results CSV' }).getAttribute('href')).toMatch(
      /\/api\/feedback-surveys\/[^/]+\/results\.csv\?groupBy=library$/,
    );

    // Over time: the 3 and 6 months waves.
    const waves = page.getByRole('table', { name: /^Overall satisfaction: mean rating per wave$/ });
    const waveRows = await rowsOf(await expectVisible(waves, 'the waves table'));
    expect(waveRows.map((cells) => cells[0])).toEqual(['3 months', '6 months (this wave)']);

    // Comments, filtered by question and words.
    const comments = page.getByRole('region', { name: 'Comments' });
    const count = comments.locator('p.count');
    const all = Number((await (await expectVisible(count, 'the comment count')).innerText()).split(' ')[0]);
    expect(all).toBeGreaterThan(0);
    await comments.getByLabel('Question').selectOption({ label: '5. What should we change first?' });
    await expectVisible(comments.getByText(/match the filters/), 'the filtered count');
    const filtered = Number((await count.innerText()).split(' ')[0]);
    expect(filtered).toBeLessThan(all);
    expect(filtered).toBeGreaterThan(0);
    for (const meta of await comments.locator('.meta').allInnerTexts()) {
      expect(meta).toContain('What should we change first?');
    }
    const firstComment = (await comments.locator('blockquote').first().innerText()).trim();
    const word = firstComment.split(/[\s.,]+/).find((w) => /^[A-Za-z]{5,}$/.test(w)) ?? '';
    expect(word).not.toBe('');
    await comments.getByLabel('Containing').fill(word);
    await comments.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.waitForFunction(
      (w) =>
        Array.from(document.querySelectorAll('.comments blockquote')).every((q) =>
          (q.textContent ?? '').toLowerCase().includes(w.toLowerCase()),
        ),
      word,
    );
    expect(await comments.getByRole('link', { name: 'Comments CSV' }).getAttribute('href')).toContain(
      `search=${encodeURIComponent(word)}`,
    );
    await shots(page, 'feedback-comments', page.getByRole('heading', { name: 'Comments' }));

    // A new survey: what is missing is listed, then it is created with two questions, reordered.
    await page.goto('/feedback');
    await (await expectVisible(page.getByRole('link', { name: 'New survey' }), 'New survey')).click();
    await expectPath(page, '/feedback/new');
    await (await expectVisible(page.getByRole('button', { name: 'Create survey' }), 'Create survey')).click();
    const summary = await expectVisible(page.getByRole('alert').filter({ hasText: '3 things to fix' }), 'the errors');
    expect(await summary.getByRole('listitem').allInnerTexts()).toEqual([
      'Choose what the survey is about: a decided evaluation or a product in use.',
      'Give the survey a title.',
      'Write question 1, or remove it.',
    ]);
    await page.getByRole('combobox', { name: 'Product' }).click();
    // The lead may survey what they lead or test: the first of those offered.
    await (await expectVisible(page.getByRole('option'), 'a product to survey')).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Self-check after go-live');
    await page
      .getByRole('textbox', { name: 'Question 1', exact: true })
      .fill('The self-check machines are easy to use');
    await page.getByRole('button', { name: 'Free-text question' }).click();
    // Typed once the new question has the focus, and read once the move is on screen.
    await expectVisible(
      page.getByRole('textbox', { name: 'Question 2', exact: true }).and(page.locator(':focus')),
      'the new question, focused',
    );
    await page.keyboard.type('What would you change?');
    await page.getByRole('button', { name: 'Move question 2 up' }).click();
    await expectValue(
      page.getByRole('textbox', { name: 'Question 1', exact: true }),
      'What would you change?',
      'question 1 after the move',
    );
    await expectHidden(page.getByRole('alert').filter({ hasText: 'to fix' }), 'the errors');
    await page.getByRole('button', { name: 'Create survey' }).click();
    await expectPath(page, /^\/feedback\/(?!new$)[^/]+$/);
    await expectVisible(page.getByRole('heading', { name: 'Self-check after go-live', level: 1 }), 'the new survey');
    await expectVisible(page.getByRole('heading', { name: '1. What would you change?' }), 'its first question');
    await expectVisible(
      page.getByRole('heading', { name: '2. The self-check machines are easy to use' }),
      'its second',
    );

    // Closed early after a confirmation, then repeated as the next wave.
    await page.getByRole('button', { name: 'Close now' }).click();
    const confirm = await expectVisible(page.getByRole('dialog'), 'the confirmation');
    await confirm.getByRole('button', { name: 'Close survey' }).click();
    await expectVisible(page.locator('dd .badge').filter({ hasText: 'Closed' }), 'the survey closed');
    await expectHidden(page.getByRole('button', { name: 'Close now' }), 'Close now');
    await page.getByRole('button', { name: 'Repeat as a new wave' }).click();
    const repeat = await expectVisible(page.getByRole('dialog'), 'the repeat dialog');
    await repeat.getByRole('textbox', { name: 'Wave' }).fill('3 months');
    await repeat.getByRole('button', { name: 'Create wave' }).click();
    await expectVisible(page.getByText(/ · 3 months$/), 'the new wave');
    await expectVisible(page.locator('dd .badge').filter({ hasText: 'Open' }), 'the new wave open');
  });
});
