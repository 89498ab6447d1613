import { Workbook } from 'exceljs';
import { GQL, gqlData } from './support/fixtures';
import { RunningServer, startServer } from './support/server';

type Cell = string | number | null;

const HEADER = [
  'Vendor',
  'Vendor status',
  'Website',
  'Headquarters',
  'Product',
  'Category',
  'Licence',
  'Hosting',
  'Latest version',
  'Latest version released',
  'Research notes',
  'Latest note date',
  'Latest note title',
  'Latest note source',
  'Reference checks',
  'Mean rating',
];

/** RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('vendor export', () => {
  let server: RunningServer;
  let admin: string;

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}) =>
    gqlData<T>(server, query, variables, admin);
  const create = async (
    mutation: 'createVendor' | 'createProduct' | 'createProductVersion' | 'createResearchNote' | 'createReferenceCheck',
    input: Record<string, unknown>,
  ): Promise<{ id: string; version: number }> =>
    (await ok<Record<string, { id: string; version: number }>>(GQL[mutation], { input }))[mutation];

  function get(path: string, token: string | null = admin): Promise<Response> {
    return fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  async function csvRows(query = ''): Promise<string[][]> {
    const response = await get(`/api/export/vendors.csv${query}`);
    expect(response.status).toBe(200);
    const rows = parseCsv(
      Buffer.from(await response.arrayBuffer())
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
    expect(rows[0]).toEqual(HEADER);
    return rows.slice(1);
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();

    // Bibliothèque Numérique: accents; one product with versions, notes and reference checks, one without.
    const bn = await create('createVendor', {
      name: 'Bibliothèque Numérique SA',
      website: 'https://bn.example.org',
      headquarters: 'Genève, Suisse',
    });
    const atlas = await create('createProduct', {
      vendorId: bn.id,
      name: 'Atlas',
      category: 'LSP',
      licence: 'PROPRIETARY',
      hosting: ['SAAS', 'VENDOR_HOSTED'],
    });
    await create('createProduct', {
      vendorId: bn.id,
      name: 'Boréal',
      category: 'ILS',
      licence: 'OPEN_SOURCE',
      hosting: ['SELF_HOSTED'],
    });
    await create('createProductVersion', { productId: atlas.id, name: '2024.1', releaseDate: '2024-03-15' });
    await create('createProductVersion', { productId: atlas.id, name: '2025.2', releaseDate: '2025-09-30' });
    await create('createProductVersion', { productId: atlas.id, name: '2023.4', releaseDate: '2023-12-01' });
    const note = { sourceType: 'URL', body: 'Example body.' };
    await create('createResearchNote', {
      ...note,
      vendorId: bn.id,
      title: 'Company overview',
      observedOn: '2025-01-10',
      sourceUrl: 'https://bn.example.org/about',
    });
    await create('createResearchNote', {
      ...note,
      vendorId: bn.id,
      productId: atlas.id,
      title: '=HYPERLINK("https://evil.example","click")',
      observedOn: '2025-06-01',
      sourceUrl: 'https://bn.example.org/atlas',
    });
    await create('createReferenceCheck', {
      productId: atlas.id,
      libraryName: 'Example Library A',
      checkedOn: '2025-04-01',
      rating: 4,
    });
    await create('createReferenceCheck', {
      productId: atlas.id,
      libraryName: 'Example Library B',
      checkedOn: '2025-05-01',
      rating: 5,
    });

    // A vendor with no products, on the watch list, headquartered somewhere that starts with "+".
    await create('createVendor', { name: 'Zeta Systems', headquarters: '+44 London', status: 'WATCH' });

    // Archived: only with archived=true.
    const old = await create('createVendor', { name: 'Old Automation Co' });
    await ok(GQL.archiveCatalogItem, { input: { kind: 'VENDOR', id: old.id, version: old.version } });
  });
  afterAll(() => server?.stop());

  const atlasRow = [
    'Bibliothèque Numérique SA',
    'Active',
    'https://bn.example.org',
    'Genève, Suisse',
    'Atlas',
    'LSP',
    'Proprietary',
    'SaaS; Vendor-hosted',
    '2025.2',
    '2025-09-30',
    '2',
    '2025-06-01',
    '=HYPERLINK("https://evil.example","click")',
    'https://bn.example.org/atlas',
    '2',
    '4.5',
  ];
  const borealRow = [
    'Bibliothèque Numérique SA',
    'Active',
    'https://bn.example.org',
    'Genève, Suisse',
    'Boréal',
    'ILS',
    'Open source',
    'Self-hosted',
    '',
    '',
    '1',
    '2025-01-10',
    'Company overview',
    'https://bn.example.org/about',
    '0',
    '',
  ];
  const zetaRow = ['Zeta Systems', 'Watch', '', '+44 London', '', '', '', '', '', '', '0', '', '', '', '', ''];
  /** What the CSV holds: text that a spreadsheet would run as a formula starts with a quote. */
  const neutralised = (row: string[]) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));

  it('exports one row per product, and one for a vendor without products, as CSV that Excel reads', async () => {
    const response = await get('/api/export/vendors.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="vendors-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Bibliothèque Numérique SA');
    expect(text).toContain('"\'=HYPERLINK(""https://evil.example"",""click"")"');
    expect(text).toContain(",'+44 London,");
    const rows = parseCsv(text.slice(1));
    expect(rows).toEqual([HEADER, atlasRow, borealRow, zetaRow].map(neutralised));
  });

  it('exports the same rows as XLSX, with a bold frozen header, dates as dates and numbers as numbers', async () => {
    const response = await get('/api/export/vendors.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="vendors-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const workbook = new Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Vendors');
    if (!sheet) throw new Error('The workbook has no Vendors sheet.');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);

    const rows: Cell[][] = [];
    sheet.eachRow((row) => {
      const cells: Cell[] = [];
      for (let column = 1; column <= HEADER.length; column++) {
        const value = row.getCell(column).value;
        cells.push(value instanceof Date ? value.toISOString().slice(0, 10) : ((value as Cell) ?? null));
      }
      rows.push(cells);
    });
    const typed = (row: string[]): Cell[] =>
      row.map((cell, i) => (cell === '' ? null : [10, 14, 15].includes(i) ? Number(cell) : cell));
    expect(rows).toEqual([HEADER, typed(atlasRow), typed(borealRow), typed(zetaRow)]);
    expect(sheet.getRow(2).getCell(10).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(10).numFmt).toBe('yyyy-mm-dd');
  });

  it('applies the vendor list filter', async () => {
    expect(await csvRows('?status=watch')).toEqual([neutralised(zetaRow)]);
    expect(await csvRows('?status=ACTIVE&status=WATCH&licence=open_source')).toEqual(
      [atlasRow, borealRow].map(neutralised),
    );
    expect(await csvRows('?hosting=SAAS&search=numérique')).toEqual([atlasRow, borealRow].map(neutralised));
    expect(await csvRows('?search=nothing-like-this')).toEqual([]);
    const archived = await csvRows('?archived=true');
    expect(archived.map((row) => row[0])).toEqual(['Old Automation Co']);
  });

  it('refuses anonymous requests with 401', async () => {
    for (const path of ['/api/export/vendors.csv', '/api/export/vendors.xlsx']) {
      const response = await get(path, null);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('answers a bad parameter with 400 naming it', async () => {
    const cases: [string, string][] = [
      ['?status=ACTIVE&status=bogus', 'status'],
      ['?licence=free', 'licence'],
      ['?hosting=cloud', 'hosting'],
      ['?archived=maybe', 'archived'],
      ['?search=a&search=b', 'search'],
      ['?colour=blue', 'colour'],
    ];
    for (const [query, parameter] of cases) {
      const response = await get(`/api/export/vendors.xlsx${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.message).toContain(parameter);
    }
  });
});
