/**
 * Blind scoring in a real browser. An evaluator opens the scoring grid of an open round and scores
 * a candidate with the keyboard only (arrow keys and number keys), each change saved as it goes and
 * the completeness bar moving. The lead (the administrator) follows the progress, reveals the round,
 * sees the low-agreement cell and sets a consensus score with its note.
 * Screenshots of the grid before and after the reveal go to test/web/screenshots.
 */
import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import { Browser, BrowserContext } from 'playwright-core';
import { declareNoConflicts, GQL, openScoringRound } from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
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
import { scoringEvaluation } from './support/fixtures';

const suffix = Math.random().toString(36).slice(2, 8);
const password = `my own ${suffix} password`;
const koha = `Koha ${suffix}`;

describe('scoring (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let evaluatorContext: BrowserContext;
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

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    token = await server.login();
    const given = await scoringEvaluation(server, token, {
      title: `ILS selection ${suffix}`,
      suffix,
      password,
      team: [
        ['ada', `Ada Evaluator ${suffix}`, 'EVALUATOR'],
        ['ben', `Ben Evaluator ${suffix}`, 'EVALUATOR'],
        ['hal', `Hal Head ${suffix}`, 'DEPARTMENT_HEAD'],
      ],
      catalogue: {
        vendor: `Bywater ${suffix}`,
        licence: 'OPEN_SOURCE',
        products: [
          [koha, '25.11'],
          [`Evergreen ${suffix}`, '3.14'],
        ],
      },
      requirement: 'Holds across libraries',
    });
    evaluationId = given.evaluationId;
    Object.assign(people, given.people);
    candidates.push(...given.candidates);
    const category = (await given.saveCriterion({ title: 'Circulation', weight: 1 }))[0].id;
    for (const [title, weight] of [
      ['Holds across libraries', 2],
      ['Self-checkout', 1],
      ['Overdue notices', 1],
    ] as const) {
      const all = await given.saveCriterion({
        title,
        parentId: category,
        weight,
        requirementIds: title === 'Holds across libraries' ? [given.requirementId] : [],
      });
      criteria.push(all.find((c) => c.title === title)?.id ?? '');
    }
    roundId = await openScoringRound(server, token, evaluationId);
    // Ben declares no conflict of interest through the API; Ada's step in the browser is the conflicts test's.
    await declareNoConflicts(server, people['ben'].token, evaluationId);
    await declareNoConflicts(server, people['ada'].token, evaluationId);

    evaluatorContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    leadContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
  });

  afterAll(async () => {
    await evaluatorContext?.close();
    await leadContext?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets an evaluator score a candidate with the keyboard only, saved as it goes', async () => {
    const page = await newPage(evaluatorContext, pageErrors);
    await signIn(page, people['ada'].email, password);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const grid = await expectVisible(page.getByRole('grid', { name: 'Scores' }), 'the scoring grid');
    await expectVisible(page.getByText('Your scores: 0 of 6'), 'the completeness at zero');
    await expectVisible(grid.getByRole('rowheader', { name: /Circulation/ }), 'the category heading');

    // Into the grid by keyboard: the first cell is the one tab stop.
    await grid.getByRole('gridcell').first().focus();
    const first = grid.getByRole('gridcell', { name: `${koha} 25.11, Holds across libraries: not scored` });
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectVisible(page.getByText('Fully out of the box').or(page.getByText(/^3\b/)), 'the scale descriptors');

    await page.keyboard.press('2');
    await expectVisible(
      grid.getByRole('gridcell', { name: `${koha} 25.11, Holds across libraries: 2 of 3` }),
      'the first score',
    );
    await page.keyboard.press('9'); // outside the scale: ignored
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('0');
    await page.keyboard.press('Backspace'); // and cleared again: a blank is not a zero
    await expectVisible(
      grid.getByRole('gridcell', { name: `${koha} 25.11, Overdue notices: 1 of 3` }),
      'the third score',
    );
    await expectVisible(
      grid.getByRole('gridcell', { name: `Evergreen ${suffix} 3.14, Self-checkout: not scored` }),
      'the cleared cell',
    );
    await expectVisible(page.getByText('Your scores: 3 of 6'), 'the completeness moving');
    await expectVisible(page.getByRole('status').filter({ hasText: 'Saved' }), 'the saved state');

    // A comment: Enter opens it, Enter saves it.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByLabel(/Comment/).fill('Scanner and RFID both work');
    // With an evidence link: a malformed one is pointed out at the field and not saved.
    const evidence = page.getByLabel('Evidence link (optional)');
    await evidence.fill('sandbox screenshot');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText('Use a web address starting with https:// or http://.'), 'the evidence problem');
    await evidence.fill('https://sandbox.example.org/self-checkout.png');
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('link', { name: 'Evidence (opens in a new tab)' }), 'the evidence link');

    await page.waitForTimeout(500);
    const mine = await gql<{
      evaluation: {
        scoringRounds: {
          scores: {
            candidateId: string;
            criterionId: string;
            value: number | null;
            comment: string;
            evidenceUrl: string | null;
          }[];
        }[];
      };
    }>(
      'query($id: ID!) { evaluation(id: $id) { scoringRounds { scores { candidateId criterionId value comment evidenceUrl } } } }',
      { id: evaluationId },
      people['ada'].token,
    );
    const values = new Map(
      mine.evaluation.scoringRounds[0].scores.map((s) => [`${s.candidateId}:${s.criterionId}`, s]),
    );
    expect(values.get(`${candidates[0]}:${criteria[0]}`)?.value).toBe(2);
    expect(values.get(`${candidates[0]}:${criteria[1]}`)).toMatchObject({
      value: 3,
      comment: 'Scanner and RFID both work',
      evidenceUrl: 'https://sandbox.example.org/self-checkout.png',
    });
    expect(values.get(`${candidates[0]}:${criteria[2]}`)?.value).toBe(1);
    expect(values.get(`${candidates[1]}:${criteria[1]}`)?.value ?? null).toBeNull();

    // One candidate at a time: only its column is shown, and the keys score it.
    await page.getByRole('combobox', { name: 'Candidates shown' }).click();
    await page.getByRole('option', { name: `Only Evergreen ${suffix} 3.14` }).click();
    await expectVisible(grid.getByRole('columnheader', { name: `Evergreen ${suffix} 3.14` }), 'Evergreen’s column');
    expect(await grid.getByRole('columnheader').count()).toBe(2);
    await page.getByRole('listbox').waitFor({ state: 'detached' }); // the first panel has closed
    await page.getByRole('combobox', { name: 'Candidates shown' }).click();
    await page.getByRole('option', { name: 'All, side by side' }).click();
    await expectVisible(grid.getByRole('columnheader', { name: `${koha} 25.11` }), 'all columns again');

    await grid.getByRole('gridcell').first().focus();
    await screenshots(page, 'scoring-grid', { focus: page.getByRole('heading', { name: 'Scoring', level: 1 }) });
  });

  it('lets the lead follow progress, reveal, see low agreement and set a consensus', async () => {
    // Ben disagrees on holds by two points, and scores Evergreen: it trails Koha (41.7 to 50) until the consensus.
    const score = (candidateId: string, criterionId: string, value: number) =>
      gql(GQL.saveScore, { input: { roundId, candidateId, criterionId, value } }, people['ben'].token);
    await score(candidates[0], criteria[0], 0);
    for (const [i, value] of [1, 2, 1].entries()) await score(candidates[1], criteria[i], value);

    const page = await newPage(leadContext, pageErrors);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    const progress = await expectVisible(
      page.getByRole('region', { name: 'Progress per evaluator' }),
      'the progress per evaluator',
    );
    await expectVisible(progress.getByText('3 / 6'), 'Ada’s count');
    await expectVisible(progress.getByText('4 / 6'), 'Ben’s count');
    expect(await page.getByRole('button', { name: 'Open round' }).count()).toBe(0);

    // The status path says why scoring cannot end yet, instead of "Everything the next step needs is in place".
    await page.goto(`/evaluations/${evaluationId}`);
    const next = await expectVisible(
      page.getByRole('list', { name: 'What the next step still needs' }),
      'what the next step needs',
    );
    await expectVisible(
      next.getByText('Round 1 is still open (7 of 12 scores entered): reveal it or close it.'),
      'the open round',
    );
    expect(await page.getByText('Everything the next step needs is in place.').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Move to Testing' }).isDisabled()).toBe(true);
    await screenshots(page, 'evaluation-status-open-round', {
      focus: page.getByRole('heading', { name: 'Next: Testing' }),
    });
    await page.goto(`/evaluations/${evaluationId}/scoring`);

    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog.getByText('Blind scoring cannot be restored'), 'the confirmation');
    // Each evaluator's progress, and a warning: neither has entered every score.
    const entered = await expectVisible(
      dialog.getByRole('list', { name: 'Scores entered per evaluator' }),
      'each evaluator’s progress',
    );
    expect(
      (await entered.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()),
    ).toEqual([`Ada Evaluator ${suffix} 3 of 6`, `Ben Evaluator ${suffix} 4 of 6`]);
    await expectVisible(dialog.getByText('2 of 2 evaluators have not entered every score.'), 'the warning');
    await screenshots(page, 'scoring-reveal-dialog', {
      focus: dialog.getByRole('heading', { name: 'Reveal round 1?' }),
    });
    await dialog.getByRole('button', { name: 'Reveal anyway' }).click();
    await expectVisible(page.getByText('Round 1 is revealed'), 'the reveal done');
    await expectVisible(page.getByRole('button', { name: 'Open round' }), 'Open round after the reveal');

    // The results before any consensus: Koha leads on the evaluators' means.
    await page.getByRole('link', { name: 'Results' }).click();
    await expectPath(page, `/evaluations/${evaluationId}/results`);
    await expectVisible(
      page.getByRole('row', { name: new RegExp(`^Show the scores behind ${koha} 25.11 1 ${koha} 25.11 Leads 50.0`) }),
      'Koha first with 50.0',
    );
    await page.goBack();

    const grid = page.getByRole('grid', { name: 'Scores' });
    await grid
      .getByRole('gridcell', { name: new RegExp(`^${koha} 25.11, Holds across libraries: not scored, low agreement`) })
      .click();
    const table = await expectVisible(
      page.getByRole('table', { name: 'All scores for Holds across libraries' }),
      'all scores side by side',
    );
    const row = table.getByRole('row').filter({ hasText: koha });
    await expectVisible(row.getByText('Low agreement'), 'the low agreement flag');
    expect(await row.textContent()).toContain(`Ada Evaluator ${suffix}: 2`);
    expect(await row.textContent()).toContain(`Ben Evaluator ${suffix}: 0`);

    await row.getByRole('button', { name: `Set consensus for ${koha} 25.11` }).click();
    const consensus = page.getByRole('dialog');
    await consensus.getByRole('button', { name: 'Set consensus' }).click();
    await expectVisible(consensus.getByText('A note is required.'), 'the required note');
    await consensus.getByRole('combobox', { name: 'Consensus score' }).click();
    await page.getByRole('option', { name: /^0 / }).click();
    await consensus.getByLabel('Note').fill('Holds work across branches only with a plug-in');
    await consensus.getByRole('button', { name: 'Set consensus' }).click();
    await expectVisible(page.getByText('Consensus set'), 'the consensus saved');
    await grid.getByRole('gridcell', { name: new RegExp(`^${koha} 25.11, Holds across libraries`) }).click();
    await expectVisible(
      page
        .getByRole('table', { name: 'All scores for Holds across libraries' })
        .getByText('Holds work across branches only with a plug-in'),
      'the consensus note',
    );
    await screenshots(page, 'scoring-revealed', { focus: page.getByRole('heading', { name: 'Scoring', level: 1 }) });
    expect(pageErrors).toEqual([]);
  });

  it('ranks with the consensus, explains each total and re-ranks live as a weight moves', async () => {
    // Costs over the default five years: Koha 20,000 + 5 × 10,000 = 70,000; Evergreen 50,000 + 5 × 15,000 = 125,000.
    for (const [candidateId, oneTime, yearly] of [
      [candidates[0], 20000, 10000],
      [candidates[1], 50000, 15000],
    ] as const) {
      await gql(GQL.saveCostItem, {
        input: { candidateId, kind: 'ONE_TIME', label: 'Migration and set-up', amount: oneTime },
      });
      await gql(GQL.saveCostItem, {
        input: { candidateId, kind: 'YEARLY', label: 'Hosting and support', amount: yearly },
      });
    }
    const page = await newPage(leadContext, pageErrors);
    await page.goto(`/evaluations/${evaluationId}/results`);
    const evergreen = `Evergreen ${suffix} 3.14`;
    // Koha's holds are agreed at 0 (from a mean of 1): Koha drops to 33.3, Evergreen leads with 41.7.
    const ranking = await expectVisible(page.getByRole('table', { name: 'Ranking of the candidates' }), 'the ranking');
    await expectVisible(
      ranking.getByRole('row', { name: new RegExp(`${evergreen} Leads 41.7`) }),
      'Evergreen first after the consensus',
    );
    await expectVisible(
      ranking.getByRole('row', { name: new RegExp(`^Show the scores behind ${koha} 25.11 2 ${koha} 25.11 33.3`) }),
      'Koha second',
    );

    // The sensitivity section says the lead rests on that one consensus, beside the ranking without it.
    const flag = await expectVisible(
      page.getByRole('note').filter({ hasText: 'The leader rests on consensus.' }),
      'the consensus flag',
    );
    expect((await flag.textContent())?.replace(/\s+/g, ' ')).toContain(
      `On the evaluators’ scores alone, ${koha} 25.11 would lead. One consensus score decides it: ${koha} 25.11 on Holds across libraries.`,
    );
    const compared = page.getByRole('table', {
      name: 'The ranking as agreed, beside the ranking on the evaluators’ scores alone',
    });
    expect(
      (
        await compared
          .getByRole('row', { name: new RegExp(`^${koha} 25.11`) })
          .getByRole('cell')
          .allTextContents()
      ).map((text) => text.trim()),
    ).toEqual(['2 · 33.3', '1 · 50.0']);
    await screenshots(page, 'results-consensus-flag', { focus: page.getByRole('heading', { name: 'Sensitivity' }) });

    // Drill down with the keyboard: the agreed 0 is marked as the consensus, and the points add up.
    await ranking.getByRole('button', { name: `Show the scores behind ${koha} 25.11` }).focus();
    await page.keyboard.press('Enter');
    const circulation = await expectVisible(
      page.getByRole('table', { name: /^Circulation · weight 100.0 %/ }),
      'the drill-down',
    );
    const holds = circulation.getByRole('row', { name: /^Holds across libraries/ });
    await expectVisible(holds.getByText('consensus'), 'the consensus mark');
    // Weight, agreed value, Ada's and Ben's scores, points.
    expect((await holds.getByRole('cell').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      '50.0 %',
      '0.00 consensus',
      '2',
      '0',
      '0.00',
    ]);

    // Agreement lists holds first, flagged.
    await expectVisible(
      page
        .getByRole('table', { name: 'Agreement per criterion, lowest first' })
        .getByRole('row')
        .nth(1)
        .getByText('low agreement'),
      'the low-agreement criterion',
    );

    // The slider starts on the nearest tie point's criterion (Self-checkout: +15 pp ties them);
    // moving Holds instead down to 0 % puts Koha back on top.
    const live = page.getByRole('list', { name: 'Ranking with this weight' });
    await expectVisible(live.getByRole('listitem').first().getByText(evergreen), 'the live ranking as the server’s');
    await page.getByRole('combobox', { name: 'Weight to move' }).click();
    await page.getByRole('option', { name: 'Holds across libraries' }).click();
    await expectVisible(page.getByText('Share: 50.00 %'), 'the share of Holds');
    const slider = page.getByRole('slider', { name: 'Share of the rubric' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expectVisible(live.getByRole('listitem').first().getByText(`${koha} 25.11`), 'Koha first with holds at 0 %');
    await expectVisible(page.getByText('Share: 0.00 %'), 'the share shown');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expectVisible(live.getByRole('listitem').first().getByText(evergreen), 'the order restored');

    // Cost and value: Koha buys 33.3 points for 70,000 (4.76 per 10,000), Evergreen 41.7 for 125,000 (3.33).
    const costs = page.getByRole('table', { name: 'Total cost of ownership and score per 10,000' });
    const cells = async (name: string) =>
      (
        await costs
          .getByRole('row', { name: new RegExp(name) })
          .getByRole('cell')
          .allTextContents()
      ).map((text) => text.trim());
    expect(await cells(`${koha} 25.11`)).toEqual(['33.3', '$20,000', '$10,000', '$0', '$70,000', '4.76']);
    expect(await cells(evergreen)).toEqual(['41.7', '$50,000', '$15,000', '$0', '$125,000', '3.33']);
    await expectVisible(
      page.getByRole('img', { name: /score against its total cost of ownership/ }),
      'the cost scatter',
    );

    // The same results as a workbook for the board papers.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export to Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Ranking', 'Scores', 'Consensus', 'Agreement', 'Sensitivity', 'Weights']),
    );
    const text = JSON.stringify(workbook.getWorksheet('Ranking')!.getSheetValues());
    expect(text).toContain(evergreen);
    expect(text).toContain(`${koha} 25.11`);

    await screenshots(page, 'results', { focus: page.getByRole('heading', { name: 'Results', level: 1 }) });
    expect(pageErrors).toEqual([]);
  });

  it('opens a second round for the candidates the lead chooses, and the results stay on the revealed one', async () => {
    const page = await newPage(leadContext, pageErrors);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    await page.getByRole('button', { name: 'Open round' }).click();
    const dialog = await expectVisible(
      page.getByRole('dialog', { name: 'Open a scoring round' }),
      'the open-round dialog',
    );
    const koha25 = dialog.getByRole('checkbox', { name: `${koha} 25.11` });
    const evergreen = dialog.getByRole('checkbox', { name: `Evergreen ${suffix} 3.14` });
    await koha25.uncheck();
    await evergreen.uncheck();
    await expectVisible(dialog.getByText('Choose at least one.'), 'the need for a candidate');
    expect(await dialog.getByRole('button', { name: 'Open round' }).isDisabled()).toBe(true);
    await koha25.check();
    await dialog.getByRole('button', { name: 'Open round' }).click();
    await expectVisible(page.getByText('The round is open'), 'the round opened');
    await expectVisible(page.getByText(/Round 2 · open, blind/), 'round 2 in the grid');
    const grid = page.getByRole('grid', { name: 'Scores' });
    await expectVisible(grid.getByRole('columnheader', { name: `${koha} 25.11` }), 'Koha’s column');
    expect(await grid.getByRole('columnheader').count()).toBe(2);

    // Round 1's results stay one click away while round 2 is scored.
    await page.getByRole('link', { name: 'Results' }).click();
    await expectPath(page, `/evaluations/${evaluationId}/results`);
    await expectVisible(
      page.getByText('Round 2 is being scored blind; these are the results of the last revealed round.'),
      'the blind round noted',
    );
    await expectVisible(page.getByText(/^Round 1 · revealed/), 'round 1’s results');

    // An evaluation that does not exist (or is not the reader's) is "not found", with a way back.
    const nowhere = '00000000-0000-4000-8000-000000000000';
    await page.goto(`/evaluations/${nowhere}/results`);
    await expectVisible(page.getByRole('heading', { name: 'These results were not found' }), 'results not found');
    await page.goto(`/evaluations/${nowhere}/scoring`);
    await expectVisible(page.getByRole('heading', { name: 'This evaluation was not found' }), 'scoring not found');
    await page.getByRole('link', { name: 'All evaluations' }).click();
    await expectPath(page, '/evaluations');
    expect(pageErrors.filter((e) => !/NOT_FOUND|not found|404/i.test(e))).toEqual([]);
  });

  it('offers no consensus once the evaluation has left scoring', async () => {
    const rounds = (
      await gql<{ evaluation: { scoringRounds: { id: string; status: string }[] } }>(
        'query($id: ID!) { evaluation(id: $id) { scoringRounds { id status } } }',
        { id: evaluationId },
      )
    ).evaluation.scoringRounds;
    for (const round of rounds.filter((r) => r.status === 'OPEN'))
      await gql(GQL.closeScoringRound, { roundId: round.id });
    await gql(GQL.addEvaluationMember, {
      input: { evaluationId, userId: people['hal'].id, role: 'TESTER' },
    });
    const { version } = (await gql<{ evaluation: { version: number } }>(GQL.evaluationVersion, { id: evaluationId }))
      .evaluation;
    await gql(GQL.moveEvaluation, {
      input: { id: evaluationId, to: 'TESTING', version },
    });

    const page = await newPage(leadContext, pageErrors);
    await page.goto(`/evaluations/${evaluationId}/scoring`);
    await expectVisible(page.getByText(/Round 1 · revealed/).first(), 'the revealed round');
    const grid = page.getByRole('grid', { name: 'Scores' });
    await grid.getByRole('gridcell', { name: new RegExp(`^${koha} 25.11, Holds across libraries`) }).click();
    await expectVisible(
      page.getByRole('table', { name: 'All scores for Holds across libraries' }),
      'all scores side by side',
    );
    expect(await page.getByRole('button', { name: /^Set consensus/ }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
