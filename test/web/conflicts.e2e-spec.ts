/**
 * Conflicts of interest in a real browser. An evaluator opening the scoring grid first declares,
 * per vendor, "no conflict" or a conflict with what it is; the column of the vendor they declared
 * a conflict with is then marked excluded and takes no score. The lead sees the declaration in the
 * list and lets them score it anyway, with a reason. Screenshots go to test/web/screenshots.
 */
import { Browser, BrowserContext } from 'playwright-core';
import { openScoringRound, shortlistProducts } from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import { DESKTOP, expectHidden, expectVisible, launchChromium, newPage, screenshots, signIn } from './support/browser';
import { scoringEvaluation } from './support/fixtures';

const suffix = Math.random().toString(36).slice(2, 8);
const password = `my own ${suffix} password`;

describe('conflicts of interest (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let evaluatorContext: BrowserContext;
  let leadContext: BrowserContext;
  let evaluationId = '';
  const people: Record<string, { id: string; token: string; email: string }> = {};
  const pageErrors: string[] = [];
  const koha = `Koha ${suffix} 25.11`;
  const folio = `FOLIO ${suffix} R1`;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    const token = await server.login();
    const given = await scoringEvaluation(server, token, {
      title: `ILS with conflicts ${suffix}`,
      suffix,
      password,
      team: [
        ['ada', `Ada Evaluator ${suffix}`, 'EVALUATOR'],
        ['hal', `Hal Head ${suffix}`, 'DEPARTMENT_HEAD'],
      ],
      catalogue: { vendor: `Bywater ${suffix}`, licence: 'OPEN_SOURCE', products: [[`Koha ${suffix}`, '25.11']] },
      requirement: 'Holds across libraries',
    });
    evaluationId = given.evaluationId;
    Object.assign(people, given.people);
    await shortlistProducts(server, token, evaluationId, {
      vendor: `EBSCO ${suffix}`,
      products: [[`FOLIO ${suffix}`, 'R1']],
    });
    const category = (await given.saveCriterion({ title: 'Circulation', weight: 1 }))[0].id;
    await given.saveCriterion({ title: 'Holds across libraries', parentId: category, weight: 1 });
    await openScoringRound(server, token, evaluationId);
    evaluatorContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    leadContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  }, 240_000);

  afterAll(async () => {
    await evaluatorContext?.close();
    await leadContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('asks an evaluator to declare before scoring, and marks the column of a declared conflict excluded', async () => {
    const page = await newPage(evaluatorContext, pageErrors);
    await signIn(page, people['ada'].email, password);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const declare = await expectVisible(
      page.getByRole('region', { name: 'Declare conflicts of interest before scoring' }),
      'the declaration step',
    );
    const grid = await expectVisible(page.getByRole('grid', { name: 'Scores' }), 'the scoring grid');
    // Before declaring, a key press scores nothing.
    await grid.getByRole('gridcell').first().focus();
    await page.keyboard.press('2');
    await expectVisible(
      grid.getByRole('gridcell', { name: `${koha}, Holds across libraries: not scored` }),
      'no score',
    );

    // Saving with a vendor left out says which.
    await declare
      .getByRole('group', { name: `Bywater ${suffix}` })
      .getByLabel('Conflict of interest')
      .check();
    await declare.getByRole('button', { name: 'Save declarations' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: `EBSCO ${suffix}` }), 'the vendor left out');
    await declare
      .getByRole('group', { name: `EBSCO ${suffix}` })
      .getByLabel('No conflict')
      .check();
    await declare.getByLabel(`What is the conflict with Bywater ${suffix}?`).fill('Former employee (left in 2023)');
    await screenshots(page, 'conflicts-declare', { focus: page.getByRole('heading', { name: 'Scoring', level: 1 }) });
    await declare.getByRole('button', { name: 'Save declarations' }).click();

    await expectHidden(declare, 'the declaration step, once done');
    await expectVisible(
      grid.getByRole('columnheader', { name: new RegExp(`${koha}.*Excluded: conflict declared`) }),
      'the excluded column',
    );
    await expectVisible(page.getByRole('region', { name: 'Your declarations' }), 'the own declarations');
    // The excluded column takes no score; the other one does.
    const excluded = grid.getByRole('gridcell', {
      name: new RegExp(`^${koha}, Holds across libraries: not scored, excluded`),
    });
    await excluded.focus();
    await page.keyboard.press('2');
    await expectVisible(page.getByRole('note').filter({ hasText: 'Former employee (left in 2023)' }), 'why');
    await expectVisible(excluded, 'the excluded cell, still blank');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('3');
    await expectVisible(grid.getByRole('gridcell', { name: `${folio}, Holds across libraries: 3 of 3` }), 'a score');
    await screenshots(page, 'conflicts-excluded', { focus: page.getByRole('heading', { name: 'Scoring', level: 1 }) });
    expect(pageErrors).toEqual([]);
  });

  it('lists the declarations for the lead, who lets the evaluator score anyway with a reason', async () => {
    const page = await newPage(leadContext, pageErrors);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const list = await expectVisible(
      page.getByRole('region', { name: 'Conflict-of-interest declarations' }),
      'the declarations list',
    );
    await expectVisible(list.getByRole('cell', { name: 'Conflict: Former employee (left in 2023)' }), 'Ada’s conflict');
    await list.getByRole('button', { name: `Let score anyway: Ada Evaluator ${suffix}, Bywater ${suffix}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Left two years ago; no shares. Their migration experience is needed.');
    await dialog.getByRole('button', { name: 'Let score anyway' }).click();
    await expectVisible(list.getByText(/Allowed by .*: Left two years ago/), 'the override with its reason');

    const evaluator = await newPage(evaluatorContext, pageErrors);
    await evaluator.goto(`/evaluations/${evaluationId}/scoring`);
    const grid = await expectVisible(evaluator.getByRole('grid', { name: 'Scores' }), 'the grid');
    await expectVisible(grid.getByRole('columnheader', { name: new RegExp(koha) }), 'Koha’s column');
    await expectHidden(grid.getByRole('columnheader', { name: /Excluded/ }), 'the exclusion, lifted');
    expect(pageErrors).toEqual([]);
  });
});
