/**
 * The rubric builder in a real browser. The lead (the administrator) starts the rubric from the
 * evaluation's overview, generates criteria from the approved requirements, changes a weight in
 * the table (and sees the server refuse a zero weight beside the field, and a blank title in the
 * dialog), adds a point to the scale, weighs the categories by pairwise comparison and sees the consistency ratio; a set of
 * judgments that contradict each other shows the warning and the highlighted pair. An evaluator
 * reads the same rubric without any editing controls; once scoring opens on it, the version is
 * frozen and the lead makes a new one.
 * Screenshots at desktop and narrow widths go to test/web/screenshots.
 */
import { Browser, BrowserContext, Page } from 'playwright-core';
import { createDepartment, createTeam, GQL, moveToScoring, shortlistProducts } from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectHidden,
  expectPath,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

const suffix = Math.random().toString(36).slice(2, 8);
const password = `my own ${suffix} password`;

describe('rubric builder (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let leadContext: BrowserContext;
  let readerContext: BrowserContext;
  let token: string;
  let evaluationId = '';
  let evaluator = { id: '', token: '', email: '' };
  let proposed = { id: '', version: 0 };
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = token) =>
    gqlAs<T>(server, as, query, variables);

  /** Picks a judgment for a pair in the open comparison dialog, e.g. ('Acquisitions', 'Cataloguing', '1/2'). */
  async function judge(page: Page, row: string, column: string, value: string): Promise<void> {
    await page
      .getByRole('dialog')
      .getByRole('combobox', { name: `${row} compared with ${column}` })
      .click();
    await page.getByRole('option', { name: new RegExp(`^${value.replace('/', '\\/')} · `) }).click();
    await expectHidden(page.getByRole('listbox'), 'the list of judgments');
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    token = await server.login();
    const department = await createDepartment(server, token, 'CIRC', 'Circulation');
    const team = await createTeam(
      server,
      token,
      `ILS selection ${suffix}`,
      department,
      [['eve', `Eve Evaluator ${suffix}`, 'EVALUATOR']],
      { tag: suffix, password },
    );
    evaluationId = team.evaluationId;
    evaluator = team.people['eve'];
    const approved: { id: string; version: number }[] = [];
    for (const [code, title, category, priority] of [
      ['ACQ-001', 'EDI ordering', 'Acquisitions', 'SHOULD'],
      ['CAT-001', 'MARC21 and RDA records', 'Cataloguing', 'MUST'],
      ['CIRC-001', 'Holds across libraries', 'Circulation', 'MUST'],
      ['CIRC-002', 'Self-checkout', 'Circulation', 'SHOULD'],
      ['CIRC-003', 'Fines in three currencies', 'Circulation', 'COULD'],
    ]) {
      const { id, version } = (
        await gql<{ createRequirement: { id: string; version: number } }>(GQL.createRequirement, {
          input: { evaluationId, code, title, category, priority, departmentId: department },
        })
      ).createRequirement;
      // Kept as the reference a decision takes: the id and the version, nothing else.
      const requirement = { id, version };
      if (code === 'CIRC-003')
        proposed = requirement; // stays proposed: no criterion is generated for it
      else approved.push(requirement);
    }
    await gql(GQL.decideRequirements, { input: { requirements: approved, decision: 'APPROVE' } });

    leadContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    readerContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  });

  afterAll(async () => {
    await leadContext?.close();
    await readerContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets the lead start the rubric, generate criteria, set weights directly and by pairwise comparison', async () => {
    const page = await newPage(leadContext, pageErrors);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}`);
    await page.getByRole('link', { name: 'Rubric' }).click();
    await expectPath(page, `/evaluations/${evaluationId}/rubric`);

    await expectVisible(page.getByRole('heading', { name: 'No rubric yet' }), 'the empty state');
    await page.getByRole('button', { name: 'Start the rubric' }).click();
    await expectVisible(page.getByText('Version 1 · draft'), 'the draft version');
    await expectVisible(page.getByRole('heading', { name: 'Scale 0–3' }), 'the default scale');
    await expectVisible(page.getByText('Fully out of the box'), 'the scale’s anchors');

    await page.getByRole('button', { name: 'Generate from approved requirements' }).click();
    const confirm = page.getByRole('dialog');
    await expectVisible(confirm.getByText('each of the 4 approved requirements'), 'what generating will add');
    await confirm.getByRole('button', { name: 'Generate' }).click();
    await expectVisible(page.getByText('Added 4 criteria from approved requirements'), 'how many were added');
    // Category weights follow what they hold (Acquisitions a should, 2; Cataloguing a must, 3; Circulation a must and a should, 5), for the lead to confirm.
    const proposed = await expectVisible(
      page.getByRole('region', { name: 'Proposed category weights' }),
      'the proposed weights',
    );
    expect(
      (await proposed.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Acquisitions 20%', 'Cataloguing 30%', 'Circulation 50%']);
    await screenshots(page, 'rubric-proposed-weights', {
      focus: proposed.getByRole('heading', { name: 'Proposed category weights' }),
    });
    await proposed.getByRole('button', { name: 'Keep these weights' }).click();
    await expectHidden(page.getByRole('region', { name: 'Proposed category weights' }), 'the proposal, confirmed');
    const table = await expectVisible(
      page.getByRole('table', { name: 'Categories and criteria' }),
      'the criteria tree',
    );
    for (const category of ['Acquisitions', 'Cataloguing', 'Circulation'])
      await expectVisible(table.getByRole('rowheader', { name: category, exact: true }), `the ${category} category`);
    const holds = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'CIRC-001 Holds across libraries' }) });
    await expectVisible(holds.getByText('CIRC-001', { exact: true }), 'the linked requirement code');
    await expectVisible(holds.getByText('60%'), 'a must’s share of its category (3 against 2)');
    expect(await page.getByRole('button', { name: 'Generate from approved requirements' }).isDisabled()).toBe(true);

    // The scale: a fifth point, with what it means.
    await page.getByRole('button', { name: 'Edit scale' }).click();
    const scale = page.getByRole('dialog');
    await expectVisible(scale.getByLabel('Highest score'), 'the scale form');
    await scale.getByLabel('Highest score').fill('0');
    await scale.getByLabel('Highest score').press('Tab'); // a field's problem shows once it is left
    await expectVisible(scale.getByText('Must be above the lowest score.'), 'the range problem');
    await scale.getByLabel('Highest score').fill('4');
    await scale.getByLabel('4', { exact: true }).fill('Beyond what we asked for');
    await screenshots(page, 'rubric-scale', { focus: scale.getByRole('heading', { name: 'Scoring scale' }) });
    await scale.getByRole('button', { name: 'Save scale' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Scale 0–4' }), 'the new scale');
    await expectVisible(page.getByText('Beyond what we asked for'), 'the new anchor');

    // A weight typed into the table: zero is refused beside the field, 3 evens the category out.
    const selfCheckout = page.getByLabel('Weight of CIRC-002 Self-checkout');
    await selfCheckout.fill('0');
    await selfCheckout.press('Enter');
    await expectVisible(
      page.getByRole('alert').filter({ hasText: 'Weights are positive.' }),
      'the server’s word on a zero weight',
    );
    await selfCheckout.fill('3');
    await selfCheckout.press('Enter');
    await expectHidden(page.getByRole('alert').filter({ hasText: 'Weights are positive.' }), 'the weight problem');
    await expectVisible(holds.getByText('50%'), 'the shares recomputed');

    // The dialog shows the server's validation at the field.
    await page.getByRole('button', { name: 'Edit criterion CIRC-001 Holds across libraries' }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('Title').fill('   ');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expectVisible(edit.getByText('Enter a title.'), 'the title problem beside the field');
    await edit.getByLabel('Title').fill('Holds across all member libraries');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expectVisible(
      table.getByRole('rowheader', { name: 'Holds across all member libraries' }),
      'the renamed criterion',
    );

    // Pairwise: Acquisitions < Cataloguing < Circulation, each step twice as important — consistent.
    await page.getByRole('button', { name: 'Weigh categories by pairwise comparison' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByRole('table', { name: 'Pairwise judgments' }), 'the comparison matrix');
    await judge(page, 'Acquisitions', 'Cataloguing', '1/2');
    await judge(page, 'Acquisitions', 'Circulation', '1/4');
    await judge(page, 'Cataloguing', 'Circulation', '1/2');
    await expectVisible(dialog.getByRole('cell', { name: '2', exact: true }), 'the reciprocal below the diagonal');
    await dialog.getByRole('button', { name: 'Apply judgments' }).click();
    await expectVisible(dialog.getByText('Consistency ratio 0.00: consistent'), 'the consistency ratio');
    const result = dialog.getByRole('region', { name: 'Result of the comparison' });
    await expectVisible(result.getByText('57.1%'), 'Circulation’s weight');
    await expectVisible(result.getByText('14.3%'), 'Acquisitions’ weight');

    // Cataloguing now far above Circulation, while Circulation stays above Acquisitions and
    // Acquisitions below Cataloguing by little: the judgments contradict each other.
    await judge(page, 'Cataloguing', 'Circulation', '5');
    await dialog.getByRole('button', { name: 'Apply judgments' }).click();
    await expectVisible(
      dialog.getByRole('alert').filter({ hasText: 'the judgments contradict each other' }),
      'the inconsistency warning',
    );
    await expectVisible(
      dialog.locator('td.worst').getByText(/weights imply/),
      'a highlighted pair with its implied value',
    );
    await screenshots(page, 'rubric-pairwise', {
      focus: dialog.getByRole('heading', { name: /Weigh the categories/ }),
    });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expectHidden(page.getByRole('dialog'), 'the comparison dialog');
    await expectVisible(
      page.getByText(/Category weights by pairwise comparison · CR \d\.\d\d, inconsistent: revisit the judgments/),
      'the flag on the page',
    );

    await screenshots(page, 'rubric-lead', { focus: page.getByRole('heading', { name: 'Rubric', level: 1 }) });
    expect(pageErrors).toEqual([]);
  });

  it('shows the rubric read-only to an evaluator', async () => {
    const page = await newPage(readerContext, pageErrors);
    await signIn(page, evaluator.email, password);
    await page.goto(`/evaluations/${evaluationId}/rubric`);
    const table = await expectVisible(
      page.getByRole('table', { name: 'Categories and criteria' }),
      'the criteria tree',
    );
    await expectVisible(table.getByRole('rowheader', { name: 'Holds across all member libraries' }), 'a criterion');
    await expectVisible(page.getByText('A draft: the lead is still building it.'), 'the draft note');
    for (const name of [
      'Add category',
      'Edit scale',
      'Generate from approved requirements',
      'Weigh categories by pairwise comparison',
      'Start the rubric',
    ]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByRole('button', { name: /^(Edit|Delete) (criterion|category)/ }).count()).toBe(0);
    expect(await page.getByRole('spinbutton').count()).toBe(0);
    await screenshots(page, 'rubric-reader', { focus: page.getByRole('heading', { name: 'Rubric', level: 1 }) });
    expect(pageErrors).toEqual([]);
  });

  it('freezes the version once scoring uses it, and lets the lead make the next one', async () => {
    await shortlistProducts(server, token, evaluationId, {
      vendor: `Bywater ${suffix}`,
      licence: 'OPEN_SOURCE',
      products: [[`Koha ${suffix}`, '25.11']],
    });
    await gql(GQL.addEvaluationMember, { input: { evaluationId, userId: evaluator.id, role: 'DEPARTMENT_HEAD' } });
    await gql(GQL.decideRequirements, {
      input: { requirements: [proposed], decision: 'REJECT', comment: 'Out of scope' },
    });
    await moveToScoring(server, token, evaluationId);
    const round = (
      await gql<{ openScoringRound: { id: string; rubricVersionId: string } }>(GQL.openScoringRound, {
        input: { evaluationId },
      })
    ).openScoringRound;
    // The evaluator scores holds on version 1: a score the next version may or may not carry over.
    const v1 = (
      await gql<{ rubricVersion: { criteria: { id: string; title: string }[] } }>(GQL.rubricCriteria, {
        id: round.rubricVersionId,
      })
    ).rubricVersion;
    const candidateId = (
      await gql<{ evaluation: { candidates: { id: string }[] } }>(GQL.evaluationCandidates, { id: evaluationId })
    ).evaluation.candidates[0].id;
    const holds = v1.criteria.find((c) => c.title === 'Holds across all member libraries')!.id;
    const scored = await server.gql(
      GQL.saveScore,
      { input: { roundId: round.id, candidateId, criterionId: holds, value: 2 } },
      { token: evaluator.token },
    );
    expect(scored.errors).toBeUndefined();

    const page = await newPage(leadContext, pageErrors);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    await page.getByRole('link', { name: 'Rubric' }).click();
    await expectPath(page, `/evaluations/${evaluationId}/rubric`);
    await expectVisible(
      page.getByText('Version 1 is frozen. Used by scoring round 1; editing makes version 2.'),
      'the frozen state',
    );
    expect(await page.getByRole('button', { name: 'Add category' }).count()).toBe(0);
    expect(await page.getByRole('spinbutton').count()).toBe(0);
    await screenshots(page, 'rubric-frozen', { focus: page.getByRole('heading', { name: 'Rubric', level: 1 }) });

    // The judgments behind the frozen category weights stay readable, not editable.
    await page.getByRole('button', { name: 'Show the judgments' }).click();
    const judgments = await expectVisible(page.getByRole('dialog'), 'the judgments');
    await expectVisible(
      judgments.getByRole('heading', { name: 'Pairwise judgments behind the weights of the categories' }),
      'the read-only title',
    );
    const matrix = judgments.getByRole('table', { name: 'Pairwise judgments' });
    await expectVisible(matrix.getByRole('cell', { name: /^1\/4 · / }), 'Acquisitions against Circulation as judged');
    expect(await judgments.getByRole('combobox').count()).toBe(0);
    expect(await judgments.getByRole('button', { name: 'Apply judgments' }).count()).toBe(0);
    await screenshots(page, 'rubric-frozen-judgments', {
      focus: judgments.getByRole('heading', { name: /Pairwise judgments/ }),
    });
    await judgments.getByRole('button', { name: 'Close' }).click();
    await expectHidden(page.getByRole('dialog'), 'the judgments dialog');

    await page.getByRole('button', { name: 'Make a new version' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Make a new version' }).click();
    await expectVisible(page.getByText('Version 2 · draft'), 'the new draft');
    await expectVisible(page.getByRole('button', { name: 'Add category' }), 'editing again');
    await expectVisible(
      page
        .getByRole('table', { name: 'Categories and criteria' })
        .getByRole('rowheader', { name: 'Holds across all member libraries' }),
      'the criteria copied',
    );
    await expectVisible(
      page.getByText('No change so far invalidates a score given on version 1'),
      'nothing invalidated yet',
    );

    // Rewording holds means its score on version 1 no longer says what version 2 asks.
    const v2 = (
      await gql<{ evaluation: { rubric: { id: string; criteria: { id: string; title: string }[] } } }>(
        'query($id: ID!) { evaluation(id: $id) { rubric { id criteria { id title } } } }',
        { id: evaluationId },
      )
    ).evaluation.rubric;
    await gql(GQL.saveCriterion, {
      input: {
        rubricVersionId: v2.id,
        id: v2.criteria.find((c) => c.title === 'Holds across all member libraries')!.id,
        title: 'Holds across all member libraries',
        description: 'Including holds placed at self-service kiosks.',
      },
    });
    await page.reload();
    const invalidated = await expectVisible(
      page.getByRole('table', { name: 'Criteria whose scores the new version invalidates' }),
      'the invalidated scores',
    );
    expect(
      (
        await invalidated
          .getByRole('row', { name: /Holds across all member libraries/ })
          .getByRole('cell')
          .allTextContents()
      ).map((t) => t.trim()),
    ).toEqual(['Holds across all member libraries', 'Description changed', '1', '1']);
    await expectVisible(page.getByText('One score given on version 1 will not carry over'), 'the summary');
    expect(pageErrors).toEqual([]);
  });
});
