import { Workbook } from 'exceljs';
import iconv from 'iconv-lite';
import { request as httpRequest } from 'node:http';
import { xlsxWithCells, zipBombXlsx } from './support/files';
import { createDepartment, createEvaluation, createPerson, GQL, gqlData } from './support/fixtures';
import { processMemory, resetPeakMemory, RunningServer, startServer } from './support/server';

interface ImportResult {
  encoding: string | null;
  columns: { index: number; header: string; field: string | null }[];
  rowCount: number;
  problems: { line: number; field: string | null; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
}

const PRIORITIES = ['Must', 'Should', 'Could', "Won't"];

/** A department head's spreadsheet: their headers, not ours. */
function csv(rows: string[][]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function requirementRows(count: number, department = 'CIRC', offset = 0): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1 + offset;
    return [
      `${department}-${String(n).padStart(3, '0')}`,
      `Requirement ${n}: holds, transit, SIP2 or NCIP`,
      `Details of requirement ${n}, with a comma`,
      'Circulation',
      department,
      PRIORITIES[n % 4],
      n % 7 === 0 ? 'Y' : '',
      `Because ${n}`,
    ];
  });
}

const HEADERS = ['Req ID', 'Requirement', 'Details', 'Area', 'Dept', 'Must/Should', 'Knockout', 'Why'];

