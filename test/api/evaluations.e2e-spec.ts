import { createEvaluation, createPerson, createProducts, GQL, gqlData, TEMPORARY_PASSWORD } from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

type Fields = { field: string; problems: string[] }[];

describe('evaluations, members and candidates', () => {
  let server: RunningServer;
  let admin: string;
  const people: Record<string, { id: string; token: string }> = {};
  const versions: string[] = [];

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  type EvaluationView = {
    evaluation: {
      status: string;
      version: number;
      myRoles: string[];
      statusCheck: { next: string | null; problems: string[] };
      members: { displayName: string; roles: string[] }[];
      candidates: {
        id: string;
        productName: string;
        versionName: string;
        vendorName: string;
        state: string;
        eliminatedReason: string | null;
        version: number;
      }[];
    };
  };
  const view = (id: string, token = admin) => ok<EvaluationView>(GQL.evaluation, { id }, token);
  const move = (id: string, version: number, to: string, token = admin, reason?: string) =>
    server.gql<{ moveEvaluation: { status: string; version: number } }>(
      GQL.moveEvaluation,
      { input: { id, version, to, reason } },
      { token },
    );
  const addMember = (evaluationId: string, userId: string, role: string, token = admin) =>
    server.gql(GQL.addEvaluationMember, { input: { evaluationId, userId, role } }, { token });

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    for (const [key, displayName] of [
      ['lena', 'Lena Lead'],
      ['carmen', 'Carmen Circulation'],
      ['eva', 'Eva Evaluator'],
      ['victor', 'Victor Viewer'],
      ['olga', 'Olga Outsider'],
    ]) {
      people[key] = await createPerson(server, admin, { key, displayName });
    }
    versions.push(
      ...(await createProducts(server, admin, {
        vendor: 'ByWater Solutions',
        products: [
          ['Koha', '24.11'],
          ['Evergreen', '24.11'],
        ],
        licence: 'OPEN_SOURCE',
      })),
    );
  });
  afterAll(() => server?.stop());

  it('lets only administrators and leads start an evaluation; the creator becomes its lead', async () => {
    const refused = await server.gql(
      GQL.createEvaluation,
      { input: { title: 'Shadow project' } },
      { token: people['olga'].token },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');

    const created = await ok<{ createEvaluation: { id: string; status: string } }>(GQL.createEvaluation, {
      input: {
        title: 'ILS replacement',
        purpose: 'Replace the ILS by 2028',
        budget: '250000',
        currency: 'USD',
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
      },
    });
    expect(created.createEvaluation.status).toBe('DRAFT');
    const evaluation = await view(created.createEvaluation.id);
    expect(evaluation.evaluation.members).toEqual([{ displayName: 'Administrator', roles: ['LEAD'] }]);

    const badDates = await server.gql(
      GQL.createEvaluation,
      { input: { title: 'Backwards', startsOn: '2027-12-31', endsOn: '2027-01-01' } },
      { token: admin },
    );
    expect(codeOf(badDates)).toBe('BAD_USER_INPUT');
    expect((badDates.errors?.[0].extensions?.['fields'] as Fields)[0].field).toBe('endsOn');
  });

  it('walks the status path, saying what is missing at each step', async () => {
    const id = await createEvaluation(server, admin, 'Walk the path');
    let current = await view(id);
    expect(current.evaluation.statusCheck).toEqual({
      next: 'REQUIREMENTS',
      problems: ['Invite at least one department head to record requirements.'],
    });

    const early = await move(id, current.evaluation.version, 'REQUIREMENTS');
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0].message).toContain('Invite at least one department head');
    const skip = await move(id, current.evaluation.version, 'SCORING');
    expect(codeOf(skip)).toBe('BAD_USER_INPUT');
    expect(skip.errors?.[0].message).toContain('can only move to requirements');

    await ok(GQL.addEvaluationMember, {
      input: { evaluationId: id, userId: people['carmen'].id, role: 'DEPARTMENT_HEAD' },
    });
    const moved = await move(id, current.evaluation.version, 'REQUIREMENTS');
    expect(moved.data?.moveEvaluation.status).toBe('REQUIREMENTS');

    current = await view(id);
    expect(current.evaluation.statusCheck.next).toBe('SCORING');
    expect(current.evaluation.statusCheck.problems).toEqual([
      'Approve at least one requirement.',
      'Shortlist at least one candidate.',
      'Invite at least one evaluator.',
    ]);

    const cancelWithoutReason = await move(id, current.evaluation.version, 'CANCELLED');
    expect(codeOf(cancelWithoutReason)).toBe('BAD_USER_INPUT');
    const cancelled = await move(
      id,
      current.evaluation.version,
      'CANCELLED',
      admin,
      'Merged into the consortium-wide project',
    );
    expect(cancelled.data?.moveEvaluation.status).toBe('CANCELLED');
    const afterCancel = await addMember(id, people['eva'].id, 'EVALUATOR');
    expect(codeOf(afterCancel)).toBe('CONFLICT');
  });

  it('holds roles per evaluation: members see it, outsiders do not, only leads change it', async () => {
    const id = await createEvaluation(server, admin, 'Roles', [[people['lena'].id, 'LEAD']]);
    for (const [key, role] of [
      ['victor', 'VIEWER'],
      ['eva', 'EVALUATOR'],
      ['carmen', 'DEPARTMENT_HEAD'],
      ['carmen', 'EVALUATOR'],
    ]) {
      expect((await addMember(id, people[key].id, role, people['lena'].token)).errors).toBeUndefined();
    }
    const asViewer = await view(id, people['victor'].token);
    expect(asViewer.evaluation.myRoles).toEqual(['VIEWER']);
    expect(asViewer.evaluation.members.find((m) => m.displayName === 'Carmen Circulation')?.roles).toEqual([
      'DEPARTMENT_HEAD',
      'EVALUATOR',
    ]);

    // To an outsider the evaluation does not exist: the same answer as for an id nobody uses.
    const outsider = await server.gql(GQL.evaluation, { id }, { token: people['olga'].token });
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    const list = await ok<{ evaluations: { items: { id: string }[] } }>(GQL.evaluations, {}, people['olga'].token);
    expect(list.evaluations.items).toEqual([]);
    const viewerList = await ok<{ evaluations: { items: { id: string }[] } }>(
      GQL.evaluations,
      {},
      people['victor'].token,
    );
    expect(viewerList.evaluations.items.map((e) => e.id)).toEqual([id]);

    for (const token of [people['victor'].token, people['eva'].token, people['carmen'].token]) {
      expect(codeOf(await addMember(id, people['olga'].id, 'VIEWER', token))).toBe('FORBIDDEN');
      expect(
        codeOf(await server.gql(GQL.updateEvaluation, { input: { id, version: 1, title: 'Renamed' } }, { token })),
      ).toBe('FORBIDDEN');
    }

    // A lead of an evaluation may edit the vendor catalogue; an evaluator may not.
    expect(
      (await ok<{ canEditCatalogue: boolean }>(GQL.canEditCatalogue, {}, people['lena'].token)).canEditCatalogue,
    ).toBe(true);
    expect(
      (await ok<{ canEditCatalogue: boolean }>(GQL.canEditCatalogue, {}, people['eva'].token)).canEditCatalogue,
    ).toBe(false);

    // The last lead cannot be removed.
    await ok(GQL.removeEvaluationMember, {
      input: { evaluationId: id, userId: (await ok<{ me: { id: string } }>(GQL.me)).me.id, role: 'LEAD' },
    });
    const lastLead = await server.gql(
      GQL.removeEvaluationMember,
      { input: { evaluationId: id, userId: people['lena'].id, role: 'LEAD' } },
      { token: people['lena'].token },
    );
    expect(codeOf(lastLead)).toBe('BAD_USER_INPUT');
    expect(lastLead.errors?.[0].message).toContain('needs a lead');
  });

  it('lets a lead who is not an administrator find active people to add, and nobody else', async () => {
    const id = await createEvaluation(server, admin, 'People search', [
      [people['lena'].id, 'LEAD'],
      [people['eva'].id, 'EVALUATOR'],
    ]);
    const search = (text: string, token: string) =>
      server.gql<{ peopleToAdd: { id: string; displayName: string; email: string; roles: string[] }[] }>(
        GQL.peopleToAdd,
        { id, search: text },
        { token },
      );

    const found = await search('EVA', people['lena'].token);
    expect(found.errors).toBeUndefined();
    expect(found.data?.peopleToAdd).toEqual([
      { id: people['eva'].id, displayName: 'Eva Evaluator', email: 'eva@e2e.test', roles: ['EVALUATOR'] },
    ]);
    const byMail = await search('olga@e2e', people['lena'].token);
    expect(byMail.data?.peopleToAdd.map((p) => p.displayName)).toEqual(['Olga Outsider']);
    // LIKE wildcards are taken literally.
    expect((await search('%_%', people['lena'].token)).data?.peopleToAdd).toEqual([]);
    expect(codeOf(await search('o', people['lena'].token))).toBe('BAD_USER_INPUT');

    // The lead adds the person found; an evaluator of the same evaluation and an outsider may not search.
    expect((await addMember(id, people['olga'].id, 'VIEWER', people['lena'].token)).errors).toBeUndefined();
    expect(codeOf(await search('Lena', people['eva'].token))).toBe('FORBIDDEN');
    // Victor is not in this evaluation: to him it does not exist.
    expect(codeOf(await search('Lena', people['victor'].token))).toBe('NOT_FOUND');

    // A deactivated account is not offered.
    const gone = await ok<{ createUser: { id: string } }>(GQL.createUser, {
      input: { email: 'gone@e2e.test', displayName: 'Gone Person', temporaryPassword: TEMPORARY_PASSWORD },
    });
    const before = await search('Gone Person', people['lena'].token);
    expect(before.data?.peopleToAdd).toHaveLength(1);
    const user = await ok<{ user: { version: number } }>(GQL.user, { id: gone.createUser.id });
    await ok(GQL.updateUser, {
      input: { id: gone.createUser.id, version: user.user.version, active: false },
    });
    expect((await search('Gone Person', people['lena'].token)).data?.peopleToAdd).toEqual([]);
  });

  it('shortlists candidates from the catalogue; eliminating needs a reason, is reversible, and the reason stays', async () => {
    const id = await createEvaluation(server, admin, 'Candidates');
    const shortlist = (productVersionId: string) =>
      server.gql<{ shortlistCandidate: { id: string; version: number } }>(
        GQL.shortlistCandidate,
        { input: { evaluationId: id, productVersionId } },
        { token: admin },
      );
    const koha = (await shortlist(versions[0])).data!.shortlistCandidate;
    expect((await shortlist(versions[1])).errors).toBeUndefined();
    expect(codeOf(await shortlist(versions[0]))).toBe('CONFLICT');

    const setState = (input: Record<string, unknown>) =>
      server.gql<{ setCandidateState: { state: string; eliminatedReason: string | null; version: number } }>(
        GQL.setCandidateState,
        { input },
        { token: admin },
      );
    expect(codeOf(await setState({ id: koha.id, version: koha.version, state: 'ELIMINATED' }))).toBe('BAD_USER_INPUT');
    const eliminated = await setState({
      id: koha.id,
      version: koha.version,
      state: 'ELIMINATED',
      reason: 'No consortium holds routing',
    });
    expect(eliminated.data?.setCandidateState).toMatchObject({
      state: 'ELIMINATED',
      eliminatedReason: 'No consortium holds routing',
    });
    const reinstated = await setState({
      id: koha.id,
      version: eliminated.data!.setCandidateState.version,
      state: 'SHORTLISTED',
    });
    expect(reinstated.data?.setCandidateState).toMatchObject({
      state: 'SHORTLISTED',
      eliminatedReason: 'No consortium holds routing',
    });
    const stale = await setState({ id: koha.id, version: koha.version, state: 'ELIMINATED', reason: 'again' });
    expect(codeOf(stale)).toBe('CONFLICT');

    const candidates = (await view(id)).evaluation.candidates;
    expect(candidates.map((c) => `${c.vendorName} ${c.productName} ${c.versionName} ${c.state}`)).toEqual([
      'ByWater Solutions Evergreen 24.11 SHORTLISTED',
      'ByWater Solutions Koha 24.11 SHORTLISTED',
    ]);
  });

  it('leaves the decision to the directors: a lead cannot mark a candidate recommended or selected by hand', async () => {
    const id = await createEvaluation(server, admin, 'Decision');
    const koha = (
      await ok<{ shortlistCandidate: { id: string; version: number } }>(GQL.shortlistCandidate, {
        input: { evaluationId: id, productVersionId: versions[0] },
      })
    ).shortlistCandidate;
    for (const state of ['RECOMMENDED', 'SELECTED']) {
      const refused = await server.gql(
        GQL.setCandidateState,
        { input: { id: koha.id, version: koha.version, state } },
        { token: admin },
      );
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toMatch(
        /through the recommendation \(submitted, then approved by the directors\); it cannot be set by hand/,
      );
    }
    expect((await view(id)).evaluation.candidates.map((c) => c.state)).toEqual(['SHORTLISTED']);
  });
});
