/**
 * The scoring workflow for people who do not use a mouse on a wide screen: an evaluator scoring on a
 * phone-sized touch screen, a lead reading the revealed grid and the results with the keyboard, and
 * what only a hover tooltip used to show (comments, consensus notes, criterion descriptions) reached
 * by keyboard and touch. Every page visited is checked with axe-core as well (see support/browser).
 */
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { declareNoConflicts, GQL, openScoringRound } from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectAccessible,
  expectHidden,
  expectPath,
  expectVisible,
  gqlAs,
  launchChromium,
  NARROW,
  newPage,
  screenshots,
  SCREENSHOT_DIR,
  signIn,
} from './support/browser';
import { scoringEvaluation } from './support/fixtures';

const suffix = Math.random().toString(36).slice(2, 8);
const password = `touch ${suffix} password`;
const koha = `Koha ${suffix} 25.11`;
// Given in an order that is not the alphabetical one the views share.
const zoe = `Zoe ${suffix} Zimmer`;
const ada = `Ada ${suffix} Archer`;
const DESCRIPTION =
  'A hold placed at one branch can be filled from any branch, and the patron chooses where to collect it.';
const COMMENT = 'Holds only travel between two branches in the sandbox';
const NOTE = 'Agreed after the demo: cross-branch holds need a paid module';

/** How far the page, or the app's scrolling area, scrolls sideways: 0 when everything fits the width. */
async function sidewaysScroll(page: Page): Promise<{ page: number; content: number; widest: string[] }> {
  return page.evaluate(() => {
    const content = document.querySelector('mat-sidenav-content');
    const widest = Array.from(document.querySelectorAll('main *'))
      .filter(
        (el) =>
          el.getBoundingClientRect().right > window.innerWidth + 1 &&
          !el.closest('[role="region"], .scroll, .viewport, .header, .visually-hidden, canvas'),
      )
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      content: content ? content.scrollWidth - content.clientWidth : 0,
      widest,
    };
  });
}

/** The focus ring the focused element draws: its outline. */
async function focusRing(locator: Locator): Promise<{ style: string; width: number; colour: string }> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      colour: style.outlineColor,
    };
  });
}

