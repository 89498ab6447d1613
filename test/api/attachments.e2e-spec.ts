import { createHash } from 'node:crypto';
import { minimalDocx, minimalPdf, png, windowsExecutable, zip } from './support/files';
import { createPerson, GQL } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';
import { FileStore } from './support/stored-files';

/** A 1 MB limit keeps the over-the-limit file small. */
const LIMIT_BYTES = 1024 * 1024;

interface AttachmentJson {
  id: string;
  ownerKind: string;
  ownerId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  downloadUrl: string;
}

interface UploadOptions {
  token?: string;
  cookie?: string;
  ownerKind?: string;
  ownerId?: string;
  name?: string;
  bytes?: Buffer;
  /** Leave out the X-Requested-With header. */
  withoutHeader?: boolean;
}

describe('attachments', () => {
  let server: RunningServer;
  let store: FileStore;
  let admin: string;
  let reader: string;
  const ids: Record<'vendor' | 'product' | 'note' | 'check', string> = { vendor: '', product: '', note: '', check: '' };

  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  /** The keys of every stored file, on disk or in the database. */
  const storedFiles = () => store.keys();

  async function upload(options: UploadOptions = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    const form = new FormData();
    form.append('ownerKind', options.ownerKind ?? 'RESEARCH_NOTE');
    form.append('ownerId', options.ownerId ?? ids.note);
    if (options.bytes !== undefined || options.name !== undefined) {
      form.append(
        'file',
        new Blob([new Uint8Array(options.bytes ?? minimalPdf('Brochure'))]),
        options.name ?? 'brochure.pdf',
      );
    }
    const headers: Record<string, string> = {};
    if (!options.withoutHeader) headers['x-requested-with'] = 'assay';
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.cookie) headers['cookie'] = options.cookie;
    const response = await fetch(`${server.url}/api/attachments`, { method: 'POST', headers, body: form });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** A GET as a browser following a download link sends it (the built web app must not answer it). */
  async function download(path: string, token?: string): Promise<Response> {
    const headers: Record<string, string> = {
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    };
    if (token) headers['authorization'] = `Bearer ${token}`;
    return fetch(`${server.url}${path}`, { headers });
  }

  async function noteAttachments(): Promise<{ id: string; fileName: string }[]> {
    const result = await server.gql<{ attachments: { id: string; fileName: string }[] }>(
      GQL.attachments,
      { kind: 'RESEARCH_NOTE', id: ids.note },
      { token: admin },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.attachments;
  }

  /** A file the administrator has just attached to the note, for a test that needs one to exist. */
  async function storedAttachment(): Promise<{ id: string }> {
    const uploaded = await upload({ token: admin, name: 'stored.pdf', bytes: minimalPdf('Stored') });
    if (uploaded.status !== 201) throw new Error(JSON.stringify(uploaded.body));
    return uploaded.body as { id: string };
  }

  /** Runs `act` and checks that it left no new row and no new file behind. */
  async function expectNothingStored(act: () => Promise<void>): Promise<void> {
    const filesBefore = await storedFiles();
    const rowsBefore = await noteAttachments();
    await act();
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await noteAttachments()).toEqual(rowsBefore);
  }

  beforeAll(async () => {
    store = await FileStore.create();
    server = await startServer({ database: store.database, env: { ASSAY_MAX_UPLOAD_MB: '1', ...store.env } });
    admin = await server.login();
    const create = async (query: string, input: Record<string, unknown>) => {
      const result = await server.gql<Record<string, { id: string }>>(query, { input }, { token: admin });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return Object.values(result.data)[0].id;
    };
    ids.vendor = await create(GQL.createVendor, { name: 'ByWater Solutions' });
    ids.product = await create(GQL.createProduct, {
      vendorId: ids.vendor,
      name: 'Koha',
      category: 'ILS',
      licence: 'OPEN_SOURCE',
    });
    ids.note = await create(GQL.createResearchNote, {
      vendorId: ids.vendor,
      title: 'Support contract',
      observedOn: '2026-01-15',
      sourceType: 'DOCUMENT',
    });
    ids.check = await create(GQL.createReferenceCheck, {
      productId: ids.product,
      libraryName: 'Hillside PL',
      checkedOn: '2026-01-20',
      rating: 4,
    });
    reader = (
      await createPerson(server, admin, {
        email: 'reader@e2e.test',
        displayName: 'Reader',
        password: 'chosen-password-77',
      })
    ).token;
  });

  afterAll(async () => {
    await server?.stop();
    await store?.drop();
  });

  it('uploads a PDF to a research note, lists it in GraphQL and downloads the same bytes with safe headers', async () => {
    const pdf = minimalPdf('Support contract 2026');
    const uploaded = await upload({ token: admin, name: 'Support contract.pdf', bytes: pdf });
    expect(uploaded.status).toBe(201);
    const attachment = uploaded.body as unknown as AttachmentJson;
    expect(attachment).toEqual({
      id: expect.any(String),
      ownerKind: 'RESEARCH_NOTE',
      ownerId: ids.note,
      fileName: 'Support contract.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      uploadedAt: expect.any(String),
      downloadUrl: `/api/attachments/${attachment.id}`,
    });

    const listed = await server.gql<{ researchNote: { attachments: Record<string, unknown>[] } }>(
      GQL.researchNoteAttachments,
      { id: ids.note },
      { token: reader },
    );
    expect(listed.data?.researchNote.attachments).toEqual([
      {
        id: attachment.id,
        ownerKind: 'RESEARCH_NOTE',
        ownerId: ids.note,
        fileName: 'Support contract.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        downloadUrl: attachment.downloadUrl,
        uploadedByName: expect.any(String),
      },
    ]);

    const response = await download(attachment.downloadUrl, reader);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(pdf.length));
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Support contract.pdf"; filename*=UTF-8''Support%20contract.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');

    // Stored under a key of the server's making, never under the client's name.
    const files = await store.files();
    expect(files).toHaveLength(1);
    expect(files[0].key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(files[0].sha256).toBe(sha256(pdf));
  });

  it('accepts the web app’s cookie session, and the accepted kinds of file on every kind of owner', async () => {
    const cookie = `assay_session=${admin}`;
    const csv = Buffer.from('library,system\nBMW Library,Koha\nÖstra bibliotek,Evergreen\n', 'utf8');
    const cases: [string, string, string, Buffer, string][] = [
      ['VENDOR', ids.vendor, 'logo.png', png(), 'image/png'],
      [
        'PRODUCT',
        ids.product,
        'Feature matrix.docx',
        minimalDocx('Features'),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['REFERENCE_CHECK', ids.check, 'libraries.csv', csv, 'text/csv; charset=utf-8'],
      [
        'REFERENCE_CHECK',
        ids.check,
        'call notes.md',
        Buffer.from('# Call\n\n- happy with support\n'),
        'text/markdown; charset=utf-8',
      ],
    ];
    for (const [ownerKind, ownerId, name, bytes, contentType] of cases) {
      const uploaded = await upload({ cookie, ownerKind, ownerId, name, bytes });
      expect({ name, status: uploaded.status, contentType: uploaded.body['contentType'] }).toEqual({
        name,
        status: 201,
        contentType,
      });
    }

    const tree = await server.gql<{
      vendors: {
        items: {
          attachments: { fileName: string }[];
          products: {
            attachments: { fileName: string }[];
            referenceChecks: { attachments: { fileName: string; contentType: string }[] }[];
          }[];
        }[];
      };
    }>(GQL.vendorAttachments, {}, { token: reader });
    expect(tree.data?.vendors.items).toEqual([
      {
        attachments: [{ fileName: 'logo.png' }],
        products: [
          {
            attachments: [{ fileName: 'Feature matrix.docx' }],
            referenceChecks: [
              {
                attachments: [
                  { fileName: 'libraries.csv', contentType: 'text/csv; charset=utf-8' },
                  { fileName: 'call notes.md', contentType: 'text/markdown; charset=utf-8' },
                ],
              },
            ],
          },
        ],
      },
    ]);

    const csvRow = (
      await server.gql<{ attachments: { downloadUrl: string; fileName: string }[] }>(
        GQL.attachments,
        { kind: 'REFERENCE_CHECK', id: ids.check },
        { token: reader },
      )
    ).data!.attachments[0];
    const response = await fetch(`${server.url}${csvRow.downloadUrl}`, {
      headers: { cookie: `assay_session=${reader}` },
    });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Buffer.from(await response.arrayBuffer()).equals(csv)).toBe(true);
  });

  it('keeps a UTF-8 file name and sends an ASCII fallback beside it', async () => {
    const name = 'Évaluation "finale" – résumé.pdf';
    const uploaded = await upload({ token: admin, name, bytes: minimalPdf('Resume') });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body['fileName']).toBe(name);
    const disposition = (await download(uploaded.body['downloadUrl'] as string, admin)).headers.get(
      'content-disposition',
    )!;
    expect(disposition).toBe(
      `attachment; filename="Evaluation _finale_ _ resume.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
  });

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\me\\Desktop\\quote.pdf', 'quote.pdf'],
    ['  tabs\tand\r\nnew lines   in   a name.pdf ', 'tabs and new lines in a name.pdf'],
    ['invoice\u202Etxt.pdf', 'invoicetxt.pdf'],
    ['..pdf', 'pdf'],
    [`${'long '.repeat(60)}name.pdf`, `${'long '.repeat(60).slice(0, 196).trimEnd()}.pdf`],
  ])('cleans the file name %j', async (given, kept) => {
    // A name without an extension cannot match the PDF inside, so only these reach the database.
    const uploaded = await upload({ token: admin, name: given, bytes: minimalPdf('Name') });
    if (kept === 'pdf') {
      expect(uploaded.status).toBe(400);
      return;
    }
    expect(uploaded.status).toBe(201);
    expect(uploaded.body['fileName']).toBe(kept);
    expect((uploaded.body['fileName'] as string).length).toBeLessThanOrEqual(200);
  });

  it('accepts a file of exactly the limit, refuses one byte more with 413 naming the limit, and stores nothing', async () => {
    const pdf = minimalPdf('Limit');
    const atLimit = Buffer.concat([pdf, Buffer.alloc(LIMIT_BYTES - pdf.length, 0x20)]);
    const accepted = await upload({ token: admin, name: 'at-limit.pdf', bytes: atLimit });
    expect(accepted.status).toBe(201);
    expect((await server.gql(GQL.deleteAttachment, { id: accepted.body['id'] }, { token: admin })).data).toEqual({
      deleteAttachment: true,
    });

    await expectNothingStored(async () => {
      const refused = await upload({
        token: admin,
        name: 'too-big.pdf',
        bytes: Buffer.concat([atLimit, Buffer.from(' ')]),
      });
      expect(refused.status).toBe(413);
      expect(refused.body['code']).toBe('BAD_USER_INPUT');
      expect(refused.body['message']).toMatch(/limit of 1 MB/);
    });
  });

  it.each([
    ['a PNG named report.pdf', 'report.pdf', () => png(), /“report\.pdf” is a PNG image, not a PDF document/],
    ['a Windows executable named .pdf', 'setup.pdf', () => windowsExecutable(), /\.exe file/],
    ['an executable under its own name', 'setup.exe', () => windowsExecutable(), /\.exe file/],
    ['a plain ZIP named .docx', 'matrix.docx', () => zip([['notes.txt', 'hello']]), /\.zip file/],
    [
      'a Word document named .xlsx',
      'figures.xlsx',
      () => minimalDocx('x'),
      /is a Word document, not an Excel workbook/,
    ],
    ['text named .pdf', 'notes.pdf', () => Buffer.from('just some words'), /holds plain text/],
    ['binary bytes named .txt', 'notes.txt', () => Buffer.from([0x00, 0x01, 0x02, 0xff]), /not UTF-8 text/],
    ['an HTML page named .html', 'page.html', () => Buffer.from('<!doctype html><script>alert(1)</script>'), /.*/],
    ['an empty file named .pdf', 'empty.pdf', () => Buffer.alloc(0), /is empty/],
  ])('refuses %s with 400 and stores nothing', async (_case, name, bytes, message) => {
    await expectNothingStored(async () => {
      const refused = await upload({ token: admin, name, bytes: bytes() });
      expect(refused.status).toBe(400);
      expect(refused.body['code']).toBe('BAD_USER_INPUT');
      expect(refused.body['message']).toMatch(message);
    });
  });

  it('lets a reader download but not upload or delete', async () => {
    const first = await storedAttachment();
    await expectNothingStored(async () => {
      const refused = await upload({ token: reader, name: 'reader.pdf', bytes: minimalPdf('Reader') });
      expect(refused.status).toBe(403);
      expect(refused.body['code']).toBe('FORBIDDEN');
      expect(codeOf(await server.gql(GQL.deleteAttachment, { id: first.id }, { token: reader }))).toBe('FORBIDDEN');
    });
    expect((await download(`/api/attachments/${first.id}`, reader)).status).toBe(200);
  });

  it('refuses anonymous callers with 401', async () => {
    const first = await storedAttachment();
    await expectNothingStored(async () => {
      const refused = await upload({ name: 'anonymous.pdf', bytes: minimalPdf('Anonymous') });
      expect(refused).toEqual({ status: 401, body: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    });
    const response = await download(`/api/attachments/${first.id}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    expect(codeOf(await server.gql(GQL.attachments, { kind: 'RESEARCH_NOTE', id: ids.note }))).toBe('UNAUTHENTICATED');
  });

  it('refuses an upload without the X-Requested-With header, as a form on another site would send it', async () => {
    await expectNothingStored(async () => {
      const refused = await upload({
        cookie: `assay_session=${admin}`,
        name: 'forged.pdf',
        bytes: minimalPdf('Forged'),
        withoutHeader: true,
      });
      expect(refused.status).toBe(400);
      expect(refused.body['message']).toMatch(/X-Requested-With: assay/);
    });
  });

  it('answers 404 for an owner or attachment that does not exist, and 400 for a malformed request', async () => {
    await expectNothingStored(async () => {
      const missingOwner = await upload({
        token: admin,
        ownerKind: 'PRODUCT',
        ownerId: '00000000-0000-4000-8000-000000000000',
        name: 'orphan.pdf',
        bytes: minimalPdf('Orphan'),
      });
      expect(missingOwner).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: 'The product was not found.' } });
      // A note's id given as a vendor's.
      expect(
        (
          await upload({
            token: admin,
            ownerKind: 'VENDOR',
            ownerId: ids.note,
            name: 'wrong.pdf',
            bytes: minimalPdf('Wrong'),
          })
        ).status,
      ).toBe(404);
      const badKind = await upload({ token: admin, ownerKind: 'EVALUATION', name: 'x.pdf', bytes: minimalPdf('x') });
      expect(badKind.status).toBe(400);
      expect(badKind.body['code']).toBe('BAD_USER_INPUT');
      expect(
        (await upload({ token: admin, ownerId: 'not-a-uuid', name: 'x.pdf', bytes: minimalPdf('x') })).status,
      ).toBe(400);
      const noFile = await upload({ token: admin });
      expect(noFile.status).toBe(400);
      expect(noFile.body['message']).toMatch(/Choose a file/);
    });
    for (const path of [
      '/api/attachments/00000000-0000-4000-8000-000000000000',
      '/api/attachments/not-a-uuid',
      "/api/attachments/1'%20OR%20'1'='1",
    ]) {
      const response = await download(path, admin);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect((await response.json())['code']).toBe('NOT_FOUND');
    }
    expect(
      codeOf(await server.gql(GQL.deleteAttachment, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(GQL.deleteAttachment, { id: 'nope' }, { token: admin }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await server.gql(
          GQL.attachments,
          { kind: 'VENDOR', id: '00000000-0000-4000-8000-000000000000' },
          { token: admin },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('deletes the row and the file, and the owner’s history records the upload and the deletion', async () => {
    const uploaded = await upload({ token: admin, name: 'to delete.pdf', bytes: minimalPdf('Delete me') });
    expect(uploaded.status).toBe(201);
    const id = uploaded.body['id'] as string;
    const filesBefore = await storedFiles();

    const deleted = await server.gql<{ deleteAttachment: boolean }>(GQL.deleteAttachment, { id }, { token: admin });
    expect(deleted.data).toEqual({ deleteAttachment: true });
    expect((await noteAttachments()).map((a) => a.id)).not.toContain(id);
    expect(await storedFiles()).toHaveLength(filesBefore.length - 1);
    expect((await download(`/api/attachments/${id}`, admin)).status).toBe(404);
    expect(codeOf(await server.gql(GQL.deleteAttachment, { id }, { token: admin }))).toBe('NOT_FOUND');

    const history = await server.gql<{
      catalogHistory: { action: string; changes: { field: string; before: string | null; after: string | null }[] }[];
    }>(GQL.catalogHistory, { kind: 'RESEARCH_NOTE', id: ids.note }, { token: reader });
    const entries = history.data!.catalogHistory.filter((entry) =>
      entry.changes.some((change) => (change.before ?? change.after) === JSON.stringify('to delete.pdf')),
    );
    expect(entries.map((entry) => entry.action)).toEqual(['attachment_deleted', 'attachment_added']);
  });
});
