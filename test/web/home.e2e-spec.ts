/**
 * The home page in a real browser, with the demo organisation: each demo person lands on what waits
 * for them — the tester on their runs to test, the lead on the evaluation they lead and its next
 * step, the director on a waiver waiting for their agreement, an evaluator on the round to score —
 * with links straight to the object, usable from the keyboard. Screenshots at 1280 and 390 px go
 * to test/web/screenshots.
 */
import { Browser, BrowserContext, Page } from 'playwright-core';
import { RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectPath,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const DEMO_PASSWORD = 'assay-demo-2026';

describe('home page of one’s own work (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let lead: string;
  let evaluationId: string;
  const pageErrors: string[] = [];

  async function landAs(who: string): Promise<Page> {
    await context?.close();
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, `${who}@demo.assay.local`, DEMO_PASSWORD);
    await expectVisible(page.getByRole('heading', { name: 'Waiting for you' }), 'the home page’s own-work heading');
    return page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer({ env: { ASSAY_DEMO: 'true' } });
    lead = await server.login('lead@demo.assay.local', DEMO_PASSWORD);
    evaluationId = (
      await gqlAs<{ evaluations: { items: { id: string; title: string }[] } }>(
        server,
        lead,
        '{ evaluations { items { id title } } }',
      )
    ).evaluations.items.find((e) => e.title === 'ILS replacement')!.id;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lands the tester on their runs to test, and opens one from the keyboard', async () => {
    const page = await landAs('tester');
    const section = page.getByRole('region', { name: 'To test' });
    await expectVisible(section.getByRole('heading', { name: /Runs to test/ }), 'the runs to test');
    await expectVisible(section.getByRole('heading', { name: /Retests due/ }), 'the retests due');
    await expect(page.getByRole('region', { name: 'Evaluations you lead' }).count()).resolves.toBe(0);
    await screenshots(page, 'home-tester', { focus: page.getByRole('heading', { name: 'Waiting for you' }) });
    const run = section.getByRole('link').first();
    await run.focus();
    await page.keyboard.press('Enter');
    await expectPath(page, /^\/testing\/runs\/[0-9a-f-]+$/);
  });

  it('lands the lead on the evaluation they lead, its step and what the next step needs', async () => {
    const page = await landAs('lead');
    const section = page.getByRole('region', { name: 'Evaluations you lead' });
    await expectVisible(section.getByRole('link', { name: 'ILS replacement' }), 'the evaluation the lead leads');
    await expectVisible(section.getByText('Scoring', { exact: true }), 'its current step');
    await expectVisible(section.getByText(/Ready to move to Testing|Before it can move to Testing/), 'its next step');
    await expectVisible(section.getByRole('heading', { name: /Sign-offs missing/ }), 'the sign-offs section');
    await screenshots(page, 'home-lead', { focus: page.getByRole('heading', { name: 'Waiting for you' }) });
    await section.getByRole('link', { name: 'ILS replacement' }).click();
    await expectPath(page, `/evaluations/${evaluationId}`);
  });

  it('lands the director on a waiver waiting for their agreement, linked to the acceptance page', async () => {
    const { evaluation, requirements } = await gqlAs<{
      evaluation: { candidates: { id: string; state: string }[] };
      requirements: { items: { id: string; code: string; status: string }[] };
    }>(
      server,
      lead,
      `query($id: ID!) { evaluation(id: $id) { candidates { id state } }
        requirements(evaluationId: $id, page: { limit: 200 }) { items { id code status } } }`,
      { id: evaluationId },
    );
    const requirement = requirements.items.find((r) => r.status === 'APPROVED' && r.code !== 'CAT-004')!;
    await gqlAs(server, lead, 'mutation($input: ProposeWaiverInput!) { proposeWaiver(input: $input) { id } }', {
      input: {
        candidateId: evaluation.candidates.find((c) => c.state !== 'ELIMINATED')!.id,
        requirementId: requirement.id,
        rationale: 'The vendor delivers it in the migration contract.',
      },
    });
    const page = await landAs('director');
    const section = page.getByRole('region', { name: 'For your agreement' });
    const waiver = section.getByRole('link', { name: new RegExp(`^${requirement.code} for `) });
    await expectVisible(waiver, 'the waiver waiting for the director');
    await expectVisible(section.getByRole('heading', { name: /Sign-offs waiting for you/ }), 'the sign-offs section');
    await screenshots(page, 'home-director', { focus: page.getByRole('heading', { name: 'Waiting for you' }) });
    await waiver.click();
    await expectPath(page, `/evaluations/${evaluationId}/testing/acceptance`);
  });

  it('lands an evaluator on the round the lead opened, with their progress', async () => {
    await gqlAs(server, lead, 'mutation($input: OpenRoundInput!) { openScoringRound(input: $input) { id } }', {
      input: { evaluationId },
    });
    const page = await landAs('evaluator');
    const section = page.getByRole('region', { name: 'To score' });
    const round = section.getByRole('link', { name: /^Round \d+ of ILS replacement$/ });
    await expectVisible(round, 'the open round');
    await expectVisible(section.getByText(/0 of \d+ scores entered/), 'the evaluator’s progress');
    await screenshots(page, 'home-evaluator', { focus: page.getByRole('heading', { name: 'Waiting for you' }) });
    await round.click();
    await expectPath(page, `/evaluations/${evaluationId}/scoring`);
  });
});
