import {
  createDepartment,
  createEvaluation,
  createPerson,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  Person,
  saveCriterion,
  shortlistProducts,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface Req {
  id: string;
  code: string;
  version: number;
  testCases: { id: string }[];
  origins: Record<string, unknown>[];
}
interface Merge {
  id: string;
  survivorCode: string;
  mergedCodes: string[];
  undoneAt: string | null;
  movedLinks: number;
  droppedLinks: number;
  version: number;
}

describe('merging duplicate requirements', () => {
  let server: RunningServer;
  let admin: string;
  let circ: string;
  let cat: string;
  const people: Record<'lia' | 'dana' | 'ada' | 'out', Person> = {} as never;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    circ = await createDepartment(server, admin, 'CIRC', 'Circulation');
    cat = await createDepartment(server, admin, 'CAT', 'Cataloguing');
    const names = { lia: 'Lia Lead', dana: 'Dana Head', ada: 'Ada Evaluator', out: 'Otto Outsider' };
    for (const [key, displayName] of Object.entries(names))
      people[key as keyof typeof people] = await createPerson(server, admin, {
        key,
        displayName,
        departmentId: key === 'dana' ? cat : circ,
      });
  });
  afterAll(() => server?.stop());

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);
  const read = async (id: string, token = people.lia.token) =>
    (await ok<{ requirement: Req }>(GQL.requirement, { id }, token)).requirement;

  /** An evaluation Lia leads with Dana (Cataloguing) as department head, one candidate and three requirements. */
  async function evaluation(title: string) {
    const evaluationId = await createEvaluation(server, admin, title, [
      [people.lia.id, 'LEAD'],
      [people.dana.id, 'DEPARTMENT_HEAD'],
      [people.ada.id, 'EVALUATOR'],
    ]);
    const [candidateId] = await shortlistProducts(server, admin, evaluationId, {
      vendor: `${title} Systems`,
      products: [[`${title} ILS`, '1.0']],
    });
    const create = async (input: Record<string, unknown>, token: string) =>
      (
        await ok<{ createRequirement: { id: string; code: string; version: number } }>(
          GQL.createRequirement,
          { input: { evaluationId, priority: 'MUST', ...input } },
          token,
        )
      ).createRequirement;
    const holds = await create(
      { departmentId: circ, title: 'Patrons place holds on items', description: 'From the catalogue.' },
      people.lia.token,
    );
    const holdsAgain = await create(
      {
        departmentId: cat,
        title: 'Patrons can place holds on items',
        description: 'In the public catalogue.',
        verificationMethod: 'DEMONSTRATION',
      },
      people.dana.token,
    );
    const reports = await create({ departmentId: circ, title: 'Export loan statistics to a spreadsheet' }, admin);
    const approved = await ok<{ decideRequirements: { id: string; version: number }[] }>(GQL.decideRequirements, {
      input: {
        requirements: [holds, holdsAgain].map(({ id, version }) => ({ id, version })),
        decision: 'APPROVE',
      },
    });
    const version = (id: string) => approved.decideRequirements.find((r) => r.id === id)!.version;
    return {
      evaluationId,
      candidateId,
      holds: { ...holds, version: version(holds.id) },
      holdsAgain: { ...holdsAgain, version: version(holdsAgain.id) },
      reports,
    };
  }

  /** Links of every kind on both requirements: a criterion linked to both, one to the duplicate only, a test case, vendor claims on both, a verification and a waiver. */
  async function link(e: Awaited<ReturnType<typeof evaluation>>) {
    const rubric = await draftRubric(server, admin, e.evaluationId);
    const [category] = await saveCriterion(server, admin, { rubricVersionId: rubric.id, title: 'Circulation' });
    await saveCriterion(server, admin, {
      rubricVersionId: rubric.id,
      parentId: category.id,
      title: 'Holds',
      requirementIds: [e.holds.id, e.holdsAgain.id],
    });
    await saveCriterion(server, admin, {
      rubricVersionId: rubric.id,
      parentId: category.id,
      title: 'Public catalogue',
      requirementIds: [e.holdsAgain.id],
    });
    const planId = (
      await ok<{ createTestPlan: { id: string } }>(GQL.createTestPlan, {
        input: { evaluationId: e.evaluationId, name: 'Acceptance' },
      })
    ).createTestPlan.id;
    await ok(GQL.createTestCase, { input: { planId, title: 'Place a hold', requirementIds: [e.holdsAgain.id] } });
    const claim = (requirementId: string, value: string) =>
      ok(GQL.setVendorClaim, {
        input: { candidateId: e.candidateId, requirementId, claim: value, comment: value },
      });
    await claim(e.holds.id, 'OUT_OF_THE_BOX');
    await claim(e.holdsAgain.id, 'CONFIGURATION');
    await ok(GQL.recordVerification, {
      input: {
        candidateId: e.candidateId,
        requirementId: e.holdsAgain.id,
        outcome: 'REJECTED',
        note: 'Not shown in the demo',
      },
    });
    await ok(GQL.proposeWaiver, {
      input: { candidateId: e.candidateId, requirementId: e.holdsAgain.id, rationale: 'Next release' },
    });
  }

  /** Every link of the evaluation's requirements; a criterion's requirement ids are a set (their order is the table's). */
  const linksOf = async (evaluationId: string) => {
    const data = await ok<{ evaluation: { rubric: { criteria: { requirementIds: string[] }[] } } }>(
      GQL.evaluationRequirementLinks,
      {
        id: evaluationId,
      },
    );
    for (const criterion of data.evaluation.rubric.criteria) criterion.requirementIds.sort();
    return data;
  };
  const merge = (e: Awaited<ReturnType<typeof evaluation>>, token = people.lia.token) =>
    server.gql<{ mergeRequirements: Merge }>(
      GQL.mergeRequirements,
      {
        input: {
          evaluationId: e.evaluationId,
          survivor: { id: e.holds.id, version: e.holds.version },
          merged: [{ id: e.holdsAgain.id, version: e.holdsAgain.version }],
        },
      },
      { token },
    );

  it('suggests the two requirements that say the same thing, and not the unrelated one', async () => {
    const e = await evaluation('Suggest');
    const { requirementDuplicates } = await ok<{
      requirementDuplicates: { similarity: number; first: { id: string }; second: { id: string } }[];
    }>(GQL.requirementDuplicates, { id: e.evaluationId }, people.lia.token);
    expect(requirementDuplicates).toHaveLength(1);
    expect(new Set([requirementDuplicates[0].first.id, requirementDuplicates[0].second.id])).toEqual(
      new Set([e.holds.id, e.holdsAgain.id]),
    );
    expect(requirementDuplicates[0].similarity).toBeGreaterThan(0.35);
  });

  it('keeps every origin and moves every link to the survivor; undoing restores both requirements exactly', async () => {
    const e = await evaluation('Merge');
    await link(e);
    const before = {
      holds: await read(e.holds.id),
      holdsAgain: await read(e.holdsAgain.id),
      links: await linksOf(e.evaluationId),
    };

    const merged = await merge(e);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeRequirements).toMatchObject({
      survivorCode: 'CIRC-001',
      mergedCodes: ['CAT-001'],
      mergedByName: 'Lia Lead',
      undoneAt: null,
      // moved: the "Public catalogue" criterion link, the test case, the verification, the waiver;
      // dropped (the survivor's own wins): the "Holds" criterion link and the vendor claim.
      movedLinks: 4,
      droppedLinks: 2,
    });
    expect(codeOf(await server.gql(GQL.requirement, { id: e.holdsAgain.id }, { token: people.lia.token }))).toBe(
      'NOT_FOUND',
    );

    const survivor = await read(e.holds.id);
    expect(survivor.origins).toEqual([
      {
        originalRequirementId: e.holdsAgain.id,
        code: 'CAT-001',
        title: 'Patrons can place holds on items',
        description: 'In the public catalogue.',
        departmentId: cat,
        proposedByName: 'Dana Head',
      },
    ]);
    expect(survivor.testCases).toHaveLength(1);
    const after = (await linksOf(e.evaluationId)).evaluation as {
      rubric: { criteria: { title: string; requirementIds: string[] }[] };
      candidates: {
        vendorClaims: { requirementCode: string; claim: string }[];
        waivers: { requirementId: string }[];
        verifications: { requirementId: string }[];
      }[];
    };
    const criteria = Object.fromEntries(after.rubric.criteria.map((c) => [c.title, c.requirementIds]));
    expect(criteria['Holds']).toEqual([e.holds.id]);
    expect(criteria['Public catalogue']).toEqual([e.holds.id]);
    expect(after.candidates[0].vendorClaims).toEqual([
      expect.objectContaining({ requirementCode: 'CIRC-001', claim: 'OUT_OF_THE_BOX' }),
    ]);
    expect(after.candidates[0].waivers.map((w) => w.requirementId)).toEqual([e.holds.id]);
    expect(after.candidates[0].verifications.map((v) => v.requirementId)).toEqual([e.holds.id]);

    const { requirementMerges } = await ok<{ requirementMerges: Merge[] }>(
      GQL.requirementMerges,
      { id: e.evaluationId },
      people.dana.token,
    );
    expect(requirementMerges.map((m) => m.id)).toEqual([merged.data!.mergeRequirements.id]);

    const undone = await server.gql<{ undoRequirementMerge: Merge }>(
      GQL.undoRequirementMerge,
      { id: merged.data!.mergeRequirements.id, version: merged.data!.mergeRequirements.version },
      { token: people.lia.token },
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoRequirementMerge.undoneAt).not.toBeNull();
    expect(await read(e.holds.id)).toEqual(before.holds);
    expect(await read(e.holdsAgain.id)).toEqual(before.holdsAgain);
    expect(await linksOf(e.evaluationId)).toEqual(before.links);

    const again = await server.gql(
      GQL.undoRequirementMerge,
      { id: undone.data!.undoRequirementMerge.id, version: undone.data!.undoRequirementMerge.version },
      { token: people.lia.token },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('lets only the lead or an administrator merge and undo; outsiders are told it does not exist', async () => {
    const e = await evaluation('Roles');
    const refused = await merge(e, people.dana.token);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(codeOf(await merge(e, people.ada.token))).toBe('FORBIDDEN');
    expect(codeOf(await merge(e, people.out.token))).toBe('NOT_FOUND');
    expect(
      codeOf(await server.gql(GQL.requirementDuplicates, { id: e.evaluationId }, { token: people.out.token })),
    ).toBe('NOT_FOUND');
    const done = await merge(e, admin);
    expect(done.errors).toBeUndefined();
    const { id, version } = done.data!.mergeRequirements;
    for (const token of [people.dana.token, people.ada.token])
      expect(codeOf(await server.gql(GQL.undoRequirementMerge, { id, version }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(GQL.undoRequirementMerge, { id, version }, { token: people.out.token }))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await server.gql(GQL.undoRequirementMerge, { id, version }, { token: people.lia.token })).errors,
    ).toBeUndefined();
  });

  it('refuses a stale version, and refuses to merge or undo once scoring has opened', async () => {
    const e = await evaluation('Scoring');
    const stale = await server.gql(
      GQL.mergeRequirements,
      {
        input: {
          evaluationId: e.evaluationId,
          survivor: { id: e.holds.id, version: e.holds.version - 1 },
          merged: [{ id: e.holdsAgain.id, version: e.holdsAgain.version }],
        },
      },
      { token: people.lia.token },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const done = await merge(e);
    expect(done.errors).toBeUndefined();
    await ok(GQL.decideRequirements, {
      input: { requirements: [{ id: e.reports.id, version: e.reports.version }], decision: 'APPROVE' },
    });
    await moveToScoring(server, admin, e.evaluationId);
    const { id, version } = done.data!.mergeRequirements;
    const undo = await server.gql(GQL.undoRequirementMerge, { id, version }, { token: people.lia.token });
    expect(codeOf(undo)).toBe('CONFLICT');
    expect(undo.errors![0].message).toMatch(/Scoring has opened/);
    const reports = await read(e.reports.id);
    const survivor = await read(e.holds.id);
    const late = await server.gql(
      GQL.mergeRequirements,
      {
        input: {
          evaluationId: e.evaluationId,
          survivor: { id: survivor.id, version: survivor.version },
          merged: [{ id: reports.id, version: reports.version }],
        },
      },
      { token: people.lia.token },
    );
    expect(codeOf(late)).toBe('CONFLICT');
  });
});
