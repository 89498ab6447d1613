import {
  ALPHA_AND_BETA,
  approvedRequirement,
  cast,
  createDepartment,
  declareNoConflicts,
  createTeamWithCandidates,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  openScoringRound,
  revealScoringRound,
  saveCriterion,
  saveScore,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

describe('cost items and total cost of ownership', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let department: string;
  const people: Record<string, { id: string; token: string }> = {};
  const candidates: string[] = [];

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  type Saved = {
    saveCostItem: {
      id: string;
      candidateId: string;
      kind: string;
      label: string;
      amount: number;
      notes: string;
      version: number;
    };
  };
  const saveItem = (input: Record<string, unknown>, token = people['lia'].token) =>
    server.gql<Saved>(GQL.saveCostItem, { input }, { token });
  type Costs = {
    evaluation: {
      costYears: number;
      trainingHourlyRate: number;
      candidates: {
        id: string;
        costItems: { label: string; kind: string; amount: number; version: number }[];
        tco: {
          years: number;
          oneTime: number;
          training: number;
          yearly: number;
          recurring: number;
          total: number;
          byYear: number[];
        };
      }[];
    };
  };

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeamWithCandidates(
      server,
      admin,
      'Costs',
      department,
      cast('lia', 'ada', 'hal', 'vic', 'out'),
      ALPHA_AND_BETA,
    );
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    candidates.push(...team.candidates);
    // Training for Alpha: 10 people × 6 h + 2 people × 12.5 h = 85 hours. None for Beta.
    for (const [topic, count, hours] of [
      ['Circulation desk', 10, 6],
      ['Reports', 2, 12.5],
    ] as const) {
      await ok(GQL.saveTrainingNeed, {
        id: evaluationId,
        input: { candidateId: candidates[0], departmentId: department, topic, people: count, hoursPerPerson: hours },
      });
    }
    // The lead's costs, which the totals and the ranking below are worked out from.
    for (const [candidateId, kind, label, amount] of [
      [candidates[0], 'ONE_TIME', 'Licence', 12000.5],
      [candidates[0], 'ONE_TIME', 'Data migration', 8000],
      [candidates[0], 'YEARLY', 'Subscription', 15000],
      [candidates[0], 'YEARLY', 'Hosting', 2500.25],
      [candidates[1], 'ONE_TIME', 'Implementation', 30000],
      [candidates[1], 'YEARLY', 'Support', 9000],
    ] as const) {
      await ok(GQL.saveCostItem, { input: { candidateId, kind, label, amount } }, people['lia'].token);
    }
    await ok(GQL.setCostSettings, { input: { evaluationId, years: 5, trainingHourlyRate: 40 } }, people['lia'].token);
  });
  afterAll(() => server?.stop());

  it('starts with a five-year period, no rate and no costs', async () => {
    const fresh = await createTeamWithCandidates(
      server,
      admin,
      'Fresh',
      department,
      cast('lia', 'vic'),
      {
        vendor: 'Fresh vendor',
        products: [
          ['Gamma', '1.0'],
          ['Delta', '1.0'],
        ],
      },
      { tag: 'fresh' },
    );
    const view = (await ok<Costs>(GQL.evaluationCosts, { id: fresh.evaluationId }, fresh.people['vic'].token))
      .evaluation;
    expect(view.costYears).toBe(5);
    expect(view.trainingHourlyRate).toBe(0);
    expect(view.candidates.map((c) => c.tco)).toEqual([
      { years: 5, oneTime: 0, training: 0, yearly: 0, recurring: 0, total: 0, byYear: [0, 0, 0, 0, 0] },
      { years: 5, oneTime: 0, training: 0, yearly: 0, recurring: 0, total: 0, byYear: [0, 0, 0, 0, 0] },
    ]);
  });

  /** Members without the lead role are refused; to someone outside the evaluation, it and its candidates do not exist. */
  const refusal = (key: string) => (key === 'out' ? 'NOT_FOUND' : 'FORBIDDEN');

  it('lets only the lead set the period and the training rate, within bounds', async () => {
    const SETTINGS = GQL.setCostSettings;
    for (const key of ['ada', 'hal', 'vic', 'out']) {
      const refused = await server.gql(
        SETTINGS,
        { input: { evaluationId, years: 10, trainingHourlyRate: 1 } },
        { token: people[key].token },
      );
      expect(codeOf(refused)).toBe(refusal(key));
    }
    // Out of bounds: more than 30 years, none at all, a negative rate.
    for (const [years, trainingHourlyRate] of [
      [31, 40],
      [0, 40],
      [5, -1],
    ]) {
      const refused = await server.gql(
        SETTINGS,
        { input: { evaluationId, years, trainingHourlyRate } },
        { token: people['lia'].token },
      );
      expect({ years, trainingHourlyRate, code: codeOf(refused) }).toEqual({
        years,
        trainingHourlyRate,
        code: 'BAD_USER_INPUT',
      });
    }
    const set = await ok<{ setCostSettings: { id: string; costYears: number; trainingHourlyRate: number } }>(
      SETTINGS,
      { input: { evaluationId, years: 5, trainingHourlyRate: 40 } },
      people['lia'].token,
    );
    expect(set.setCostSettings).toEqual({ id: evaluationId, costYears: 5, trainingHourlyRate: 40 });
  });

  it('lets the lead add cost items; evaluators, viewers and outsiders cannot', async () => {
    const added = await saveItem({
      candidateId: candidates[1],
      kind: 'ONE_TIME',
      label: ' Consultancy ',
      amount: 4500.5,
    });
    expect(added.data?.saveCostItem).toMatchObject({
      candidateId: candidates[1],
      kind: 'ONE_TIME',
      label: 'Consultancy',
      amount: 4500.5,
      notes: '',
      version: 1,
    });
    const consultancy = added.data!.saveCostItem;

    for (const key of ['ada', 'hal', 'vic', 'out']) {
      expect(
        codeOf(
          await saveItem(
            { candidateId: candidates[0], kind: 'YEARLY', label: 'Sneaked in', amount: 1 },
            people[key].token,
          ),
        ),
      ).toBe(refusal(key));
      expect(
        codeOf(
          await saveItem(
            {
              id: consultancy.id,
              version: 1,
              candidateId: candidates[1],
              kind: 'ONE_TIME',
              label: 'Consultancy',
              amount: 0,
            },
            people[key].token,
          ),
        ),
      ).toBe(refusal(key));
      expect(codeOf(await server.gql(GQL.deleteCostItem, { id: consultancy.id }, { token: people[key].token }))).toBe(
        refusal(key),
      );
    }
    // Taken out again, so that the totals below stay the lead's costs alone.
    await ok(GQL.deleteCostItem, { id: consultancy.id }, people['lia'].token);
    expect(codeOf(await saveItem({ candidateId: candidates[0], kind: 'YEARLY', label: 'Negative', amount: -5 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await saveItem({ candidateId: candidates[0], kind: 'YEARLY', label: 'Fractions', amount: 1.005 })),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await saveItem({ candidateId: candidates[0], kind: 'YEARLY', label: '   ', amount: 1 }))).toBe(
      'BAD_USER_INPUT',
    );
    // Outsiders do not read costs either: to them the evaluation does not exist.
    expect(codeOf(await server.gql(GQL.evaluationCosts, { id: evaluationId }, { token: people['out'].token }))).toBe(
      'NOT_FOUND',
    );
  });

  it('edits with optimistic locking: a stale version is refused, naming who changed it', async () => {
    const item = (await saveItem({ candidateId: candidates[1], kind: 'YEARLY', label: 'Hosting', amount: 2500.25 }))
      .data!.saveCostItem;
    const edited = await saveItem({
      id: item.id,
      version: 1,
      candidateId: candidates[0],
      kind: 'YEARLY',
      label: 'Hosting',
      amount: 2500.25,
      notes: 'Vendor-hosted, two environments',
    });
    expect(edited.data?.saveCostItem).toMatchObject({ notes: 'Vendor-hosted, two environments', version: 2 });
    const stale = await saveItem(
      { id: item.id, version: 1, candidateId: candidates[1], kind: 'YEARLY', label: 'Hosting', amount: 99 },
      admin,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('Lia Lead');
    expect(stale.errors?.[0].extensions).toMatchObject({ changedBy: 'Lia Lead', currentVersion: 2 });
    expect(
      codeOf(
        await saveItem({
          id: item.id,
          candidateId: candidates[1],
          kind: 'YEARLY',
          label: 'Hosting',
          amount: 99,
        }),
      ),
    ).toBe('CONFLICT');
    await ok(GQL.deleteCostItem, { id: item.id }, people['lia'].token);
  });

  it('deletes an item', async () => {
    const spare = (await saveItem({ candidateId: candidates[1], kind: 'YEARLY', label: 'Spare line', amount: 1 })).data!
      .saveCostItem;
    expect(
      (await ok<{ deleteCostItem: boolean }>(GQL.deleteCostItem, { id: spare.id }, people['lia'].token)).deleteCostItem,
    ).toBe(true);
    expect(codeOf(await server.gql(GQL.deleteCostItem, { id: spare.id }, { token: people['lia'].token }))).toBe(
      'NOT_FOUND',
    );
  });

  it('totals the cost of ownership over the period, training at the hourly rate', async () => {
    const view = (await ok<Costs>(GQL.evaluationCosts, { id: evaluationId }, people['ada'].token)).evaluation;
    const alpha = view.candidates.find((c) => c.id === candidates[0])!;
    const beta = view.candidates.find((c) => c.id === candidates[1])!;
    expect(alpha.costItems.map((i) => `${i.kind}:${i.label}:${i.amount}`)).toEqual([
      'ONE_TIME:Licence:12000.5',
      'ONE_TIME:Data migration:8000',
      'YEARLY:Subscription:15000',
      'YEARLY:Hosting:2500.25',
    ]);
    // Alpha: one-time 12,000.50 + 8,000 = 20,000.50; training (10 × 6 + 2 × 12.5) h × 40 = 85 × 40 = 3,400;
    // yearly 15,000 + 2,500.25 = 17,500.25, over 5 years 87,501.25; total 20,000.50 + 3,400 + 87,501.25 = 110,901.75.
    // Year 1: 20,000.50 + 3,400 + 17,500.25 = 40,900.75; years 2–5: 17,500.25 each.
    expect(alpha.tco).toEqual({
      years: 5,
      oneTime: 20000.5,
      training: 3400,
      yearly: 17500.25,
      recurring: 87501.25,
      total: 110901.75,
      byYear: [40900.75, 17500.25, 17500.25, 17500.25, 17500.25],
    });
    // Beta: 30,000 once + 9,000 × 5 = 75,000; no training.
    expect(beta.tco).toEqual({
      years: 5,
      oneTime: 30000,
      training: 0,
      yearly: 9000,
      recurring: 45000,
      total: 75000,
      byYear: [39000, 9000, 9000, 9000, 9000],
    });

    // Three years instead: Alpha 20,000.50 + 3,400 + 3 × 17,500.25 = 23,400.50 + 52,500.75 = 75,901.25.
    await ok(GQL.setCostSettings, { input: { evaluationId, years: 3, trainingHourlyRate: 40 } }, people['lia'].token);
    const shorter = (
      await ok<Costs>(GQL.evaluationCosts, { id: evaluationId }, people['vic'].token)
    ).evaluation.candidates.find((c) => c.id === candidates[0])!;
    expect(shorter.tco).toMatchObject({ years: 3, total: 75901.25, byYear: [40900.75, 17500.25, 17500.25] });
    await ok(GQL.setCostSettings, { input: { evaluationId, years: 5, trainingHourlyRate: 40 } }, people['lia'].token);
  });

  it('puts the cost and score per 10,000 beside the revealed ranking, and not before', async () => {
    await approvedRequirement(server, admin, { evaluationId, departmentId: department, title: 'Holds' });
    await moveToScoring(server, admin, evaluationId);
    const lead = people['lia'].token;
    const draft = (await draftRubric(server, lead, evaluationId)).id;
    const category = (await saveCriterion(server, lead, { rubricVersionId: draft, title: 'Functional' }))[0].id;
    const criteria = (
      await saveCriterion(server, lead, { rubricVersionId: draft, parentId: category, title: 'Loans' })
    ).filter((c) => c.parentId);
    const roundId = await openScoringRound(server, lead, evaluationId);
    // Alpha 3 of 3 (score 100), Beta 2 of 3 (score 66.67).
    for (const [candidateId, value] of [
      [candidates[0], 3],
      [candidates[1], 2],
    ] as const) {
      await saveScore(server, people['ada'].token, { roundId, candidateId, criterionId: criteria[0].id, value });
    }
    const RANKING = `{ scoringRound(id: "${roundId}") { ranking { candidates { candidateId score } costs { candidateId total scorePerTenThousand } } } }`;
    for (const token of [people['ada'].token, people['lia'].token]) {
      const blind = await server.gql(RANKING, {}, { token });
      expect(codeOf(blind)).toBe('FORBIDDEN');
      expect(JSON.stringify(blind.data ?? null)).not.toMatch(/total|score/);
    }
    await declareNoConflicts(server, people['ada'].token, evaluationId);
    await revealScoringRound(server, lead, roundId);
    const ranking = (
      await ok<{
        scoringRound: {
          ranking: {
            candidates: { candidateId: string; score: number }[];
            costs: { candidateId: string; total: number; scorePerTenThousand: number | null }[];
          };
        };
      }>(RANKING, {}, people['vic'].token)
    ).scoringRound.ranking;
    expect(ranking.candidates.map((c) => [c.candidateId, c.score])).toEqual([
      [candidates[0], 100],
      [candidates[1], 66.67],
    ]);
    // Alpha: 100 × 10,000 / 110,901.75 = 9.0170; Beta: 66.67 × 10,000 / 75,000 = 8.8893.
    expect(ranking.costs).toEqual([
      { candidateId: candidates[0], total: 110901.75, scorePerTenThousand: 9.017 },
      { candidateId: candidates[1], total: 75000, scorePerTenThousand: 8.8893 },
    ]);
  });
});
