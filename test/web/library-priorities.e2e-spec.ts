/**
 * Member libraries' priorities in a real browser: a representative of one member library marks
 * their library's priorities with the keyboard; the lead sees the counts, switches the rule to
 * majority and sees the disagreements; the results page shows the ranking by member library with
 * the library whose winner differs highlighted. Screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import {
  createDepartment,
  createEvaluation,
  declareNoConflicts,
  draftRubric,
  firstSignIn,
  GQL,
  moveToScoring,
  openScoringRound,
  OWN_PASSWORD,
  revealScoringRound,
  saveCriterion,
  saveScore,
  shortlistProducts,
  TEMPORARY_PASSWORD,
} from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import { DESKTOP, expectVisible, gqlAs, launchChromium, newPage, screenshots, signIn } from './support/browser';

describe('member libraries’ priorities (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let evaluationId = '';
  let roundId = '';
  const libraries: Record<string, string> = {};
  const people: Record<string, { id: string; token: string }> = {};
  const requirements: Record<string, string> = {};
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlAs<T>(server, token, query, variables);
  const mark = (person: string, library: string, marks: [string, string][]) =>
    gql(
      'mutation($input: MarkLibraryPrioritiesInput!) { markLibraryPriorities(input: $input) { rule } }',
      {
        input: {
          evaluationId,
          memberLibraryId: libraries[library],
          marks: marks.map(([code, priority]) => ({ requirementId: requirements[code], priority })),
        },
      },
      people[person].token,
    );

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    for (const [code, name] of [
      ['NORTH', 'North Branch'],
      ['SOUTH', 'South Branch'],
    ]) {
      libraries[code] = (
        await gql<{ createMemberLibrary: { id: string } }>(GQL.createMemberLibrary, { input: { code, name } })
      ).createMemberLibrary.id;
    }
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    for (const [key, displayName, library] of [
      ['nora', 'Nora North', 'NORTH'],
      ['sam', 'Sam South', 'SOUTH'],
    ]) {
      const email = `${key}@e2e.test`;
      const created = await gql<{ createUser: { id: string } }>(GQL.createUser, {
        input: {
          email,
          displayName,
          temporaryPassword: TEMPORARY_PASSWORD,
          departmentId: department,
          memberLibraryId: libraries[library],
        },
      });
      people[key] = {
        id: created.createUser.id,
        token: await firstSignIn(server, email, TEMPORARY_PASSWORD, OWN_PASSWORD),
      };
    }
    evaluationId = await createEvaluation(server, admin, 'ILS for the consortium', [
      [people['nora'].id, 'EVALUATOR'],
      [people['sam'].id, 'EVALUATOR'],
      [people['sam'].id, 'DEPARTMENT_HEAD'],
    ]);
    for (const title of ['Self-check with RFID', 'Copy cataloguing from the union catalogue']) {
      const created = await gql<{ createRequirement: { id: string; code: string; version: number } }>(
        'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id code version } }',
        { input: { evaluationId, departmentId: department, title, priority: 'SHOULD' } },
      );
      requirements[created.createRequirement.code] = created.createRequirement.id;
      await gql(GQL.decideRequirements, {
        input: {
          requirements: [{ id: created.createRequirement.id, version: created.createRequirement.version }],
          decision: 'APPROVE',
        },
      });
    }
    const [alpha, beta] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'Vendor',
      products: [
        ['Alpha', '1.0'],
        ['Beta', '1.0'],
      ],
    });
    await moveToScoring(server, admin, evaluationId);
    const rubric = await draftRubric(server, admin, evaluationId);
    const category = (await saveCriterion(server, admin, { rubricVersionId: rubric.id, title: 'Functional' }))[0];
    const criteria: string[] = [];
    for (const [title, code] of [
      ['Self-check', 'CIRC-001'],
      ['Cataloguing', 'CIRC-002'],
    ]) {
      const saved = await saveCriterion(server, admin, {
        rubricVersionId: rubric.id,
        parentId: category.id,
        title,
        requirementIds: [requirements[code]],
      });
      criteria.push(saved.find((c) => c.title === title)!.id);
    }
    roundId = await openScoringRound(server, admin, evaluationId);
    for (const evaluator of ['nora', 'sam']) await declareNoConflicts(server, people[evaluator].token, evaluationId);
    for (const evaluator of ['nora', 'sam'])
      for (const [candidateId, criterionId, value] of [
        [alpha, criteria[0], 3],
        [alpha, criteria[1], 1],
        [beta, criteria[0], 1],
        [beta, criteria[1], 2],
      ] as const)
        await saveScore(server, people[evaluator].token, { roundId, candidateId, criterionId, value });
    await revealScoringRound(server, admin, roundId);
    await mark('sam', 'SOUTH', [
      ['CIRC-001', 'COULD'],
      ['CIRC-002', 'MUST'],
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets a representative mark their own library’s priorities with the keyboard', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, 'nora@e2e.test', OWN_PASSWORD);
      await page.goto(`/evaluations/${evaluationId}/requirements`);
      await page.getByRole('link', { name: 'Library priorities' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Library priorities', level: 1 }), 'the heading');
      await expectVisible(page.getByRole('heading', { name: 'NORTH · North Branch' }), 'the library’s section');

      const first = page.getByRole('group', { name: 'CIRC-001 for NORTH' });
      await first.getByRole('radio', { name: 'Must' }).focus();
      await page.keyboard.press('Space');
      await expectVisible(page.getByRole('status').filter({ hasText: 'CIRC-001 marked must.' }), 'the saved mark');
      const second = page.getByRole('group', { name: 'CIRC-002 for NORTH' });
      await second.getByRole('radio', { name: 'Must' }).focus();
      await page.keyboard.press('Space');
      await expectVisible(page.getByRole('status').filter({ hasText: 'CIRC-002 marked must.' }), 'the first mark');
      // Arrow keys move within the group and save each choice.
      await page.keyboard.press('ArrowRight');
      await expectVisible(page.getByRole('status').filter({ hasText: 'CIRC-002 marked should.' }), 'the moved mark');
      await page.keyboard.press('ArrowRight');
      await expectVisible(page.getByRole('status').filter({ hasText: 'CIRC-002 marked could.' }), 'the last mark');
      expect(await second.getByRole('radio', { name: 'Could' }).isChecked()).toBe(true);
      await screenshots(page, 'library-priorities-representative');
    } finally {
      await context.close();
    }
  });

  it('shows the lead the counts, the rule and the disagreements', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(`/evaluations/${evaluationId}/requirements/library-priorities`);
      const table = await expectVisible(
        page.getByRole('table', { name: 'How many libraries gave each priority, and the consortium priority' }),
        'the counts',
      );
      const row = table.getByRole('row', { name: /CIRC-001/ });
      await expectVisible(row.getByRole('cell', { name: 'SOUTH: could' }), 'the disagreement under the highest rule');
      await page.getByRole('radio', { name: /Majority/ }).check();
      await expectVisible(
        page.getByRole('status').filter({ hasText: 'now follows the majority rule' }),
        'the rule changed',
      );
      await expectVisible(row.getByText('tie'), 'the tie under the majority rule');
      await screenshots(page, 'library-priorities-lead');
    } finally {
      await context.close();
    }
  });

  it('shows the ranking by member library on the results page, with a different winner highlighted', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(`/evaluations/${evaluationId}/results`);
      const section = await expectVisible(
        page.getByRole('heading', { name: 'Ranking by member library' }),
        'the by-library heading',
      );
      const table = await expectVisible(page.getByRole('table', { name: 'Ranking by member library' }), 'the table');
      await expectVisible(table.getByRole('row', { name: /SOUTH.*Beta.*Differs/ }), 'SOUTH’s different winner');
      await expectVisible(table.getByRole('row', { name: /NORTH/ }), 'NORTH’s ranking');
      await screenshots(page, 'results-by-library', { focus: section });
    } finally {
      await context.close();
    }
  });
});
