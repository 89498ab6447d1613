/**
 * Notifications in a real browser. The lead proposes a waiver; the director sees the bell's count
 * in the top bar, opens the list, follows the notification to the acceptance page, and the count
 * drops. Screenshots at 1280 and 390 px go to test/web/screenshots.
 */
import { Browser } from 'playwright-core';
import { createDepartment, createTeam, GQL, OWN_PASSWORD, shortlistProducts } from '../api/support/fixtures';
import { RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectAccessible,
  expectPath,
  expectVisible,
  gqlAs,
  launchChromium,
  newPage,
  screenshots,
  signIn,
} from './support/browser';

describe('notifications (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let department = '';
  const pageErrors: string[] = [];

  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlAs<T>(server, token, query, variables);

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

  it('shows a director the waiver waiting for them: badge, list, link, and the count drops', async () => {
    const { evaluationId, people } = await createTeam(server, admin, 'ILS notices', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['dora', 'Dora Director', 'DIRECTOR'],
    ]);
    const [koha] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    const created = (
      await gql<{ createRequirement: { id: string; version: number } }>(admin, GQL.createRequirement, {
        input: { evaluationId, departmentId: department, title: 'Self-check kiosks', priority: 'MUST' },
      })
    ).createRequirement;
    await gql(admin, GQL.decideRequirements, {
      input: { requirements: [{ id: created.id, version: created.version }], decision: 'APPROVE' },
    });
    // Being added to the evaluation was a notification too: read it, so that the waiver is the one waiting.
    await gql(people['dora'].token, 'mutation { markAllNotificationsRead }');
    await gql(people['lia'].token, 'mutation($input: ProposeWaiverInput!) { proposeWaiver(input: $input) { id } }', {
      input: { candidateId: koha, requirementId: created.id, rationale: 'Kiosks come with the next release.' },
    });

    const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
    const page = await newPage(context, pageErrors);
    await signIn(page, people['dora'].email, OWN_PASSWORD);
    const bell = page.getByRole('link', { name: '1 unread notification' });
    await expectVisible(bell, 'the bell with its count');
    await bell.focus();
    await page.keyboard.press('Enter');
    await expectPath(page, '/notifications');
    await expectVisible(page.getByRole('heading', { name: 'Notifications', exact: true }), 'the notifications page');
    const link = page.getByRole('link', {
      name: 'Unread: Waiver of CIRC-001 for Koha in ILS notices waits for your agreement',
    });
    await expectVisible(link, 'the unread notification');
    await expectAccessible(page, 'notifications');
    await screenshots(page, 'notifications-list');
    await page.setViewportSize(DESKTOP);

    await link.click();
    await expectPath(page, `/evaluations/${evaluationId}/testing/acceptance`);
    await expectVisible(page.getByRole('heading', { name: 'Acceptance', exact: true }), 'the acceptance page');
    await expectVisible(page.getByRole('link', { name: 'No unread notifications' }), 'the bell without a count');

    // Back on the list, it reads as read; with nothing unread, "Mark all as read" has nothing to do.
    await page.getByRole('link', { name: 'No unread notifications' }).click();
    await expectVisible(
      page.getByRole('link', { name: 'Waiver of CIRC-001 for Koha in ILS notices waits for your agreement' }),
      'the read notification',
    );
    await expectVisible(page.getByRole('button', { name: 'Mark all as read' }), 'the mark-all button');
    await context.close();
  });
});