describe('importing and exporting requirements', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  const tokens: Record<string, string> = {};

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  async function upload(
    mode: string,
    bytes: Buffer | string,
    token = admin,
    headers: Record<string, string> = { 'x-requested-with': 'assay' },
    name = 'requirements.csv',
    signal?: AbortSignal,
  ): Promise<{ status: number; body: ImportResult & { code?: string; message?: string } }> {
    const form = new FormData();
    form.append(
      'file',
      new Blob([new Uint8Array(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes)]),
      name,
    );
    const response = await fetch(`${server.url}/api/evaluations/${evaluationId}/requirements/import?mode=${mode}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body: form,
      signal,
    });
    return { status: response.status, body: (await response.json()) as ImportResult };
  }

  async function download(
    kind: 'csv' | 'xlsx',
    token = admin,
  ): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const response = await fetch(`${server.url}/api/evaluations/${evaluationId}/requirements/export.${kind}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
  }

  const total = async () =>
    (await ok<{ requirements: { total: number } }>(GQL.requirements, { id: evaluationId })).requirements.total;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const departments: Record<string, string> = {};
    for (const code of ['CIRC', 'CAT']) {
      departments[code] = await createDepartment(server, admin, code, code === 'CIRC' ? 'Circulation' : 'Cataloguing');
    }
    const members: [string, string][] = [];
    for (const [key, role, department] of [
      ['head', 'DEPARTMENT_HEAD', 'CIRC'],
      ['viewer', 'VIEWER', 'CAT'],
    ]) {
      const person = await createPerson(server, admin, {
        key,
        displayName: key,
        departmentId: departments[department],
      });
      tokens[key] = person.token;
      members.push([person.id, role]);
    }
    evaluationId = await createEvaluation(server, admin, 'ILS replacement', members);
  });
  afterAll(() => server?.stop());

  it('previews a file with 3 bad rows among 50, names each line, and the import writes nothing', async () => {
    const rows = requirementRows(50);
    rows[9][5] = 'urgent'; // line 11: priority
    rows[24][1] = ''; // line 26: title
    rows[41][4] = 'ACQ'; // line 43: unknown department
    const file = csv([HEADERS, ...rows]);

    const preview = await upload('preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body.columns.map((c) => c.field)).toEqual([
      'code',
      'title',
      'description',
      'category',
      'department',
      'priority',
      'mandatory',
      'rationale',
    ]);
    expect(preview.body.rowCount).toBe(50);
    expect(preview.body.problems.map((p) => `${p.line} ${p.field}`)).toEqual([
      '11 priority',
      '26 title',
      '43 department',
    ]);
    expect(preview.body.problems[0].message).toBe('Priority "urgent" is not must, should, could or won’t.');
    expect(preview.body.committed).toBe(false);

    const commit = await upload('commit', file);
    expect(commit.status).toBe(200);
    expect(commit.body.committed).toBe(false);
    expect(commit.body.problems).toHaveLength(3);
    expect(await total()).toBe(0);
  });

  it('imports a good file, then updates instead of duplicating when the same codes come again', async () => {
    const rows = requirementRows(50);
    const first = await upload('commit', csv([HEADERS, ...rows]));
    expect(first.body).toMatchObject({ committed: true, created: 50, updated: 0, unchanged: 0, problems: [] });
    expect(await total()).toBe(50);
    // The file has no verification method column: every requirement is verified by test.
    const methods = await ok<{ requirements: { items: { verificationMethod: string }[] } }>(
      'query($id: ID!) { requirements(evaluationId: $id, page: { offset: 0, limit: 100 }) { items { verificationMethod } } }',
      { id: evaluationId },
    );
    expect(new Set(methods.requirements.items.map((r) => r.verificationMethod))).toEqual(new Set(['TEST']));

    const again = await upload('commit', csv([HEADERS, ...rows]));
    expect(again.body).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 50 });

    for (const i of [0, 1, 2]) rows[i][5] = 'Could';
    rows.push(['', 'A new one without a code', '', '', 'Circulation', 'should', 'no', '']);
    const changed = await upload('commit', csv([HEADERS, ...rows]));
    expect(changed.body).toMatchObject({
      committed: true,
      created: 1,
      updated: rows.slice(0, 3).filter((_, i) => PRIORITIES[(i + 1) % 4] !== 'Could').length,
      problems: [],
    });
    expect(await total()).toBe(51);
    const generated = await ok<{ requirements: { items: { code: string; title: string }[] } }>(
      'query($id: ID!) { requirements(evaluationId: $id, filter: { search: "without" }) { items { code title } } }',
      { id: evaluationId },
    );
    expect(generated.requirements.items).toEqual([{ code: 'CIRC-051', title: 'A new one without a code' }]);

    const history = await ok<{
      requirements: { items: { history: { action: string; changes: { field: string }[] }[] }[] };
    }>(
      'query($id: ID!) { requirements(evaluationId: $id, filter: { search: "CIRC-001" }, page: { offset: 0, limit: 1 }) { items { history { action changes { field } } } } }',
      { id: evaluationId },
    );
    expect(history.requirements.items[0].history.map((h) => h.action)).toEqual(['imported', 'imported']);
  });

  it('exports CSV and XLSX in the import’s columns: a round trip changes nothing', async () => {
    await ok(GQL.createRequirement, {
      input: {
        evaluationId,
        code: 'CIRC-900',
        title: '=HYPERLINK("http://evil.example")',
        description: 'Multi-line\ndescription, "quoted"',
        departmentId: (await ok<{ departments: { id: string; code: string }[] }>(GQL.departments)).departments.find(
          (d) => d.code === 'CIRC',
        )!.id,
        priority: 'WONT',
        verificationMethod: 'INSPECTION',
        rationale: '+1 from members',
      },
    });
    const csvExport = await download('csv');
    expect(csvExport.status).toBe(200);
    expect(csvExport.headers.get('content-disposition')).toMatch(
      /^attachment; filename="requirements-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = csvExport.bytes.toString('utf8');
    expect(
      text.startsWith(
        '\ufeffCode,Title,Description,Category,Department,Priority,Mandatory,Verification method,Rationale',
      ),
    ).toBe(true);
    expect(text).toContain(`CIRC-900,"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(',wont,no,Inspection of documentation,');

    const before = await total();
    const fromCsv = await upload('commit', csvExport.bytes);
    expect(fromCsv.body).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: before, problems: [] });
    const csvAgain = await download('csv');
    expect(csvAgain.bytes.equals(csvExport.bytes)).toBe(true);

    const xlsxExport = await download('xlsx');
    expect(xlsxExport.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsxExport.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Code',
      'Title',
      'Description',
      'Category',
      'Department',
      'Priority',
      'Mandatory',
      'Verification method',
      'Rationale',
    ]);
    expect(sheet.rowCount).toBe(before + 1);
    const fromXlsx = await upload('commit', xlsxExport.bytes, admin, { 'x-requested-with': 'assay' }, 'upload.bin');
    expect(fromXlsx.body).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: before });
    const title = await ok<{
      requirements: { items: { title: string; description: string; verificationMethod: string }[] };
    }>(
      'query($id: ID!) { requirements(evaluationId: $id, filter: { search: "CIRC-900" }) { items { title description verificationMethod } } }',
      { id: evaluationId },
    );
    expect(title.requirements.items).toEqual([
      {
        title: '=HYPERLINK("http://evil.example")',
        description: 'Multi-line\ndescription, "quoted"',
        verificationMethod: 'INSPECTION',
      },
    ]);
  });

  it('reads the verification method by label or value in any case, names the line of a bad one, and keeps it when a file does not say', async () => {
    const methods = async () =>
      Object.fromEntries(
        (
          await ok<{ requirements: { items: { code: string; verificationMethod: string }[] } }>(
            'query($id: ID!) { requirements(evaluationId: $id, filter: { search: "VER" }) { items { code verificationMethod } } }',
            { id: evaluationId },
          )
        ).requirements.items.map((r) => [r.code, r.verificationMethod]),
      );
    const row = (code: string, method?: string) => {
      const cells = [code, `Verified ${code}`, 'CIRC', 'Should'];
      return method === undefined ? cells : [...cells, method];
    };
    const withMethods = [
      ['Code', 'Title', 'Department', 'Priority', 'Verified by'],
      row('VER-001', 'Test'),
      row('VER-002', 'demonstration'),
      row('VER-003', 'INSPECTION OF DOCUMENTATION'),
      row('VER-004', 'vendor_statement'),
      row('VER-005', 'Reference check'),
      row('VER-006', ''),
    ];

    const bad = await upload('commit', csv([...withMethods, row('VER-007', 'by gut feeling')]));
    expect(bad.body.committed).toBe(false);
    expect(bad.body.columns[4]).toEqual({ index: 4, header: 'Verified by', field: 'verificationMethod' });
    expect(bad.body.problems).toEqual([
      {
        line: 8,
        field: 'verificationMethod',
        message:
          'Verification method "by gut feeling" is not one of: Test, Demonstration, Inspection of documentation, Vendor statement, Reference check.',
      },
    ]);
    expect(await methods()).toEqual({});

    const good = await upload('commit', csv(withMethods));
    expect(good.body).toMatchObject({ committed: true, created: 6, problems: [] });
    const imported = {
      'VER-001': 'TEST',
      'VER-002': 'DEMONSTRATION',
      'VER-003': 'INSPECTION',
      'VER-004': 'VENDOR_STATEMENT',
      'VER-005': 'REFERENCE_CHECK',
      'VER-006': 'TEST',
    };
    expect(await methods()).toEqual(imported);

    // A file without the column (one made before it existed) changes no method; a new row is verified by test.
    const without = await upload(
      'commit',
      csv([
        ['Code', 'Title', 'Department', 'Priority'],
        ...withMethods.slice(1).map((cells) => cells.slice(0, 4)),
        row('VER-007'),
      ]),
    );
    expect(without.body).toMatchObject({ committed: true, created: 1, updated: 0, unchanged: 6, problems: [] });
    expect(await methods()).toEqual({ ...imported, 'VER-007': 'TEST' });

    const changed = await upload(
      'commit',
      csv([['Code', 'Title', 'Department', 'Priority', 'Method'], row('VER-001', 'Vendor Statement')]),
    );
    expect(changed.body).toMatchObject({ committed: true, updated: 1, problems: [] });
    const history = await ok<{
      requirements: {
        items: { history: { action: string; changes: { field: string; before: string; after: string }[] }[] }[];
      };
    }>(
      'query($id: ID!) { requirements(evaluationId: $id, filter: { search: "VER-001" }) { items { history { action changes { field before after } } } } }',
      { id: evaluationId },
    );
    expect(history.requirements.items[0].history[0]).toEqual({
      action: 'imported',
      changes: [{ field: 'verificationMethod', before: '"test"', after: '"vendor_statement"' }],
    });
  });

  it('keeps department heads to their own department and viewers out; refuses files it cannot read', async () => {
    const otherDepartment = await upload('preview', csv([HEADERS, ...requirementRows(2, 'CAT')]), tokens['head']);
    expect(otherDepartment.status).toBe(200);
    expect(otherDepartment.body.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(otherDepartment.body.problems[0].message).toContain('own department');

    const viewer = await upload('preview', csv([HEADERS, ...requirementRows(2)]), tokens['viewer']);
    expect(viewer.status).toBe(403);

    const noHeader = await upload('preview', csv([HEADERS]), admin, {});
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.message).toContain('X-Requested-With');

    const binary = await upload(
      'preview',
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0xff, 0xfe, 0x00, 0x01]),
      admin,
      undefined,
      'requirements.xlsx',
    );
    expect(binary.status).toBe(400);
    expect(binary.body.code).toBe('BAD_USER_INPUT');

    const missingColumns = await upload(
      'preview',
      csv([
        ['Code', 'Notes'],
        ['X-1', 'y'],
      ]),
    );
    expect(missingColumns.body.problems.map((p) => p.line)).toEqual([1, 1, 1]);
    expect(missingColumns.body.problems[0].message).toMatch(/^No column for title/);

    const badMode = await upload('sideways', csv([HEADERS]));
    expect(badMode.status).toBe(400);
  });

  it('imports 10,000 rows from an XLSX file in one transaction', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(HEADERS);
    for (const row of requirementRows(10_000, 'CAT', 0)) sheet.addRow(row);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await total();
    const started = process.hrtime.bigint();
    const result = await upload('commit', bytes, admin, undefined, 'big.xlsx');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    expect(result.body).toMatchObject({ committed: true, created: 10_000, problems: [] });
    expect(await total()).toBe(before + 10_000);
    // Recorded for the record, never asserted: these machines are shared and noisy.
    process.stdout.write(
      `\n10,000-row XLSX import (${process.env['DATABASE_URL'] ? 'PostgreSQL server' : 'PGlite'}): ${seconds.toFixed(1)} s\n`,
    );
  });

  it('refuses someone who may not import before reading the upload', async () => {
    // Headers and the first 64 KB of a promised 10 MB: the answer must come while the rest is still missing. The rest
    // never comes, so a server that waited for it would never answer; the timer only bounds how long we wait to see
    // that, generously enough for a busy machine.
    const boundary = 'assay-e2e-boundary';
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              'No answer while the upload was still arriving: the server waited to read it before checking who sent it.',
            ),
          ),
        60_000,
      );
      const request = httpRequest(
        `${server.url}/api/evaluations/${evaluationId}/requirements/import?mode=preview`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${tokens['viewer']}`,
            'x-requested-with': 'assay',
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(10 * 1024 * 1024),
          },
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          response.on('end', () => {
            clearTimeout(timer);
            request.destroy();
            resolve({ status: response.statusCode ?? 0, body });
          });
        },
      );
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="requirements.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      );
      request.write(Buffer.alloc(64 * 1024, 'a'));
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'FORBIDDEN' });
  });

  describe('hostile spreadsheets are refused quickly, in little memory, and the server stays up', () => {
    const MB = 1024 * 1024;

    /** Sends the file for a preview while watching the API process's resident memory. */
    async function measured(
      bytes: Buffer,
    ): Promise<{ status: number; body: { code?: string; message?: string }; seconds: number; growthMb: number }> {
      const before = processMemory(server.pid).rss;
      const peakReset = resetPeakMemory(server.pid);
      let highest = before;
      const sampler = setInterval(() => (highest = Math.max(highest, processMemory(server.pid).rss)), 10);
      const started = process.hrtime.bigint();
      try {
        const result = await upload(
          'preview',
          bytes,
          admin,
          undefined,
          'requirements.xlsx',
          AbortSignal.timeout(60_000),
        );
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const memory = processMemory(server.pid);
        highest = Math.max(highest, memory.rss, peakReset ? memory.peak : 0);
        return { status: result.status, body: result.body, seconds, growthMb: (highest - before) / MB };
      } finally {
        clearInterval(sampler);
      }
    }

    async function expectRefused(bytes: Buffer, message: RegExp): Promise<void> {
      const result = await measured(bytes);
      process.stdout.write(
        `\n${(bytes.length / 1024).toFixed(1)} KB file: ${result.status} after ${result.seconds.toFixed(2)} s, API memory +${result.growthMb.toFixed(0)} MB: ${result.body.message}\n`,
      );
      // The bounds the file must be refused within; generous against a loaded machine, far below what an unbounded read costs.
      expect(result.seconds).toBeLessThan(5);
      expect(result.growthMb).toBeLessThan(100);
      expect(result.status).toBe(400);
      expect(result.body.code).toBe('BAD_USER_INPUT');
      expect(result.body.message).toMatch(message);
      expect((await fetch(`${server.url}/health`)).ok).toBe(true);
    }

    it('2,000 rows that each hold one cell at column XFD', async () => {
      const file = xlsxWithCells([
        { line: 1, cells: [['A1', 'Title']] },
        ...Array.from({ length: 2_000 }, (_, i) => ({
          line: i + 2,
          cells: [[`XFD${i + 2}`, 'x']] as [string, string][],
        })),
      ]);
      expect(file.length).toBeLessThan(40 * 1024);
      await expectRefused(file, /^Line 2: column XFD is beyond the 200 columns an import may have\.$/);
    });

    it('one cell at XFD1048576', async () => {
      const file = xlsxWithCells([
        { line: 1, cells: [['A1', 'Title']] },
        { line: 1_048_576, cells: [['XFD1048576', 'x']] },
      ]);
      expect(file.length).toBeLessThan(2 * 1024);
      await expectRefused(file, /^Line 1048576 is beyond the 100,000 rows an import may have\.$/);
    });

    it('a zip bomb: 3 GB of spaces in the worksheet, declared as such', async () => {
      const file = zipBombXlsx(3);
      expect(file.length).toBeLessThan(4 * MB);
      await expectRefused(file, /sheet1\.xml would unpack to 3072 MB; a part may have at most 100 MB/);
    });

    it('a zip bomb whose zip directory says its 3 GB are 10 KB', async () => {
      await expectRefused(zipBombXlsx(3, 10_000), /sheet1\.xml unpacks to more than its zip directory says/);
    });

    it('a zip bomb whose zip directory says its 3 GB are 99 MB, just under the limit', async () => {
      await expectRefused(
        zipBombXlsx(3, 99 * MB),
        /^The workbook holds a text, comment or tag longer than 1,000,000 characters/,
      );
    });
  });

  it('reads CSV in the encoding office software saves it in, says which, and refuses binary files', async () => {
    const rows = [
      HEADERS,
      ['CIRC-701', 'Café lending', 'Fines in € and £, naïve façade', 'Circulation', 'CIRC', 'Must', '', 'Über'],
    ];
    const windows1252 = iconv.encode(csv(rows), 'windows1252');
    expect(windows1252.includes(Buffer.from('Café', 'utf8'))).toBe(false);
    const preview = await upload('preview', windows1252);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ encoding: 'Windows-1252', rowCount: 1, problems: [] });
    const commit = await upload('commit', windows1252);
    expect(commit.body).toMatchObject({ committed: true, encoding: 'Windows-1252' });
    const saved = await ok<{ requirements: { items: { title: string; description: string; rationale: string }[] } }>(
      'query($id: ID!) { requirements(evaluationId: $id, filter: { search: "Café lending" }) { items { title description rationale } } }',
      { id: evaluationId },
    );
    expect(saved.requirements.items).toEqual([
      { title: 'Café lending', description: 'Fines in € and £, naïve façade', rationale: 'Über' },
    ]);

    for (const [bytes, encoding] of [
      [Buffer.from(csv(rows), 'utf8'), 'UTF-8'],
      [Buffer.from(`\ufeff${csv(rows)}`, 'utf8'), 'UTF-8'],
      [Buffer.from(`\ufeff${csv(rows)}`, 'utf16le'), 'UTF-16 LE'],
      [Buffer.from(`\ufeff${csv(rows)}`, 'utf16le').swap16(), 'UTF-16 BE'],
    ] as const) {
      const again = await upload('preview', bytes);
      expect(again.body).toMatchObject({ encoding, rowCount: 1, created: 0, unchanged: 1, problems: [] });
    }

    const garbage = await upload('preview', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)));
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/neither an Excel workbook \(\.xlsx\) nor CSV text/),
    });
  });
});
