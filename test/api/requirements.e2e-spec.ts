import { createDepartment, createEvaluation, createPerson, GQL, gqlData, shortlistProducts } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

describe('requirements and training needs', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  const departments: Record<string, string> = {};
  const people: Record<string, { id: string; token: string }> = {};

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  const CREATE = GQL.createRequirement;
  type Created = {
    createRequirement: { id: string; code: string; status: string; version: number; departmentId: string };
  };
  const create = (input: Record<string, unknown>, token: string, evaluation = evaluationId) =>
    server.gql<Created>(CREATE, { input: { evaluationId: evaluation, priority: 'MUST', ...input } }, { token });

  /** An evaluation of its own, with the department heads and the viewer, holding these requirements. */
  async function evaluationWith(title: string, requirements: [string, string, boolean?][]): Promise<string> {
    const id = await createEvaluation(server, admin, title, [
      [people['carmen'].id, 'DEPARTMENT_HEAD'],
      [people['kofi'].id, 'DEPARTMENT_HEAD'],
      [people['victor'].id, 'VIEWER'],
    ]);
    for (const [department, title, mandatory] of requirements) {
      const created = await create({ title, departmentId: departments[department], mandatory: !!mandatory }, admin, id);
      if (created.errors) throw new Error(JSON.stringify(created.errors));
    }
    return id;
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    for (const [code, name] of [
      ['CIRC', 'Circulation'],
      ['CAT', 'Cataloguing'],
    ]) {
      departments[code] = await createDepartment(server, admin, code, name);
    }
    for (const [key, displayName, department] of [
      ['carmen', 'Carmen Circulation', 'CIRC'],
      ['kofi', 'Kofi Cataloguing', 'CAT'],
      ['victor', 'Victor Viewer', 'CAT'],
    ]) {
      people[key] = await createPerson(server, admin, { key, displayName, departmentId: departments[department] });
    }
    evaluationId = await createEvaluation(server, admin, 'ILS replacement', [
      [people['carmen'].id, 'DEPARTMENT_HEAD'],
      [people['kofi'].id, 'DEPARTMENT_HEAD'],
      [people['victor'].id, 'VIEWER'],
    ]);
  });
  afterAll(() => server?.stop());

  it('generates codes from the department prefix and refuses a code used twice', async () => {
    const first = await create(
      { title: 'Any-item-any-patron holds', departmentId: departments['CIRC'], mandatory: true },
      people['carmen'].token,
    );
    expect(first.data?.createRequirement).toMatchObject({ code: 'CIRC-001', status: 'PROPOSED' });
    const second = await create(
      { title: 'In-transit tracking between branches', departmentId: departments['CIRC'] },
      people['carmen'].token,
    );
    expect(second.data?.createRequirement.code).toBe('CIRC-002');
    const own = await create(
      { code: 'circ-010', title: 'SIP2 self-check', departmentId: departments['CIRC'] },
      people['carmen'].token,
    );
    expect(own.data?.createRequirement.code).toBe('CIRC-010');
    expect(
      (await create({ title: 'NCIP for ILL', departmentId: departments['CIRC'] }, people['carmen'].token)).data
        ?.createRequirement.code,
    ).toBe('CIRC-011');
    const clash = await create({ code: 'CIRC-001', title: 'Duplicate', departmentId: departments['CIRC'] }, admin);
    expect(codeOf(clash)).toBe('CONFLICT');
  });

  it('keeps department heads to their own department and away from decisions; viewers write nothing', async () => {
    const theirs = await create(
      { title: 'Z39.50 copy cataloguing', departmentId: departments['CAT'] },
      people['kofi'].token,
    );
    expect(theirs.errors).toBeUndefined();
    const requirement = theirs.data!.createRequirement;

    const intoOther = await create({ title: 'Sneaky', departmentId: departments['CAT'] }, people['carmen'].token);
    expect(codeOf(intoOther)).toBe('FORBIDDEN');
    expect(intoOther.errors?.[0].message).toContain('their own department');
    const editOther = await server.gql(
      GQL.updateRequirement,
      { input: { id: requirement.id, version: requirement.version, priority: 'WONT' } },
      { token: people['carmen'].token },
    );
    expect(codeOf(editOther)).toBe('FORBIDDEN');

    const decide = GQL.decideRequirements;
    for (const key of ['kofi', 'carmen', 'victor']) {
      const approve = await server.gql(
        decide,
        { input: { requirements: [{ id: requirement.id, version: requirement.version }], decision: 'APPROVE' } },
        { token: people[key].token },
      );
      expect(codeOf(approve)).toBe('FORBIDDEN');
    }
    expect(
      codeOf(await create({ title: 'Viewer wish', departmentId: departments['CAT'] }, people['victor'].token)),
    ).toBe('FORBIDDEN');

    const stored = await ok<{ requirement: { priority: string; status: string } }>(
      GQL.requirementPriorityAndStatus,
      { id: requirement.id },
      people['victor'].token,
    );
    expect(stored.requirement).toEqual({ priority: 'MUST', status: 'PROPOSED' });
  });

  it('lets the lead decide in bulk, all or nothing, and keeps every change as history', async () => {
    const evaluationId = await evaluationWith('Bulk decisions', [
      ['CIRC', 'Any-item-any-patron holds'],
      ['CIRC', 'In-transit tracking between branches'],
      ['CIRC', 'SIP2 self-check'],
      ['CAT', 'Z39.50 copy cataloguing'],
      ['CAT', 'RDA templates'],
    ]);
    const list = await ok<{ requirements: { total: number; items: { id: string; code: string; version: number }[] } }>(
      GQL.requirements,
      { id: evaluationId, filter: { statuses: ['PROPOSED'] } },
    );
    expect(list.requirements.total).toBeGreaterThanOrEqual(5);
    const refs = list.requirements.items.map((r) => ({ id: r.id, version: r.version }));

    // One stale version among them: nothing is saved.
    await ok(GQL.updateRequirement, {
      input: { id: refs[0].id, version: refs[0].version, rationale: 'Members share collections' },
    });
    const stale = await server.gql(
      GQL.decideRequirements,
      { input: { requirements: refs, decision: 'APPROVE' } },
      { token: admin },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('Nothing was saved');
    const still = await ok<{ requirements: { total: number } }>(GQL.requirements, {
      id: evaluationId,
      filter: { statuses: ['APPROVED'] },
    });
    expect(still.requirements.total).toBe(0);

    const rejectWithoutReason = await server.gql(
      GQL.decideRequirements,
      { input: { requirements: refs.slice(1, 2), decision: 'REJECT' } },
      { token: admin },
    );
    expect(codeOf(rejectWithoutReason)).toBe('BAD_USER_INPUT');

    const fresh = await ok<{ requirements: { items: { id: string; version: number }[] } }>(GQL.requirements, {
      id: evaluationId,
      filter: { statuses: ['PROPOSED'] },
    });
    const approved = await ok<{ decideRequirements: { status: string }[] }>(GQL.decideRequirements, {
      input: {
        requirements: fresh.requirements.items.map((r) => ({ id: r.id, version: r.version })),
        decision: 'APPROVE',
        comment: 'Agreed at the kick-off',
      },
    });
    expect(approved.decideRequirements.every((r) => r.status === 'APPROVED')).toBe(true);

    const history = await ok<{
      requirement: {
        code: string;
        history: {
          action: string;
          actorName: string;
          changes: { field: string; before: string | null; after: string | null }[];
        }[];
      };
    }>(GQL.requirementHistory, { id: refs[0].id }, people['victor'].token);
    expect(history.requirement.history.map((h) => h.action)).toEqual(['decided', 'updated', 'created']);
    expect(history.requirement.history[0].changes).toEqual([
      { field: 'decisionComment', before: null, after: '"Agreed at the kick-off"' },
      { field: 'status', before: '"proposed"', after: '"approved"' },
    ]);
    expect(history.requirement.history[1]).toMatchObject({
      actorName: 'Administrator',
      changes: [{ field: 'rationale', before: '""', after: '"Members share collections"' }],
    });

    // An approved requirement is the lead's now.
    const lockedForHead = await server.gql(
      GQL.updateRequirement,
      { input: { id: refs[0].id, version: 3, title: 'Changed' } },
      { token: people['carmen'].token },
    );
    expect(codeOf(lockedForHead)).toBe('FORBIDDEN');
  });

  it('counts requirements by department, priority and status, and filters the list', async () => {
    const evaluationId = await evaluationWith('Counted', [
      ['CIRC', 'Any-item-any-patron holds', true],
      ['CIRC', 'In-transit tracking between branches'],
      ['CIRC', 'SIP2 self-check'],
      ['CIRC', 'NCIP for ILL'],
      ['CAT', 'Z39.50 copy cataloguing'],
    ]);
    const counts = await ok<{
      evaluation: { requirementCounts: { departmentId: string; priority: string; status: string; count: number }[] };
    }>(GQL.evaluationRequirementCounts, {
      id: evaluationId,
    });
    const circ = counts.evaluation.requirementCounts
      .filter((c) => c.departmentId === departments['CIRC'])
      .reduce((sum, c) => sum + c.count, 0);
    expect(circ).toBe(4);
    const mandatory = await ok<{ requirements: { items: { code: string }[] } }>(GQL.requirements, {
      id: evaluationId,
      filter: { mandatory: true },
    });
    expect(mandatory.requirements.items.map((r) => r.code)).toEqual(['CIRC-001']);
    const search = await ok<{ requirements: { items: { code: string }[] } }>(GQL.requirements, {
      id: evaluationId,
      filter: { search: 'transit' },
    });
    expect(search.requirements.items.map((r) => r.code)).toEqual(['CIRC-002']);
  });

  it('records training needs per department and candidate and sums them per candidate', async () => {
    const [candidate] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'Equinox',
      products: [['Evergreen', '3.15']],
      licence: 'OPEN_SOURCE',
    });
    const save = (input: Record<string, unknown>, token: string) =>
      server.gql(GQL.saveTrainingNeed, { id: evaluationId, input: { candidateId: candidate, ...input } }, { token });
    expect(
      (
        await save(
          { departmentId: departments['CIRC'], topic: 'Circulation desk workflows', people: 40, hoursPerPerson: 6 },
          people['carmen'].token,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await save(
          { departmentId: departments['CAT'], topic: 'MARC editor', people: 12, hoursPerPerson: 10.5 },
          people['kofi'].token,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      codeOf(
        await save(
          { departmentId: departments['CAT'], topic: 'Not mine', people: 1, hoursPerPerson: 1 },
          people['carmen'].token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await save({ departmentId: departments['CAT'], topic: 'Negative', people: -1, hoursPerPerson: 1 }, admin)),
    ).toBe('BAD_USER_INPUT');
    const summary = await ok<{
      evaluation: { trainingSummary: { candidateId: string; needs: number; people: number; totalHours: number }[] };
    }>(GQL.evaluationTrainingSummary, {
      id: evaluationId,
    });
    expect(summary.evaluation.trainingSummary).toEqual([
      { candidateId: candidate, needs: 2, people: 52, totalHours: 366 },
    ]);
  });
  it('names how each requirement will be verified: test unless given, changed at the version seen, filtered on', async () => {
    const id = await createEvaluation(server, admin, 'Verification methods', [
      [people['carmen'].id, 'DEPARTMENT_HEAD'],
    ]);
    type Row = { id: string; code: string; version: number; verificationMethod: string };
    const add = (input: Record<string, unknown>, token = admin) =>
      server.gql<{ createRequirement: Row }>(
        GQL.createRequirement,
        { input: { evaluationId: id, priority: 'SHOULD', departmentId: departments['CIRC'], ...input } },
        { token },
      );
    const update = (input: Record<string, unknown>, token = admin) =>
      server.gql<{ updateRequirement: Row }>(GQL.updateRequirement, { input }, { token });

    const plain = (await add({ title: 'Renewals by text message' })).data!.createRequirement;
    expect(plain.verificationMethod).toBe('TEST');
    const shown = (
      await add({ title: 'Floating collections', verificationMethod: 'DEMONSTRATION' }, people['carmen'].token)
    ).data!.createRequirement;
    expect(shown.verificationMethod).toBe('DEMONSTRATION');
    const read = (await add({ title: 'Privacy policy', verificationMethod: 'INSPECTION' })).data!.createRequirement;
    expect(read.verificationMethod).toBe('INSPECTION');
    expect(codeOf(await add({ title: 'Guessed', verificationMethod: 'GUESSWORK' }))).toBe('BAD_USER_INPUT');

    const changed = await update({ id: plain.id, version: plain.version, verificationMethod: 'VENDOR_STATEMENT' });
    expect(changed.data?.updateRequirement).toMatchObject({
      verificationMethod: 'VENDOR_STATEMENT',
      version: plain.version + 1,
    });
    // Someone who saw the old version cannot overwrite the change.
    const stale = await update({ id: plain.id, version: plain.version, verificationMethod: 'REFERENCE_CHECK' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('Administrator');
    // Leaving the method out leaves it as it is.
    const retitled = await update({ id: plain.id, version: plain.version + 1, title: 'Renewals by SMS' });
    expect(retitled.data?.updateRequirement.verificationMethod).toBe('VENDOR_STATEMENT');

    const history = await ok<{
      requirement: {
        history: { action: string; changes: { field: string; before: string | null; after: string | null }[] }[];
      };
    }>(GQL.requirementHistory, { id: plain.id });
    expect(history.requirement.history.map((h) => h.action)).toEqual(['updated', 'updated', 'created']);
    expect(history.requirement.history[1].changes).toEqual([
      { field: 'verificationMethod', before: '"test"', after: '"vendor_statement"' },
    ]);
    expect(history.requirement.history[2].changes).toContainEqual({
      field: 'verificationMethod',
      before: null,
      after: '"test"',
    });

    const filtered = async (methods: string[]) =>
      (
        await ok<{ requirements: { total: number; items: { code: string }[] } }>(GQL.requirements, {
          id,
          filter: { verificationMethods: methods },
        })
      ).requirements.items.map((r) => r.code);
    expect(await filtered(['VENDOR_STATEMENT', 'DEMONSTRATION'])).toEqual([plain.code, shown.code].sort());
    expect(await filtered(['INSPECTION'])).toEqual([read.code]);
    expect(await filtered(['TEST'])).toEqual([]);
    expect(await filtered([])).toHaveLength(3);
  });
});
