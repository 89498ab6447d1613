/**
 * The vendor catalogue in a real browser: an editor (the administrator) adds a vendor from the empty
 * list with the keyboard, a product with a version, a research note with its source link and a PDF,
 * finds the note and a requirement through the search box in the top bar, meets a stale-version
 * conflict with its Reload, and filters, sorts and exports the vendor list. Screenshots of the list, the vendor page
 * and the search results go to test/web/screenshots.
 */
import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createDepartment, createEvaluation, GQL, gqlData } from '../api/support/fixtures';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RunningServer, startServer } from '../api/support/server';
import {
  DESKTOP,
  expectHidden,
  expectPath,
  expectVisible,
  launchChromium,
  NARROW,
  newPage,
  screenshots,
  signIn,
  UI_TIMEOUT,
} from './support/browser';

const suffix = Math.random().toString(36).slice(2, 8);
const vendor = {
  name: `Northwind Library Systems ${suffix}`,
  headquarters: 'Halifax, Nova Scotia',
  website: 'https://northwind.example/',
};
const product = { name: `Tidewater ILS ${suffix}` };
const note = {
  title: `Ptarmigan release roadmap ${suffix}`,
  body: 'The ptarmigan module brings floating collections and a rewritten holds queue to every branch.',
  sourceUrl: 'https://northwind.example/roadmap-2026',
  sourceTitle: 'Roadmap 2026 webinar',
};

/** Waits until the locator has the keyboard focus (dialogs move it once they have opened). */
async function expectFocused(page: Page, locator: Locator, what: string): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  while (Date.now() < deadline) {
    if (await locator.evaluate((element) => element === document.activeElement)) return;
    await page.waitForTimeout(50);
  }
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`Expected ${what} to have the focus, but it is on ${active}.`);
}

/** Closes confirmations left from earlier steps, so screenshots show the page itself. */
async function dismissSnackBars(page: Page): Promise<void> {
  const actions = page.locator('mat-snack-bar-container button');
  for (let i = await actions.count(); i > 0; i--) await actions.first().click();
  await expectHidden(page.locator('mat-snack-bar-container'), 'the confirmation messages');
}

