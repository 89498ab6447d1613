/**
 * The recommendation and the decision in a real browser, on the demo organisation (a database of
 * this file's own, with the demo's recommendation version 1 submitted by the demo lead for review).
 * The lead withdraws version 1 before any director reviews it, drafts version 2 (candidate,
 * rationale, conditions) and submits it. The director requests changes on version 2 with a comment
 * pointing at the ranking; the lead sees it, changes the rationale, adds a risk and submits version
 * 3; the director is told (the bell), reads what changed since version 2 and approves; the
 * evaluation is decided and the decision's PDF downloads. Screenshots at 1280 and 390 px go to
 * test/web/screenshots.
 */
import { readFileSync } from 'node:fs';
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
  UI_TIMEOUT,
} from './support/browser';

const DEMO_PASSWORD = 'assay-demo-2026';
const EVALUATION = 'Shared catalogue for school libraries';
const CHANGES = 'Show how the ranking holds if the cost weight rises; the board will ask.';
const DRAFT_RATIONALE = 'It ranks first and passed its acceptance tests.';
const CONDITIONS = 'Hosting in the EU; a fixed price for the migration.';
const RATIONALE = 'It ranks first, holds at ±20 % of every weight, and costs least over five years.';
const RISK = 'Data migration overruns';
const MITIGATION = 'A test migration of one branch before the contract is signed';

