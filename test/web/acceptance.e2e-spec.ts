/**
 * The acceptance page in a real browser. The lead reads a candidate's verdict (not accepted: a
 * mandatory requirement failed its demonstration), proposes a waiver for it; a director agrees, and
 * the verdict reads "Accepted with waivers". Screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { createDepartment, createTeam, GQL, OWN_PASSWORD, Person, shortlistProducts } from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import { DESKTOP, expectVisible, gqlAs, launchChromium, newPage, screenshots, signIn } from './support/browser';

describe('acceptance (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let department = '';
  const pageErrors: string[] = [];

  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlAs<T>(server, token, query, variables);

  async function requirement(evaluationId: string, title: string, verificationMethod?: string): Promise<string> {
    const created = (
      await gql<{ createRequirement: { id: string; version: number } }>(admin, GQL.createRequirement, {
        input: { evaluationId, departmentId: department, title, priority: 'MUST', verificationMethod },
      })
    ).createRequirement;
    await gql(admin, GQL.decideRequirements, {
      input: { requirements: [{ id: created.id, version: created.version }], decision: 'APPROVE' },
    });
    return created.id;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets the lead read a verdict and propose a waiver, and a director agree: accepted with waivers', async () => {
    const team = await createTeam(server, admin, 'ILS acceptance', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['dora', 'Dora Director', 'DIRECTOR'],
      ['tess', 'Tess Tester', 'TESTER'],
    ]);
    const { evaluationId } = team;
    const people: Record<string, Person> = team.people;
    const [koha] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    // Holds are tested and pass; the self-check kiosk was demonstrated and did not work.
    const holds = await requirement(evaluationId, 'Place holds');
    const kiosk = await requirement(evaluationId, 'Self-check kiosks', 'DEMONSTRATION');
    const lia = people['lia'].token;
    const tess = people['tess'].token;
    const planId = (
      await gql<{ createTestPlan: { id: string } }>(lia, GQL.createTestPlan, {
        input: { evaluationId, name: 'Circulation tests', keyPrefix: 'ACC' },
      })
    ).createTestPlan.id;
    await gql(lia, GQL.createTestCase, {
      input: { planId, title: 'Hold from the catalogue', requirementIds: [holds] },
    });
    const runId = (
      await gql<{ createTestRun: { id: string } }>(lia, GQL.createTestRun, {
        input: { planId, candidateId: koha, environment: 'Sandbox' },
      })
    ).createTestRun.id;
    const [result] = (
      await gql<{ testRun: { results: { items: { id: string; version: number }[] } } }>(lia, GQL.testRunResults, {
        id: runId,
      })
    ).testRun.results.items;
    await gql(tess, GQL.recordTestResult, { input: { id: result.id, version: result.version, status: 'PASSED' } });
    await gql(tess, 'mutation($input: RecordVerificationInput!) { recordVerification(input: $input) { id } }', {
      input: { candidateId: koha, requirementId: kiosk, outcome: 'REJECTED', note: 'The kiosk froze at the demo.' },
    });

    // The lead opens the acceptance page from the evaluation's testing page.
    const leadContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const lead = await newPage(leadContext, pageErrors);
    await signIn(lead, people['lia'].email, OWN_PASSWORD);
    await lead.goto(`/evaluations/${evaluationId}/testing`);
    await lead.getByRole('link', { name: 'Acceptance', exact: true }).click();
    await expectVisible(lead.getByRole('heading', { name: 'Acceptance', exact: true }), 'the acceptance page');
    const candidate = lead.getByRole('region', { name: 'Koha 24.11' });
    await expectVisible(candidate.getByText('Not accepted', { exact: true }), 'the verdict');
    await expectVisible(
      candidate.getByText(/1 mandatory requirement fails a test or verification: CIRC-\d+\./),
      'the reason',
    );
    await expectVisible(
      candidate.getByRole('link', { name: /^CIRC-\d+ Self-check kiosks$/ }),
      'the link to the failing requirement',
    );
    await screenshots(lead, 'acceptance-not-accepted');
    await lead.setViewportSize(DESKTOP);

    await candidate.getByRole('button', { name: 'Propose a waiver' }).click();
    const dialog = lead.getByRole('dialog');
    await expectVisible(dialog.getByRole('heading', { name: 'Propose a waiver for Koha 24.11' }), 'the waiver form');
    await dialog.getByRole('button', { name: 'Propose' }).click();
    await expectVisible(dialog.getByText('This is required.'), 'the required rationale');
    await dialog
      .getByLabel('Rationale')
      .fill('The vendor replaces the kiosk firmware in the next release; staff check out at the desk until then.');
    await dialog.getByRole('button', { name: 'Propose' }).click();
    await expectVisible(candidate.getByText('Proposed, waiting for a director'), 'the proposed waiver');
    // Without a director's agreement the verdict stays as it was.
    await expectVisible(candidate.getByText('Not accepted', { exact: true }), 'the unchanged verdict');
    await expect(candidate.getByRole('button', { name: 'Agree' }).count()).resolves.toBe(0);

    // The director agrees.
    const directorContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const director = await newPage(directorContext, pageErrors);
    await signIn(director, people['dora'].email, OWN_PASSWORD);
    await director.goto(`/evaluations/${evaluationId}/testing/acceptance`);
    const seen = director.getByRole('region', { name: 'Koha 24.11' });
    await expectVisible(seen.getByText(/The vendor replaces the kiosk firmware/), 'the rationale');
    await seen.getByRole('button', { name: 'Agree' }).click();
    const confirm = director.getByRole('dialog');
    await expectVisible(confirm.getByRole('heading', { name: /^Agree to the waiver for CIRC-\d+\?$/ }), 'the question');
    await confirm.getByRole('button', { name: 'Agree' }).click();
    await expectVisible(seen.getByText('Accepted with waivers', { exact: true }), 'the new verdict');
    await expectVisible(seen.getByText('Agreed: in effect'), 'the agreed waiver');
    await screenshots(director, 'acceptance-with-waivers');

    // The lead reads the new verdict, and signs it.
    await lead.reload();
    await expectVisible(candidate.getByText('Accepted with waivers', { exact: true }), 'the verdict for the lead');
    await candidate.getByRole('button', { name: 'Sign as lead' }).click();
    await lead.getByRole('dialog').getByRole('button', { name: 'Sign', exact: true }).click();
    await expectVisible(candidate.getByText(/Signed “Accepted with waivers”/), 'the sign-off');
    await screenshots(lead, 'acceptance-signed');

    // The lead asks the others who may sign; the director is told.
    await candidate.getByRole('button', { name: 'Ask for sign-offs' }).click();
    const ask = lead.getByRole('dialog');
    await expectVisible(ask.getByRole('heading', { name: /^Ask for sign-offs of Koha 24\.11/ }), 'the question');
    await ask.getByRole('button', { name: 'Ask', exact: true }).click();
    await expectVisible(
      lead.locator('mat-snack-bar-container').getByText(/\d+ (person was|people were) asked to sign\./),
      'how many were asked',
    );
    await director.goto('/notifications');
    await expectVisible(
      director.getByRole('link', { name: /^Unread: The acceptance verdict of Koha 24\.11 .*waits for your sign-off$/ }),
      'the director’s request to sign',
    );

    await directorContext.close();
    await leadContext.close();
  }, 240_000);
});
