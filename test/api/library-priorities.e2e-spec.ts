import {
  createDepartment,
  createEvaluation,
  declareNoConflicts,
  draftRubric,
  firstSignIn,
  GQL,
  gqlData,
  moveToScoring,
  once,
  openScoringRound,
  OWN_PASSWORD,
  Person,
  revealScoringRound,
  saveCriterion,
  saveScore,
  shortlistProducts,
  TEMPORARY_PASSWORD,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface Row {
  code: string;
  priority: string;
  version: number;
  myMark: string | null;
  mustCount: number;
  shouldCount: number;
  couldCount: number;
  notNeededCount: number;
  derived: string | null;
  tied: boolean;
  marks: { memberLibraryId: string; priority: string }[];
  disagreements: { memberLibraryId: string; priority: string }[];
}
interface Priorities {
  rule: string;
  myLibrary: { code: string } | null;
  canMark: boolean;
  canManage: boolean;
  libraries: { code: string }[];
  requirements: Row[];
}

describe('member libraries’ priorities: each representative marks their own library, the lead derives the consortium’s', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  const libraries: Record<string, string> = {};
  const people: Record<string, Person> = {};
  const requirements: Record<string, string> = {};

  const gql = (person: string, query: string, variables: Record<string, unknown>) =>
    server.gql(query, variables, { token: person === 'admin' ? admin : people[person].token });
  const read = async (person: string) =>
    (
      await gqlData<{ libraryPriorities: Priorities }>(
        server,
        GQL.libraryPriorities,
        { evaluationId },
        people[person].token,
      )
    ).libraryPriorities;
  const mark = (person: string, library: string, marks: [string, string | null][]) =>
    gql(person, GQL.markLibraryPriorities, {
      input: {
        evaluationId,
        memberLibraryId: libraries[library],
        marks: marks.map(([code, priority]) => ({ requirementId: requirements[code], priority })),
      },
    });
  const row = (view: Priorities, code: string) => view.requirements.find((r) => r.code === code)!;
  const byCode = (marks: { memberLibraryId: string; priority: string }[]) =>
    marks.map((m) => `${Object.keys(libraries).find((code) => libraries[code] === m.memberLibraryId)}:${m.priority}`);

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    for (const [code, name] of [
      ['NORTH', 'North Branch'],
      ['SOUTH', 'South Branch'],
      ['EAST', 'East Branch'],
    ]) {
      libraries[code] = (
        await gqlData<{ createMemberLibrary: { id: string } }>(
          server,
          GQL.createMemberLibrary,
          { input: { code, name } },
          admin,
        )
      ).createMemberLibrary.id;
    }
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    for (const [key, displayName, library] of [
      ['lena', 'Lena Lead', undefined],
      ['nora', 'Nora North', 'NORTH'],
      ['sam', 'Sam South', 'SOUTH'],
      ['ed', 'Ed East', 'EAST'],
      ['vic', 'Vic Viewer', 'NORTH'],
      ['otto', 'Otto Outsider', 'NORTH'],
    ] as const) {
      const email = `${key}@e2e.test`;
      const created = await gqlData<{ createUser: { id: string } }>(
        server,
        GQL.createUser,
        {
          input: {
            email,
            displayName,
            temporaryPassword: TEMPORARY_PASSWORD,
            departmentId: department,
            memberLibraryId: library ? libraries[library] : undefined,
          },
        },
        admin,
      );
      people[key] = {
        id: created.createUser.id,
        token: await firstSignIn(server, email, TEMPORARY_PASSWORD, OWN_PASSWORD),
        email,
      };
    }
    evaluationId = await createEvaluation(server, admin, 'ILS for the consortium', [
      [people['lena'].id, 'LEAD'],
      [people['nora'].id, 'EVALUATOR'],
      [people['sam'].id, 'DEPARTMENT_HEAD'],
      [people['ed'].id, 'EVALUATOR'],
      [people['vic'].id, 'VIEWER'],
    ]);
    for (const title of ['Self-check', 'Cataloguing', 'Inter-library loans']) {
      const created = await gqlData<{ createRequirement: { id: string; code: string; version: number } }>(
        server,
        GQL.createRequirement,
        { input: { evaluationId, departmentId: department, title, priority: 'SHOULD' } },
        admin,
      );
      requirements[created.createRequirement.code] = created.createRequirement.id;
    }
  });
  afterAll(() => server?.stop());

  /** North, South and East have marked the three requirements. */
  const marked = once(async () => {
    expect(Object.keys(requirements)).toEqual(['CIRC-001', 'CIRC-002', 'CIRC-003']);
    expect(
      codeOf(
        await mark('nora', 'NORTH', [
          ['CIRC-001', 'MUST'],
          ['CIRC-002', 'COULD'],
          ['CIRC-003', 'MUST'],
        ]),
      ),
    ).toBeUndefined();
    expect(
      codeOf(
        await mark('sam', 'SOUTH', [
          ['CIRC-001', 'COULD'],
          ['CIRC-002', 'MUST'],
          ['CIRC-003', 'NOT_NEEDED'],
        ]),
      ),
    ).toBeUndefined();
    expect(
      codeOf(
        await mark('ed', 'EAST', [
          ['CIRC-001', 'COULD'],
          ['CIRC-002', 'COULD'],
        ]),
      ),
    ).toBeUndefined();

    const nora = await read('nora');
    expect(nora).toMatchObject({ rule: 'HIGHEST', myLibrary: { code: 'NORTH' }, canMark: true, canManage: false });
    expect(nora.libraries.map((l) => l.code)).toEqual(['NORTH']);
    expect(row(nora, 'CIRC-001')).toMatchObject({
      myMark: 'MUST',
      mustCount: 1,
      shouldCount: 0,
      couldCount: 2,
      notNeededCount: 0,
      derived: 'MUST',
    });
    // Other libraries' marks and the disagreements are the lead's to see.
    expect(byCode(row(nora, 'CIRC-001').marks)).toEqual(['NORTH:MUST']);
    expect(row(nora, 'CIRC-001').disagreements).toEqual([]);
  });
  it('lets each representative mark their own library, and shows them their marks and the counts', () => marked());

  it('refuses a representative marking another library, a viewer, someone of no library, and an outsider — and changes nothing', async () => {
    const before = await read('lena');
    expect(codeOf(await mark('nora', 'SOUTH', [['CIRC-001', 'NOT_NEEDED']]))).toBe('FORBIDDEN');
    expect(codeOf(await mark('vic', 'NORTH', [['CIRC-001', 'NOT_NEEDED']]))).toBe('FORBIDDEN');
    expect(codeOf(await mark('lena', 'NORTH', [['CIRC-001', 'NOT_NEEDED']]))).toBe('FORBIDDEN');
    expect(codeOf(await mark('otto', 'NORTH', [['CIRC-001', 'NOT_NEEDED']]))).toBe('NOT_FOUND');
    expect(codeOf(await gql('otto', GQL.libraryPriorities, { evaluationId }))).toBe('NOT_FOUND');
    expect(await read('lena')).toEqual(before);
    expect((await read('vic')).canMark).toBe(false);
  });

  /** The lead has chosen the majority rule. */
  const ruled = once(async () => {
    await marked();
    const highest = await read('lena');
    expect(highest).toMatchObject({ rule: 'HIGHEST', myLibrary: null, canMark: false, canManage: true });
    expect(highest.libraries.map((l) => l.code)).toEqual(['EAST', 'NORTH', 'SOUTH']);
    expect(byCode(row(highest, 'CIRC-001').marks)).toEqual(['EAST:COULD', 'NORTH:MUST', 'SOUTH:COULD']);
    expect(row(highest, 'CIRC-001').derived).toBe('MUST');
    expect(byCode(row(highest, 'CIRC-001').disagreements)).toEqual(['EAST:COULD', 'SOUTH:COULD']);

    // Only the lead chooses the rule.
    expect(
      codeOf(await gql('nora', GQL.setConsortiumPriorityRule, { input: { evaluationId, rule: 'MAJORITY' } })),
    ).toBe('FORBIDDEN');
    const majority = (
      await gqlData<{ setConsortiumPriorityRule: Priorities }>(
        server,
        GQL.setConsortiumPriorityRule,
        { input: { evaluationId, rule: 'MAJORITY' } },
        people['lena'].token,
      )
    ).setConsortiumPriorityRule;
    expect(majority.rule).toBe('MAJORITY');
    expect(majority.requirements.map((r) => [r.code, r.derived, r.tied])).toEqual([
      ['CIRC-001', 'COULD', false],
      ['CIRC-002', 'COULD', false],
      // One must, one not needed: a tie, broken towards the higher priority.
      ['CIRC-003', 'MUST', true],
    ]);
    expect(byCode(row(majority, 'CIRC-001').disagreements)).toEqual(['NORTH:MUST']);
    expect(byCode(row(majority, 'CIRC-003').disagreements)).toEqual(['SOUTH:NOT_NEEDED']);
  });
  it('shows the lead every library’s marks, the derived priority under the chosen rule and the disagreements', () =>
    ruled());

  it('clears a mark, and keeps each mark and the rule in the history', async () => {
    await marked();
    expect(codeOf(await mark('ed', 'EAST', [['CIRC-002', null]]))).toBeUndefined();
    expect(row(await read('ed'), 'CIRC-002')).toMatchObject({ myMark: null, couldCount: 1, mustCount: 1 });
    expect(codeOf(await mark('ed', 'EAST', [['CIRC-002', 'COULD']]))).toBeUndefined();
    const history = await gqlData<{
      requirement: { history: { action: string; actorName: string; changes: { field: string; after: unknown }[] }[] };
    }>(server, GQL.requirementHistory, { id: requirements['CIRC-002'] }, admin);
    const marks = history.requirement.history.filter((h) => h.action === 'library_priority_marked');
    expect(marks.map((h) => h.actorName)).toEqual(['Ed East', 'Ed East', 'Ed East', 'Sam South', 'Nora North']);
  });

  /** The priorities derived under the majority rule are applied to the requirements. */
  const applied = once(async () => {
    await ruled();
    const view = await read('lena');
    const refs = view.requirements.map((r) => ({ id: requirements[r.code], version: r.version }));
    expect(codeOf(await gql('nora', GQL.applyLibraryPriorities, { input: { requirements: refs } }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql('lena', GQL.applyLibraryPriorities, {
          input: { requirements: refs.map((r) => ({ ...r, version: 99 })) },
        }),
      ),
    ).toBe('CONFLICT');
    const applied = (
      await gqlData<{ applyLibraryPriorities: { code: string; priority: string; version: number }[] }>(
        server,
        GQL.applyLibraryPriorities,
        { input: { requirements: refs } },
        people['lena'].token,
      )
    ).applyLibraryPriorities;
    expect(applied.map((r) => [r.code, r.priority])).toEqual([
      ['CIRC-001', 'COULD'],
      ['CIRC-002', 'COULD'],
      ['CIRC-003', 'MUST'],
    ]);
    const history = await gqlData<{
      requirement: { history: { action: string; changes: { field: string; before: unknown; after: unknown }[] }[] };
    }>(server, GQL.requirementHistory, { id: requirements['CIRC-003'] }, admin);
    expect(history.requirement.history[0]).toMatchObject({ action: 'priority_from_libraries' });
    // The rule it was derived under is recorded beside the change.
    expect(history.requirement.history[0].changes).toEqual([
      { field: 'libraryPriorityRule', before: null, after: '"majority"' },
      { field: 'priority', before: '"should"', after: '"must"' },
    ]);
  });
  it('lets only the lead apply the derived priorities, versioned and recorded', () => applied());

  it('ranks the candidates as each member library would, and says whose winner differs', async () => {
    await applied();
    const refs = (await read('lena')).requirements.map((r) => ({ id: requirements[r.code], version: r.version }));
    await gqlData(server, GQL.decideRequirements, { input: { requirements: refs, decision: 'APPROVE' } }, admin);
    const [alpha, beta] = await shortlistProducts(server, admin, evaluationId, {
      vendor: 'Vendor',
      products: [
        ['Alpha', '1.0'],
        ['Beta', '1.0'],
      ],
    });
    await moveToScoring(server, admin, evaluationId);
    const rubric = await draftRubric(server, admin, evaluationId);
    const category = (await saveCriterion(server, admin, { rubricVersionId: rubric.id, title: 'Functional' }))[0];
    const selfCheck = (
      await saveCriterion(server, admin, {
        rubricVersionId: rubric.id,
        parentId: category.id,
        title: 'Self-check',
        requirementIds: [requirements['CIRC-001']],
      })
    ).find((c) => c.title === 'Self-check')!;
    const cataloguing = (
      await saveCriterion(server, admin, {
        rubricVersionId: rubric.id,
        parentId: category.id,
        title: 'Cataloguing',
        requirementIds: [requirements['CIRC-002']],
      })
    ).find((c) => c.title === 'Cataloguing')!;
    const roundId = await openScoringRound(server, admin, evaluationId);
    // Alpha is strong on self-check, Beta on cataloguing (scale 0–3).
    for (const evaluator of ['nora', 'ed']) {
      await declareNoConflicts(server, people[evaluator].token, evaluationId);
      for (const [candidateId, criterionId, value] of [
        [alpha, selfCheck.id, 3],
        [alpha, cataloguing.id, 1],
        [beta, selfCheck.id, 1],
        [beta, cataloguing.id, 2],
      ] as const)
        await saveScore(server, people[evaluator].token, { roundId, candidateId, criterionId, value });
    }
    await revealScoringRound(server, admin, roundId);
    const ranking = (
      await gqlData<{
        scoringRound: {
          ranking: {
            winnerId: string;
            byMemberLibrary: {
              code: string;
              winnerId: string;
              winnerDiffers: boolean;
              reweightedCount: number;
              fallback: boolean;
              candidates: { candidateId: string; rank: number; score: number }[];
            }[];
          };
        };
      }>(
        server,
        `{ scoringRound(id: "${roundId}") { ranking { winnerId byMemberLibrary { code winnerId winnerDiffers reweightedCount fallback candidates { candidateId rank score } } } } }`,
        {},
        people['nora'].token,
      )
    ).scoringRound.ranking;
    expect(ranking.winnerId).toBe(alpha);
    const name = (id: string) => (id === alpha ? 'Alpha' : 'Beta');
    expect(
      ranking.byMemberLibrary.map((l) => [l.code, name(l.winnerId), l.winnerDiffers, l.reweightedCount, l.fallback]),
    ).toEqual([
      ['EAST', 'Alpha', false, 0, false],
      ['NORTH', 'Alpha', false, 2, false],
      ['SOUTH', 'Beta', true, 2, false],
    ]);
    // SOUTH weighs self-check : cataloguing as could : must = 2 : 11 → Alpha (2·3 + 11·1)/13/3, Beta (2·1 + 11·2)/13/3.
    const south = ranking.byMemberLibrary.find((l) => l.code === 'SOUTH')!;
    expect(south.candidates.map((c) => [name(c.candidateId), c.rank, c.score])).toEqual([
      ['Beta', 1, Math.round(((100 * 24) / 39) * 100) / 100],
      ['Alpha', 2, Math.round(((100 * 17) / 39) * 100) / 100],
    ]);
  });

  it('refuses a mark made on a stale reading with CONFLICT, and overwrites nothing', async () => {
    const department = (await gqlData<{ departments: { id: string }[] }>(server, '{ departments { id } }', {}, admin))
      .departments[0].id;
    const { createRequirement } = await gqlData<{ createRequirement: { id: string; code: string } }>(
      server,
      'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id code } }',
      { input: { evaluationId, departmentId: department, title: 'Courier routing', priority: 'SHOULD' } },
      admin,
    );
    const markAs = (priority: string, previous: string | null | undefined) =>
      gql('nora', GQL.markLibraryPriorities, {
        input: {
          evaluationId,
          memberLibraryId: libraries['NORTH'],
          marks: [{ requirementId: createRequirement.id, priority, ...(previous === undefined ? {} : { previous }) }],
        },
      });
    // Read as unmarked, marked MUST (say by a colleague at North), then SHOULD on the same stale reading.
    expect(codeOf(await markAs('MUST', null))).toBeUndefined();
    const stale = await markAs('SHOULD', null);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toBe(
      `Another representative of your library marked ${createRequirement.code} “Must” since you read it: reload to see it, then mark it again if you still want to.`,
    );
    expect(row(await read('nora'), createRequirement.code)).toMatchObject({ myMark: 'MUST', mustCount: 1 });
    // On the current reading it goes through; without a reading it overwrites, as before.
    expect(codeOf(await markAs('SHOULD', 'MUST'))).toBeUndefined();
    expect(codeOf(await markAs('COULD', undefined))).toBeUndefined();
    expect(row(await read('nora'), createRequirement.code)).toMatchObject({ myMark: 'COULD', couldCount: 1 });
  });
});
