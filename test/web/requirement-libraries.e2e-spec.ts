/**
 * Requirement libraries in a real browser: an administrator finds the libraries in the navigation,
 * sees a library's versions and the items of its published version, then starts an evaluation's
 * requirements from it on the Requirements page. Screenshots at 1280 and 390 px go to
 * test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { approvedRequirement, createDepartment, createEvaluation, GQL } from '../api/support/fixtures';
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

const FILE = [
  'Code,Title,Department,Priority,Mandatory,Verification method',
  'CIRC-001,Holds across member libraries,CIRC,Must,yes,Demonstration',
  'CIRC-002,Self-check through SIP2,CIRC,Should,no,Test',
].join('\r\n');

describe('requirement libraries (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let evaluationId = '';
  let departmentId = '';
  const pageErrors: string[] = [];

  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => gqlAs<T>(server, admin, query, variables);

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    departmentId = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const libraryId = (
      await gql<{ createRequirementLibrary: { id: string } }>(
        'mutation($input: CreateRequirementLibraryInput!) { createRequirementLibrary(input: $input) { id } }',
        { input: { name: 'ILS core requirements', description: 'What every member library needs.' } },
      )
    ).createRequirementLibrary.id;
    const form = new FormData();
    form.append('file', new Blob([FILE]), 'core.csv');
    const imported = await fetch(`${server.url}/api/requirement-libraries/${libraryId}/import?mode=commit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'x-requested-with': 'assay' },
      body: form,
    });
    expect(((await imported.json()) as { committed: boolean }).committed).toBe(true);
    await gql('mutation($id: ID!) { publishRequirementLibraryVersion(libraryId: $id, version: 1) { id } }', {
      id: libraryId,
    });
    evaluationId = await createEvaluation(server, admin, 'ILS replacement');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('shows the libraries with their versions and items, and starts an evaluation’s requirements from one', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requirement libraries' }).click();
      await expectPath(page, '/requirement-libraries');
      await expectVisible(page.getByRole('heading', { name: 'Requirement libraries', level: 1 }), 'the heading');
      const versions = page.getByRole('table', { name: 'Versions of ILS core requirements' });
      await expectVisible(versions.getByRole('row').filter({ hasText: 'Published' }), 'the published version 1');
      await page.getByRole('button', { name: 'Show items of version 1' }).click();
      const items = page.getByRole('table', { name: 'Items of version 1 of ILS core requirements' });
      await expectVisible(items.getByRole('row').filter({ hasText: 'CIRC-002' }), 'an item of version 1');
      await screenshots(page, 'requirement-libraries');

      await page.goto(`/evaluations/${evaluationId}/requirements`);
      await page.getByRole('button', { name: 'Start from a library' }).click();
      const dialog = page.getByRole('dialog', { name: 'Start from a library' });
      await expectVisible(dialog.getByText('Version 1 (2 requirements)'), 'the newest published version chosen');
      await screenshots(page, 'start-from-library');
      await dialog.getByRole('button', { name: 'Copy requirements' }).click();
      await expectVisible(
        page.getByText('Copied 2 requirements from ILS core requirements (version 1).'),
        'the note of the copy',
      );
      await expectVisible(page.getByRole('cell', { name: 'CIRC-001' }), 'a copied requirement in the list');
    } finally {
      await context.close();
    }
  });

  it('lets the lead propose the selected approved requirements back into a library’s draft', async () => {
    const sharedId = await createEvaluation(server, admin, 'Shared catalogue');
    await approvedRequirement(server, admin, { evaluationId: sharedId, departmentId, title: 'Floating collections' });
    await gql(GQL.createRequirement, {
      input: { evaluationId: sharedId, departmentId, title: 'Courier routing', priority: 'SHOULD' },
    });
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
      await page.goto(`/evaluations/${sharedId}/requirements`);
      await page.getByRole('checkbox', { name: 'Select CIRC-001' }).check();
      await page.getByRole('checkbox', { name: 'Select CIRC-002' }).check();
      await page.getByRole('button', { name: 'Propose to a library…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Propose to a library' });
      await expectVisible(dialog.getByText('Not approved, so left out: CIRC-002.'), 'the requirement left out');
      await expectVisible(dialog.getByText('ILS core requirements'), 'the only library, chosen');
      await screenshots(page, 'propose-to-library');
      await dialog.getByRole('button', { name: 'Propose' }).click();
      await expectVisible(
        page
          .locator('mat-snack-bar-container')
          .getByText('Proposed 1 requirement to ILS core requirements (draft version 2).'),
        'the note of the proposal',
      );

      await page.goto('/requirement-libraries');
      const versions = page.getByRole('table', { name: 'Versions of ILS core requirements' });
      await expectVisible(versions.getByRole('row').filter({ hasText: 'Draft' }), 'the draft version 2');
    } finally {
      await context.close();
    }
  });
});