describe('accessibility of scoring and results (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let touchContext: BrowserContext;
  let leadContext: BrowserContext;
  let token: string;
  let evaluationId = '';
  let roundId = '';
  const people: Record<string, { id: string; token: string; email: string }> = {};
  const candidates: string[] = [];
  const criteria: string[] = [];
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = token) =>
    gqlAs<T>(server, as, query, variables);
  const score = (who: string, candidateId: string, criterionId: string, value: number, comment?: string) =>
    gql(GQL.saveScore, { input: { roundId, candidateId, criterionId, value, comment } }, people[who].token);

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    token = await server.login();
    const given = await scoringEvaluation(server, token, {
      title: `Touch selection ${suffix}`,
      suffix,
      password,
      team: [
        ['zoe', zoe, 'EVALUATOR'],
        ['ada', ada, 'EVALUATOR'],
        ['hal', `Hal Head ${suffix}`, 'DEPARTMENT_HEAD'],
      ],
      catalogue: {
        vendor: `Vendor ${suffix}`,
        licence: 'OPEN_SOURCE',
        products: [
          [`Koha ${suffix}`, '25.11'],
          [`FOLIO ${suffix}`, 'Ramsons'],
        ],
      },
      requirement: 'Holds across libraries',
    });
    evaluationId = given.evaluationId;
    Object.assign(people, given.people);
    candidates.push(...given.candidates);
    const save = given.saveCriterion;
    const category = (await save({ title: 'Circulation', weight: 1 }))[0].id;
    for (const [title, description] of [
      ['Holds across libraries', DESCRIPTION],
      ['Self-checkout', ''],
    ] as const) {
      const all = await save({
        title,
        description,
        parentId: category,
        weight: 1,
        requirementIds: title === 'Holds across libraries' ? [given.requirementId] : [],
      });
      criteria.push(all.find((c) => c.title === title)?.id ?? '');
    }
    // More categories, with long names: the results' tables are then wider than a phone.
    for (const title of [
      'Cataloguing and metadata management',
      'Acquisitions, serials and budgets',
      'Discovery and the public catalogue',
    ]) {
      const parentId = (await save({ title, weight: 1 })).find((c) => c.title === title)?.id;
      await save({ title: `${title}: the basics`, parentId, weight: 1 });
    }
    roundId = await openScoringRound(server, token, evaluationId);
    for (const who of ['zoe', 'ada']) await declareNoConflicts(server, people[who].token, evaluationId);

    touchContext = await browser.newContext({
      viewport: NARROW,
      baseURL: server.url,
      hasTouch: true,
      isMobile: true,
    });
    leadContext = await browser.newContext({
      viewport: DESKTOP,
      baseURL: server.url,
    });
  });

  afterAll(async () => {
    await touchContext?.close();
    await leadContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets an evaluator score on a phone-sized touch screen: a tap on a cell offers the scale', async () => {
    const page = await newPage(touchContext, pageErrors);
    await signIn(page, people['zoe'].email, password);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const grid = await expectVisible(page.getByRole('grid', { name: 'Scores' }), 'the scoring grid');

    await grid
      .getByRole('gridcell', {
        name: `${koha}, Holds across libraries: not scored`,
      })
      .tap();
    const sheet = await expectVisible(
      page.getByRole('group', { name: `${koha} · Holds across libraries` }),
      'the scale offered after a tap',
    );
    // Each value with its anchor, large enough to tap, and the criterion's description with them.
    await expectVisible(sheet.getByText(DESCRIPTION), 'the criterion’s description in the sheet');
    const three = sheet.getByRole('button', { name: /^3 / });
    const box = await three.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeLessThanOrEqual(NARROW.width);
    await expectAccessible(page, 'the scale offered after a tap');
    await screenshots(page, 'scoring-touch-scale');
    await sheet.getByRole('button', { name: /^2 / }).tap();
    await expectHidden(sheet, 'the scale after choosing');
    await expectVisible(
      grid.getByRole('gridcell', {
        name: `${koha}, Holds across libraries: 2 of 3`,
      }),
      'the score chosen by touch',
    );

    // The next cell, and a quick change of mind: the current value is marked, and the score can be
    // cleared. The network holds the first save back; the clearing must still be what stays saved.
    let heldBack = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!heldBack && body.includes('SaveScore') && body.includes('"value":1')) {
        heldBack = true;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    });
    await grid.getByRole('gridcell', { name: `${koha}, Self-checkout: not scored` }).tap();
    await page.getByRole('button', { name: /^1 / }).tap();
    await expectVisible(grid.getByRole('gridcell', { name: `${koha}, Self-checkout: 1 of 3` }), 'the second score');
    await grid.getByRole('gridcell', { name: `${koha}, Self-checkout: 1 of 3` }).tap();
    expect(await page.getByRole('button', { name: /^1 / }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Clear score' }).tap();
    await expectVisible(
      grid.getByRole('gridcell', {
        name: `${koha}, Self-checkout: not scored`,
      }),
      'the score cleared',
    );

    await expectVisible(page.getByRole('status').filter({ hasText: 'Saved' }), 'the clearing saved');
    expect(heldBack).toBe(true);
    const mine = await gql<{
      evaluation: {
        scoringRounds: {
          scores: {
            candidateId: string;
            criterionId: string;
            value: number | null;
          }[];
        }[];
      };
    }>(
      'query($id: ID!) { evaluation(id: $id) { scoringRounds { scores { candidateId criterionId value } } } }',
      { id: evaluationId },
      people['zoe'].token,
    );
    const values = new Map(
      mine.evaluation.scoringRounds[0].scores.map((s) => [`${s.candidateId}:${s.criterionId}`, s.value]),
    );
    expect(values.get(`${candidates[0]}:${criteria[0]}`)).toBe(2);
    expect(values.get(`${candidates[0]}:${criteria[1]}`) ?? null).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('labels every revealed score with its evaluator, in the order the results use', async () => {
    await score('zoe', candidates[1], criteria[0], 3, COMMENT);
    await score('ada', candidates[0], criteria[0], 0);
    await score('ada', candidates[1], criteria[0], 1);
    await gql(GQL.revealScoringRound, { roundId });
    await gql(GQL.setConsensusScore, {
      input: {
        roundId,
        candidateId: candidates[0],
        criterionId: criteria[0],
        value: 1,
        note: NOTE,
      },
    });

    const page = await newPage(leadContext, pageErrors);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const grid = await expectVisible(page.getByRole('grid', { name: 'Scores' }), 'the revealed grid');
    // Initials in each cell, the key to them above the grid: Ada before Zoe, as in the results.
    const legend = await expectVisible(
      page.getByText('Evaluators', { exact: true }).locator('..'),
      'the key to the initials',
    );
    expect((await legend.innerText()).replace(/\s+/g, ' ').trim()).toBe(`Evaluators AA ${ada} ZZ ${zoe} = consensus`);
    const cell = grid.getByRole('gridcell', {
      name: `${koha}, Holds across libraries: not scored, low agreement; ${ada} 0, ${zoe} 2; consensus 1`,
    });
    await expectVisible(cell, 'the cell named with both evaluators in full');
    expect((await cell.locator('.others').innerText()).replace(/\s+/g, ' ').trim()).toBe('AA0 ZZ2 =1');
    expect(await cell.locator('.by').first().getAttribute('title')).toBe(`${ada}: 0`);

    await page.goto(`/evaluations/${evaluationId}/results`);
    const ranking = await expectVisible(page.getByRole('table', { name: 'Ranking of the candidates' }), 'the ranking');
    const headers = (await ranking.getByRole('columnheader').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(headers.slice(-2)).toEqual([`AA ${ada}`, `ZZ ${zoe}`]);
    expect(pageErrors).toEqual([]);
  });

  it('shows comments, consensus notes and criterion descriptions to the keyboard, not only on hover', async () => {
    const page = await newPage(leadContext, pageErrors);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const grid = await expectVisible(page.getByRole('grid', { name: 'Scores' }), 'the revealed grid');
    // Tab into the grid and move to FOLIO's holds cell with the arrow keys.
    await page.getByRole('combobox', { name: 'Candidates shown' }).focus();
    await page.keyboard.press('Tab');
    expect(
      await grid
        .getByRole('gridcell')
        .first()
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('ArrowRight');
    const panel = page.getByRole('region', { name: 'The focused cell' });
    await expectVisible(panel.getByText(DESCRIPTION), 'the criterion’s description for the focused cell');
    const table = await expectVisible(
      page.getByRole('table', {
        name: 'All scores for Holds across libraries',
      }),
      'all scores side by side',
    );
    const toggle = table.getByRole('button', { name: `Comment from ${zoe}` });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectHidden(table.getByText(COMMENT), 'the comment before it is asked for');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expectVisible(table.getByText(COMMENT), 'the comment, opened with the keyboard');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expectVisible(table.getByText(NOTE), 'the consensus note');
    await screenshots(page, 'scoring-revealed-comment', {
      focus: page.getByRole('region', { name: 'The focused cell' }),
    });

    // In the results, the note behind an agreed score is written out under the drill-down.
    await page.goto(`/evaluations/${evaluationId}/results`);
    const ranking = await expectVisible(page.getByRole('table', { name: 'Ranking of the candidates' }), 'the ranking');
    await ranking.getByRole('button', { name: `Show the scores behind ${koha}` }).focus();
    await page.keyboard.press('Enter');
    await expectVisible(
      page.getByRole('list', { name: 'Consensus notes, Circulation' }).getByText(`Holds across libraries: ${NOTE}`),
      'the consensus note in the results',
    );
    expect(pageErrors).toEqual([]);
  });

  it('shows a clear focus ring on buttons, navigation items, links, grid cells and chips', async () => {
    const page = await newPage(leadContext, pageErrors);
    await page.goto(`/evaluations/${evaluationId}/results`);
    await expectVisible(page.getByRole('table', { name: 'Ranking of the candidates' }), 'the ranking');
    const controls: [string, Locator][] = [
      ['navigation item', page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evaluations' })],
      ['link button', page.getByRole('link', { name: 'Scoring grid' })],
      ['icon button', page.getByRole('button', { name: `Show the scores behind ${koha}` })],
      ['account menu', page.getByRole('button', { name: /^Account menu for / })],
    ];
    for (const [what, control] of controls) {
      await expectVisible(control, `the ${what}`);
      // Focus as the keyboard gives it (the ring is for keyboard focus, :focus-visible).
      await control.first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      const ring = await focusRing(focused);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect({
        what,
        style: ring.style,
        atLeast3px: ring.width >= 3,
        contrastAtLeast3: contrast(ring.colour, background) >= 3,
      }).toEqual({
        what,
        style: 'solid',
        atLeast3px: true,
        contrastAtLeast3: true,
      });
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/focus-${what.replace(/\s+/g, '-')}.png`,
        clip: await clipAround(focused),
      });
    }
    // A chip (the kinds of result in the catalogue search).
    await page.goto('/search?q=Koha');
    const chip = await expectVisible(
      page.getByRole('listbox', { name: 'Kinds of result' }).getByRole('option'),
      'a chip',
    );
    await chip.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    // The chip draws the ring around itself (its focused part inside it would be clipped).
    const chipRing = await focusRing(page.locator('.mat-mdc-chip', { has: page.locator(':focus') }));
    expect({ style: chipRing.style, atLeast3px: chipRing.width >= 3 }).toEqual({
      style: 'solid',
      atLeast3px: true,
    });
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/focus-chip.png`,
      clip: await clipAround(page.locator('.mat-mdc-chip', { has: page.locator(':focus') })),
    });
    // A grid cell on the scoring page.
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const grid = await expectVisible(page.getByRole('grid', { name: 'Scores' }), 'the grid');
    await page.getByRole('combobox', { name: 'Candidates shown' }).focus();
    await page.keyboard.press('Tab');
    const cell = grid.getByRole('gridcell').first();
    expect(await cell.evaluate((el) => el === document.activeElement && el.matches(':focus-visible'))).toBe(true);
    const shadow = await cell.evaluate(
      (el) =>
        getComputedStyle(el).boxShadow +
        ' / ' +
        getComputedStyle(el).outlineStyle +
        ' ' +
        getComputedStyle(el).outlineWidth,
    );
    expect(shadow).toMatch(/solid 3px/);
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/focus-grid-cell.png`,
      clip: await clipAround(cell),
    });
    expect(pageErrors).toEqual([]);
  });

  it('fits the results on a 390 px phone: wide tables scroll inside their own box, the page does not', async () => {
    const page = await newPage(leadContext, pageErrors);
    await page.setViewportSize(NARROW);
    await page.goto(`/evaluations/${evaluationId}/results`);
    const ranking = await expectVisible(page.getByRole('table', { name: 'Ranking of the candidates' }), 'the ranking');
    await page.waitForTimeout(400);
    expect(await sidewaysScroll(page)).toEqual({
      page: 0,
      content: 0,
      widest: [],
    });
    await ranking.getByRole('button', { name: `Show the scores behind ${koha}` }).click();
    await expectVisible(page.getByRole('table', { name: /^Circulation · weight/ }), 'the drill-down');
    await page.waitForTimeout(400);
    expect(await sidewaysScroll(page)).toEqual({
      page: 0,
      content: 0,
      widest: [],
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, 'the drill-down open at 390 px');
    await page.setViewportSize(DESKTOP);
    await screenshots(page, 'results-drill-down', {
      focus: page.getByRole('heading', { name: 'Ranking' }),
    });
    await expectPath(page, `/evaluations/${evaluationId}/results`);
    expect(pageErrors).toEqual([]);
  });
});

/** The WCAG contrast ratio of two CSS colours given as rgb(…). */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** A screenshot area around an element with room for its focus ring. */
async function clipAround(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.first().boundingBox();
  if (!box) throw new Error(`${locator} has no box to photograph`);
  const margin = 16;
  return {
    x: Math.max(0, box.x - margin),
    y: Math.max(0, box.y - margin),
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
}