/** The smallest PDF a reader opens: one empty page, with a correct cross-reference table. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('vendor catalogue (browser)', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let vendorPath = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startServer();
    token = await server.login();
    context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url, acceptDownloads: true });
    page = await newPage(context, pageErrors);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('invites an editor to add the first vendor to an empty catalogue', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vendors' }).click();
    await expectPath(page, '/vendors');
    await expectVisible(page.getByRole('heading', { name: 'Vendors', level: 1 }), 'the Vendors heading');
    await expectVisible(
      page.getByRole('heading', { name: 'No vendors yet — add the first one' }),
      'the empty state for editors',
    );
  });

  it('adds a vendor with the keyboard: first field focused, Esc cancels, Enter submits', async () => {
    await page.getByRole('button', { name: 'Add vendor' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add vendor' });
    await expectVisible(dialog.getByLabel('Name'), 'the vendor form');
    await expectFocused(page, dialog.getByLabel('Name'), 'the Name field');
    await page.keyboard.press('Escape');
    await expectHidden(dialog, 'the vendor form after Esc');

    await page.getByRole('button', { name: 'Add vendor' }).first().click();
    await expectVisible(dialog.getByLabel('Name'), 'the vendor form again');
    await dialog.getByLabel('Name').fill(vendor.name);
    await dialog.getByLabel('Website').fill('northwind dot example');
    await dialog.getByLabel('Headquarters').fill(vendor.headquarters);
    await dialog.getByLabel('Headquarters').press('Enter');
    await expectVisible(
      dialog.getByText('Enter a full web address starting with https:// or http://.'),
      'the website error beside the field',
    );
    await dialog.getByLabel('Website').fill(vendor.website);
    await dialog.getByLabel('Website').press('Enter');
    await expectHidden(dialog, 'the vendor form once saved');

    vendorPath = await expectPath(page, /^\/vendors\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: vendor.name, level: 1 }), 'the new vendor’s page');
    await expectVisible(page.getByText('Active', { exact: true }), 'the status chip');
    const website = page.getByRole('link', { name: new RegExp(vendor.website.replace(/[.]/g, '\\.')) });
    expect(await website.getAttribute('target')).toBe('_blank');
    expect(await website.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('adds a product with category, licence and hosting, and a version of it', async () => {
    await page.getByRole('button', { name: 'Add product' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Add product to ${vendor.name}` });
    await expectVisible(dialog.getByLabel('Name'), 'the product form');
    await dialog.getByLabel('Name').fill(product.name);
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'ILS', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Licence' }).click();
    await page.getByRole('option', { name: 'Open source' }).click();
    await dialog.getByRole('combobox', { name: 'Hosting' }).click();
    await page.getByRole('option', { name: 'SaaS' }).click();
    await page.getByRole('option', { name: 'Self-hosted' }).click();
    await page.keyboard.press('Escape'); // closes the multi-select panel, not the dialog
    await expectHidden(page.getByRole('listbox'), 'the hosting options');
    await dialog.getByRole('button', { name: 'Add product' }).click();
    await expectHidden(dialog, 'the product form once saved');

    const card = page.getByRole('article', { name: product.name });
    await expectVisible(card, 'the product on the vendor page');
    const chips = (await card.getByRole('list', { name: 'Category, licence and hosting' }).textContent()) ?? '';
    for (const chip of ['ILS', 'Open source', 'SaaS', 'Self-hosted']) expect(chips).toContain(chip);
    await expectVisible(card.getByText('No reference checks yet'), 'the empty reference summary');

    await card.getByRole('button', { name: 'Add version' }).click();
    const versionDialog = page.getByRole('dialog', { name: `Add version of ${product.name}` });
    await expectVisible(versionDialog.getByLabel('Version'), 'the version form');
    await versionDialog.getByLabel('Version').fill('24.11');
    await versionDialog.getByLabel('Release date').fill('2024-11-26');
    await versionDialog.getByLabel('Notes').fill('New staff interface for circulation.');
    await versionDialog.getByRole('button', { name: 'Add version' }).click();
    await expectHidden(versionDialog, 'the version form once saved');
    await expectVisible(card.getByText('released 26 Nov 2024'), 'the version with its release date');
    await expectVisible(card.getByText('New staff interface for circulation.'), 'the version notes');
  });

  it('adds a contact, showing the server’s objection beside the field it is about', async () => {
    await page.getByRole('tab', { name: /Contacts/ }).click();
    await page.getByRole('button', { name: 'Add contact' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Add contact at ${vendor.name}` });
    await expectVisible(dialog.getByLabel('Name'), 'the contact form');
    await dialog.getByLabel('Name').fill('Dana Whitfield');
    await dialog.getByLabel('Role').fill('Account manager');
    // The browser accepts an address without a domain ending; the server does not, and says so.
    await dialog.getByLabel('E-mail').fill('dana@northwind');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    const emailField = dialog.locator('mat-form-field').filter({ has: page.getByLabel('E-mail') });
    await expectVisible(
      emailField.getByText('Enter a valid e-mail address.'),
      'the server’s message under the e-mail field',
    );
    await dialog.getByLabel('E-mail').fill('dana@northwind.example');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expectHidden(dialog, 'the contact form once saved');
    await expectVisible(page.getByRole('link', { name: 'dana@northwind.example' }), 'the contact’s e-mail link');
    await page.getByRole('tab', { name: /Products/ }).click();
  });

  it('records a research note with its source link, and attaches a PDF to it', async () => {
    await page.getByRole('tab', { name: /Research notes/ }).click();
    await expectVisible(page.getByRole('heading', { name: 'No research notes yet' }), 'the empty notes timeline');
    await page.getByRole('button', { name: 'Add note' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Add research note about ${vendor.name}` });
    await expectVisible(dialog.getByLabel('Title', { exact: true }), 'the note form');
    await expectFocused(page, dialog.getByLabel('Title', { exact: true }), 'the Title field');
    await dialog.getByLabel('Title', { exact: true }).fill(note.title);
    await dialog.getByRole('combobox', { name: 'About' }).click();
    await page.getByRole('option', { name: product.name }).click();
    await dialog.getByLabel('Observed on').fill('2026-03-14');
    await dialog.getByLabel('Finding').fill(note.body);
    await dialog.getByLabel('Source link').fill(note.sourceUrl);
    await dialog.getByLabel('Source title').fill(note.sourceTitle);
    await dialog.getByRole('combobox', { name: 'Tags' }).click();
    await page.getByRole('option', { name: 'Roadmap' }).click();
    await page.keyboard.press('Escape');
    await expectHidden(page.getByRole('listbox'), 'the tag options');
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await expectHidden(dialog, 'the note form once saved');

    const card = page.getByRole('article', { name: note.title });
    await expectVisible(card, 'the note on the timeline');
    const text = (await card.textContent()) ?? '';
    for (const expected of [note.body, 'Web page', 'Medium', 'Administrator', 'Roadmap', product.name])
      expect(text).toContain(expected);
    await expectVisible(page.getByText('14 Mar 2026'), 'the date the finding was made');
    const source = card.getByRole('link', { name: new RegExp(note.sourceTitle) });
    expect(await source.getAttribute('href')).toBe(note.sourceUrl);
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');

    const pdf = minimalPdf();
    await card
      .locator('input[type=file]')
      .setInputFiles({ name: 'roadmap-slides.pdf', mimeType: 'application/pdf', buffer: pdf });
    const link = await expectVisible(
      card.getByRole('link', { name: /^Download roadmap-slides\.pdf/ }),
      'the attached PDF',
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('roadmap-slides.pdf');
    const downloaded = await download.path();
    expect(readFileSync(downloaded).equals(pdf)).toBe(true);
    await dismissSnackBars(page);
    await screenshots(page, 'catalog-vendor-notes', { focus: page.getByRole('tablist') });
  });

  it('finds the note from the search box in the top bar, with the matched word marked', async () => {
    const box = page.getByRole('searchbox', { name: 'Search vendors, products, notes, requirements and tests' });
    await box.fill('ptarmigan');
    await box.press('Enter');
    await expectPath(page, '/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ptarmigan');
    const results = page.getByRole('list', { name: 'Search results' });
    const hit = await expectVisible(
      results.getByRole('listitem').filter({ hasText: note.title }),
      'the note in the search results',
    );
    expect(await hit.textContent()).toContain('Research note');
    expect(await hit.textContent()).toContain(vendor.name);
    const marks = hit.locator('mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.allTextContents()).map((word) => word.toLowerCase())).toContain('ptarmigan');
    await dismissSnackBars(page);
    await screenshots(page, 'catalog-search');

    await hit.getByRole('link', { name: note.title }).click();
    await expectPath(page, vendorPath);
    await expectVisible(
      page.getByRole('tab', { name: /Research notes/, selected: true }),
      'the notes tab, opened by the result',
    );
    await expectVisible(page.getByRole('article', { name: note.title }), 'the note the result pointed at');
  });

  it('folds the search box behind an icon on a phone', async () => {
    await page.setViewportSize(NARROW);
    try {
      const box = page.getByRole('searchbox', { name: 'Search vendors, products, notes, requirements and tests' });
      await expectHidden(box, 'the search box at narrow width');
      await page.getByRole('button', { name: 'Search vendors, products, notes, requirements and tests' }).click();
      await expectVisible(box, 'the search box opened from the icon');
      await expectFocused(page, box, 'the search box');
      await box.press('Escape');
      await expectHidden(box, 'the search box after Esc');
      const opener = page.getByRole('button', { name: 'Search vendors, products, notes, requirements and tests' });
      await expectFocused(page, opener, 'the search icon, after Esc');
      await opener.click();
      await box.fill('northwind');
      await box.press('Enter');
      await expectPath(page, '/search');
      const results = page.getByRole('list', { name: 'Search results' });
      await expectVisible(
        results.getByRole('listitem').filter({ hasText: 'Vendor' }).filter({ hasText: vendor.name }),
        'the vendor in the results',
      );
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('finds a requirement from the search box and opens it in its evaluation', async () => {
    const departmentId = await createDepartment(server, token, 'SRCH', 'Search desk');
    const evaluationId = await createEvaluation(server, token, 'Discovery layer');
    const title = 'Faceted browsing of holdings';
    await gqlData(
      server,
      GQL.createRequirement,
      {
        input: {
          evaluationId,
          departmentId,
          code: 'DISC-007',
          title,
          description: 'Facets narrow results by the axolotl collection and by format.',
          priority: 'MUST',
        },
      },
      token,
    );

    const box = page.getByRole('searchbox', { name: 'Search vendors, products, notes, requirements and tests' });
    await box.fill('axolotl');
    await box.press('Enter');
    await expectPath(page, '/search');
    const results = page.getByRole('list', { name: 'Search results' });
    const hit = await expectVisible(
      results.getByRole('listitem').filter({ hasText: title }),
      'the requirement in the search results',
    );
    expect(await hit.textContent()).toContain('Requirement');
    expect((await hit.locator('mark').allTextContents()).map((word) => word.toLowerCase())).toContain('axolotl');
    await expectVisible(page.getByRole('option', { name: 'Requirements' }), 'the requirement kind among the filters');

    await hit.getByRole('link', { name: `DISC-007 ${title}` }).click();
    await expectPath(page, `/evaluations/${evaluationId}/requirements`);
    expect(new URL(page.url()).searchParams.get('requirement')).not.toBeNull();
    await expectVisible(page.getByRole('heading', { name: title, level: 2 }), 'the requirement the result pointed at');
  });

  it('shows who saved first when an edit is stale, and reloads', async () => {
    await page.goto(vendorPath);
    await expectVisible(page.getByRole('heading', { name: vendor.name, level: 1 }), 'the vendor page');
    await screenshots(page, 'catalog-vendor');

    // Someone else saves the vendor after the page was opened.
    const id = vendorPath.split('/').pop();
    const current = await server.gql<{ vendor: { version: number } }>(
      'query($id: ID!) { vendor(id: $id) { version } }',
      { id },
      { token },
    );
    const saved = await server.gql(
      GQL.updateVendor,
      { input: { id, version: current.data?.vendor.version, supportModel: 'Named account manager' } },
      { token },
    );
    expect(saved.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${vendor.name}` });
    await expectVisible(dialog.getByLabel('Headquarters'), 'the edit form');
    await dialog.getByLabel('Headquarters').fill('Dartmouth, Nova Scotia');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const alert = await expectVisible(
      dialog.getByRole('alert').filter({ hasText: 'was changed by Administrator' }),
      'the conflict message',
    );
    expect(await alert.textContent()).toContain('Reload');
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await expectHidden(dialog, 'the edit form after Reload');
    await expectVisible(page.getByText('Named account manager'), 'the other person’s change after reloading');
  });

  it('filters, sorts and pages the vendor list on the server, and exports it as CSV', async () => {
    for (const [name, status] of [
      [`Aurora Catalogue Co ${suffix}`, 'WATCH'],
      [`Basalt Discovery ${suffix}`, 'ACQUIRED'],
    ]) {
      const created = await server.gql(GQL.createVendor, { input: { name, status } }, { token });
      expect(created.errors).toBeUndefined();
    }
    await page.getByRole('link', { name: 'Vendors' }).first().click();
    await expectPath(page, '/vendors');
    const table = page.getByRole('table', { name: 'Vendors' });
    await expectVisible(table.getByRole('row').filter({ hasText: vendor.name }), 'the vendor in the list');
    await expectVisible(page.getByText('3 vendors'), 'the total');
    const firstRow = table.getByRole('row').nth(1);
    expect(await firstRow.textContent()).toContain('Aurora Catalogue Co');

    // Products column, most first: the vendor with a product leads.
    await table.getByRole('button', { name: /Products/ }).click();
    await table.getByRole('button', { name: /Products/ }).click();
    await expectVisible(
      table.getByRole('row').nth(1).filter({ hasText: vendor.name }),
      'the vendor with a product first',
    );
    expect(new URL(page.url()).searchParams.get('sort')).toBe('PRODUCT_COUNT');
    await screenshots(page, 'catalog-vendors');

    await page.getByRole('searchbox', { name: 'Search vendors', exact: true }).fill('northwind');
    await expectHidden(table.getByRole('row').filter({ hasText: 'Aurora' }), 'other vendors once the search applies');
    await expectVisible(page.getByText('1 vendor', { exact: true }), 'the filtered total');

    await page.getByRole('searchbox', { name: 'Search vendors', exact: true }).fill('');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Watch' }).click();
    await page.keyboard.press('Escape');
    await expectHidden(
      table.getByRole('row').filter({ hasText: vendor.name }),
      'the active vendor once filtered by Watch',
    );
    await expectVisible(table.getByRole('row').filter({ hasText: 'Aurora Catalogue Co' }), 'the vendor on watch');
    expect(new URL(page.url()).searchParams.get('status')).toBe('WATCH');

    // The export carries the list's filter.
    await page.getByRole('button', { name: 'Export the list' }).click();
    const csvItem = page.getByRole('menuitem', { name: /CSV/ });
    expect(await csvItem.getAttribute('href')).toContain('status=WATCH');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Watch' }).click();
    await page.keyboard.press('Escape');
    await expectVisible(table.getByRole('row').filter({ hasText: vendor.name }), 'every vendor again');

    await page.getByRole('button', { name: 'Export the list' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(vendor.name);
    expect(csv).toContain(`Aurora Catalogue Co ${suffix}`);
  });

  it('raised no errors in the page (uncaught or reported on the console)', () => {
    expect(pageErrors).toEqual([]);
  });
});
