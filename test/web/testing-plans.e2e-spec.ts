/**
 * Test plans in a real browser. A lead starts a plan from the evaluation, adds a case with three
 * steps, moves one with the keyboard and one with a button, deletes one, links a requirement, and
 * starts a run on a candidate with a tester. The tester finds the run waiting on /testing; the
 * comparison shows the run's result; an evaluator reads the plan without any edit control.
 * Screenshots of the plan, the comparison and the testing home go to test/web/screenshots.
 */
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  approvedRequirement,
  createDepartment,
  createProducts,
  createEvaluation,
  createPerson,
  GQL,
  shortlistProducts,
} from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectHidden,
  expectPath,
  expectValue,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  SCREENSHOT_DIR,
  signIn,
} from './support/browser';

const suffix = Math.random().toString(36).slice(2, 8);
const password = `my own ${suffix} password`;
const koha = `Koha ${suffix}`;
const planName = `Circulation acceptance ${suffix}`;
const sierra = `Sierra ${suffix}`;

describe('test plans (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let token: string;
  let evaluationId = '';
  let planId = '';
  let requirementCode = '';
  const people: Record<string, { id: string; token: string; email: string }> = {};
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = token) =>
    gqlAs<T>(server, as, query, variables);

  /** A page in a fresh browser context, signed in as the person. */
  const pageAs = async (key: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    contexts.push(context);
    const page = await newPage(context, pageErrors);
    await signIn(page, people[key].email, password);
    return page;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    token = await server.login();
    const department = await createDepartment(server, token, 'CIRC', 'Circulation');
    for (const [key, displayName] of [
      ['lia', `Lia Lead ${suffix}`],
      ['tess', `Tess Tester ${suffix}`],
      ['ada', `Ada Evaluator ${suffix}`],
    ]) {
      people[key] = await createPerson(server, token, {
        email: `${key}.${suffix}@e2e.test`,
        displayName,
        departmentId: department,
        password,
      });
    }
    evaluationId = await createEvaluation(server, token, `ILS selection ${suffix}`, [
      [people['lia'].id, 'LEAD'],
      [people['tess'].id, 'TESTER'],
      [people['ada'].id, 'EVALUATOR'],
    ]);
    await shortlistProducts(server, token, evaluationId, {
      vendor: `Bywater ${suffix}`,
      licence: 'OPEN_SOURCE',
      products: [[koha, '24.11']],
    });
    const requirement = await approvedRequirement(server, token, {
      evaluationId,
      departmentId: department,
      title: 'Holds across branches',
    });
    await createProducts(server, token, { vendor: `Innovative ${suffix}`, products: [[sierra, '6.2']] });
    requirementCode = (
      await gql<{ requirement: { code: string } }>('query($id: ID!) { requirement(id: $id) { code } }', {
        id: requirement.id,
      })
    ).requirement.code;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets a lead start a plan, write a case with ordered steps and a requirement, and start a run', async () => {
    const page = await pageAs('lia');
    await page.goto(`/evaluations/${evaluationId}`);
    await (
      await expectVisible(
        page.getByRole('main').getByRole('link', { name: 'Testing', exact: true }),
        'the Testing button',
      )
    ).click();
    await expectPath(page, `/evaluations/${evaluationId}/testing`);
    await expectVisible(page.getByRole('heading', { name: 'No test plans yet' }), 'the empty state');

    await page.getByRole('button', { name: 'New test plan' }).first().click();
    const planDialog = await expectVisible(page.getByRole('dialog', { name: 'New test plan' }), 'the plan dialog');
    await planDialog.getByLabel('Name').fill(planName);
    await planDialog.getByLabel('Key prefix').fill('hold');
    await planDialog.getByLabel('Scope').fill('Holds, renewals and fines at the circulation desk.');
    await planDialog.getByLabel('Entry criteria').fill('Sandbox loaded with our patrons and items.');
    await planDialog.getByLabel('Exit criteria').fill('Every critical case passed.');
    await planDialog.getByRole('button', { name: 'Create plan' }).click();
    await expectHidden(planDialog, 'the plan dialog');

    await (await expectVisible(page.getByRole('link', { name: planName }), 'the new plan in the list')).click();
    planId = (await expectPath(page, /^\/testing\/plans\/[0-9a-f-]+$/)).split('/').pop() ?? '';
    await expectVisible(page.getByRole('heading', { name: planName, level: 1 }), 'the plan heading');
    await expectVisible(page.getByText('Every critical case passed.'), 'the exit criteria');
    await expectVisible(page.getByRole('heading', { name: 'No test cases yet' }), 'the cases’ empty state');

    // A case with three steps: the third moved up with the keyboard, then the first moved down with a button.
    await page.getByRole('button', { name: 'Add case' }).first().click();
    const caseDialog = await expectVisible(page.getByRole('dialog', { name: 'Add test case' }), 'the case dialog');
    await caseDialog.getByLabel('Title').fill('Place a hold for another branch');
    await caseDialog.getByLabel('Priority').click();
    await page.getByRole('option', { name: 'High' }).click();
    const steps = [
      ['Find the item', 'The item shows'],
      ['Place the hold', 'The hold is placed'],
      ['Sign in as a patron', 'The patron is signed in'],
    ];
    for (const [i, [action, expected]] of steps.entries()) {
      await caseDialog.getByRole('button', { name: 'Add step' }).click();
      await caseDialog.getByLabel(`Step ${i + 1}: action`).fill(action);
      await caseDialog.getByLabel(`Step ${i + 1}: expected result`).fill(expected);
    }
    await caseDialog.getByLabel('Step 3: action').press('Alt+ArrowUp');
    await expectVisible(caseDialog.getByText('Step 3 is now step 2.'), 'the announcement of the move');
    await caseDialog.getByLabel('Step 2: action').press('Alt+ArrowUp');
    // Each move is read once it is on screen.
    await expectValue(caseDialog.getByLabel('Step 1: action'), 'Sign in as a patron', 'step 1 after the move up');
    await caseDialog.getByRole('button', { name: 'Move step 2 down' }).click();
    await expectValue(caseDialog.getByLabel('Step 2: action'), 'Place the hold', 'step 2 after the move down');
    await expectValue(caseDialog.getByLabel('Step 3: action'), 'Find the item', 'step 3 after the move down');
    await caseDialog.getByRole('button', { name: 'Delete step 3' }).click();
    await expectHidden(caseDialog.getByLabel('Step 3: action'), 'the deleted step');

    await caseDialog.getByLabel('Find requirements by code or words').fill('branches');
    await (
      await expectVisible(caseDialog.getByRole('checkbox', { name: /Holds across branches/ }), 'the requirement')
    ).check();
    await expectVisible(
      caseDialog.getByRole('button', { name: `Unlink ${requirementCode}` }),
      'the requirement among the linked',
    );
    await caseDialog.getByLabel('Tags').fill('holds, smoke');
    await screenshots(page, 'testing-case-dialog', {
      focus: caseDialog.getByRole('heading', { name: 'Add test case' }),
    });
    await caseDialog.getByRole('button', { name: 'Add case' }).click();
    await expectHidden(caseDialog, 'the case dialog');

    const table = await expectVisible(page.getByRole('table', { name: 'Test cases' }), 'the cases table');
    await expectVisible(table.getByRole('cell', { name: 'HOLD-001' }), 'the new case’s key');
    await expectVisible(table.getByText(requirementCode), 'the linked requirement');
    const saved = await gql<{
      testPlan: { cases: { items: { steps: { action: string }[]; requirements: { code: string }[] }[] } };
    }>('query($id: ID!) { testPlan(id: $id) { cases { items { steps { action } requirements { code } } } } }', {
      id: planId,
    });
    expect(saved.testPlan.cases.items[0].steps.map((step) => step.action)).toEqual([
      'Sign in as a patron',
      'Place the hold',
    ]);
    expect(saved.testPlan.cases.items[0].requirements.map((r) => r.code)).toEqual([requirementCode]);

    // Filters travel in the address.
    await page.getByLabel('Search key or title').fill('nothing like this');
    await expectVisible(page.getByRole('heading', { name: 'No cases match' }), 'the filtered empty state');
    await expectPath(page, /q=nothing/);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expectVisible(table.getByRole('cell', { name: 'HOLD-001' }), 'the case again');
    await screenshots(page, 'testing-plan-cases', { focus: page.getByRole('heading', { name: planName, level: 1 }) });

    // A run on the candidate with the tester.
    await page.getByRole('tab', { name: /Runs/ }).click();
    await expectPath(page, /tab=runs/);
    await page.getByRole('button', { name: 'New run' }).first().click();
    const runDialog = await expectVisible(page.getByRole('dialog', { name: 'New run' }), 'the run dialog');
    await runDialog.getByLabel('Candidate').click();
    await page.getByRole('option', { name: new RegExp(koha) }).click();
    await runDialog.getByLabel('Environment').fill('Vendor sandbox');
    await runDialog.getByLabel('Build label').fill('24.11.02');
    await runDialog.getByLabel('Testers').click();
    await page.getByRole('option', { name: `Tess Tester ${suffix}` }).click();
    await page.keyboard.press('Escape');
    await screenshots(page, 'testing-run-dialog', { focus: runDialog.getByRole('heading', { name: 'New run' }) });
    await runDialog.getByRole('button', { name: 'Start run' }).click();
    await expectHidden(runDialog, 'the run dialog');
    const runs = await expectVisible(page.getByRole('list', { name: 'Runs' }), 'the runs');
    await expectVisible(runs.getByRole('link', { name: `${koha} 24.11 · Vendor sandbox` }), 'the new run');
    await expectVisible(runs.getByText('0 of 1 done'), 'the run’s progress in words');
    await screenshots(page, 'testing-plan-runs', { focus: page.getByRole('heading', { name: planName, level: 1 }) });
  });

  it('shows the tester the run waiting on the testing home', async () => {
    const page = await pageAs('tess');
    await page.goto('/testing');
    const waiting = await expectVisible(page.getByRole('list', { name: 'Runs assigned to you' }), 'the waiting runs');
    await expectVisible(waiting.getByRole('link', { name: `${koha} 24.11 · Vendor sandbox` }), 'the assigned run');
    await expectVisible(waiting.getByText(planName), 'the run’s plan');
    await expectVisible(page.getByRole('link', { name: planName }), 'the plan among the evaluation’s');
    await screenshots(page, 'testing-home', { focus: page.getByRole('heading', { name: 'Testing', level: 1 }) });
  });

  it('compares the runs case by case, the status in words', async () => {
    const run = (
      await gql<{ testPlan: { runs: { id: string }[] } }>('query($id: ID!) { testPlan(id: $id) { runs { id } } }', {
        id: planId,
      })
    ).testPlan.runs[0];
    const [result] = (
      await gql<{ testRun: { results: { items: { id: string; version: number }[] } } }>(
        GQL.testRunResults,
        { id: run.id },
        people['tess'].token,
      )
    ).testRun.results.items;
    await gql(
      GQL.recordTestResult,
      { input: { id: result.id, version: result.version, status: 'PASSED' } },
      people['tess'].token,
    );

    const page = await pageAs('lia');
    await page.goto(`/testing/plans/${planId}?tab=comparison`);
    const table = await expectVisible(page.getByRole('table', { name: 'Cases by run' }), 'the comparison');
    await expectVisible(table.getByRole('columnheader', { name: new RegExp(`${koha} 24.11`) }), 'the run’s column');
    await expectVisible(table.getByRole('rowheader', { name: /HOLD-001/ }), 'the case’s row');
    await expectVisible(table.getByRole('cell', { name: 'Passed' }), 'the result in words');
    // The widest screens the libraries use, besides the suite's desktop and phone widths.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'testing-plan-comparison-1440.png') });
    await page.setViewportSize(DESKTOP);
    await screenshots(page, 'testing-plan-comparison', {
      focus: page.getByRole('heading', { name: planName, level: 1 }),
    });
  });

  it('lets an evaluator read the plan with no edit controls', async () => {
    const page = await pageAs('ada');
    await page.goto(`/testing/plans/${planId}`);
    await expectVisible(page.getByRole('heading', { name: planName, level: 1 }), 'the plan');
    await expectVisible(page.getByText('You can read this plan'), 'the read-only note');
    await expectVisible(page.getByRole('cell', { name: 'HOLD-001' }), 'the case');
    for (const name of ['Edit plan', 'Add case', 'Copy from a plan', 'Edit HOLD-001']) {
      expect({ name, count: await page.getByRole('button', { name }).count() }).toEqual({ name, count: 0 });
    }
    await page.getByRole('button', { name: 'More for HOLD-001' }).click();
    await expectVisible(page.getByRole('menuitem', { name: 'Versions' }), 'the versions entry');
    expect(await page.getByRole('menuitem', { name: /Archive/ }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Versions' }).click();
    const versions = await expectVisible(page.getByRole('dialog', { name: 'Versions of HOLD-001' }), 'the versions');
    await expectVisible(versions.getByText('Sign in as a patron'), 'the version’s first step');
    await versions.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('tab', { name: /Runs/ }).click();
    await expectVisible(page.getByRole('list', { name: 'Runs' }), 'the runs');
    expect(await page.getByRole('button', { name: 'New run' }).count()).toBe(0);

    await page.goto(`/evaluations/${evaluationId}/testing`);
    await expectVisible(page.getByRole('link', { name: planName }), 'the plan in the evaluation’s list');
    await screenshots(page, 'testing-evaluation-plans', {
      focus: page.getByRole('heading', { name: 'Testing', level: 1 }),
    });
    expect(await page.getByRole('button', { name: 'New test plan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `Edit ${planName}` }).count()).toBe(0);
  });

  it('lets an administrator plan the upgrade of a product in use and name who tests it', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    contexts.push(context);
    const page = await newPage(context, pageErrors);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto('/testing');
    await expectVisible(page.getByRole('heading', { name: 'No plans for products in use' }), 'the empty state');
    await page.getByRole('button', { name: 'Plan for a product in use' }).first().click();
    const dialog = await expectVisible(
      page.getByRole('dialog', { name: 'New plan for a product in use' }),
      'the product plan dialog',
    );
    await dialog.getByLabel('Product in use').click();
    await page.getByRole('option', { name: new RegExp(sierra) }).click();
    await dialog.getByLabel('Target version').click();
    await page.getByRole('option', { name: '6.2' }).click();
    const upgrade = `${sierra} 6.2 upgrade`;
    await dialog.getByLabel('Name').fill(upgrade);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expectHidden(dialog, 'the product plan dialog');
    const plans = await expectVisible(page.getByRole('list', { name: 'Plans for products in use' }), 'the plans');
    await expectVisible(plans.getByRole('link', { name: upgrade, exact: true }), 'the new plan');

    await plans.getByRole('button', { name: `Name the people of ${upgrade}` }).click();
    const peopleDialog = await expectVisible(page.getByRole('dialog', { name: `People of ${upgrade}` }), 'the people');
    await peopleDialog.getByLabel('Find people by name or e-mail').fill('Tess');
    await (
      await expectVisible(peopleDialog.getByRole('checkbox', { name: /Tess Tester/ }), 'Tess among the found')
    ).check();
    await peopleDialog.getByRole('button', { name: 'Save' }).click();
    await expectHidden(peopleDialog, 'the people dialog');
    await expectVisible(plans.getByText(`Tess Tester ${suffix}`), 'Tess named on the plan');
    await plans.getByRole('link', { name: upgrade, exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: upgrade, level: 1 }), 'the product plan');
    await expectVisible(page.getByText(`Plan for ${sierra}, in use`), 'the product named');
    await expectVisible(page.getByText('In use: not said · being accepted: 6.2'), 'the versions');

    const named = await gql<{ productTestPlans: { name: string }[] }>(
      '{ productTestPlans { name } }',
      {},
      people['tess'].token,
    );
    expect(named.productTestPlans.map((plan) => plan.name)).toEqual([upgrade]);
  });
});
