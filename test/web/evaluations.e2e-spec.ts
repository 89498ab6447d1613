/**
 * Evaluations in a real browser. A department head signs in for the first time, lands on their own
 * department's requirements, adds one, imports a spreadsheet through the preview, and sees a bad
 * file's problems line by line with nothing imported. The lead (the administrator) moves the
 * evaluation on, shortlists and eliminates candidates, meets a stale-version conflict on a bulk
 * approval with its Reload, approves in bulk and reads the decision in a requirement's history.
 * Screenshots of the overview, the requirements table and the import preview go to test/web/screenshots.
 *
 * Each test has an evaluation and a department head of its own, prepared through the API to the
 * point where the story reaches it (see `given`), and its own browser windows, so any one runs alone.
 */
import iconv from 'iconv-lite';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { createDepartment, createProducts, firstSignIn, GQL } from '../api/support/fixtures';
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
  UI_TIMEOUT,
} from './support/browser';

const suffix = Math.random().toString(36).slice(2, 8);
/** The department head of the current test's evaluation (a new person for each test, with the same name). */
let head = {
  name: `Dana Okafor ${suffix}`,
  email: `dana.${suffix}@e2e.test`,
  temporaryPassword: `temporary-${suffix}-pass`,
  ownPassword: `dana picked ${suffix} herself`,
};
/** The current test's evaluation; numbered so that no title contains another. */
let evaluationTitle = `ILS replacement ${suffix}`;
const added = {
  title: 'Place holds on items in transit between branches',
  category: 'Holds',
  verifiedBy: 'Demonstration',
};

/** A good file: one row with its own code, one without (a code is generated), semicolons as a spreadsheet in a decimal-comma locale writes them. */
const goodCsv = [
  'Req ID;Requirement;Details;Dept;MoSCoW;Knockout;Why',
  'CIRC-050;Self-checkout accepts RFID and barcode;Both at every kiosk;CIRC;Must;yes;Half the branches use RFID',
  ';Overdue notices by SMS;;Circulation;should;no;Patrons asked for it (fees in €, café branches)',
].join('\n');

/** A bad file: an unknown priority, a row without a title, and a row for another department. */
const badCsv = [
  'Code,Title,Department,Priority,Mandatory',
  'CIRC-060,Patron self-registration online,CIRC,urgent,no',
  'CIRC-061,,CIRC,must,yes',
  'CAT-900,Authority control for local subjects,CAT,could,no',
].join('\n');

