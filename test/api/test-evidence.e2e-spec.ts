/**
 * Evidence on test results: screenshots and files a tester keeps with a result while executing a
 * run. Uploaded over plain HTTP (a pasted screenshot is a PNG upload), listed in GraphQL as
 * TestResult.attachments, downloaded by readers of the plan, refused to evaluators and outsiders,
 * refused on a closed run, and typed from the bytes, never from the name the client gave.
 */
import { minimalPdf, png, windowsExecutable } from './support/files';
import { createDepartment, createTeam, gqlData, GQL, Person, shortlistProducts } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';
import { FileStore } from './support/stored-files';

interface EvidenceJson {
  id: string;
  resultId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedByName: string | null;
  downloadUrl: string;
}
interface Result {
  id: string;
  version: number;
}

describe('evidence on test results', () => {
  let server: RunningServer;
  let store: FileStore;
  let admin: string;
  const people: Record<string, Person> = {};
  let results: Result[] = [];
  let runId = '';
  let closedResult: Result;
  let planId = '';

  const ok = <T>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  const storedFiles = () => store.keys();

  async function upload(
    resultId: string,
    token: string,
    options: { name?: string; bytes?: Buffer; type?: string; withoutHeader?: boolean } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(options.bytes ?? png())], { type: options.type ?? 'image/png' }),
      options.name ?? 'screenshot.png',
    );
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (!options.withoutHeader) headers['x-requested-with'] = 'assay';
    const response = await fetch(`${server.url}/api/test-results/${resultId}/attachments`, {
      method: 'POST',
      headers,
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const download = (path: string, token: string) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  const listed = async (resultId: string, token = admin) =>
    (
      await ok<{ testRun: { results: { items: { id: string; attachments: EvidenceJson[] }[] } } }>(
        GQL.testRunEvidence,
        { id: runId },
        token,
      )
    ).testRun.results.items.find((item) => item.id === resultId)?.attachments ?? [];

  beforeAll(async () => {
    store = await FileStore.create();
    server = await startServer({ database: store.database, env: { ASSAY_MAX_UPLOAD_MB: '1', ...store.env } });
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeam(server, admin, 'ILS selection', department, [
      ['lia', 'Lia Lead', 'LEAD'],
      ['tess', 'Tess Tester', 'TESTER'],
      ['ada', 'Ada Evaluator', 'EVALUATOR'],
      ['out', 'Otto Outsider'],
    ]);
    Object.assign(people, team.people);
    const [candidate] = await shortlistProducts(server, admin, team.evaluationId, {
      vendor: 'ByWater',
      products: [['Koha', '24.11']],
    });
    planId = (
      await ok<{ createTestPlan: { id: string } }>(
        GQL.createTestPlan,
        { input: { evaluationId: team.evaluationId, name: 'Circulation', keyPrefix: 'CIRC' } },
        people['lia'].token,
      )
    ).createTestPlan.id;
    for (const title of ['Place a hold', 'Renew a loan'])
      await ok(
        GQL.createTestCase,
        { input: { planId, title, steps: [{ action: 'Do it', expected: 'Done' }] } },
        people['lia'].token,
      );
    const createRun = async () =>
      (
        await ok<{ createTestRun: { id: string; version: number } }>(
          GQL.createTestRun,
          { input: { planId, candidateId: candidate, environment: 'Sandbox', testerIds: [people['tess'].id] } },
          people['lia'].token,
        )
      ).createTestRun;
    const resultsOf = async (id: string) =>
      (await ok<{ testRun: { results: { items: Result[] } } }>(GQL.testRunResults, { id }, people['lia'].token)).testRun
        .results.items;
    const run = await createRun();
    runId = run.id;
    results = await resultsOf(run.id);
    const closed = await createRun();
    [closedResult] = await resultsOf(closed.id);
    await ok(
      GQL.closeTestRun,
      {
        input: { id: closed.id, version: closed.version },
      },
      people['lia'].token,
    );
  });

  afterAll(async () => {
    await server?.stop();
    await store?.drop();
  });

  it('takes a pasted screenshot (a PNG upload) from a tester, lists it on the result and downloads the same bytes', async () => {
    const bytes = png(8, [10, 120, 200]);
    const uploaded = await upload(results[0].id, people['tess'].token, { name: 'image.png', bytes });
    expect(uploaded.status).toBe(201);
    const evidence = uploaded.body as unknown as EvidenceJson;
    expect(evidence).toMatchObject({
      resultId: results[0].id,
      fileName: 'image.png',
      contentType: 'image/png',
      sizeBytes: bytes.length,
      uploadedByName: 'Tess Tester',
      downloadUrl: `/api/test-results/${results[0].id}/attachments/${evidence.id}`,
    });
    expect((await listed(results[0].id)).map((a) => a.id)).toEqual([evidence.id]);

    // Every reader of the plan may download it: the lead, an evaluator.
    for (const token of [people['lia'].token, people['ada'].token]) {
      const response = await download(evidence.downloadUrl, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    }
    // An outsider is told it does not exist, word for word as for another result's attachment.
    const hidden = await download(evidence.downloadUrl, people['out'].token);
    expect(hidden.status).toBe(404);
    const elsewhere = await download(`/api/test-results/${results[1].id}/attachments/${evidence.id}`, admin);
    expect(elsewhere.status).toBe(404);
  });

  it('refuses evaluators (FORBIDDEN) and outsiders (NOT_FOUND) before storing anything', async () => {
    const before = await storedFiles();
    const evaluator = await upload(results[1].id, people['ada'].token);
    expect(evaluator).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const outsider = await upload(results[1].id, people['out'].token);
    const missing = await upload('00000000-0000-4000-8000-000000000001', people['out'].token);
    expect(outsider).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(outsider.body['message']).toBe(missing.body['message']);
    const lead = await upload(results[1].id, people['lia'].token);
    expect(lead).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await storedFiles()).toEqual(before);
    expect(await listed(results[1].id)).toEqual([]);
  });

  it('refuses an upload without the X-Requested-With header', async () => {
    const refused = await upload(results[1].id, people['tess'].token, { withoutHeader: true });
    expect(refused).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(refused.body['message']).toMatch(/X-Requested-With/);
  });

  it('refuses evidence on a closed run with CONFLICT', async () => {
    const before = await storedFiles();
    const refused = await upload(closedResult.id, people['tess'].token);
    expect(refused).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
    expect(refused.body['message']).toMatch(/closed/);
    expect(await storedFiles()).toEqual(before);
  });

  it('types a file from its bytes: a spoofed content type or name is refused, a true one is kept as detected', async () => {
    const before = await storedFiles();
    const spoofed = await upload(results[1].id, people['tess'].token, {
      name: 'screenshot.png',
      type: 'image/png',
      bytes: windowsExecutable(),
    });
    expect(spoofed).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    const disguised = await upload(results[1].id, people['tess'].token, {
      name: 'log.pdf',
      type: 'application/pdf',
      bytes: png(),
    });
    expect(disguised).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(await storedFiles()).toEqual(before);

    const pdf = await upload(results[1].id, people['tess'].token, {
      name: '../../etc/report.pdf',
      type: 'text/html',
      bytes: minimalPdf('Console log'),
    });
    expect(pdf.status).toBe(201);
    expect(pdf.body['contentType']).toBe('application/pdf');
    expect(pdf.body['fileName']).not.toMatch(/[/\\]/);
  });

  it('refuses a file over the upload limit with 413', async () => {
    const big = Buffer.concat([png(), Buffer.alloc(1024 * 1024)]);
    const refused = await upload(results[1].id, people['tess'].token, { bytes: big });
    expect(refused).toMatchObject({ status: 413, body: { code: 'BAD_USER_INPUT' } });
  });

  it('lets a tester delete evidence through GraphQL; others may not', async () => {
    const uploaded = (await upload(results[1].id, people['tess'].token)).body as unknown as EvidenceJson;
    expect(
      codeOf(await server.gql(GQL.deleteTestResultAttachment, { id: uploaded.id }, { token: people['ada'].token })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await server.gql(GQL.deleteTestResultAttachment, { id: uploaded.id }, { token: people['out'].token })),
    ).toBe('NOT_FOUND');
    expect(
      await ok<{ deleteTestResultAttachment: boolean }>(
        GQL.deleteTestResultAttachment,
        { id: uploaded.id },
        people['tess'].token,
      ),
    ).toEqual({
      deleteTestResultAttachment: true,
    });
    expect((await listed(results[1].id)).map((a) => a.id)).not.toContain(uploaded.id);
    expect((await download(uploaded.downloadUrl, admin)).status).toBe(404);
  });

  it('lets a tester delete evidence over HTTP too, with the custom header', async () => {
    const uploaded = (await upload(results[1].id, people['tess'].token)).body as unknown as EvidenceJson;
    const remove = (token: string, withHeader = true) =>
      fetch(`${server.url}${uploaded.downloadUrl}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}`, ...(withHeader ? { 'x-requested-with': 'assay' } : {}) },
      });
    expect((await remove(people['tess'].token, false)).status).toBe(400);
    expect((await remove(people['ada'].token)).status).toBe(403);
    expect((await remove(people['out'].token)).status).toBe(404);
    expect((await remove(people['tess'].token)).status).toBe(204);
    expect((await listed(results[1].id)).map((a) => a.id)).not.toContain(uploaded.id);
  });

  it('keeps a plan whose untested results carry evidence: deleting it is refused', async () => {
    expect((await upload(results[1].id, people['tess'].token)).status).toBe(201);
    const { testPlan } = await ok<{ testPlan: { version: number } }>(GQL.testPlan, { id: planId }, people['lia'].token);
    const refused = await server.gql(
      GQL.deleteTestPlan,
      { input: { id: planId, version: testPlan.version } },
      { token: people['lia'].token },
    );
    expect(codeOf(refused)).toBe('CONFLICT');
  });
});
