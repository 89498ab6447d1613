import { dataOf, GQL } from './support/fixtures';
import { startServer, TestDatabase } from './support/server';

interface VendorRow {
  name: string;
  isDemo: boolean;
  products: { name: string; category: string; licence: string; isDemo: boolean }[];
}

describe('demo catalogue', () => {
  it('seeds the ILS market once, marked as demo data, with notes that say they are examples', async () => {
    const database = await TestDatabase.create();
    try {
      let server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
      let token = await server.login();
      const first = await server.gql<{ vendors: { total: number; items: VendorRow[] } }>(
        GQL.vendors,
        { page: { limit: 100 } },
        { token },
      );
      const vendors = dataOf(first).vendors.items;
      expect(vendors.map((v) => v.name)).toEqual(
        expect.arrayContaining([
          'Equinox Open Library Initiative',
          'ByWater Solutions',
          'PTFS Europe',
          'Open Library Foundation',
          'EBSCO Information Services',
          'Ex Libris',
          'Innovative',
          'SirsiDynix',
          'The Library Corporation',
          'Civica',
        ]),
      );
      expect(vendors.every((v) => v.isDemo && v.products.every((p) => p.isDemo))).toBe(true);
      const products = vendors.flatMap((v) => v.products.map((p) => ({ vendor: v.name, ...p })));
      expect(products.map((p) => p.name)).toEqual(
        expect.arrayContaining([
          'Evergreen',
          'Koha',
          'FOLIO',
          'Alma',
          'Sierra',
          'Polaris',
          'Symphony',
          'Horizon',
          'CARL·X',
          'Library·Solution',
          'Spydus',
        ]),
      );
      for (const name of ['Evergreen', 'Koha', 'FOLIO'])
        expect(products.filter((p) => p.name === name).every((p) => p.licence === 'OPEN_SOURCE')).toBe(true);
      for (const name of ['Alma', 'Sierra', 'Polaris', 'Symphony', 'Horizon', 'Spydus'])
        expect(products.find((p) => p.name === name)?.licence).toBe('PROPRIETARY');
      expect(
        products
          .filter((p) => p.category === 'LSP')
          .map((p) => p.name)
          .sort(),
      ).toEqual(['Alma', 'FOLIO', 'FOLIO (hosted by EBSCO)']);

      const notes = await server.gql<{
        researchNotes: {
          total: number;
          items: { title: string; body: string; isDemo: boolean; sourceUrl: string | null }[];
        };
      }>(GQL.researchNotes, { page: { limit: 100 } }, { token });
      const items = dataOf(notes).researchNotes.items;
      expect(items.length).toBeGreaterThanOrEqual(10);
      expect(items.every((n) => n.isDemo && n.title.startsWith('Example') && n.body.startsWith('Example note:'))).toBe(
        true,
      );
      expect(items.every((n) => n.sourceUrl === null || n.sourceUrl.startsWith('https://'))).toBe(true);

      const questions = await server.gql<{ referenceQuestions: { text: string }[] }>(
        GQL.referenceQuestions,
        {},
        { token },
      );
      expect(dataOf(questions).referenceQuestions.length).toBeGreaterThanOrEqual(4);
      const search = await server.gql<{ catalogSearch: { items: { title: string }[] } }>(
        GQL.catalogSearch,
        { input: { text: 'koha releases' } },
        { token },
      );
      expect(dataOf(search).catalogSearch.items[0].title).toBe('Example: Koha releases every six months');
      await server.stop();

      // A second start adds nothing.
      server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
      token = await server.login();
      const again = await server.gql<{ vendors: { total: number } }>(GQL.vendors, { page: { limit: 100 } }, { token });
      expect(dataOf(again).vendors.total).toBe(dataOf(first).vendors.total);
      await server.stop();
    } finally {
      await database.drop();
    }
  });

  it('leaves a catalogue that people have started alone', async () => {
    const database = await TestDatabase.create();
    try {
      let server = await startServer({ database });
      let token = await server.login();
      const created = await server.gql(GQL.createVendor, { input: { name: 'Our Own Vendor' } }, { token });
      expect(created.errors).toBeUndefined();
      await server.stop();

      server = await startServer({ database, env: { ASSAY_DEMO: 'true' } });
      token = await server.login();
      const vendors = await server.gql<{ vendors: { items: VendorRow[] } }>(
        GQL.vendors,
        { page: { limit: 100 } },
        { token },
      );
      expect(dataOf(vendors).vendors.items.map((v) => v.name)).toEqual(['Our Own Vendor']);
      await server.stop();
    } finally {
      await database.drop();
    }
  });
});
