/**
 * The traceability matrix in a real browser: a viewer goes from the evaluation's Testing page to the
 * matrix, reads each requirement's status per candidate in words, opens a requirement's cases,
 * filters by status (the filter stays in the address) and finds the export link for the filter.
 * Screenshots at 1280 and 390 px go to test/web/screenshots.
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

describe('traceability matrix (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let admin: string;
  let evaluationId = '';
  const people: Record<string, Person> = {};
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = admin) =>
    gqlAs<T>(server, as, query, variables);

  async function requirement(departmentId: string, title: string, priority: string, verificationMethod = 'TEST') {
    const created = (
      await gql<{ createRequirement: { id: string; code: string; version: number } }>(GQL.createRequirement, {
        input: { evaluationId, departmentId, title, priority, verificationMethod },
      })
    ).createRequirement;
    await gql(GQL.decideRequirements, {
      input: { requirements: [{ id: created.id, version: created.version }], decision: 'APPROVE' },
    });
    return created;
  }

  async function run(planId: string, candidateId: string, statuses: Record<string, string>) {
    const runId = (
      await gql<{ createTestRun: { id: string } }>(GQL.createTestRun, {
        input: { planId, candidateId, environment: 'Vendor sandbox' },
      })
    ).createTestRun.id;
    const items = (
      await gql<{ testRun: { results: { items: { id: string; caseKey: string; version: number }[] } } }>(
        GQL.testRunResults,
        { id: runId },
      )
    ).testRun.results.items;
    for (const item of items) {
      const status = statuses[item.caseKey];
      if (status) {
        await gql(
          GQL.recordTestResult,
          { input: { id: item.id, version: item.version, status } },
          people['tess'].token,
        );
      }
    }
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    const circ = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS selection', circ, [
      ['tess', 'Tess Tester', 'TESTER'],
      ['vic', 'Vic Viewer', 'VIEWER'],
    ]);
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    const [koha, folio] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'Open Library Vendors',
      products: [
        ['Koha', '24.11'],
        ['FOLIO', 'Sunflower'],
      ],
    });
    const holds = await requirement(circ, 'Place holds from the catalogue', 'MUST');
    const slips = await requirement(circ, 'Print due-date slips', 'SHOULD');
    const demo = await requirement(circ, 'Staff client shown at the demonstration', 'MUST', 'DEMONSTRATION');
    await requirement(circ, 'Dark mode for the staff client', 'COULD');
    const planId = (
      await gql<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { evaluationId, name: 'Circulation acceptance', keyPrefix: 'CIRC' },
      })
    ).createTestPlan.id;
    const keys: string[] = [];
    for (const [title, ids] of [
      ['Hold from the OPAC', [holds.id]],
      ['Hold at the desk', [holds.id]],
      ['Slip printer', [slips.id]],
    ] as const) {
      keys.push(
        (
          await gql<{ createTestCase: { key: string } }>(GQL.createTestCase, {
            input: { planId, title, requirementIds: ids },
          })
        ).createTestCase.key,
      );
    }
    await run(planId, koha, { [keys[0]]: 'PASSED', [keys[1]]: 'PASSED', [keys[2]]: 'BLOCKED' });
    await run(planId, folio, { [keys[0]]: 'FAILED', [keys[1]]: 'PASSED', [keys[2]]: 'PASSED' });
    await gql('mutation($input: RecordVerificationInput!) { recordVerification(input: $input) { id } }', {
      input: { candidateId: koha, requirementId: demo.id, outcome: 'ACCEPTED', note: 'Seen on 2 December.' },
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('shows each requirement’s status per candidate, its cases, and filters by status in the address', async () => {
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, people['vic'].email, OWN_PASSWORD);
    await page.goto(`/evaluations/${evaluationId}/testing`);
    await page.getByRole('link', { name: 'Traceability', exact: true }).click();
    await expectPath(page, `/evaluations/${evaluationId}/testing/traceability`);
    await expectVisible(page.getByRole('heading', { name: 'Traceability', exact: true }), 'the page heading');

    const table = page.getByRole('table', { name: 'Traceability matrix' });
    await expectVisible(table.getByRole('columnheader', { name: 'FOLIO Sunflower' }), 'a column per candidate');
    const row = (title: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
    // Place holds: Koha both passed; FOLIO one failed. The demonstration counts only as recorded.
    await expectVisible(row('Place holds from the catalogue').getByText('Passed', { exact: true }), 'Koha passed');
    await expectVisible(row('Place holds from the catalogue').getByText('Failed', { exact: true }), 'FOLIO failed');
    await expectVisible(row('Print due-date slips').getByText('Blocked', { exact: true }), 'Koha blocked');
    await expectVisible(row('Staff client shown').getByText('Verified', { exact: true }), 'Koha verified');
    await expectVisible(
      row('Staff client shown').getByText('Awaiting verification', { exact: true }),
      'FOLIO not verified yet',
    );
    await expectVisible(row('Dark mode').getByText('No test case', { exact: true }).first(), 'no case for dark mode');
    await expectVisible(page.getByRole('list', { name: 'Cells by status' }), 'the totals');

    // A requirement's cases with each candidate's latest result.
    await row('Place holds from the catalogue').getByRole('button', { name: 'Show 2 cases' }).click();
    await expectVisible(table.getByRole('rowheader', { name: /Hold from the OPAC/ }), 'the first case');
    await screenshots(page, 'testing-traceability', {});

    // Only failures: the status filter lives in the address and the export follows it.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Failed', exact: true }).click();
    await page.keyboard.press('Escape');
    await expectPath(page, /status=FAILED/);
    await expectHidden(row('Print due-date slips'), 'the slips requirement');
    await expectVisible(page.getByText('1 requirement matches'), 'the count of the filtered rows');
    expect(await page.getByRole('link', { name: 'Export to Excel' }).getAttribute('href')).toBe(
      `/api/evaluations/${evaluationId}/traceability.xlsx?statuses=FAILED`,
    );
    await page.reload();
    await expectVisible(page.getByText('1 requirement matches'), 'the same filter after a reload');
  });
});
