import { Workbook } from 'exceljs';
import {
  createDepartment,
  createEvaluation,
  createPerson,
  GQL,
  gqlData,
  Person,
  shortlistProducts,
} from './support/fixtures';
import { codeOf, GraphQLResponse, RunningServer, startServer } from './support/server';

interface Claim {
  id: string;
  requirementCode: string;
  claim: string;
  roadmapDate: string | null;
  comment: string;
  updatedBy: string | null;
  version: number;
}

interface ImportResult {
  rowCount: number;
  problems: { line: number; field: string | null; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
  code?: string;
  message?: string;
}

const MISSING = '00000000-0000-4000-8000-00000000abcd';

/** A vendor's answer sheet, written the way vendors fill the RFP template in. */
function csv(rows: string[][]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

describe('vendor claims', () => {
  let server: RunningServer;
  let admin: string;
  let departmentId: string;
  /** Lia leads each evaluation, Ada evaluates in it, Tess tests, Otto is in none of them. */
  const people: Record<'lia' | 'ada' | 'tess' | 'out', Person> = {} as never;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    departmentId = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const names = { lia: 'Lia Lead', ada: 'Ada Evaluator', tess: 'Tess Tester', out: 'Otto Outsider' };
    for (const [key, displayName] of Object.entries(names))
      people[key as keyof typeof people] = await createPerson(server, admin, { key, displayName, departmentId });
  });
  afterAll(() => server?.stop());

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  /**
   * A fresh evaluation of its own for each test: Lia leads it, Ada evaluates, Tess tests; one
   * candidate and `count` requirements CIRC-001 … (each a must-have).
   */
  async function evaluation(title: string, count = 3) {
    const evaluationId = await createEvaluation(server, admin, title, [
      [people.lia.id, 'LEAD'],
      [people.ada.id, 'EVALUATOR'],
      [people.tess.id, 'TESTER'],
    ]);
    const [candidateId] = await shortlistProducts(server, admin, evaluationId, {
      vendor: `${title} Systems`,
      products: [[`${title} ILS`, '1.0']],
    });
    const requirements: { id: string; code: string }[] = [];
    for (let i = 1; i <= count; i++) {
      const created = await ok<{ createRequirement: { id: string; code: string } }>(GQL.createRequirement, {
        input: { evaluationId, departmentId, title: `Requirement ${i}`, priority: 'MUST' },
      });
      requirements.push(created.createRequirement);
    }
    return { evaluationId, candidateId, requirements };
  }

  const set = (input: Record<string, unknown>, token = people.lia.token) =>
    server.gql<{ setVendorClaim: Claim }>(GQL.setVendorClaim, { input }, { token });

  async function claimsOf(evaluationId: string, candidateId: string, token = admin): Promise<Claim[]> {
    const data = await ok<{ evaluation: { candidates: { id: string; vendorClaims: Claim[] }[] } }>(
      GQL.evaluationVendorClaims,
      { id: evaluationId },
      token,
    );
    return data.evaluation.candidates.find((c) => c.id === candidateId)!.vendorClaims;
  }

  async function upload(
    candidateId: string,
    mode: string,
    bytes: Buffer | string,
    token = people.lia.token,
  ): Promise<{ status: number; body: ImportResult }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.from(bytes))]), 'answers.csv');
    const response = await fetch(`${server.url}/api/candidates/${candidateId}/vendor-claims/import?mode=${mode}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-requested-with': 'assay' },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as ImportResult };
  }

  const answer = (result: GraphQLResponse) => ({
    code: codeOf(result),
    messages: (result.errors ?? []).map((e) => e.message),
    data: result.data ?? null,
  });

  it('sets a claim by hand, changes it with the version loaded, and refuses a stale version with CONFLICT', async () => {
    const { evaluationId, candidateId, requirements } = await evaluation('Manual');
    const created = await set({
      candidateId,
      requirementId: requirements[0].id,
      claim: 'ROADMAP',
      roadmapDate: '2027-06-30',
      comment: 'Planned for the spring release',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.setVendorClaim).toMatchObject({
      requirementCode: 'CIRC-001',
      claim: 'ROADMAP',
      roadmapDate: '2027-06-30',
      comment: 'Planned for the spring release',
      updatedBy: 'Lia Lead',
      version: 1,
    });

    const changed = await set({
      candidateId,
      requirementId: requirements[0].id,
      claim: 'CONFIGURATION',
      comment: 'Available now by configuration',
      version: 1,
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setVendorClaim).toMatchObject({ claim: 'CONFIGURATION', roadmapDate: null, version: 2 });

    const stale = await set({ candidateId, requirementId: requirements[0].id, claim: 'NOT_MET', version: 1 });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(
      /^The vendor claim was changed by Lia Lead at .* UTC after you opened it/,
    );
    const unversioned = await set({ candidateId, requirementId: requirements[0].id, claim: 'NOT_MET' });
    expect(codeOf(unversioned)).toBe('CONFLICT');

    // The roadmap date goes with a roadmap claim and with nothing else.
    const noDate = await set({ candidateId, requirementId: requirements[1].id, claim: 'ROADMAP' });
    expect(codeOf(noDate)).toBe('BAD_USER_INPUT');
    expect(noDate.errors?.[0].message).toBe('A roadmap claim needs the date the vendor promised (YYYY-MM-DD).');
    const strayDate = await set({
      candidateId,
      requirementId: requirements[1].id,
      claim: 'OUT_OF_THE_BOX',
      roadmapDate: '2027-01-01',
    });
    expect(codeOf(strayDate)).toBe('BAD_USER_INPUT');

    expect(await claimsOf(evaluationId, candidateId)).toEqual([
      expect.objectContaining({ requirementCode: 'CIRC-001', claim: 'CONFIGURATION', version: 2 }),
    ]);
  });

  it('imports nothing from a sheet with bad rows and names each bad line', async () => {
    const { evaluationId, candidateId } = await evaluation('Bad sheet');
    const sheet = csv([
      ['Req ID', 'Requirement', 'Response', 'Available from', 'Remarks'],
      ['CIRC-001', 'Holds', 'Out of the box', '', 'Standard'],
      ['CIRC-404', 'Unknown', 'Yes', '', ''],
      ['CIRC-002', 'Transit', 'Roadmap', '', 'Next year'],
      ['CIRC-003', 'Fines', 'Sort of', '', ''],
      ['CIRC-001', 'Holds again', 'No', '', ''],
    ]);
    for (const mode of ['preview', 'commit']) {
      const { status, body } = await upload(candidateId, mode, sheet);
      expect(status).toBe(200);
      expect(body.committed).toBe(false);
      expect(body.problems.map((p) => [p.line, p.field, p.message])).toEqual([
        [3, 'requirement', 'The evaluation has no requirement CIRC-404.'],
        [4, 'roadmapDate', 'A roadmap claim needs the date the vendor promised (YYYY-MM-DD).'],
        [
          5,
          'claim',
          '"Sort of" is not a compliance level; use Out of the box, Configuration, Customisation, Roadmap, Not met.',
        ],
        [6, 'requirement', 'Requirement CIRC-001 is answered twice (also on line 2).'],
      ]);
    }
    expect(await claimsOf(evaluationId, candidateId)).toEqual([]);
  });

  it('imports a good sheet (CSV, then XLSX over it) after a preview that writes nothing', async () => {
    const { evaluationId, candidateId } = await evaluation('Good sheet');
    const sheet = csv([
      ['Requirement code', 'Compliance', 'Roadmap date', 'Comment'],
      ['CIRC-001', 'OOTB', '', 'Standard feature'],
      ['circ-002', 'Configurable', '', ''],
      ['CIRC-003', 'Roadmap', '2027-06-30', 'Release 25.1'],
    ]);
    const preview = await upload(candidateId, 'preview', sheet);
    expect(preview.body).toMatchObject({ rowCount: 3, problems: [], created: 3, committed: false });
    expect(await claimsOf(evaluationId, candidateId)).toEqual([]);

    const committed = await upload(candidateId, 'commit', sheet);
    expect(committed.body).toMatchObject({ problems: [], created: 3, updated: 0, committed: true });
    expect(
      (await claimsOf(evaluationId, candidateId, people.ada.token)).map((c) => [
        c.requirementCode,
        c.claim,
        c.roadmapDate,
        c.comment,
        c.version,
      ]),
    ).toEqual([
      ['CIRC-001', 'OUT_OF_THE_BOX', null, 'Standard feature', 1],
      ['CIRC-002', 'CONFIGURATION', null, '', 1],
      ['CIRC-003', 'ROADMAP', '2027-06-30', 'Release 25.1', 1],
    ]);

    // The vendor's revised answers as a workbook: one changed, one as before.
    const workbook = new Workbook();
    const ws = workbook.addWorksheet('Answers');
    ws.addRow(['Code', 'Claim', 'Comments']);
    ws.addRow(['CIRC-001', 'Out of the box', 'Standard feature']);
    ws.addRow(['CIRC-002', 'Customisation', 'Needs a plug-in']);
    const again = await upload(candidateId, 'commit', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(again.body).toMatchObject({ problems: [], created: 0, updated: 1, unchanged: 1, committed: true });
    const after = await claimsOf(evaluationId, candidateId);
    expect(after.find((c) => c.requirementCode === 'CIRC-002')).toMatchObject({
      claim: 'CUSTOMISATION',
      comment: 'Needs a plug-in',
      version: 2,
    });
    expect(after.find((c) => c.requirementCode === 'CIRC-001')).toMatchObject({ version: 1 });
  });

  it('lists the disagreements worst first: the failed test, then the unverified claim', async () => {
    /*
     * Hand-computed: four must-have requirements, one case each, one run against the candidate.
     *
     *   CIRC-001  claimed OUT_OF_THE_BOX   case failed      → FAILED
     *   CIRC-002  claimed CONFIGURATION    case not run     → UNVERIFIED
     *   CIRC-003  claimed OUT_OF_THE_BOX   case passed      → agrees
     *   CIRC-004  claimed NOT_MET          case failed      → agrees (nothing was promised)
     */
    const { evaluationId, candidateId, requirements } = await evaluation('Disagreements', 4);
    const claims = ['OUT_OF_THE_BOX', 'CONFIGURATION', 'OUT_OF_THE_BOX', 'NOT_MET'];
    for (const [i, claim] of claims.entries()) {
      const saved = await set({ candidateId, requirementId: requirements[i].id, claim });
      expect(saved.errors).toBeUndefined();
    }
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, { input: { evaluationId, name: 'Acceptance' } })
    ).createTestPlan.id;
    const keys: string[] = [];
    for (const [i, requirement] of requirements.entries()) {
      const created = await ok<{ createTestCase: { key: string } }>(GQL.createTestCase, {
        input: { planId, title: `Check ${i + 1}`, requirementIds: [requirement.id] },
      });
      keys.push(created.createTestCase.key);
    }
    const runId = (
      await ok<{ createTestRun: { id: string } }>(GQL.createTestRun, {
        input: { planId, candidateId, environment: 'Sandbox' },
      })
    ).createTestRun.id;
    const results = (
      await ok<{ testRun: { results: { items: { id: string; caseKey: string; version: number }[] } } }>(
        GQL.testRunResults,
        { id: runId },
      )
    ).testRun.results.items;
    const outcome: Record<string, string> = { [keys[0]]: 'FAILED', [keys[2]]: 'PASSED', [keys[3]]: 'FAILED' };
    for (const result of results) {
      if (!outcome[result.caseKey]) continue;
      await ok(
        GQL.recordTestResult,
        { input: { id: result.id, version: result.version, status: outcome[result.caseKey] } },
        people.tess.token,
      );
    }

    const read = async (token: string) =>
      (
        await ok<{ evaluation: { vendorClaimDisagreements: unknown[] } }>(
          GQL.vendorClaimDisagreements,
          { id: evaluationId, c: candidateId },
          token,
        )
      ).evaluation.vendorClaimDisagreements;
    const expected = [
      {
        requirementCode: 'CIRC-001',
        claim: 'OUT_OF_THE_BOX',
        kind: 'FAILED',
        kinds: ['FAILED'],
        caseKeys: [keys[0]],
        criteriaScoredZero: [],
        mandatory: true,
      },
      {
        requirementCode: 'CIRC-002',
        claim: 'CONFIGURATION',
        kind: 'UNVERIFIED',
        kinds: ['UNVERIFIED'],
        caseKeys: [keys[1]],
        criteriaScoredZero: [],
        mandatory: true,
      },
    ];
    expect(await read(admin)).toEqual(expected);
    // Every member reads the same list.
    expect(await read(people.ada.token)).toEqual(expected);
  });

  it('holds the roles: leads write, members read, outsiders are told the candidate does not exist, closed evaluations refuse', async () => {
    const { evaluationId, candidateId, requirements } = await evaluation('Roles', 1);
    const input = { candidateId, requirementId: requirements[0].id, claim: 'OUT_OF_THE_BOX' };
    const sheet = csv([
      ['Code', 'Compliance'],
      ['CIRC-001', 'Yes'],
    ]);

    // A member without the lead's role reads but may not write.
    for (const token of [people.ada.token, people.tess.token]) {
      expect(codeOf(await set(input, token))).toBe('FORBIDDEN');
      expect((await upload(candidateId, 'preview', sheet, token)).status).toBe(403);
    }
    // Someone outside the evaluation is answered word for word as for a candidate that does not exist.
    const outsider = answer(await set(input, people.out.token));
    const missing = answer(await set({ ...input, candidateId: MISSING }, people.out.token));
    expect(outsider.code).toBe('NOT_FOUND');
    expect(outsider).toEqual(missing);
    const outsiderUpload = await upload(candidateId, 'commit', sheet, people.out.token);
    const missingUpload = await upload(MISSING, 'commit', sheet, people.out.token);
    expect(outsiderUpload.status).toBe(404);
    expect(outsiderUpload).toEqual(missingUpload);
    const outsiderRead = answer(
      await server.gql(GQL.vendorClaimDisagreements, { id: evaluationId, c: candidateId }, { token: people.out.token }),
    );
    expect(outsiderRead.code).toBe('NOT_FOUND');
    expect(await claimsOf(evaluationId, candidateId, people.ada.token)).toEqual([]);

    // The lead writes; so does an administrator.
    expect((await set(input)).errors).toBeUndefined();
    expect((await set({ ...input, claim: 'CONFIGURATION', version: 1 }, admin)).errors).toBeUndefined();
    expect(await claimsOf(evaluationId, candidateId, people.ada.token)).toEqual([
      expect.objectContaining({ claim: 'CONFIGURATION', version: 2, updatedBy: expect.any(String) }),
    ]);

    // A cancelled evaluation keeps its claims as they are.
    const version = (await ok<{ evaluation: { version: number } }>(GQL.evaluationVersion, { id: evaluationId }))
      .evaluation.version;
    await ok(GQL.moveEvaluation, { input: { id: evaluationId, version, to: 'CANCELLED', reason: 'Budget withdrawn' } });
    const closed = await set({ ...input, claim: 'NOT_MET', version: 2 });
    expect(codeOf(closed)).toBe('CONFLICT');
    expect(closed.errors?.[0].message).toBe('The evaluation is cancelled; its vendor claims can no longer change.');
    for (const mode of ['preview', 'commit']) {
      const closedImport = await upload(candidateId, mode, sheet);
      expect(closedImport.status).toBe(409);
      expect(closedImport.body.message).toBe('The evaluation is cancelled; its vendor claims can no longer change.');
    }
    expect(await claimsOf(evaluationId, candidateId)).toEqual([
      expect.objectContaining({ claim: 'CONFIGURATION', version: 2 }),
    ]);
  });
});
