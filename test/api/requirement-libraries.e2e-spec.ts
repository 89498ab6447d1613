import { createDepartment, createEvaluation, createPerson, GQL, gqlData, once } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface Library {
  id: string;
  name: string;
  latestPublished: number | null;
  version: number;
  versions: { number: number; status: string; itemCount: number }[];
}
interface Item {
  id: string;
  code: string;
  title: string;
  priority: string;
  mandatory: boolean;
  verificationMethod: string;
  proposedFrom: string | null;
}
interface ImportResult {
  rowCount: number;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  problems: { line: number; field: string | null; message: string }[];
  committed: boolean;
  version: number | null;
}

function csv(rows: string[][]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

const HEADERS = ['Code', 'Title', 'Department', 'Priority', 'Mandatory', 'Verification method', 'Description'];
const CORE = [
  HEADERS,
  ['CIRC-001', 'Holds across member libraries', 'CIRC', 'Must', 'yes', 'Demonstration', 'Any item, any patron'],
  ['CIRC-002', 'Self-check through SIP2', 'CIRC', 'Should', 'no', 'Test', 'Kiosks, with a comma'],
  ['CAT-001', 'MARC 21 and RDA cataloguing', 'CAT', 'Must', 'yes', 'Inspection of documentation', ''],
  ['CAT-002', 'Authority control', 'CAT', 'Could', '', 'Vendor statement', ''],
];

describe('requirement libraries', () => {
  let server: RunningServer;
  let admin: string;
  let lead: string;
  let head: string;
  let outsider: string;
  let evaluationId: string;
  let libraryId: string;

  const ok = <T>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  async function upload(
    id: string,
    text: string,
    token = admin,
    mode = 'commit',
  ): Promise<{ status: number; body: ImportResult }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.from(text, 'utf8'))]), 'library.csv');
    const response = await fetch(`${server.url}/api/requirement-libraries/${id}/import?mode=${mode}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-requested-with': 'assay' },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as ImportResult };
  }

  async function exportCsv(id: string, version: number, token = admin): Promise<{ status: number; text: string }> {
    const response = await fetch(`${server.url}/api/requirement-libraries/${id}/versions/${version}/export.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, text: await response.text() };
  }

  const items = async (version: number) =>
    (await ok<{ requirementLibraryItems: Item[] }>(GQL.requirementLibraryItems, { id: libraryId, v: version }))
      .requirementLibraryItems;
  const requirements = async () =>
    (
      await ok<{
        requirements: {
          total: number;
          items: {
            id: string;
            code: string;
            title: string;
            status: string;
            version: number;
            libraryItemId: string | null;
            libraryVersion: number | null;
          }[];
        };
      }>(GQL.requirements, { id: evaluationId, page: { limit: 200 } })
    ).requirements;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const circ = await createDepartment(server, admin, 'CIRC', 'Circulation');
    await createDepartment(server, admin, 'CAT', 'Cataloguing');
    const people: Record<string, { id: string; token: string }> = {};
    for (const key of ['lead', 'head', 'outsider']) {
      people[key] = await createPerson(server, admin, { key, displayName: key, departmentId: circ });
    }
    lead = people['lead'].token;
    head = people['head'].token;
    outsider = people['outsider'].token;
    evaluationId = await createEvaluation(server, admin, 'ILS replacement', [
      [people['lead'].id, 'LEAD'],
      [people['head'].id, 'DEPARTMENT_HEAD'],
    ]);
  });
  afterAll(() => server?.stop());

  /** The lead’s library “ILS core requirements”, empty. */
  const kept = once(async () => {
    const created = await ok<{ createRequirementLibrary: Library }>(
      GQL.createRequirementLibrary,
      { input: { name: 'ILS core requirements', description: 'What every member library needs.' } },
      lead,
    );
    libraryId = created.createRequirementLibrary.id;
    expect(created.createRequirementLibrary).toMatchObject({ latestPublished: null, versions: [] });
    for (const token of [head, outsider]) {
      expect(codeOf(await server.gql(GQL.requirementLibraries, {}, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await server.gql(GQL.createRequirementLibrary, { input: { name: 'Mine' } }, { token }))).toBe(
        'FORBIDDEN',
      );
      expect((await upload(libraryId, csv(CORE), token)).status).toBe(403);
      expect((await exportCsv(libraryId, 1, token)).status).toBe(403);
    }
    const again = await server.gql(
      GQL.createRequirementLibrary,
      { input: { name: 'ils CORE requirements' } },
      { token: admin },
    );
    expect(codeOf(again)).toBe('CONFLICT');
    expect(
      (await ok<{ requirementLibraries: Library[] }>(GQL.requirementLibraries)).requirementLibraries.map((l) => l.name),
    ).toEqual(['ILS core requirements']);
  });
  it('lets an evaluation lead keep libraries, and no one who leads none', () => kept());

  /** Its version 1, a draft of four requirements imported from a file. */
  const imported = once(async () => {
    await kept();
    const bad = await upload(
      libraryId,
      csv([...CORE, ['', 'No code', 'CIRC', 'Must', '', '', ''], ['ACQ-001', 'Orders', 'ACQ', 'Maybe', '', '', '']]),
    );
    expect(bad.status).toBe(200);
    expect(bad.body.committed).toBe(false);
    expect(bad.body.problems.map((p) => [p.line, p.field])).toEqual([
      [6, 'code'],
      [7, 'department'],
      [7, 'priority'],
    ]);
    expect(
      (await ok<{ requirementLibrary: Library }>(GQL.requirementLibrary, { id: libraryId })).requirementLibrary
        .versions,
    ).toEqual([]);

    const preview = await upload(libraryId, csv(CORE), admin, 'preview');
    expect(preview.body).toMatchObject({ committed: false, problems: [], created: 4, updated: 0, removed: 0 });
    expect(
      (await ok<{ requirementLibrary: Library }>(GQL.requirementLibrary, { id: libraryId })).requirementLibrary
        .versions,
    ).toEqual([]);

    const good = await upload(libraryId, csv(CORE));
    expect(good.body).toMatchObject({ committed: true, version: 1, problems: [], rowCount: 4 });
    const library = (await ok<{ requirementLibrary: Library }>(GQL.requirementLibrary, { id: libraryId }))
      .requirementLibrary;
    expect(library.versions).toEqual([{ number: 1, status: 'DRAFT', itemCount: 4 }]);
    expect((await items(1)).map((i) => [i.code, i.priority, i.mandatory, i.verificationMethod])).toEqual([
      ['CAT-001', 'MUST', true, 'INSPECTION'],
      ['CAT-002', 'COULD', false, 'VENDOR_STATEMENT'],
      ['CIRC-001', 'MUST', true, 'DEMONSTRATION'],
      ['CIRC-002', 'SHOULD', false, 'TEST'],
    ]);
  });
  it('imports a requirement file all or nothing, with the problems by line', () => imported());

  /** Version 1 exported and imported again, unchanged. */
  const exported = once(async () => {
    await imported();
    const first = await exportCsv(libraryId, 1);
    expect(first.status).toBe(200);
    expect(first.text.split('\r\n')[0].replace(/^\ufeff/, '')).toMatch(/^Code,Title,Description,Category,Department,/);
    const before = await items(1);
    const again = await upload(libraryId, first.text.replace(/^\ufeff/, ''));
    expect(again.body).toMatchObject({
      committed: true,
      version: 1,
      problems: [],
      unchanged: 4,
      created: 0,
      updated: 0,
    });
    expect(await items(1)).toEqual(before);
    expect((await exportCsv(libraryId, 1)).text).toBe(first.text);
  });
  it('exports a version in the requirement file’s columns, and importing the export changes nothing', () => exported());

  /** Version 1 published and copied into the evaluation; CIRC-002’s copy retitled. */
  const copied = once(async () => {
    await exported();
    const input = { evaluationId, libraryId, version: 1 };
    expect(codeOf(await server.gql(GQL.startRequirementsFromLibrary, { input }, { token: lead }))).toBe(
      'BAD_USER_INPUT',
    );
    const published = await ok<{ publishRequirementLibraryVersion: Library }>(
      GQL.publishRequirementLibraryVersion,
      { id: libraryId, v: 1 },
      lead,
    );
    expect(published.publishRequirementLibraryVersion).toMatchObject({
      latestPublished: 1,
      versions: [{ number: 1, status: 'PUBLISHED', itemCount: 4 }],
    });
    expect(
      codeOf(await server.gql(GQL.publishRequirementLibraryVersion, { id: libraryId, v: 1 }, { token: admin })),
    ).toBe('CONFLICT');

    expect(codeOf(await server.gql(GQL.startRequirementsFromLibrary, { input }, { token: head }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(GQL.startRequirementsFromLibrary, { input }, { token: outsider }))).toBe(
      'NOT_FOUND',
    );
    expect((await requirements()).total).toBe(0);

    const copied = await ok<{ startRequirementsFromLibrary: { copied: number; libraryVersion: number } }>(
      GQL.startRequirementsFromLibrary,
      { input },
      lead,
    );
    expect(copied.startRequirementsFromLibrary).toEqual({ copied: 4, libraryVersion: 1 });
    const library = new Map((await items(1)).map((item) => [item.code, item]));
    const copies = (await requirements()).items;
    expect(copies.map((r) => [r.code, r.title, r.status, r.libraryItemId, r.libraryVersion])).toEqual(
      [...library.values()].map((item) => [item.code, item.title, 'PROPOSED', item.id, 1]),
    );

    // A second copy would clash on every code: nothing is copied.
    const twice = await server.gql(GQL.startRequirementsFromLibrary, { input }, { token: lead });
    expect(codeOf(twice)).toBe('CONFLICT');
    expect((await requirements()).total).toBe(4);

    // The copy is the evaluation's own: editing it leaves the library as it was, and keeps the link.
    const circ = copies.find((r) => r.code === 'CIRC-002')!;
    await ok(
      GQL.updateRequirement,
      { input: { id: circ.id, version: circ.version, title: 'Self-check and sorters' } },
      lead,
    );
    expect((await items(1)).find((i) => i.code === 'CIRC-002')!.title).toBe('Self-check through SIP2');
    expect((await requirements()).items.find((r) => r.code === 'CIRC-002')).toMatchObject({
      title: 'Self-check and sorters',
      libraryItemId: circ.libraryItemId,
      libraryVersion: 1,
    });
  });
  it('copies only a published version, by the evaluation’s lead, keeping the library item and version on each copy', () =>
    copied());

  /** CIRC-002’s copy approved, proposed back as version 2 and published. */
  const proposed = once(async () => {
    await copied();
    const circ = (await requirements()).items.find((r) => r.code === 'CIRC-002')!;
    const input = { libraryId, requirementIds: [circ.id] };
    expect(codeOf(await server.gql(GQL.proposeRequirementsToLibrary, { input }, { token: lead }))).toBe(
      'BAD_USER_INPUT',
    );
    await ok(
      GQL.decideRequirements,
      { input: { requirements: [{ id: circ.id, version: circ.version }], decision: 'APPROVE' } },
      lead,
    );
    expect(codeOf(await server.gql(GQL.proposeRequirementsToLibrary, { input }, { token: head }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(GQL.proposeRequirementsToLibrary, { input }, { token: outsider }))).toBe(
      'NOT_FOUND',
    );

    const proposed = await ok<{ proposeRequirementsToLibrary: Library }>(
      GQL.proposeRequirementsToLibrary,
      { input },
      lead,
    );
    expect(proposed.proposeRequirementsToLibrary.versions).toEqual([
      { number: 2, status: 'DRAFT', itemCount: 4 },
      { number: 1, status: 'PUBLISHED', itemCount: 4 },
    ]);
    const draft = await items(2);
    expect(draft.find((i) => i.code === 'CIRC-002')).toMatchObject({
      id: circ.libraryItemId,
      title: 'Self-check and sorters',
      proposedFrom: circ.id,
    });
    expect((await items(1)).find((i) => i.code === 'CIRC-002')!.title).toBe('Self-check through SIP2');

    // A maintainer accepts by publishing; evaluations then start from version 2.
    const published = await ok<{ publishRequirementLibraryVersion: Library }>(GQL.publishRequirementLibraryVersion, {
      id: libraryId,
      v: 2,
    });
    expect(published.publishRequirementLibraryVersion.latestPublished).toBe(2);
  });
  it('takes approved requirements proposed back by the lead into a new draft, leaving the published version frozen', () =>
    proposed());

  it('starts the next draft from the newest published version when a file is imported', async () => {
    await proposed();
    const result = await upload(
      libraryId,
      csv([...CORE, ['ACQ-001', 'Orders through EDI', 'CAT', 'Should', '', '', '']]),
    );
    expect(result.body).toMatchObject({ committed: true, version: 3, created: 1, updated: 1, unchanged: 3 });
    expect((await items(3)).map((i) => i.code)).toEqual(['ACQ-001', 'CAT-001', 'CAT-002', 'CIRC-001', 'CIRC-002']);
    // Item identity is kept across versions by code.
    const v2 = new Map((await items(2)).map((i) => [i.code, i.id]));
    for (const item of await items(3)) if (v2.has(item.code)) expect(item.id).toBe(v2.get(item.code));
  });
});
