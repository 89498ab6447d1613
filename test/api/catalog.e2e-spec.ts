import { createPerson, dataOf, GQL, gqlData } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

type Fields = { field: string; problems: string[] }[];

describe('the vendor catalogue', () => {
  let server: RunningServer;
  let admin: string;
  let reader: string;

  /** Runs a query as the administrator and fails loudly on errors. */
  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  async function createVendor(
    name: string,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; version: number }> {
    return (
      await ok<{ createVendor: { id: string; version: number } }>(GQL.createVendor, { input: { name, ...extra } })
    ).createVendor;
  }

  async function createProduct(
    vendorId: string,
    name: string,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; version: number }> {
    return (
      await ok<{ createProduct: { id: string; version: number } }>(GQL.createProduct, {
        input: { vendorId, name, category: 'ILS', licence: 'PROPRIETARY', ...extra },
      })
    ).createProduct;
  }

  const archive = (kind: string, { id, version }: { id: string; version: number }, token = admin) =>
    server.gql<{ archiveCatalogItem: { version: number; archivedAt: string | null } }>(
      GQL.archiveCatalogItem,
      { input: { kind, id, version } },
      { token },
    );

  async function createNote(
    vendorId: string,
    title: string,
    body: string,
    extra: Record<string, unknown> = {},
  ): Promise<{ id: string; version: number }> {
    return (
      await ok<{ createResearchNote: { id: string; version: number } }>(GQL.createResearchNote, {
        input: {
          vendorId,
          title,
          body,
          observedOn: '2026-05-01',
          sourceType: 'URL',
          sourceUrl: 'https://example.org/source',
          ...extra,
        },
      })
    ).createResearchNote;
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    reader = (
      await createPerson(server, admin, {
        email: 'reader@e2e.test',
        displayName: 'Rita Reader',
        password: 'reading-is-fun-42',
      })
    ).token;
  });
  afterAll(() => server?.stop());

  it('creates, edits, archives and restores a vendor, keeping each change in its history', async () => {
    const vendor = await createVendor('  Equinox Open Library Initiative ', {
      website: 'https://www.equinoxoli.org',
      headquarters: 'Duluth, GA',
    });
    const edited = await ok<{
      updateVendor: { name: string; headquarters: string | null; status: string; version: number };
    }>(GQL.updateVendor, {
      input: { id: vendor.id, version: vendor.version, headquarters: '', status: 'WATCH' },
    });
    expect(edited.updateVendor).toEqual({
      name: 'Equinox Open Library Initiative',
      headquarters: null,
      status: 'WATCH',
      version: 2,
    });

    const archived = dataOf(await archive('VENDOR', { id: vendor.id, version: 2 }));
    expect(archived.archiveCatalogItem.archivedAt).not.toBeNull();
    const current = await ok<{ vendors: { items: { name: string }[] } }>(
      '{ vendors(filter: { search: "equinox" }) { items { name } } }',
    );
    expect(current.vendors.items).toEqual([]);
    const inArchive = await ok<{ vendors: { items: { name: string }[] } }>(
      '{ vendors(filter: { search: "equinox", archived: true }) { items { name } } }',
    );
    expect(inArchive.vendors.items).toEqual([{ name: 'Equinox Open Library Initiative' }]);
    const again = await archive('VENDOR', { id: vendor.id, version: 3 });
    expect(codeOf(again)).toBe('CONFLICT');

    await ok(GQL.restoreCatalogItem, { input: { kind: 'VENDOR', id: vendor.id, version: 3 } });
    const restored = await ok<{ vendors: { items: { name: string }[] } }>(
      '{ vendors(filter: { search: "equinox" }) { items { name } } }',
    );
    expect(restored.vendors.items).toEqual([{ name: 'Equinox Open Library Initiative' }]);

    const history = await ok<{
      catalogHistory: {
        action: string;
        actorName: string;
        changes: { field: string; before: string | null; after: string | null }[];
      }[];
    }>(GQL.catalogHistory, { kind: 'VENDOR', id: vendor.id }, reader);
    expect(history.catalogHistory.map((entry) => entry.action)).toEqual(['restored', 'archived', 'updated', 'created']);
    expect(history.catalogHistory.every((entry) => entry.actorName === 'Administrator')).toBe(true);
    expect(history.catalogHistory[2].changes).toEqual([
      { field: 'headquarters', before: '"Duluth, GA"', after: null },
      { field: 'status', before: '"active"', after: '"watch"' },
    ]);
  });

  it('lists each vendor’s products, versions and contacts in a list (current first, archived when asked)', async () => {
    const vendors: string[] = [];
    for (const name of ['Batch Alpha Systems', 'Batch Beta Library Software']) {
      const vendor = (await createVendor(name)).id;
      vendors.push(vendor);
      for (const product of ['Zeta ILS', 'Alpha Discovery']) {
        const created = await createProduct(vendor, `${product} ${name.split(' ')[1]}`);
        for (const [version, releaseDate] of [
          ['1.0', '2024-01-10'],
          ['2.0', '2025-06-01'],
        ]) {
          await ok(GQL.createProductVersion, {
            input: { productId: created.id, name: version, releaseDate },
          });
        }
        if (product === 'Alpha Discovery') dataOf(await archive('PRODUCT', created));
      }
      await ok(GQL.createContact, {
        input: { vendorId: vendor, name: `Sales at ${name}` },
      });
    }
    const list = await ok<{
      vendors: {
        items: {
          id: string;
          products: { name: string; archivedAt: string | null; versions: { name: string }[] }[];
          contacts: { name: string }[];
        }[];
      };
    }>(
      '{ vendors(filter: { search: "Batch" }) { items { id products(includeArchived: true) { name archivedAt versions { name } } contacts { name } } } }',
    );
    const [alpha, beta] = vendors.map((id) => list.vendors.items.find((v) => v.id === id)!);
    expect(alpha.products.map((p) => [p.name, p.archivedAt !== null])).toEqual([
      ['Zeta ILS Alpha', false],
      ['Alpha Discovery Alpha', true],
    ]);
    expect(beta.products.map((p) => p.name)).toEqual(['Zeta ILS Beta', 'Alpha Discovery Beta']);
    expect(alpha.products[0].versions.map((v) => v.name)).toEqual(['2.0', '1.0']);
    expect(alpha.contacts).toEqual([{ name: 'Sales at Batch Alpha Systems' }]);
    const current = await ok<{ vendors: { items: { products: { name: string }[] }[] } }>(
      '{ vendors(filter: { search: "Batch" }) { items { products { name } } } }',
    );
    expect(current.vendors.items.map((v) => v.products.map((p) => p.name))).toEqual([
      ['Zeta ILS Alpha'],
      ['Zeta ILS Beta'],
    ]);
  });

  it('counts each vendor’s current products and notes, in the list and wherever else a vendor appears', async () => {
    const counted: Record<string, string> = {};
    for (const [name, products, notes] of [
      ['Counted Library Systems', 2, 3],
      ['Counted Quiet Vendor', 1, 0],
    ] as const) {
      const vendor = await createVendor(name);
      counted[name] = vendor.id;
      for (let i = 0; i < products; i++) await createProduct(vendor.id, `${name} product ${i}`);
      for (let i = 0; i < notes; i++) await createNote(vendor.id, `${name} note ${i}`, 'Counted.');
    }
    const archived = await createProduct(counted['Counted Library Systems'], 'Counted archived');
    dataOf(await archive('PRODUCT', archived));
    const expected = { 'Counted Library Systems': [2, 3], 'Counted Quiet Vendor': [1, 0] };

    const list = await ok<{ vendors: { items: { name: string; productCount: number; noteCount: number }[] } }>(
      '{ vendors(filter: { search: "Counted" }) { items { name productCount noteCount } } }',
      {},
      reader,
    );
    expect(Object.fromEntries(list.vendors.items.map((v) => [v.name, [v.productCount, v.noteCount]]))).toEqual(
      expected,
    );
    const one = await ok<{ vendor: { productCount: number; noteCount: number } }>(
      `{ vendor(id: "${counted['Counted Quiet Vendor']}") { productCount noteCount } }`,
      {},
      reader,
    );
    expect(one.vendor).toEqual({ productCount: 1, noteCount: 0 });
    const products = await ok<{
      products: { items: { vendor: { name: string; productCount: number; noteCount: number } }[] };
    }>('{ products(filter: { search: "Counted" }) { items { vendor { name productCount noteCount } } } }', {}, reader);
    expect(products.products.items).toHaveLength(3);
    for (const { vendor } of products.products.items)
      expect([vendor.productCount, vendor.noteCount]).toEqual(expected[vendor.name as keyof typeof expected]);
  });

  it('refuses a second vendor with the same name, in any case', async () => {
    await createVendor('SirsiDynix');
    const duplicate = await server.gql(GQL.createVendor, { input: { name: 'sirsidynix' } }, { token: admin });
    expect(codeOf(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors?.[0].message).toContain('sirsidynix');
  });

  it('names each invalid field and refuses links that are not web addresses', async () => {
    const result = await server.gql(
      GQL.createVendor,
      { input: { name: '', website: 'javascript:alert(1)' } },
      { token: admin },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0].extensions?.['fields'] as Fields).map((f) => f.field).sort();
    expect(fields).toEqual(['name', 'website']);

    const vendor = await createVendor('The Library Corporation');
    const badNote = await server.gql(
      GQL.createResearchNote,
      {
        input: {
          vendorId: vendor.id,
          title: 'x',
          observedOn: '2026-02-30x',
          sourceType: 'URL',
          sourceUrl: 'ftp://example.org',
          tags: ['GOSSIP'],
        },
      },
      { token: admin },
    );
    expect(codeOf(badNote)).toBe('BAD_USER_INPUT');
  });

  it('refuses a note about a product of another vendor', async () => {
    const one = await createVendor('Civica');
    const other = await createVendor('Innovative');
    const product = await createProduct(other.id, 'Polaris');
    const result = await server.gql(
      GQL.createResearchNote,
      {
        input: {
          vendorId: one.id,
          productId: product.id,
          title: 'Mixed up',
          observedOn: '2026-01-01',
          sourceType: 'OTHER',
        },
      },
      { token: admin },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect((result.errors?.[0].extensions?.['fields'] as Fields)[0].field).toBe('productId');
  });

  it('ranks a note that contains the words above one that merely mentions the vendor', async () => {
    const vendor = await createVendor('ByWater Solutions');
    await createNote(
      vendor.id,
      'Conference booth',
      'ByWater Solutions had a booth at the conference and talked about Koha.',
    );
    await createNote(
      vendor.id,
      'Data migration from Symphony',
      'The data migration of 1.2 million items and patrons took four months, with ByWater doing the extract.',
    );
    await createNote(vendor.id, 'Pricing', 'Annual support is priced per library.');

    const result = await ok<{
      catalogSearch: {
        total: number;
        items: { kind: string; title: string; vendorName: string; snippet: { text: string; match: boolean }[] }[];
      };
    }>(
      '{ catalogSearch(input: { text: "bywater migration" }) { total items { kind title vendorName snippet { text match } } } }',
      {},
      reader,
    );
    const titles = result.catalogSearch.items.map((item) => item.title);
    expect(titles[0]).toBe('Data migration from Symphony');
    expect(titles).toContain('Conference booth');
    expect(titles.indexOf('Data migration from Symphony')).toBeLessThan(titles.indexOf('Conference booth'));
    expect(titles).not.toContain('Pricing');
    expect(result.catalogSearch.total).toBe(titles.length);
    // The snippet marks the matched words, as data rather than markup.
    const top = result.catalogSearch.items[0];
    expect(top.vendorName).toBe('ByWater Solutions');
    expect(top.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())).toEqual(
      expect.arrayContaining(['migration']),
    );
    // eslint-disable-next-line no-control-regex -- the server's internal highlight markers must never leak
    expect(top.snippet.map((s) => s.text).join('')).not.toMatch(/[<>\u0002\u0003]/);

    // Stemming: "migrations" finds "migration"; archived notes drop out of search.
    const stemmed = await ok<{ catalogSearch: { items: { id: string; title: string }[] } }>(
      '{ catalogSearch(input: { text: "migrations", kinds: [RESEARCH_NOTE] }) { items { id title } } }',
    );
    expect(stemmed.catalogSearch.items.map((i) => i.title)).toEqual(['Data migration from Symphony']);
    const note = await ok<{ researchNote: { version: number } }>(
      `{ researchNote(id: "${stemmed.catalogSearch.items[0].id}") { version } }`,
    );
    dataOf(
      await archive('RESEARCH_NOTE', { id: stemmed.catalogSearch.items[0].id, version: note.researchNote.version }),
    );
    const afterArchive = await ok<{ catalogSearch: { total: number } }>(
      '{ catalogSearch(input: { text: "migrations", kinds: [RESEARCH_NOTE] }) { total } }',
    );
    expect(afterArchive.catalogSearch.total).toBe(0);
  });

  it('pages vendor lists on the server with the total of all matches', async () => {
    for (let i = 1; i <= 23; i++) {
      await createVendor(`Paging Vendor ${String(i).padStart(2, '0')}`);
    }
    const first = await ok<{ vendors: { total: number; items: { name: string }[] } }>(
      '{ vendors(filter: { search: "paging" }, page: { offset: 0, limit: 10 }) { total items { name } } }',
      {},
      reader,
    );
    expect(first.vendors.total).toBe(23);
    expect(first.vendors.items.map((v) => v.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Paging Vendor ${String(i + 1).padStart(2, '0')}`),
    );
    const last = await ok<{ vendors: { total: number; items: { name: string }[] } }>(
      '{ vendors(filter: { search: "paging" }, sort: { field: NAME, direction: DESC }, page: { offset: 20, limit: 10 }) { total items { name } } }',
    );
    expect(last.vendors.total).toBe(23);
    expect(last.vendors.items.map((v) => v.name)).toEqual(['Paging Vendor 03', 'Paging Vendor 02', 'Paging Vendor 01']);

    const tooBig = await server.gql('{ vendors(page: { offset: 0, limit: 5000 }) { total } }', {}, { token: admin });
    expect(codeOf(tooBig)).toBe('BAD_USER_INPUT');
  });

  it('lists a vendor’s notes newest first, filtered by tag', async () => {
    const vendor = await createVendor('PTFS Europe');
    await createNote(vendor.id, 'Old roadmap', 'Roadmap talk.', { observedOn: '2024-01-10', tags: ['ROADMAP'] });
    await createNote(vendor.id, 'Support survey', 'Support is responsive.', {
      observedOn: '2026-03-10',
      tags: ['SUPPORT'],
    });
    await createNote(vendor.id, 'New roadmap', 'Roadmap update.', {
      observedOn: '2025-06-10',
      tags: ['ROADMAP', 'PRICING'],
    });
    const all = await ok<{ researchNotes: { total: number; items: { title: string; authorName: string }[] } }>(
      `{ researchNotes(filter: { vendorId: "${vendor.id}" }) { total items { title authorName } } }`,
      {},
      reader,
    );
    expect(all.researchNotes.items.map((n) => n.title)).toEqual(['Support survey', 'New roadmap', 'Old roadmap']);
    expect(all.researchNotes.items[0].authorName).toBe('Administrator');
    const roadmap = await ok<{ researchNotes: { total: number; items: { title: string }[] } }>(
      `{ researchNotes(filter: { vendorId: "${vendor.id}", tags: [ROADMAP] }) { total items { title } } }`,
    );
    expect(roadmap.researchNotes).toEqual({ total: 2, items: [{ title: 'New roadmap' }, { title: 'Old roadmap' }] });
  });

  it('summarises reference checks per product and keeps the questions as asked', async () => {
    const vendor = await createVendor('Open Library Foundation');
    const product = await createProduct(vendor.id, 'FOLIO', {
      category: 'LSP',
      licence: 'OPEN_SOURCE',
      hosting: ['SAAS', 'SELF_HOSTED', 'SAAS'],
    });
    const question = (
      await ok<{ saveReferenceQuestion: { id: string } }>(GQL.saveReferenceQuestion, {
        input: { text: 'How was the migration?' },
      })
    ).saveReferenceQuestion;
    for (const [library, date, rating] of [
      ['Northfield Public Library', '2026-02-01', 4],
      ['Lakeside County Library', '2026-04-15', 3],
      ['Hillcrest City Library', '2025-11-20', 5],
    ] as const) {
      await ok(GQL.createReferenceCheck, {
        input: {
          productId: product.id,
          libraryName: library,
          checkedOn: date,
          rating,
          answers: [{ questionId: question.id, question: 'How was the migration?', answer: 'Fine.' }],
        },
      });
    }
    const outOfRange = await server.gql(
      GQL.createReferenceCheck,
      { input: { productId: product.id, libraryName: 'X', checkedOn: '2026-01-01', rating: 6 } },
      { token: admin },
    );
    expect(codeOf(outOfRange)).toBe('BAD_USER_INPUT');

    const result = await ok<{
      product: {
        hosting: string[];
        referenceSummary: unknown;
        referenceChecks: { libraryName: string; answers: { question: string }[] }[];
      };
    }>(
      `{ product(id: "${product.id}") { hosting referenceSummary { count meanRating latestCheckedOn } referenceChecks { libraryName answers { question } } } }`,
      {},
      reader,
    );
    expect(result.product.hosting).toEqual(['SAAS', 'SELF_HOSTED']);
    expect(result.product.referenceSummary).toEqual({ count: 3, meanRating: 4, latestCheckedOn: '2026-04-15' });
    expect(result.product.referenceChecks.map((c) => c.libraryName)).toEqual([
      'Lakeside County Library',
      'Northfield Public Library',
      'Hillcrest City Library',
    ]);
    expect(result.product.referenceChecks[0].answers).toEqual([{ question: 'How was the migration?' }]);
  });

  it('gives each product of a vendor its own reference checks, archived ones only when asked', async () => {
    const vendor = await createVendor('Reference Batch Software');
    const checks: Record<string, { id: string; version: number }> = {};
    for (const name of ['Batch Circulation', 'Batch Discovery', 'Batch Quiet']) {
      const product = await createProduct(vendor.id, name);
      if (name === 'Batch Quiet') continue;
      for (const [library, date] of [
        [`${name} Library A`, '2026-01-10'],
        [`${name} Library B`, '2026-03-05'],
      ]) {
        checks[library] = (
          await ok<{ createReferenceCheck: { id: string; version: number } }>(GQL.createReferenceCheck, {
            input: { productId: product.id, libraryName: library, checkedOn: date, rating: 4 },
          })
        ).createReferenceCheck;
      }
    }
    const archived = checks['Batch Discovery Library B'];
    dataOf(await archive('REFERENCE_CHECK', archived));

    const checksOf = async (includeArchived: boolean) =>
      (
        await ok<{ vendor: { products: { name: string; referenceChecks: { libraryName: string }[] }[] } }>(
          `query($id: ID!) { vendor(id: $id) { products { name referenceChecks(includeArchived: ${includeArchived}) { libraryName } } } }`,
          { id: vendor.id },
          reader,
        )
      ).vendor.products.map((p) => [p.name, p.referenceChecks.map((c) => c.libraryName)]);
    expect(await checksOf(false)).toEqual([
      ['Batch Circulation', ['Batch Circulation Library B', 'Batch Circulation Library A']],
      ['Batch Discovery', ['Batch Discovery Library A']],
      ['Batch Quiet', []],
    ]);
    expect(await checksOf(true)).toEqual([
      ['Batch Circulation', ['Batch Circulation Library B', 'Batch Circulation Library A']],
      ['Batch Discovery', ['Batch Discovery Library B', 'Batch Discovery Library A']],
      ['Batch Quiet', []],
    ]);
  });

  it('lets a reader read everything and change nothing', async () => {
    const vendor = await createVendor('Ex Libris');
    expect(
      (
        await server.gql(
          `{ vendor(id: "${vendor.id}") { name products { name } contacts { name } } }`,
          {},
          { token: reader },
        )
      ).errors,
    ).toBeUndefined();
    expect((await ok<{ canEditCatalogue: boolean }>(GQL.canEditCatalogue, {}, reader)).canEditCatalogue).toBe(false);
    expect((await ok<{ canEditCatalogue: boolean }>(GQL.canEditCatalogue)).canEditCatalogue).toBe(true);
    const edit = await server.gql(
      GQL.updateVendor,
      { input: { id: vendor.id, version: 1, name: 'Hijacked' } },
      { token: reader },
    );
    expect(codeOf(edit)).toBe('FORBIDDEN');
    expect(edit.errors?.[0].message).toMatch(/administrators and evaluation leads/);
    const stored = await ok<{ vendor: { name: string; version: number } }>(
      `{ vendor(id: "${vendor.id}") { name version } }`,
    );
    expect(stored.vendor).toEqual({ name: 'Ex Libris', version: 1 });
  });

  it('refuses a stale save with CONFLICT naming who changed the vendor, and never overwrites silently', async () => {
    const vendor = await createVendor('Concurrent Vendor');
    const sam = (
      await createPerson(server, admin, {
        email: 'second.editor@e2e.test',
        displayName: 'Sam Second',
        globalRole: 'ADMIN',
        password: 'second-editor-pass-1',
      })
    ).token;

    const update = GQL.updateVendor;
    await ok(update, { input: { id: vendor.id, version: 1, headquarters: 'Sam’s edit' } }, sam);
    const stale = await server.gql(
      update,
      { input: { id: vendor.id, version: 1, headquarters: 'Admin’s edit' } },
      { token: admin },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(
      /^The vendor Concurrent Vendor was changed by Sam Second at .* UTC after you opened it/,
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ changedBy: 'Sam Second', currentVersion: 2 });

    // Truly simultaneous saves of the same version: exactly one wins.
    const racers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        server.gql<{ updateVendor: { version: number } }>(
          update,
          { input: { id: vendor.id, version: 2, headquarters: `Racer ${i}` } },
          { token: i % 2 ? sam : admin },
        ),
      ),
    );
    expect(racers.filter((r) => r.data?.updateVendor).length).toBe(1);
    expect(racers.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(5);
    const stored = await ok<{ vendor: { headquarters: string; version: number } }>(
      `{ vendor(id: "${vendor.id}") { headquarters version } }`,
    );
    expect(stored.vendor.version).toBe(3);
    const winner = racers.findIndex((r) => r.data?.updateVendor);
    expect(stored.vendor.headquarters).toBe(`Racer ${winner}`);
  });
});
