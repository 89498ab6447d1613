/**
 * Follow-ups in a real browser: a defect marked fixed waits for its retest; the tester sees the
 * count beside Testing in the navigation, opens the follow-ups and finds the case to retest and the
 * run to retest it in; once the retest passes, the count goes. Screenshots at 1280 and 390 px go
 * to test/web/screenshots.
 */
import { Browser, BrowserContext } from 'playwright-core';
import { createDepartment, createTeam, GQL, OWN_PASSWORD, Person, shortlistProducts } from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
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

describe('follow-ups (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let admin: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('shows a fixed defect’s retest as due, with its count in the navigation, until the retest passes', async () => {
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS selection', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['tess', 'Tess Tester', 'TESTER'],
    ]);
    const people: Record<string, Person> = team.people;
    const [candidate] = await shortlistProducts(server, admin, team.evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    const lead = people['lia'].token;
    const tess = people['tess'].token;
    const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
      gqlAs<T>(server, token, query, variables);
    const planId = (
      await gql<{ createTestPlan: { id: string } }>(lead, GQL.createTestPlan, {
        input: { evaluationId: team.evaluationId, name: 'Circulation acceptance', keyPrefix: 'CIRC' },
      })
    ).createTestPlan.id;
    await gql(lead, GQL.createTestCase, { input: { planId, title: 'Place a hold', priority: 'HIGH' } });
    const runOn = async (build: string) => {
      const runId = (
        await gql<{ createTestRun: { id: string } }>(lead, GQL.createTestRun, {
          input: {
            planId,
            candidateId: candidate,
            environment: 'Vendor sandbox',
            buildLabel: build,
            testerIds: [people['tess'].id],
          },
        })
      ).createTestRun.id;
      const [result] = (
        await gql<{ testRun: { results: { items: { id: string; version: number }[] } } }>(lead, GQL.testRunResults, {
          id: runId,
        })
      ).testRun.results.items;
      return { runId, result };
    };
    const first = await runOn('24.11.01');
    await gql(tess, GQL.recordTestResult, {
      input: { id: first.result.id, version: first.result.version, status: 'FAILED', actualResult: 'No hold queued.' },
    });
    const defect = (
      await gql<{ createDefect: { id: string; version: number } }>(tess, GQL.createDefect, {
        input: { fromResultId: first.result.id },
      })
    ).createDefect;
    await gql(lead, GQL.changeDefectStatus, {
      input: { id: defect.id, version: defect.version, status: 'FIXED', fixedInVersion: '24.11.02' },
    });
    const retest = await runOn('24.11.03');

    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, people['tess'].email, OWN_PASSWORD);

    // The count beside Testing says what waits.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expectVisible(
      nav.getByRole('link', { name: /^Testing\W+1 follow-up due$/ }),
      'the follow-up count beside Testing',
    );
    await nav.getByRole('link', { name: /^Testing\W+1 follow-up due$/ }).click();
    await expectPath(page, '/testing');
    await page.getByRole('link', { name: 'Follow-ups (1)' }).click();
    await expectPath(page, '/testing/follow-ups');

    await expectVisible(page.getByRole('heading', { name: 'Follow-ups', level: 1 }), 'the follow-ups page');
    const due = page.getByRole('list', { name: 'Due', exact: true });
    await expectVisible(due.getByRole('link', { name: 'D-1 Place a hold' }), 'the fixed defect');
    await expectVisible(due.getByText('fixed in 24.11.02'), 'the fixing version');
    const retestLink = due.getByRole('link', { name: 'Retest CIRC-001 in Koha 24.11 (build 24.11.03)' });
    await expectVisible(retestLink, 'the run to retest in');
    await expectHidden(page.getByRole('heading', { name: 'Overdue' }), 'an overdue section');
    await screenshots(page, 'follow-ups', { focus: page.getByRole('heading', { name: 'Follow-ups', level: 1 }) });
    await page.setViewportSize(DESKTOP);

    // The link opens the run on that case.
    await retestLink.click();
    await expectPath(page, `/testing/runs/${retest.runId}`);

    // The evaluation's follow-ups list it too, reached from its Testing page.
    await page.goto(`/evaluations/${team.evaluationId}/testing`);
    await page.getByRole('link', { name: 'Follow-ups' }).click();
    await expectPath(page, `/evaluations/${team.evaluationId}/testing/follow-ups`);
    await expectVisible(page.getByRole('link', { name: 'D-1 Place a hold' }), 'the evaluation’s follow-up');

    // The retest passes: the defect is verified and the count goes on the next navigation.
    await gql(tess, GQL.recordTestResult, {
      input: { id: retest.result.id, version: retest.result.version, status: 'PASSED' },
    });
    await nav.getByRole('link', { name: /^Testing/ }).click();
    await expectVisible(nav.getByRole('link', { name: 'Testing', exact: true }), 'Testing without a count');
    await page.goto('/testing/follow-ups');
    await expectVisible(page.getByRole('heading', { name: 'No retests due' }), 'the empty follow-ups');
  });
});