describe('recommendation and decision (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let evaluationId: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function signInAs(who: 'lead' | 'director'): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
    contexts.push(context);
    const page = await newPage(context, pageErrors);
    await signIn(page, `${who}@demo.assay.local`, DEMO_PASSWORD);
    return page;
  }

  async function openRecommendation(page: Page): Promise<void> {
    await page.goto(`/evaluations/${evaluationId}/recommendation`);
    await expectVisible(page.getByRole('heading', { name: 'Evidence', exact: true }), 'the recommendation page');
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer({ env: { ASSAY_DEMO: 'true' } });
    const lead = await server.login('lead@demo.assay.local', DEMO_PASSWORD);
    const { evaluations } = await gqlAs<{ evaluations: { items: { id: string; title: string }[] } }>(
      server,
      lead,
      '{ evaluations { items { id title } } }',
    );
    const demo = evaluations.items.find((e) => e.title === EVALUATION);
    if (!demo) throw new Error(`The demo has no evaluation called ${EVALUATION}.`);
    evaluationId = demo.id;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('takes a recommendation from a draft through review and a new version to the decision and its PDF', async () => {
    // The lead withdraws version 1 while no director has reviewed it, and drafts version 2.
    const lead = await signInAs('lead');
    await openRecommendation(lead);
    const withdraw = lead.getByRole('region', { name: 'Withdraw' });
    await expectVisible(withdraw.getByText(/Version 1 is under review/), 'version 1 under review');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    const sure = lead.getByRole('dialog');
    await expectVisible(
      sure.getByRole('heading', { name: 'Withdraw the recommendation from review?' }),
      'the question',
    );
    await sure.getByRole('button', { name: 'Withdraw' }).click();
    const first = lead.getByRole('region', { name: /Version 2 \(draft\)/ });
    await expectVisible(first, 'the lead’s draft of version 2');
    await first.getByRole('combobox', { name: 'Recommended candidate' }).click();
    const choice = lead.getByRole('option', { name: /^FOLIO/ });
    const candidateName = ((await choice.textContent()) ?? '').trim();
    await choice.click();
    await first.getByRole('textbox', { name: 'Rationale' }).fill(DRAFT_RATIONALE);
    await first.getByRole('textbox', { name: 'Conditions' }).fill(CONDITIONS);
    await first.getByRole('button', { name: 'Save' }).click();
    await expectVisible(first.getByRole('status').getByText(/^Saved\./), 'the saved note');
    await first.getByRole('button', { name: 'Submit for review' }).click();
    const submitV2 = lead.getByRole('dialog');
    await expectVisible(submitV2.getByRole('heading', { name: 'Submit version 2 for review?' }), 'the confirmation');
    await submitV2.getByRole('button', { name: 'Submit for review' }).click();
    await expectVisible(lead.getByText('Version 2 · Under review'), 'version 2 under review');
    await expectVisible(lead.getByText(CONDITIONS), 'the conditions as submitted');
    expect(candidateName).toMatch(/^FOLIO/);

    // The director finds version 2 waiting on the home page and requests changes about the ranking.
    const director = await signInAs('director');
    const waiting = director
      .getByRole('region', { name: 'For your agreement' })
      .getByRole('link', { name: new RegExp(`^${EVALUATION}: `) });
    await expectVisible(waiting, 'the recommendation waiting for the director on the home page');
    await waiting.click();
    await expectPath(director, `/evaluations/${evaluationId}/recommendation`);
    const review = director.getByRole('region', { name: 'Your review of version 2' });
    await expectVisible(review, 'the review panel of version 2');
    await expectVisible(director.getByRole('heading', { name: 'Ranking', exact: true }), 'the ranking evidence');
    await screenshots(director, 'recommendation-director-v2', {
      focus: director.getByRole('heading', { name: 'Evidence' }),
    });
    await director.setViewportSize(DESKTOP);

    await review.getByRole('radio', { name: 'Request changes' }).check();
    await review.getByRole('button', { name: 'Send review' }).click();
    await expectVisible(review.getByRole('alert').getByText(/Say why you request changes/), 'the missing comment');
    await review.getByRole('textbox', { name: 'Comment' }).fill(CHANGES);
    await review.getByRole('combobox', { name: 'About' }).click();
    await director.getByRole('option', { name: 'Ranking', exact: true }).click();
    await review.getByRole('button', { name: 'Send review' }).click();
    const versions = director.getByRole('region', { name: 'Versions' });
    await expectVisible(versions.getByText(CHANGES), 'the director’s comment in the version’s reviews');
    await expect(director.getByRole('region', { name: /Your review of version/ }).count()).resolves.toBe(0);

    // The lead reads the request, follows its link to the ranking, edits the draft and submits version 3.
    await openRecommendation(lead);
    const leadVersions = lead.getByRole('region', { name: 'Versions' });
    await expectVisible(leadVersions.getByText(CHANGES), 'the changes the director requested');
    await leadVersions.getByRole('link', { name: 'about Ranking' }).click();
    await expectVisible(lead.locator('#ranking:focus'), 'the ranking the comment points at, focused');
    const text = lead.getByRole('region', { name: /Version 3 \(draft\)/ });
    await expectVisible(text, 'the lead’s draft of version 3');
    await text.getByRole('textbox', { name: 'Rationale' }).fill(RATIONALE);
    // The new row is filled once it is on screen: the rows before it are version 2's risks, kept.
    const risksBefore = await text.getByRole('textbox', { name: /^Risk \d+$/ }).count();
    await text.getByRole('button', { name: 'Add a risk' }).click();
    const newRisk = text.getByRole('textbox', { name: `Risk ${risksBefore + 1}`, exact: true });
    await expectVisible(newRisk, 'the new risk row');
    await newRisk.fill(RISK);
    await text.getByRole('textbox', { name: 'Mitigation' }).nth(risksBefore).fill(MITIGATION);
    await text.getByRole('button', { name: 'Save' }).click();
    await expectVisible(text.getByRole('status').getByText(/^Saved\./), 'the saved note');
    await screenshots(lead, 'recommendation-lead-draft', { focus: text.getByRole('heading').first() });
    await lead.setViewportSize(DESKTOP);
    await text.getByRole('button', { name: 'Submit for review' }).click();
    const confirm = lead.getByRole('dialog');
    await expectVisible(confirm.getByRole('heading', { name: 'Submit version 3 for review?' }), 'the confirmation');
    await confirm.getByRole('button', { name: 'Submit for review' }).click();
    await expectVisible(lead.getByText('Version 3 · Under review'), 'version 3 under review');

    // The director is told, reads what changed since version 2, and approves.
    const bell = director.getByRole('link', { name: /^\d+ unread notifications?$/ });
    await director.goto('/');
    await expectVisible(bell, 'the bell with a count');
    await bell.click();
    await expectPath(director, '/notifications');
    const told = director.getByRole('link', {
      name: new RegExp(`^Unread: Recommendation v3 .*in ${EVALUATION} waits for your review$`),
    });
    await expectVisible(told, 'the notification of version 3');
    await told.click();
    await expectPath(director, `/evaluations/${evaluationId}/recommendation`);
    const changed = director.getByRole('region', { name: 'What changed since version 2' });
    await expectVisible(changed, 'what changed since version 2');
    await expectVisible(changed.getByText('Rationale', { exact: true }), 'the changed rationale');
    await expectVisible(changed.getByText(RATIONALE), 'the new rationale');
    await expectVisible(changed.getByText(new RegExp(`Risks › “${RISK}”`)), 'the added risk');
    await screenshots(director, 'recommendation-director-v3', { focus: changed.getByRole('heading') });
    await director.setViewportSize(DESKTOP);
    const reviewV3 = director.getByRole('region', { name: 'Your review of version 3' });
    await reviewV3.getByRole('radio', { name: 'Approve' }).check();
    await reviewV3.getByRole('textbox', { name: 'Comment' }).fill('Approved for the board.');
    await reviewV3.getByRole('button', { name: 'Send review' }).click();

    // Decided: the decision with its approvals, the evaluation's status, and the PDF.
    const decided = director.getByRole('region', { name: 'Decided' });
    await expectVisible(decided, 'the decision');
    await expectVisible(decided.getByText('Approved for the board.'), 'the approval’s comment');
    await screenshots(director, 'decision', { focus: decided.getByRole('heading') });
    await director.setViewportSize(DESKTOP);
    const [download] = await Promise.all([
      director.waitForEvent('download', { timeout: UI_TIMEOUT }),
      decided.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await expectVisible(decided.getByRole('link', { name: 'Download XLSX' }), 'the XLSX link');

    await director.goto(`/evaluations/${evaluationId}`);
    await expectVisible(director.getByText('Decided', { exact: true }).first(), 'the evaluation’s status');
    await director.getByRole('link', { name: 'Decision', exact: true }).click();
    await expectPath(director, `/evaluations/${evaluationId}/recommendation`);

    // The decision is listed for the director on /decisions.
    await director.goto('/decisions');
    await expectVisible(
      director
        .getByRole('region', { name: /Decisions taken/ })
        .getByRole('link', { name: new RegExp(`^${EVALUATION}: `) }),
      'the decision taken',
    );
  });
});
