/**
 * Vendor claims in a real browser: the lead imports a vendor's RFP answer sheet (a sheet with a bad
 * row first, which imports nothing and names the line), reads the claims and the claim a failed test
 * contradicts, and changes a claim by hand; a tester reads the same page without the lead's controls.
 * Screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { createDepartment, createTeam, GQL, OWN_PASSWORD, Person, shortlistProducts } from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectHidden,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

describe('vendor claims (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let evaluationId = '';
  let candidate = '';
  const codes: Record<'holds' | 'fines', string> = { holds: '', fines: '' };
  const people: Record<string, Person> = {};
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, as = admin) =>
    gqlAs<T>(server, as, query, variables);

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS selection', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['tess', 'Tess Tester', 'TESTER'],
    ]);
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    [candidate] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    const requirement = async (title: string) =>
      (
        await gql<{ createRequirement: { id: string; code: string } }>(
          GQL.createRequirement,
          { input: { evaluationId, departmentId: department, title, priority: 'MUST' } },
          people['lia'].token,
        )
      ).createRequirement;
    const holds = await requirement('Holds across branches');
    const fines = await requirement('Overdue fines by patron type');
    codes.holds = holds.code;
    codes.fines = fines.code;

    // The holds requirement's test failed on the candidate.
    const planId = (
      await gql<{ createTestPlan: { id: string } }>(
        GQL.createTestPlan,
        { input: { evaluationId, name: 'Circulation acceptance', keyPrefix: 'CIRC' } },
        people['lia'].token,
      )
    ).createTestPlan.id;
    await gql(
      GQL.createTestCase,
      {
        input: {
          planId,
          title: 'Place a hold for another branch',
          steps: [{ action: 'Place the hold', expected: 'The hold is placed' }],
          requirementIds: [holds.id],
        },
      },
      people['lia'].token,
    );
    const run = (
      await gql<{ createTestRun: { id: string } }>(
        GQL.createTestRun,
        {
          input: {
            planId,
            candidateId: candidate,
            environment: 'Vendor sandbox',
            buildLabel: '24.11.02',
            testerIds: [people['tess'].id],
          },
        },
        people['lia'].token,
      )
    ).createTestRun.id;
    const [result] = (
      await gql<{ testRun: { results: { items: { id: string; version: number }[] } } }>(
        GQL.testRunResults,
        { id: run },
        people['tess'].token,
      )
    ).testRun.results.items;
    await gql(
      GQL.recordTestResult,
      { input: { id: result.id, version: result.version, status: 'FAILED', actualResult: 'No pickup branch offered' } },
      people['tess'].token,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets the lead import an answer sheet, see the claim a failed test contradicts, and change a claim', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, people['lia'].email, OWN_PASSWORD);
      await page.goto(`/evaluations/${evaluationId}/testing`);
      await (await expectVisible(page.getByRole('link', { name: 'Vendor claims' }), 'the vendor claims link')).click();
      await expectVisible(page.getByRole('heading', { name: 'Vendor claims', level: 1 }), 'the page heading');
      await expectVisible(
        page.getByRole('heading', { name: 'No claims recorded for Koha 24.11' }),
        'the empty state for the candidate',
      );

      await page.getByRole('button', { name: 'Import answer sheet' }).first().click();
      const dialog = await expectVisible(
        page.getByRole('dialog', { name: 'Import Koha 24.11’s answer sheet' }),
        'the import dialog',
      );
      // A roadmap answer without its date: nothing is imported and the line is named.
      const sheet = (roadmapDate: string) =>
        Buffer.from(
          [
            'Req ID,Vendor response,Available from,Comments',
            `${codes.holds},Out of the box,,Standard holds module`,
            `${codes.fines},Roadmap,${roadmapDate},"In the 25.05 release, with fines by patron type"`,
          ].join('\r\n'),
          'utf8',
        );
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'bywater-rfp.csv', mimeType: 'text/csv', buffer: sheet('') });
      await expectVisible(dialog.getByText('1 problem on 1 line'), 'the problem count');
      const problems = dialog.getByRole('table', { name: 'Problems in the file' });
      await expectVisible(problems.getByRole('cell', { name: '3', exact: true }), 'the bad line’s number');
      expect(await dialog.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
      await screenshots(page, 'vendor-claims-import-problem', {
        focus: dialog.getByRole('heading', { name: /answer sheet/ }),
      });

      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'bywater-rfp.csv', mimeType: 'text/csv', buffer: sheet('2027-06-30') });
      await expectVisible(dialog.getByText(/No problems\. Importing would record 2 new claims/), 'the clean preview');
      await dialog.getByRole('button', { name: 'Import 2 claims' }).click();
      await expectVisible(dialog.getByText('Imported 2 claims from bywater-rfp.csv.'), 'the import’s outcome');
      await dialog.getByRole('button', { name: 'Done' }).click();
      await expectHidden(dialog, 'the import dialog');

      const claims = await expectVisible(page.getByRole('table', { name: 'Claims of Koha 24.11' }), 'the claims');
      const holdsRow = claims.getByRole('row').filter({ hasText: codes.holds });
      await expectVisible(holdsRow.getByRole('cell', { name: 'Out of the box' }), 'the holds claim');
      const finesRow = claims.getByRole('row').filter({ hasText: codes.fines });
      await expectVisible(
        finesRow.getByRole('cell', { name: 'Roadmap (2027-06-30)' }),
        'the roadmap claim with its date',
      );

      const contradicted = await expectVisible(
        page.getByRole('list', { name: 'Contradicted claims of Koha 24.11' }),
        'the contradicted claims',
      );
      await expectVisible(contradicted.getByText(codes.holds), 'the holds claim among them');
      await expectVisible(contradicted.getByText('Failed its test: CIRC-001.'), 'the failed test as the reason');
      await screenshots(page, 'vendor-claims', {
        focus: page.getByRole('heading', { name: 'Vendor claims', level: 1 }),
      });

      // The vendor takes the roadmap answer back.
      await page.getByRole('button', { name: `Edit the claim for ${codes.fines}` }).click();
      const edit = await expectVisible(
        page.getByRole('dialog', { name: `Claim for ${codes.fines}` }),
        'the claim dialog',
      );
      await edit.getByLabel('Compliance').click();
      await page.getByRole('option', { name: 'Not met' }).click();
      await expectHidden(edit.getByLabel('Promised for'), 'the roadmap date, for a claim without one');
      await edit.getByRole('button', { name: 'Save' }).click();
      await expectHidden(edit, 'the claim dialog');
      await expectVisible(finesRow.getByRole('cell', { name: 'Not met' }), 'the changed claim');
    } finally {
      await context.close();
    }
  });

  it('lets a tester read the claims without the lead’s controls', async () => {
    // Stands alone: the holds claim is recorded here when the lead's test has not run.
    const recorded = await gql<{ evaluation: { candidates: { vendorClaims: { requirementCode: string }[] }[] } }>(
      'query($id: ID!) { evaluation(id: $id) { candidates { vendorClaims { requirementCode } } } }',
      { id: evaluationId },
      people['lia'].token,
    );
    if (!recorded.evaluation.candidates[0].vendorClaims.some((claim) => claim.requirementCode === codes.holds)) {
      await gql(
        `mutation($input: SetVendorClaimInput!) { setVendorClaim(input: $input) { id } }`,
        { input: { candidateId: candidate, requirementId: await requirementId(codes.holds), claim: 'CONFIGURATION' } },
        people['lia'].token,
      );
    }
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, people['tess'].email, OWN_PASSWORD);
      await page.goto(`/evaluations/${evaluationId}/testing/vendor-claims?candidate=${candidate}`);
      await expectVisible(page.getByRole('heading', { name: 'Vendor claims', level: 1 }), 'the page');
      await expectVisible(page.getByRole('table', { name: 'Claims of Koha 24.11' }), 'the claims');
      for (const name of ['Import answer sheet', 'Record a claim', `Edit the claim for ${codes.holds}`]) {
        expect({ name, count: await page.getByRole('button', { name }).count() }).toEqual({ name, count: 0 });
      }
    } finally {
      await context.close();
    }
  });

  async function requirementId(code: string): Promise<string> {
    const found = await gql<{ requirements: { items: { id: string; code: string }[] } }>(
      'query($id: ID!) { requirements(evaluationId: $id) { items { id code } } }',
      { id: evaluationId },
      people['lia'].token,
    );
    return found.requirements.items.find((r) => r.code === code)?.id ?? '';
  }
});
