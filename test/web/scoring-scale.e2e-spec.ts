/**
 * The scoring grid at the size of a full ILS tender: 500 criteria (from 500 imported, approved
 * requirements in 10 categories) × 10 candidates = 5,000 cells for one evaluator.
 *
 * What "smooth" means here, checked without timing anything: the grid keeps only a window of rows
 * in the page however far one scrolls (virtual scrolling), the keyboard reaches the last cell and
 * back, and a score given there is saved. The time each step took is printed for the record, never
 * asserted (the machines are shared and noisy).
 */
import { Browser, BrowserContext } from 'playwright-core';
import {
  createDepartment,
  createTeam,
  declareNoConflicts,
  draftRubric,
  GQL,
  moveToScoring,
  openScoringRound,
  shortlistProducts,
  TEMPORARY_PASSWORD,
} from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import { DESKTOP, expectVisible, gqlAs, launchChromium, newPage, signIn } from './support/browser';

const CRITERIA = 500;
const CANDIDATES = 10;
const CATEGORIES = [
  'Circulation',
  'Cataloguing',
  'Acquisitions',
  'Serials',
  'Discovery',
  'Reporting',
  'Interlibrary loan',
  'Patrons',
  'Integration',
  'Administration',
];
const suffix = Math.random().toString(36).slice(2, 8);
const password = `scale ${suffix} password`;

