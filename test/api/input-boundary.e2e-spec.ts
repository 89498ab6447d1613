import { GQL } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

/** Control characters (NUL above all, which PostgreSQL refuses in text) are refused at the boundary, naming the field. */
describe('control characters in string inputs', () => {
  let server: RunningServer;
  let admin: string;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
  });
  afterAll(() => server?.stop());

  const refusal = (field: string) => ({
    code: 'BAD_USER_INPUT',
    message: expect.stringContaining(field),
    fields: [{ field, problems: [expect.stringMatching(/control characters/)] }],
  });
  const firstError = (result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => {
    const error = result.errors?.[0];
    return { code: error?.extensions?.['code'], message: error?.message, fields: error?.extensions?.['fields'] };
  };

  // The first three write the character into the document itself, which is what they test; the
  // others send it in variables, as the web app does.
  it.each([
    [
      'a vendor name written in the document',
      'mutation { createVendor(input: { name: "a\\u0000b" }) { id } }',
      {},
      'input.name',
    ],
    ['a search text', '{ catalogSearch(input: { text: "\\u0000" }) { total } }', {}, 'input.text'],
    ['the administrators’ user filter', '{ users(filter: { search: "ad\\u0000" }) { total } }', {}, 'filter.search'],
    ['DEL in a vendor name from a variable', GQL.createVendor, { input: { name: 'x\u007F' } }, 'input.name'],
    [
      'a NUL from a variable, inside a list of nested inputs',
      GQL.setRubricScale,
      {
        input: {
          rubricVersionId: '00000000-0000-4000-8000-000000000000',
          scaleMin: 0,
          scaleMax: 1,
          descriptors: [
            { value: 0, label: 'none' },
            { value: 1, label: 'some\u0000' },
          ],
        },
      },
      'input.descriptors[1].label',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_label, query, variables, field) => {
    const result = await server.gql(query, variables, { token: admin });
    expect(firstError(result)).toEqual(refusal(field));
    expect(result.data ?? null).toBeNull();
  });

  it('keeps tabs and line breaks, and writes nothing for a refused name', async () => {
    const kept = await server.gql<{ createVendor: { name: string; companyNotes: string } }>(
      GQL.createVendor,
      { input: { name: 'Tabbed\tName', companyNotes: 'line one\r\n\tline two' } },
      { token: admin },
    );
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.createVendor).toMatchObject({ name: 'Tabbed\tName', companyNotes: 'line one\r\n\tline two' });
    const vendors = await server.gql<{ vendors: { items: { name: string }[] } }>(
      '{ vendors { items { name } } }',
      {},
      { token: admin },
    );
    expect(vendors.data?.vendors.items.map((v) => v.name)).toEqual(['Tabbed\tName']);
  });

  it('refuses a control character in a plain HTTP query parameter', async () => {
    const response = await fetch(`${server.url}/api/export/vendors.csv?search=a%00b`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(refusal('search'));
  });

  it('refuses a control character in a multipart text field', async () => {
    const form = new FormData();
    form.append('ownerKind', 'VENDOR\u0001');
    form.append('ownerId', '00000000-0000-4000-8000-000000000000');
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'x.pdf');
    const response = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'x-requested-with': 'assay' },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(refusal('ownerKind'));
  });

  it('still answers an ordinary search', async () => {
    const result = await server.gql('{ catalogSearch(input: { text: "tabbed" }) { total } }', {}, { token: admin });
    expect(codeOf(result)).toBeUndefined();
    expect(result.data).toEqual({ catalogSearch: { total: 1 } });
  });
});