describe('evaluations (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let headContext: BrowserContext;
  let leadContext: BrowserContext;
  let page: Page;
  let token: string;
  let evaluationId = '';
  let circId = '';
  let catId = '';
  let versions: string[] = [];
  let tests = 0;
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(server, token, query, variables);

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    token = await server.login();
    // The organisation, prepared through the API as the administrator.
    circId = await createDepartment(server, token, 'CIRC', 'Circulation');
    catId = await createDepartment(server, token, 'CAT', 'Cataloguing');
    // The catalogue the lead shortlists from.
    versions = await createProducts(server, token, {
      vendor: `Bywater Solutions ${suffix}`,
      licence: 'OPEN_SOURCE',
      products: [
        [`Koha ${suffix}`, '24.11'],
        [`Evergreen ${suffix}`, '3.14'],
      ],
    });
  });

  beforeEach(async () => {
    headContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
    leadContext = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
    page = await newPage(headContext, pageErrors);
  });

  afterEach(async () => {
    await headContext?.close();
    await leadContext?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Where a test starts: each point includes the ones before it. */
  const POINTS = [
    // A draft evaluation with a department head of Circulation (not yet signed in) and one
    // requirement of Cataloguing's, which the department head does not see in their own list.
    'draft',
    // The department head's own requirement, as they add it in the browser (CIRC-001).
    'requirement added',
    // The two requirements of the spreadsheet the department head imports.
    'spreadsheet imported',
    // The lead has moved the evaluation on to Requirements.
    'in requirements',
    // Koha and Evergreen on the shortlist.
    'shortlisted',
    // Every requirement approved by the lead.
    'approved',
    // Koha's training need: 12 people of Circulation, 6 hours each.
    'training planned',
  ] as const;

  /**
   * Prepares the test's own evaluation through the API up to `point`; with `signedIn`, the page is
   * the department head's (signed in, on their requirements) or the lead's (signed in, at `path`).
   */
  async function given(
    point: (typeof POINTS)[number],
    signedIn?: { as: 'department head' } | { as: 'lead'; path: string },
  ): Promise<void> {
    const upTo = POINTS.indexOf(point);
    const n = String(++tests).padStart(2, '0');
    evaluationTitle = `ILS replacement ${suffix} #${n}`;
    head = { ...head, email: `dana.${suffix}.${n}@e2e.test` };
    const user = await gql<{ createUser: { id: string } }>(GQL.createUser, {
      input: {
        displayName: head.name,
        email: head.email,
        temporaryPassword: head.temporaryPassword,
        departmentId: circId,
      },
    });
    const evaluation = await gql<{ createEvaluation: { id: string } }>(GQL.createEvaluation, {
      input: {
        title: evaluationTitle,
        purpose: 'Replace the consortium’s ILS before the current contract ends in 2027.',
        budget: '250000',
        currency: 'CAD',
        startsOn: '2026-01-12',
        endsOn: '2026-09-30',
      },
    });
    evaluationId = evaluation.createEvaluation.id;
    await gql(GQL.addEvaluationMember, {
      input: { evaluationId, userId: user.createUser.id, role: 'DEPARTMENT_HEAD' },
    });
    await gql(GQL.createRequirement, {
      input: { evaluationId, departmentId: catId, title: 'Batch-load MARC records from vendors', priority: 'MUST' },
    });
    const headToken =
      upTo >= POINTS.indexOf('requirement added') || signedIn?.as === 'department head'
        ? await firstSignIn(server, head.email, head.temporaryPassword, head.ownPassword)
        : '';
    const asHead = (input: Record<string, unknown>) =>
      gqlAs(server, headToken, GQL.createRequirement, {
        input: { evaluationId, departmentId: circId, ...input },
      });
    if (upTo >= POINTS.indexOf('requirement added')) {
      await asHead({
        title: added.title,
        priority: 'MUST',
        mandatory: true,
        verificationMethod: 'DEMONSTRATION',
        category: added.category,
        rationale: 'Holds in transit are a third of all holds.',
      });
    }
    if (upTo >= POINTS.indexOf('spreadsheet imported')) {
      await asHead({
        code: 'CIRC-050',
        title: 'Self-checkout accepts RFID and barcode',
        description: 'Both at every kiosk',
        priority: 'MUST',
        mandatory: true,
        rationale: 'Half the branches use RFID',
      });
      await asHead({
        title: 'Overdue notices by SMS',
        priority: 'SHOULD',
        mandatory: false,
        rationale: 'Patrons asked for it (fees in €, café branches)',
      });
    }
    if (upTo >= POINTS.indexOf('in requirements')) {
      const { evaluation: current } = await gql<{ evaluation: { version: number } }>(GQL.evaluationVersion, {
        id: evaluationId,
      });
      await gql(GQL.moveEvaluation, { input: { id: evaluationId, version: current.version, to: 'REQUIREMENTS' } });
    }
    const candidates: string[] = [];
    if (upTo >= POINTS.indexOf('shortlisted')) {
      for (const productVersionId of versions) {
        const shortlisted = await gql<{ shortlistCandidate: { id: string } }>(GQL.shortlistCandidate, {
          input: { evaluationId, productVersionId },
        });
        candidates.push(shortlisted.shortlistCandidate.id);
      }
    }
    if (upTo >= POINTS.indexOf('approved')) {
      const list = await gql<{ requirements: { items: { id: string; version: number }[] } }>(GQL.requirements, {
        id: evaluationId,
      });
      await gql(GQL.decideRequirements, {
        input: {
          requirements: list.requirements.items.map(({ id, version }) => ({ id, version })),
          decision: 'APPROVE',
        },
      });
    }
    if (upTo >= POINTS.indexOf('training planned')) {
      await gql(GQL.saveTrainingNeed, {
        id: evaluationId,
        input: {
          candidateId: candidates[0],
          departmentId: circId,
          topic: 'Circulation desk workflows',
          people: 12,
          hoursPerPerson: 6,
        },
      });
    }

    if (signedIn?.as === 'department head') {
      await signIn(page, head.email, head.ownPassword);
      await page.goto(`/evaluations/${evaluationId}/requirements`);
      await expectVisible(
        page.getByRole('heading', { name: 'My department’s requirements', level: 1 }),
        'the department’s own list',
      );
    } else if (signedIn?.as === 'lead') {
      page = await newPage(leadContext, pageErrors);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(signedIn.path.replace(':id', evaluationId));
      await expectVisible(page.getByRole('heading', { level: 1 }).first(), 'the page the test starts on');
    }
  }

  it('checks that the requirement file endpoints exist', async () => {
    await given('draft');
    const response = await fetch(`${server.url}/api/evaluations/${evaluationId}/requirements/export.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Batch-load MARC records from vendors');
  });

  it('lands a department head on their own department’s requirements after the first sign-in', async () => {
    await given('draft');
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(head.email);
    await page.getByLabel('Password').fill(head.temporaryPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPath(page, '/change-password');
    await page.getByLabel('Current password').fill(head.temporaryPassword);
    await page.getByLabel('New password', { exact: true }).fill(head.ownPassword);
    await page.getByLabel('New password again').fill(head.ownPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expectPath(page, '/');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evaluations' }).click();
    await expectPath(page, '/evaluations');
    const table = page.getByRole('table', { name: 'Evaluations' });
    const row = await expectVisible(
      table.getByRole('row').filter({ hasText: evaluationTitle }),
      'the evaluation in the list',
    );
    expect(await row.textContent()).toContain('Department head');
    expect(await row.textContent()).toContain('Draft');
    // Only administrators and leads start evaluations.
    expect(await page.getByRole('button', { name: 'New evaluation' }).count()).toBe(0);
    await screenshots(page, 'evaluations-list');

    await row.getByRole('link', { name: evaluationTitle }).click();
    await expectPath(page, `/evaluations/${evaluationId}/requirements`);
    await expectVisible(
      page.getByRole('heading', { name: 'My department’s requirements', level: 1 }),
      'the department’s own list',
    );
    expect(new URL(page.url()).searchParams.get('department')).toBe(circId);
    await expectVisible(
      page.getByRole('heading', { name: 'Your department has no requirements yet' }),
      'the empty state of the department',
    );
    // Cataloguing's requirement is not in Circulation's list, and decisions are for the lead.
    expect(await page.getByText('Batch-load MARC records from vendors').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: 'Select every requirement on this page' }).count()).toBe(0);
  });

  it('adds a requirement for the department, with the department chosen already', async () => {
    await given('draft', { as: 'department head' });
    await page.getByRole('button', { name: 'Add requirement' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add requirement' });
    await expectVisible(dialog.getByLabel('Title'), 'the requirement form');
    // Keyboard users start typing in the first field (once the dialog has finished opening).
    await page.waitForFunction(() => document.activeElement?.getAttribute('formcontrolname') === 'title', undefined, {
      timeout: UI_TIMEOUT,
    });
    expect(await dialog.getByRole('combobox', { name: 'Department' }).textContent()).toContain('Circulation');
    // Submitting without a title says what is missing.
    await dialog.getByRole('button', { name: 'Add requirement' }).click();
    await expectVisible(dialog.getByText('This is required.'), 'the missing-title message');
    await dialog.getByLabel('Title').fill(added.title);
    await dialog.getByRole('combobox', { name: 'Priority' }).click();
    await page.getByRole('option', { name: 'Must have' }).click();
    await dialog.getByRole('checkbox', { name: /Mandatory/ }).check();
    // Verified by test unless the department says otherwise.
    const verifiedBy = dialog.getByRole('combobox', { name: 'Verification method' });
    expect(await verifiedBy.textContent()).toContain('Test');
    await verifiedBy.click();
    await page.getByRole('option', { name: added.verifiedBy }).click();
    await dialog.getByLabel('Category').fill(added.category);
    await dialog.getByLabel('Rationale').fill('Holds in transit are a third of all holds.');
    await dialog.getByRole('button', { name: 'Add requirement' }).click();
    await expectHidden(dialog, 'the requirement form once saved');

    const table = page.getByRole('table', { name: 'Requirements' });
    const row = await expectVisible(
      table.getByRole('row').filter({ hasText: added.title }),
      'the new requirement in the table',
    );
    const text = (await row.textContent()) ?? '';
    for (const expected of [
      'CIRC-001',
      'Circulation',
      'Must',
      'Mandatory',
      added.verifiedBy,
      'Proposed',
      added.category,
    ])
      expect(text).toContain(expected);
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.map((header) => header.trim())).toContain('Verification method');

    // The filter beside the others, kept in the address.
    // Empty, the field's floating label lies over the select: open it from the keyboard.
    await page.getByRole('combobox', { name: 'Verification method' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Reference check' }).click();
    await page.keyboard.press('Escape');
    await expectVisible(page.getByText('No requirements match'), 'no requirement verified by a reference check');
    expect(new URL(page.url()).searchParams.get('verification')).toBe('REFERENCE_CHECK');
  });

  it('imports a spreadsheet through the preview: columns mapped, no problems, then created', async () => {
    await given('requirement added', { as: 'department head' });
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import requirements' });
    await expectVisible(dialog.getByRole('button', { name: 'Choose file' }), 'the import dialog');
    // Saved as plain "CSV" by Excel on Windows: Windows-1252, not UTF-8.
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'circulation.csv', mimeType: 'text/csv', buffer: iconv.encode(goodCsv, 'windows1252') });

    await expectVisible(dialog.getByRole('heading', { name: 'Preview: 2 rows' }), 'the preview');
    await expectVisible(dialog.getByText('CSV text. Read as Windows-1252.'), 'the encoding the file was read in');
    const mapping = dialog.getByRole('table', { name: 'Column mapping' });
    for (const [header, field] of [
      ['Req ID', 'Code'],
      ['Requirement', 'Title'],
      ['Dept', 'Department'],
      ['MoSCoW', 'Priority'],
      ['Knockout', 'Mandatory'],
      ['Why', 'Rationale'],
    ]) {
      const mapped = await expectVisible(
        mapping.getByRole('row').filter({ hasText: header }),
        `the ${header} column in the mapping`,
      );
      expect(await mapped.textContent()).toContain(field);
    }
    await expectVisible(
      dialog.getByText('No problems. Importing would create 2, update 0 and leave 0 unchanged.'),
      'the clean preview',
    );
    await dialog.getByRole('button', { name: 'Import 2 requirements' }).click();
    await expectVisible(dialog.getByText('Imported 2 requirements from circulation.csv.'), 'the import result');
    const totals = await dialog
      .getByRole('list', { name: 'What the import did' })
      .getByRole('listitem')
      .allTextContents();
    expect(totals.map((total) => total.replace(/\s+/g, ' ').trim())).toEqual(['2 created', '0 updated', '0 unchanged']);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expectHidden(dialog, 'the import dialog once done');

    const table = page.getByRole('table', { name: 'Requirements' });
    await expectVisible(
      table.getByRole('row').filter({ hasText: 'Self-checkout accepts RFID and barcode' }),
      'the imported requirement with its own code',
    );
    await expectVisible(
      table.getByRole('row').filter({ hasText: 'Overdue notices by SMS' }),
      'the imported requirement with a generated code',
    );
    expect(await table.getByRole('row').filter({ hasText: 'Self-checkout' }).textContent()).toContain('CIRC-050');
    await expectVisible(page.getByText('3 requirements match'), 'the department’s three requirements');
    await screenshots(page, 'evaluation-my-requirements');
  });

  it('shows every problem of a bad file with its line, and imports nothing', async () => {
    await given('spreadsheet imported', { as: 'department head' });
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import requirements' });
    await expectVisible(dialog.getByRole('button', { name: 'Choose file' }), 'the import dialog');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv, 'utf8') });

    await expectVisible(dialog.getByRole('heading', { name: 'Preview: 3 rows' }), 'the preview of the bad file');
    await expectVisible(dialog.getByText('3 problems on 3 lines. Nothing will be imported'), 'the problem summary');
    const problems = dialog.getByRole('table', { name: 'Problems in the file' });
    const rows = await problems.getByRole('row').all();
    const cells = await Promise.all(
      rows.slice(1).map(async (row) => (await row.getByRole('cell').allTextContents()).map((cell) => cell.trim())),
    );
    expect(cells).toEqual([
      ['2', 'Priority', 'Priority "urgent" is not must, should, could or won’t.'],
      ['3', 'Title', 'Title is empty.'],
      ['4', 'Department', 'Department heads change only their own department’s requirements.'],
    ]);
    expect(await dialog.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
    await screenshots(page, 'evaluation-import-preview');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectHidden(dialog, 'the import dialog');
    await expectVisible(page.getByText('3 requirements match'), 'the same three requirements');
    const stored = await gql<{ requirements: { total: number } }>(GQL.requirements, { id: evaluationId });
    expect(stored.requirements.total).toBe(4); // three of Circulation, one of Cataloguing: nothing from the bad file
  });

  it('lets the lead move the evaluation on once nothing is missing, and shows what the next step needs', async () => {
    await given('spreadsheet imported');
    page = await newPage(leadContext, pageErrors);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto('/evaluations');
    await page.getByRole('table', { name: 'Evaluations' }).getByRole('link', { name: evaluationTitle }).click();
    await expectPath(page, `/evaluations/${evaluationId}`);
    await expectVisible(page.getByRole('heading', { name: evaluationTitle, level: 1 }), 'the overview');
    await expectVisible(page.getByText('CAD 250,000'), 'the budget');

    const path = page.getByRole('list', { name: 'Status path' });
    expect(await path.locator('[aria-current=step]').textContent()).toContain('Draft');
    await expectVisible(page.getByText('Everything the next step needs is in place.'), 'a ready next step');
    await page.getByRole('button', { name: 'Move to Requirements' }).click();
    const confirm = page.getByRole('dialog', { name: 'Move to Requirements?' });
    await confirm.getByRole('button', { name: 'Move to Requirements' }).click();
    await expectHidden(confirm, 'the confirmation');
    await expectVisible(
      path.locator('[aria-current=step]').filter({ hasText: 'Requirements' }),
      'Requirements as the current step',
    );

    const missing = page.getByRole('list', { name: 'What the next step still needs' });
    await expectVisible(missing.getByText('Shortlist at least one candidate.'), 'the missing shortlist');
    expect(await missing.textContent()).toContain('4 requirements still proposed');
    expect(await page.getByRole('button', { name: 'Move to Scoring' }).isDisabled()).toBe(true);
  });

  it('shortlists candidates from the catalogue and eliminates one with its reason kept in view', async () => {
    await given('in requirements', { as: 'lead', path: '/evaluations/:id' });
    for (const product of [`Koha ${suffix}`, `Evergreen ${suffix}`]) {
      await page.getByRole('button', { name: 'Shortlist a product' }).click();
      const dialog = page.getByRole('dialog', { name: 'Shortlist a product' });
      await dialog.getByRole('combobox', { name: 'Product' }).fill(product.split(' ')[0]);
      await page.getByRole('option', { name: new RegExp(product) }).click();
      await expectVisible(
        dialog.getByRole('combobox', { name: 'Version' }).filter({ hasText: /\d/ }),
        'the version chosen for the product',
      );
      await dialog.getByRole('button', { name: 'Add to shortlist' }).click();
      await expectHidden(dialog, 'the shortlist dialog once added');
    }
    const candidates = page.getByRole('list', { name: 'Candidates' });
    await expectVisible(candidates.getByText(`Koha ${suffix} 24.11`), 'Koha on the shortlist');
    await expectVisible(candidates.getByText(`Evergreen ${suffix} 3.14`), 'Evergreen on the shortlist');

    await candidates.getByRole('button', { name: `Actions for Evergreen ${suffix} 3.14` }).click();
    // Recommending is the directors' decision on a recommendation, not a menu item.
    await expectVisible(page.getByRole('menuitem', { name: 'Eliminate…' }), 'the candidate’s menu');
    expect(await page.getByRole('menuitem', { name: /recommend/i }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Eliminate…' }).click();
    const dialog = page.getByRole('dialog', { name: `Eliminate Evergreen ${suffix} 3.14?` });
    await dialog.getByRole('button', { name: 'Eliminate' }).click();
    await expectVisible(dialog.getByText('This is required.'), 'the required reason');
    await dialog.getByLabel('Why is it eliminated?').fill('No hosted option in Canada.');
    await dialog.getByRole('button', { name: 'Eliminate' }).click();
    await expectHidden(dialog, 'the elimination dialog');
    const eliminated = candidates.getByRole('listitem').filter({ hasText: `Evergreen ${suffix}` });
    await expectVisible(
      eliminated.getByText('No hosted option in Canada.'),
      'the reason beside the eliminated candidate',
    );
    expect(await eliminated.textContent()).toContain('Eliminated');
  });

  it('refuses a bulk approval when a requirement changed meanwhile, reloads, then approves them all', async () => {
    await given('in requirements', { as: 'lead', path: '/evaluations/:id' });
    await page.getByRole('link', { name: 'Requirements' }).first().click();
    await expectPath(page, `/evaluations/${evaluationId}/requirements`);
    await expectVisible(page.getByRole('heading', { name: 'Requirements', level: 1 }), 'the lead’s requirements page');
    const table = page.getByRole('table', { name: 'Requirements' });
    await expectVisible(
      table.getByRole('row').filter({ hasText: 'Batch-load MARC records' }),
      'every department’s requirements',
    );
    await expectVisible(page.getByText('4 requirements'), 'all four requirements');

    // Someone else edits one after the page loaded it.
    const list = await gql<{ requirements: { items: { id: string; code: string; title: string; version: number }[] } }>(
      GQL.requirements,
      { id: evaluationId },
    );
    const sms = list.requirements.items.find((item) => item.title === 'Overdue notices by SMS');
    expect(sms).toBeDefined();
    await gql(GQL.updateRequirement, {
      input: { id: sms?.id, version: sms?.version, title: 'Overdue and hold notices by SMS' },
    });

    await page.getByRole('checkbox', { name: 'Select every requirement on this page' }).check();
    const toolbar = page.getByRole('toolbar', { name: 'Act on the selected requirements' });
    await expectVisible(toolbar.getByText('4 selected'), 'the bulk actions');
    await toolbar.getByRole('button', { name: 'Approve' }).click();
    const alert = await expectVisible(
      page.getByRole('alert').filter({ hasText: 'changed since you loaded them' }),
      'the conflict message',
    );
    expect(await alert.textContent()).toContain(sms?.code);
    expect(await alert.textContent()).toContain('Nothing was saved.');
    expect(await table.getByRole('row').filter({ hasText: 'Approved' }).count()).toBe(0);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expectVisible(
      table.getByText('Overdue and hold notices by SMS'),
      'the other person’s change after reloading',
    );

    await page.getByRole('checkbox', { name: 'Select every requirement on this page' }).check();
    await toolbar.getByRole('button', { name: 'Approve' }).click();
    await expectVisible(page.getByText('Approved 4 requirements.'), 'the confirmation');
    await expectHidden(toolbar, 'the bulk actions once done');
    // The confirmation can come before the list has reloaded: wait for the reload, then read every row.
    await expectHidden(table.getByText('Proposed'), 'the proposed statuses once the list reloads');
    for (const row of await table.getByRole('row').all()) {
      const text = (await row.textContent()) ?? '';
      if (text.includes('Requirement')) continue; // the header
      expect(text).toContain('Approved');
    }
    expect(await table.getByText('Proposed').count()).toBe(0);
  });

  it('shows a requirement’s decision and history in the panel', async () => {
    await given('approved', { as: 'lead', path: '/evaluations/:id/requirements' });
    const table = page.getByRole('table', { name: 'Requirements' });
    await table.getByRole('link', { name: added.title }).click();
    const panel = page.getByRole('complementary', { name: added.title });
    await expectVisible(panel, 'the requirement panel');
    await expectVisible(panel.getByText('Holds in transit are a third of all holds.'), 'the rationale');
    const verifiedBy = await expectVisible(
      panel.locator('dl > div').filter({ hasText: 'Verification method' }),
      'how the requirement will be verified',
    );
    expect((await verifiedBy.getByRole('definition').textContent())?.trim()).toBe(added.verifiedBy);
    await expectVisible(panel.getByText(/Approved by Administrator on/), 'who decided and when');
    const history = panel.getByRole('list', { name: 'History of the requirement' });
    const decided = await expectVisible(
      history.getByRole('listitem').filter({ hasText: 'Administrator decided' }),
      'the decision in the history',
    );
    const decision = (await decided.getByRole('listitem').allTextContents()).map((change) =>
      change.replace(/\s+/g, ''),
    );
    expect(decision).toEqual(['Status:Proposed→Approved']);
    const created = await expectVisible(
      history.getByRole('listitem').filter({ hasText: `${head.name} created it` }),
      'who created it',
    );
    const values = (await created.getByRole('listitem').allTextContents()).map((value) =>
      value.replace(/\s+/g, ' ').trim(),
    );
    expect(values).toContain(`Verification method:${added.verifiedBy}`);
    await screenshots(page, 'evaluation-requirements');

    await page.keyboard.press('Escape');
    await expectHidden(panel, 'the panel after Escape');
  });

  it('shows the overview with the requirement counts, candidates, members and training', async () => {
    await given('approved', { as: 'lead', path: '/evaluations/:id' });
    const candidates = await gql<{ evaluation: { candidates: { id: string; productName: string }[] } }>(
      GQL.evaluationCandidates,
      { id: evaluationId },
    );
    const koha = candidates.evaluation.candidates.find((c) => c.productName.startsWith('Koha'));
    await gql(GQL.saveTrainingNeed, {
      id: evaluationId,
      input: {
        candidateId: koha?.id,
        departmentId: circId,
        topic: 'Circulation desk workflows',
        people: 12,
        hoursPerPerson: 6,
      },
    });
    await page.goto(`/evaluations/${evaluationId}`);
    await expectVisible(page.getByRole('heading', { name: evaluationTitle, level: 1 }), 'the overview');
    const counts = page.getByRole('table', { name: 'Requirements by department and priority' });
    const circulation = await expectVisible(
      counts.getByRole('row').filter({ hasText: 'Circulation' }),
      'Circulation’s counts',
    );
    expect(await circulation.textContent()).toContain('3: 3 approved');
    await expectVisible(
      page.getByRole('list', { name: 'Members and their roles' }).getByText(head.name),
      'the department head among the members',
    );
    await expectVisible(page.getByText('1 need · 12 places · 72 hours in all'), 'the training summary of Koha');
    await screenshots(page, 'evaluation-overview');
  });

  it('lets the lead find a person by name and add them with a role', async () => {
    await given('in requirements', { as: 'lead', path: '/evaluations/:id' });
    const name = `Ada Adder ${suffix}`;
    await gql(GQL.createUser, {
      input: { displayName: name, email: `ada.${suffix}@e2e.test`, temporaryPassword: 'first-time-pass-9' },
    });
    await page.goto(`/evaluations/${evaluationId}`);
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = await expectVisible(
      page.getByRole('dialog', { name: 'Add a person to the evaluation' }),
      'the add-person dialog',
    );
    await dialog.getByRole('combobox', { name: 'Person' }).fill(`Adder ${suffix}`);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await dialog.getByRole('combobox', { name: 'Roles' }).click();
    await page.getByRole('option', { name: 'Evaluator' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expectVisible(page.getByText(`${name} was added as evaluator.`), 'the confirmation');
    await expectVisible(
      page.getByRole('list', { name: 'Members and their roles' }).getByText(name),
      'the new member listed',
    );
  });

  it('records a candidate’s costs and shows its total cost of ownership over the period', async () => {
    await given('training planned', { as: 'lead', path: '/evaluations/:id' });
    await page.goto(`/evaluations/${evaluationId}`);
    const section = await expectVisible(page.getByRole('region', { name: 'Costs over 5 years' }), 'the costs section');
    await section.getByRole('button', { name: 'Add cost', exact: true }).click();
    const dialog = await expectVisible(page.getByRole('dialog', { name: 'Add cost' }), 'the cost dialog');
    await dialog.getByRole('combobox', { name: 'Candidate' }).click();
    await page.getByRole('option', { name: new RegExp(`^Koha ${suffix}`) }).click();
    await dialog.getByLabel('What it is for').fill('Hosting and support');
    await dialog.getByRole('combobox', { name: 'Paid' }).click();
    await page.getByRole('option', { name: 'Yearly' }).click();
    await dialog.getByLabel('Amount (CAD)').fill('-5');
    await dialog.getByRole('button', { name: 'Add cost' }).click();
    await expectVisible(dialog.getByText('At least 0.'), 'the negative amount refused at the field');
    await dialog.getByLabel('Amount (CAD)').fill('12000');
    await dialog.getByRole('button', { name: 'Add cost' }).click();
    await expectVisible(page.getByText('Saved the cost “Hosting and support”.'), 'the confirmation');

    // Three years, training at 40 an hour: Koha's 72 training hours cost 2,880; 2,880 + 3 × 12,000 = 38,880.
    await section.getByRole('button', { name: 'Period and training rate' }).click();
    const settings = await expectVisible(
      page.getByRole('dialog', { name: 'Cost period and training rate' }),
      'the settings dialog',
    );
    await settings.getByLabel('Period (years)').fill('3');
    await settings.getByLabel('Training, per hour (CAD)').fill('40');
    await settings.getByRole('button', { name: 'Save' }).click();
    const totals = page.getByRole('table', { name: 'Total cost of ownership per candidate' });
    const koha = totals.getByRole('row', { name: new RegExp(`^Koha ${suffix}`) });
    await expectVisible(koha.getByText('CAD 38,880'), 'Koha’s total over three years');
    expect((await koha.getByRole('cell').allTextContents()).map((t) => t.trim())).toEqual([
      'CAD 0',
      'CAD 12,000',
      'CAD 2,880',
      'CAD 38,880',
    ]);
    await expectVisible(page.getByRole('region', { name: 'Costs over 3 years' }), 'the period in the heading');
    await screenshots(page, 'evaluation-costs', { focus: page.getByRole('heading', { name: 'Costs over 3 years' }) });
  });

  it('raised no errors in the page (uncaught or reported on the console)', () => {
    expect(pageErrors).toEqual([]);
  });
});
