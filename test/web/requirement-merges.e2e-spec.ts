/**
 * Merging duplicate requirements in a real browser: two departments wrote the same need twice; the
 * lead opens the duplicates from the requirements page, keeps one, merges the other into it, sees the
 * merged one as an origin of the survivor, and undoes the merge. Screenshots at 1280 and 390 px go
 * to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { createDepartment, createTeam, GQL, OWN_PASSWORD, Person } from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectAccessible,
  expectHidden,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

describe('merging duplicate requirements (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let evaluationId = '';
  const people: Record<string, Person> = {};
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    admin = await server.login();
    const circulation = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const cataloguing = await createDepartment(server, admin, 'CAT', 'Cataloguing');
    const team = await createTeam(server, admin, 'ILS selection', circulation, [['lia', 'Lia Lead', 'LEAD']]);
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    const requirement = (departmentId: string, title: string, description = '') =>
      gqlAs(server, people['lia'].token, GQL.createRequirement, {
        input: { evaluationId, departmentId, title, description, priority: 'MUST' },
      });
    await requirement(circulation, 'Patrons place holds on items', 'From the catalogue.');
    await requirement(cataloguing, 'Patrons can place holds on items', 'In the public catalogue.');
    await requirement(circulation, 'Export loan statistics to a spreadsheet');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('lets the lead merge two duplicate requirements from the suggestions, see the origin, and undo it', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    try {
      const page = await newPage(context, pageErrors);
      await signIn(page, people['lia'].email, OWN_PASSWORD);
      await page.goto(`/evaluations/${evaluationId}/requirements`);
      await (await expectVisible(page.getByRole('link', { name: 'Duplicates' }), 'the duplicates link')).click();
      await expectVisible(page.getByRole('heading', { name: 'Duplicate requirements', level: 1 }), 'the heading');
      const suggestions = page.getByRole('listitem').filter({ hasText: '% alike' });
      await expectVisible(suggestions.first(), 'the suggested pair');
      expect(await suggestions.count()).toBe(1);
      await expectHidden(page.getByText('Export loan statistics'), 'the unrelated requirement');
      await expectAccessible(page, 'duplicates');
      await screenshots(page, 'requirement-duplicates', {
        focus: page.getByRole('heading', { name: 'Duplicate requirements', level: 1 }),
      });

      // Keep the cataloguing department's wording.
      await page.getByRole('radio', { name: /CAT-001/ }).check();
      await page.getByRole('button', { name: 'Merge CIRC-001 into CAT-001' }).click();
      await expectVisible(page.getByRole('status').getByText('CIRC-001 merged into CAT-001.'), 'the outcome');
      await expectVisible(page.getByRole('heading', { name: 'No likely duplicates' }), 'no pair left');
      const merges = page.getByRole('region', { name: 'Merges' });
      await (await expectVisible(merges.getByRole('link', { name: 'CAT-001' }), 'the survivor’s link')).click();
      const origins = await expectVisible(
        page.getByRole('list', { name: 'Requirements merged into this one' }),
        'the survivor’s origins',
      );
      await expectVisible(origins.getByText('Patrons place holds on items'), 'the merged requirement’s title');
      await expectVisible(origins.getByText(/Circulation/), 'its department');
      await expectVisible(origins.getByText(/proposed by Lia Lead/), 'who proposed it');

      await page.goBack();
      await (await expectVisible(page.getByRole('button', { name: 'Undo merge' }), 'the undo button')).click();
      await expectVisible(page.getByRole('status').getByText('Merge undone: CIRC-001 restored.'), 'the undo outcome');
      await expectVisible(page.getByRole('listitem').filter({ hasText: '% alike' }).first(), 'the pair again');
      await expectVisible(page.getByText(/Undone by Lia Lead/), 'the undone merge in the list');
    } finally {
      await context.close();
    }
  });
});