describe('scoring grid at 500 criteria × 10 candidates (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let admin: string;
  let evaluator: { id: string; email: string; token: string };
  let evaluationId = '';
  let roundId = '';
  const pageErrors: string[] = [];
  const timings: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = admin) =>
    gqlAs<T>(server, as, query, variables);

  async function timed<T>(what: string, step: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await step();
    timings.push(`${what}: ${Math.round(performance.now() - started)} ms`);
    return result;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'SYS', 'Systems');
    const team = await createTeam(
      server,
      admin,
      `Tender ${suffix}`,
      department,
      [['scale', `Sam Scale ${suffix}`, 'EVALUATOR']],
      { tag: suffix, password },
    );
    evaluationId = team.evaluationId;
    evaluator = team.people['scale'];
    // The department head only has to exist for the evaluation to move on: never signed in.
    const head = await gql<{ createUser: { id: string } }>(GQL.createUser, {
      input: {
        email: `head.${suffix}@e2e.test`,
        displayName: `Hana Head ${suffix}`,
        temporaryPassword: TEMPORARY_PASSWORD,
        departmentId: department,
      },
    });
    await gql(GQL.addEvaluationMember, {
      input: { evaluationId, userId: head.createUser.id, role: 'DEPARTMENT_HEAD' },
    });
    const products = Array.from({ length: CANDIDATES }, (_, i): [string, string] => [
      `System ${String(i + 1).padStart(2, '0')} ${suffix}`,
      '1.0',
    ]);
    await shortlistProducts(server, admin, evaluationId, { vendor: `Scale vendor ${suffix}`, products });

    // 500 requirements in one import, then approved in bulk.
    const lines = ['Title,Category,Department,Priority'];
    for (let i = 1; i <= CRITERIA; i++)
      lines.push(
        `Requirement ${i} of the tender,${CATEGORIES[(i - 1) % CATEGORIES.length]},SYS,${['Must', 'Should', 'Could'][i % 3]}`,
      );
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(lines.join('\n'), 'utf8')]), 'tender.csv');
    const response = await fetch(`${server.url}/api/evaluations/${evaluationId}/requirements/import?mode=commit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'x-requested-with': 'assay' },
      body: form,
    });
    expect(response.status).toBe(200);
    for (let offset = 0; offset < CRITERIA; offset += 200) {
      const page = await gql<{ requirements: { items: { id: string; version: number }[] } }>(GQL.requirements, {
        id: evaluationId,
        page: { offset, limit: 200 },
      });
      await gql(GQL.decideRequirements, {
        input: {
          requirements: page.requirements.items.map(({ id, version }) => ({ id, version })),
          decision: 'APPROVE',
        },
      });
    }
    await moveToScoring(server, admin, evaluationId);
    const draft = (await draftRubric(server, admin, evaluationId)).id;
    const rubric = await gql<{ generateCriteriaFromRequirements: { criteria: { parentId: string | null }[] } }>(
      GQL.generateCriteriaFromRequirements,
      { id: draft },
    );
    expect(rubric.generateCriteriaFromRequirements.criteria.filter((c) => c.parentId).length).toBe(CRITERIA);
    roundId = await openScoringRound(server, admin, evaluationId);
    await declareNoConflicts(server, evaluator.token, evaluationId);

    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  }, 240_000);

  afterAll(async () => {
    if (timings.length) console.log(`Scoring grid, ${CRITERIA} × ${CANDIDATES}:\n  ${timings.join('\n  ')}`);
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('keeps a window of rows in the page, reaches the last cell by keyboard and saves a score there', async () => {
    const page = await newPage(context, pageErrors, { timeout: 30_000, navigationTimeout: 30_000 });
    await signIn(page, evaluator.email, password);

    const grid = await timed('open the grid', async () => {
      await page.goto(`/evaluations/${evaluationId}/scoring`);
      return expectVisible(page.getByRole('grid', { name: 'Scores' }), 'the scoring grid');
    });
    await expectVisible(
      page.getByText(`Your scores: 0 of ${CRITERIA * CANDIDATES}`),
      'the completeness over 5,000 cells',
    );
    // 500 criteria + 10 category headings + the header row.
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(CRITERIA + CATEGORIES.length + 1));
    const rendered = () => grid.getByRole('row').count();
    const window = await rendered();
    expect(window).toBeLessThan(80);

    // Score the first cell, then jump to the very last one with Ctrl+End and score it too.
    // The focused cell's name: the words it gives screen readers for what it shows.
    const focused = () =>
      page.evaluate(() => document.activeElement?.querySelector('.visually-hidden')?.textContent?.trim() ?? '');
    await grid.getByRole('gridcell').first().focus();
    const firstCell = await focused();
    expect(firstCell).toMatch(new RegExp(`^System 01 ${suffix} 1.0, .*Requirement \\d+ of the tender: not scored$`));
    await page.keyboard.press('3');
    const lastCell = await timed('Ctrl+End to the last cell', async () => {
      await page.keyboard.press('Control+End');
      for (
        let attempt = 0;
        attempt < 80 && !(await focused()).startsWith(`System ${CANDIDATES} ${suffix} 1.0, `);
        attempt++
      )
        await page.waitForTimeout(100);
      return focused();
    });
    expect(lastCell).toMatch(
      new RegExp(`^System ${CANDIDATES} ${suffix} 1.0, .*Requirement \\d+ of the tender: not scored$`),
    );
    // The last criterion is the last of the last category: not the first row's.
    expect(lastCell.split(', ')[1]).not.toBe(firstCell.split(', ')[1]);
    await page.keyboard.press('2');
    await expectVisible(
      grid.getByRole('gridcell', { name: lastCell.replace(': not scored', ': 2 of 3') }),
      'the last score',
    );
    expect(await rendered()).toBeLessThan(80);

    // Back through the whole grid by keyboard: PageUp moves ten criteria at a time.
    const topOfLastColumn = firstCell.replace(/^System 01 /, `System ${CANDIDATES} `);
    await timed('PageUp × 50 back to the top', async () => {
      for (let i = 0; i < 50; i++) await page.keyboard.press('PageUp');
      for (let attempt = 0; attempt < 80 && (await focused()) !== topOfLastColumn; attempt++)
        await page.waitForTimeout(100);
    });
    expect(await focused()).toBe(topOfLastColumn);
    expect(await rendered()).toBeLessThan(80);
    await expectVisible(page.getByText(`Your scores: 2 of ${CRITERIA * CANDIDATES}`), 'both scores counted');

    const saved = async () =>
      (
        await gql<{ evaluation: { scoringRounds: { id: string; scores: { value: number | null }[] }[] } }>(
          'query($id: ID!) { evaluation(id: $id) { scoringRounds { id scores { value } } } }',
          { id: evaluationId },
          evaluator.token,
        )
      ).evaluation.scoringRounds
        .find((r) => r.id === roundId)
        ?.scores.map((s) => s.value)
        .sort() ?? [];
    for (let attempt = 0; attempt < 40 && (await saved()).length < 2; attempt++) await page.waitForTimeout(250);
    expect(await saved()).toEqual([2, 3]);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
