import {
  ALPHA_AND_BETA,
  approvedRequirement,
  cast,
  createDepartment,
  createPerson,
  declareNoConflicts,
  createTeam,
  CriterionView,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  openScoringRound,
  revealScoringRound,
  saveCriterion,
  saveScore,
  setConsensusScore,
  shortlistProducts,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

/**
 * Each test starts from an evaluation of its own, brought by `given` to the point the test
 * continues from (a rubric, an open round, scores, a reveal …), so that any one of them runs alone.
 */
describe('rubric and blind scoring', () => {
  let server: RunningServer;
  let admin: string;
  let department: string;
  let evaluationId: string;
  let roundId: string;
  const people: Record<string, { id: string; token: string }> = {};
  const candidates: string[] = [];
  const criteria: string[] = [];
  let teams = 0;

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  type RoundView = {
    evaluation: {
      scoringRounds: {
        id: string;
        status: string;
        scores: { evaluatorName: string; value: number | null }[];
        progress: { evaluatorName: string; scored: number; expected: number }[];
        consensus: { value: number }[];
      }[];
    };
  };
  const save = (token: string, candidateId: string, criterionId: string, value: number | null, comment?: string) =>
    server.gql<{ saveScore: { value: number | null } }>(
      GQL.saveScore,
      { input: { roundId, candidateId, criterionId, value, comment } },
      { token },
    );

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });
  afterAll(() => server?.stop());

  /** Where a test starts: each point includes the ones before it. */
  const POINTS = [
    // An evaluation in scoring: two evaluators, a lead and a department head; two candidates.
    'in scoring',
    // Its first rubric version drafted as the first test builds it: 25 criteria in two categories.
    'rubric drafted',
    // Round 1 open on that version.
    'round open',
    // Ada's two scores (one with a comment) and Ben's one, as the blind-scoring test enters them.
    'scored blind',
    // Every cell of round 1 scored by both evaluators.
    'round scored',
    // Round 1 revealed.
    'revealed',
    // The lead's consensus of 2 on the first candidate's first criterion.
    'consensus set',
    // Rubric version 2 drafted, a copy of version 1.
    'second version drafted',
    // Round 2 open on version 2, with one score of Ada's.
    'second round open',
  ] as const;

  async function given(point: (typeof POINTS)[number]): Promise<void> {
    const upTo = POINTS.indexOf(point);
    const lead = () => people['lia'].token;
    const team = await createTeam(server, admin, 'Scoring', department, cast('ada', 'ben', 'lia', 'hal'), {
      tag: `t${++teams}`,
    });
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    roundId = '';
    criteria.length = 0;
    candidates.length = 0;
    candidates.push(
      // Vendor names are unique: each team's evaluation gets a vendor of its own.
      ...(await shortlistProducts(server, admin, evaluationId, { ...ALPHA_AND_BETA, vendor: `Vendor ${teams}` })),
    );
    await approvedRequirement(server, admin, { evaluationId, departmentId: department, title: 'Holds' });
    await moveToScoring(server, admin, evaluationId);
    if (upTo < POINTS.indexOf('rubric drafted')) return;

    const draft = await draftRubric(server, lead(), evaluationId);
    const add = (input: { title: string; parentId?: string; weight?: number }) =>
      saveCriterion(server, lead(), { rubricVersionId: draft.id, ...input });
    const functional = (await add({ title: 'Functional', weight: 3 }))[0].id;
    const [service] = (await add({ title: 'Service', weight: 1 })).filter((c) => c.title === 'Service');
    await gqlData(
      server,
      GQL.setPairwiseComparison,
      {
        input: {
          rubricVersionId: draft.id,
          matrix: [
            [1, 3],
            [1 / 3, 1],
          ],
        },
      },
      lead(),
    );
    for (let i = 1; i <= 24; i++)
      await add({ title: `Functional criterion ${i}`, parentId: functional, weight: i === 1 ? 2 : 1 });
    const last = await add({ title: 'Support response', parentId: service.id });
    criteria.push(...last.filter((c) => c.parentId).map((c) => c.id));
    if (upTo < POINTS.indexOf('round open')) return;

    roundId = await openScoringRound(server, lead(), evaluationId);
    // Both evaluators declare no conflict of interest first, as the round must have before its reveal.
    for (const who of ['ada', 'ben']) await declareNoConflicts(server, people[who].token, evaluationId);
    if (upTo < POINTS.indexOf('scored blind')) return;

    const score = (who: string, candidateId: string, criterionId: string, value: number, comment?: string) =>
      saveScore(server, people[who].token, { roundId, candidateId, criterionId, value, comment });
    await score('ada', candidates[0], criteria[0], 3, 'Ada thinks it is excellent');
    await score('ada', candidates[1], criteria[0], 1);
    await score('ben', candidates[0], criteria[0], 0);
    if (upTo < POINTS.indexOf('round scored')) return;

    await Promise.all(
      ['ada', 'ben'].map(async (who) => {
        for (const candidate of candidates) for (const criterion of criteria) await score(who, candidate, criterion, 2);
      }),
    );
    if (upTo < POINTS.indexOf('revealed')) return;

    await revealScoringRound(server, lead(), roundId);
    if (upTo < POINTS.indexOf('consensus set')) return;

    await setConsensusScore(server, lead(), {
      roundId,
      candidateId: candidates[0],
      criterionId: criteria[0],
      value: 2,
      note: 'Agreed at the calibration meeting',
    });
    if (upTo < POINTS.indexOf('second version drafted')) return;

    const second = await draftRubric(server, lead(), evaluationId);
    if (upTo < POINTS.indexOf('second round open')) return;

    const round2 = await openScoringRound(server, lead(), evaluationId);
    const [scored] = second.criteria.filter((c) => c.parentId);
    await saveScore(server, people['ada'].token, {
      roundId: round2,
      candidateId: candidates[0],
      criterionId: scored.id,
      value: 2,
    });
  }

  it('builds a draft rubric: categories, criteria, weights normalised per level; only leads edit', async () => {
    await given('in scoring');
    const draft = (
      await ok<{
        draftRubric: {
          id: string;
          number: number;
          scaleMin: number;
          scaleMax: number;
          descriptors: { value: number }[];
        };
      }>(GQL.draftRubric, { evaluationId }, people['lia'].token)
    ).draftRubric;
    expect(draft).toMatchObject({
      number: 1,
      scaleMin: 0,
      scaleMax: 3,
      descriptors: [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }],
    });
    const save = (input: Record<string, unknown>, token = people['lia'].token) =>
      server.gql<{ saveCriterion: { criteria: CriterionView[] } }>(
        GQL.saveCriterion,
        { input: { rubricVersionId: draft.id, ...input } },
        { token },
      );
    const first = await save({ title: 'Functional', weight: 3 });
    if (!first.data) throw new Error(JSON.stringify(first.errors));
    const functional = first.data.saveCriterion.criteria[0].id;
    await save({ title: 'Service', weight: 1 });
    // Category weights by AHP: Functional is "moderately more important" (3) than Service.
    const PAIRWISE = GQL.setPairwiseComparison;
    const byAhp = await ok<{
      setPairwiseComparison: {
        criteria: { title: string; normalisedWeight: number }[];
        comparisons: { parentKey: string; weights: number[]; consistencyRatio: number; consistent: boolean }[];
      };
    }>(
      PAIRWISE,
      {
        input: {
          rubricVersionId: draft.id,
          matrix: [
            [1, 3],
            [1 / 3, 1],
          ],
        },
      },
      people['lia'].token,
    );
    expect(byAhp.setPairwiseComparison.criteria.map((c) => `${c.title}:${c.normalisedWeight}`)).toEqual([
      'Functional:0.75',
      'Service:0.25',
    ]);
    expect(byAhp.setPairwiseComparison.comparisons).toEqual([
      { parentKey: '', weights: [0.75, 0.25], consistencyRatio: 0, consistent: true },
    ]);
    const notReciprocal = await server.gql(
      PAIRWISE,
      {
        input: {
          rubricVersionId: draft.id,
          matrix: [
            [1, 3],
            [3, 1],
          ],
        },
      },
      { token: people['lia'].token },
    );
    expect(codeOf(notReciprocal)).toBe('BAD_USER_INPUT');
    expect(notReciprocal.errors?.[0].message).toMatch(/row \d, column \d/);
    const wrongSize = await server.gql(
      PAIRWISE,
      {
        input: {
          rubricVersionId: draft.id,
          matrix: [
            [1, 2, 3],
            [0.5, 1, 2],
            [1 / 3, 0.5, 1],
          ],
        },
      },
      { token: people['lia'].token },
    );
    expect(codeOf(wrongSize)).toBe('BAD_USER_INPUT');
    const service = (
      await ok<{ rubricVersion: { criteria: { id: string; title: string }[] } }>(GQL.rubricCriteria, { id: draft.id })
    ).rubricVersion.criteria.find((c) => c.title === 'Service')!.id;
    for (let i = 1; i <= 24; i++)
      await save({ title: `Functional criterion ${i}`, parentId: functional, weight: i === 1 ? 2 : 1 });
    const last = (await save({ title: 'Support response', parentId: service })).data!.saveCriterion.criteria;
    const byTitle = new Map(last.map((c) => [c.title, c]));
    expect(byTitle.get('Functional')!.normalisedWeight).toBe(0.75);
    expect(byTitle.get('Functional criterion 1')!.normalisedWeight).toBeCloseTo(2 / 25, 6);
    expect(byTitle.get('Functional criterion 1')!.globalWeight).toBeCloseTo(0.75 * (2 / 25), 6);
    expect(byTitle.get('Support response')!.globalWeight).toBe(0.25);
    criteria.push(...last.filter((c) => c.parentId).map((c) => c.id));
    expect(criteria).toHaveLength(25);

    expect(codeOf(await save({ title: 'Evaluator wish' }, people['ada'].token))).toBe('FORBIDDEN');
    expect(codeOf(await save({ title: 'Zero', weight: 0 }))).toBe('BAD_USER_INPUT');
  });

  it('opens a round, which freezes the rubric version: it is never edited in place', async () => {
    await given('rubric drafted');
    const round = await ok<{ openScoringRound: { id: string; status: string; candidateIds: string[] } }>(
      GQL.openScoringRound,
      { input: { evaluationId } },
      people['lia'].token,
    );
    expect(round.openScoringRound.status).toBe('OPEN');
    expect(round.openScoringRound.candidateIds.sort()).toEqual([...candidates].sort());
    roundId = round.openScoringRound.id;

    const rubric = await ok<{ evaluation: { rubric: { id: string; number: number; frozenAt: string | null } } }>(
      `{ evaluation(id: "${evaluationId}") { rubric { id number frozenAt } } }`,
    );
    expect(rubric.evaluation.rubric.frozenAt).not.toBeNull();
    const edit = await server.gql(
      GQL.saveCriterion,
      { input: { rubricVersionId: rubric.evaluation.rubric.id, title: 'Late addition' } },
      { token: people['lia'].token },
    );
    expect(codeOf(edit)).toBe('CONFLICT');
    expect(edit.errors?.[0].message).toContain('frozen');
    const scale = await server.gql(
      GQL.setRubricScale,
      { input: { rubricVersionId: rubric.evaluation.rubric.id, scaleMin: 0, scaleMax: 5, descriptors: [] } },
      { token: admin },
    );
    expect(codeOf(scale)).toBe('CONFLICT');

    const TREE = 'criteria { key title normalisedWeight globalWeight } comparisons { parentKey weights }';
    const second = await ok<{ draftRubric: { number: number; frozenAt: string | null; criteria: { key: string }[] } }>(
      GQL.draftRubric,
      { evaluationId },
      people['lia'].token,
    );
    expect(second.draftRubric).toMatchObject({ number: 2, frozenAt: null });
    expect(second.draftRubric.criteria).toHaveLength(27);
    // The new version is a copy of the frozen one: the same tree, weights and comparison matrices.
    const frozen = await ok<{ rubricVersion: Record<string, unknown> }>(
      `{ rubricVersion(id: "${rubric.evaluation.rubric.id}") { ${TREE} } }`,
    );
    expect(second.draftRubric).toMatchObject(frozen.rubricVersion);
    expect(
      codeOf(await server.gql(GQL.openScoringRound, { input: { evaluationId } }, { token: people['lia'].token })),
    ).toBe('CONFLICT');
  });

  it('keeps scoring blind on every path until the reveal', async () => {
    await given('round open');
    expect(
      (await save(people['ada'].token, candidates[0], criteria[0], 3, 'Ada thinks it is excellent')).errors,
    ).toBeUndefined();
    expect((await save(people['ada'].token, candidates[1], criteria[0], 1)).errors).toBeUndefined();
    expect((await save(people['ben'].token, candidates[0], criteria[0], 0)).errors).toBeUndefined();

    // Ben, through the evaluation: only his own score; progress: only his own count; no consensus.
    const asBen = await ok<RoundView>(GQL.evaluationScoringRounds, { id: evaluationId }, people['ben'].token);
    const benRound = asBen.evaluation.scoringRounds[0];
    expect(benRound.scores.map((s) => `${s.evaluatorName}:${s.value}`)).toEqual(['Ben Evaluator:0']);
    expect(benRound.progress.map((p) => p.evaluatorName)).toEqual(['Ben Evaluator']);
    expect(benRound.consensus).toEqual([]);
    expect(JSON.stringify(asBen)).not.toContain('Ada thinks');

    // The lead and an administrator do not see the scores either, only who has scored how many.
    for (const token of [people['lia'].token, admin]) {
      const view = await ok<RoundView>(GQL.evaluationScoringRounds, { id: evaluationId }, token);
      expect(view.evaluation.scoringRounds[0].scores).toEqual([]);
      expect(
        view.evaluation.scoringRounds[0].progress.map((p) => `${p.evaluatorName}:${p.scored}/${p.expected}`),
      ).toEqual(['Ada Evaluator:2/50', 'Ben Evaluator:1/50']);
    }
    // Neither do other members.
    expect(
      (await ok<RoundView>(GQL.evaluationScoringRounds, { id: evaluationId }, people['hal'].token)).evaluation
        .scoringRounds[0].scores,
    ).toEqual([]);
    // Nobody can set a consensus (which would show what was agreed) before the reveal.
    const early = await server.gql(
      GQL.setConsensusScore,
      { input: { roundId, candidateId: candidates[0], criterionId: criteria[0], value: 2, note: 'x' } },
      { token: people['lia'].token },
    );
    expect(codeOf(early)).toBe('CONFLICT');
    // Nor anything derived from them: the ranking (totals, agreement, tie points) waits for the reveal.
    for (const token of [people['ben'].token, people['lia'].token, admin]) {
      const ranking = await server.gql(
        `{ evaluation(id: "${evaluationId}") { scoringRounds { ranking { winnerId candidates { score } agreement { alpha } } } } }`,
        {},
        { token },
      );
      expect(codeOf(ranking)).toBe('FORBIDDEN');
      expect(JSON.stringify(ranking.data ?? null)).not.toMatch(/score|alpha/);
    }
    // Only evaluators score; scores stay on the scale.
    expect(codeOf(await save(people['hal'].token, candidates[0], criteria[0], 2))).toBe('FORBIDDEN');
    expect(codeOf(await save(people['ada'].token, candidates[0], criteria[1], 4))).toBe('BAD_USER_INPUT');
  });

  it('shows the lead how many scores each evaluator entered before the reveal, never their values or anything computed from them', async () => {
    await given('scored blind');
    const lead = people['lia'].token;
    const everything = await ok<{ evaluation: Record<string, unknown> }>(
      `query($id: ID!) { evaluation(id: $id) { statusCheck { problems } rubric { invalidatedScores { scoreCount } } scoringRounds { status scores { value comment } progress { evaluatorName scored expected } consensus { value } } } }`,
      { id: evaluationId },
      lead,
    );
    const round = (everything.evaluation['scoringRounds'] as RoundView['evaluation']['scoringRounds'])[0];
    // Counts, to chase progress: Ada 2 of 50, Ben 1 of 50; the status check counts the round as a whole.
    expect(round.progress.map((p) => `${p.evaluatorName}:${p.scored}/${p.expected}`)).toEqual([
      'Ada Evaluator:2/50',
      'Ben Evaluator:1/50',
    ]);
    expect(everything.evaluation['statusCheck']).toMatchObject({
      problems: expect.arrayContaining(['Round 1 is still open (3 of 100 scores entered): reveal it or close it.']),
    });
    // No values, comments or consensus, and nothing derived from values: no ranking, totals, agreement or export.
    expect(round.scores).toEqual([]);
    expect(round.consensus).toEqual([]);
    expect(JSON.stringify(everything)).not.toContain('Ada thinks');
    // An evaluator learns nothing of the others' progress from the status check either.
    const asBen = await ok<{ evaluation: { statusCheck: { problems: string[] } } }>(
      GQL.evaluationStatus,
      { id: evaluationId },
      people['ben'].token,
    );
    expect(asBen.evaluation.statusCheck.problems).toContain(
      'Round 1 is still open: the lead reveals or closes it when scoring is done.',
    );
    const ranking = await server.gql(
      `{ scoringRound(id: "${roundId}") { ranking { candidates { score byEvaluator { score } } agreement { alpha kendallW } tiePoints { change } } } }`,
      {},
      { token: lead },
    );
    expect(codeOf(ranking)).toBe('FORBIDDEN');
    expect(ranking.data ?? null).toBeNull();
    const file = await fetch(`${server.url}/api/rounds/${roundId}/results.xlsx`, {
      headers: { authorization: `Bearer ${lead}` },
    });
    expect(file.status).toBe(403);
  });

  it('keeps one score per evaluator, candidate and criterion when 20 clients save 1,000 scores at once', async () => {
    await given('scored blind');
    const clients = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? people['ada'].token : people['ben'].token));
    const cells = candidates.flatMap((candidate) => criteria.map((criterion) => [candidate, criterion] as const));
    expect(cells).toHaveLength(50);
    // Each client saves its 50 cells one after another, as a person tabbing through the grid would; the 20 run at once.
    const results = await Promise.all(
      clients.map(async (token, i) => {
        const out = [];
        for (const [j, [candidate, criterion]] of cells.entries())
          out.push(await save(token, candidate, criterion, (i + j) % 4));
        return out;
      }),
    );
    const failures = results.flat().filter((r) => r.errors);
    expect(failures).toEqual([]);
    expect(results.flat()).toHaveLength(1000);
    const [ada, ben] = await Promise.all(
      [people['ada'].token, people['ben'].token].map((token) =>
        ok<RoundView>(GQL.evaluationScoringRounds, { id: evaluationId }, token),
      ),
    );
    expect(ada.evaluation.scoringRounds[0].scores).toHaveLength(50);
    expect(ben.evaluation.scoringRounds[0].scores).toHaveLength(50);
  });

  // Run on the PostgreSQL server to see the race: the embedded database serialises the two saves.
  const SAVE_FULL = GQL.saveScore;
  type Saved = { saveScore: { value: number; comment: string; evidenceUrl: string | null } };
  const race = async (who: string, cells: (readonly [string, string])[], label: string) => {
    const results = await Promise.all(
      cells.map(async ([candidateId, criterionId], i) => {
        const full = {
          roundId,
          candidateId,
          criterionId,
          value: 2,
          comment: `${label} note ${i}`,
          evidenceUrl: `https://evidence.example/${label}/${i}`,
        };
        const valueOnly = { roundId, candidateId, criterionId, value: 3 };
        const token = people[who].token;
        const [a, b] = await Promise.all([
          server.gql<Saved>(SAVE_FULL, { input: full }, { token }),
          server.gql<Saved>(SAVE_FULL, { input: valueOnly }, { token }),
        ]);
        return [a, b];
      }),
    );
    expect(results.flat().filter((r) => r.errors)).toEqual([]);
    const mine = (
      await ok<{
        evaluation: {
          scoringRounds: {
            id: string;
            scores: {
              evaluatorId: string;
              candidateId: string;
              criterionId: string;
              comment: string;
              evidenceUrl: string | null;
            }[];
          }[];
        };
      }>(
        `query($id: ID!) { evaluation(id: $id) { scoringRounds { id scores { evaluatorId candidateId criterionId comment evidenceUrl } } } }`,
        { id: evaluationId },
        people[who].token,
      )
    ).evaluation.scoringRounds.find((r) => r.id === roundId)!.scores;
    const lost = cells.flatMap(([candidateId, criterionId], i) => {
      const score = mine.find(
        (s) => s.candidateId === candidateId && s.criterionId === criterionId && s.evaluatorId === people[who].id,
      );
      return score?.comment === `${label} note ${i}` && score.evidenceUrl === `https://evidence.example/${label}/${i}`
        ? []
        : [`${i}: ${JSON.stringify(score)}`];
    });
    expect(lost).toEqual([]);
  };

  it('keeps the comment and evidence link when a save of the value alone runs at the same moment (30 races)', async () => {
    await given('round scored');
    const cells = candidates
      .flatMap((candidate) => criteria.map((criterion) => [candidate, criterion] as const))
      .slice(0, 30);
    await race('ada', cells, 'blind');
  });

  it('after the reveal shows everyone all scores, lets the lead set a consensus, and records later changes', async () => {
    await given('round scored');
    expect(codeOf(await server.gql(GQL.revealScoringRound, { roundId }, { token: people['ada'].token }))).toBe(
      'FORBIDDEN',
    );
    const revealed = await ok<{ revealScoringRound: { status: string } }>(
      GQL.revealScoringRound,
      { roundId },
      people['lia'].token,
    );
    expect(revealed.revealScoringRound.status).toBe('REVEALED');

    const asBen = await ok<RoundView>(GQL.evaluationScoringRounds, { id: evaluationId }, people['ben'].token);
    expect(asBen.evaluation.scoringRounds[0].scores).toHaveLength(100);
    expect(new Set(asBen.evaluation.scoringRounds[0].scores.map((s) => s.evaluatorName))).toEqual(
      new Set(['Ada Evaluator', 'Ben Evaluator']),
    );

    const consensus = await ok<{ setConsensusScore: { value: number; note: string } }>(
      GQL.setConsensusScore,
      {
        input: {
          roundId,
          candidateId: candidates[0],
          criterionId: criteria[0],
          value: 2,
          note: 'Agreed at the calibration meeting',
        },
      },
      people['lia'].token,
    );
    expect(consensus.setConsensusScore).toEqual({ value: 2, note: 'Agreed at the calibration meeting' });
    expect(
      (await ok<RoundView>(GQL.evaluationScoringRounds, { id: evaluationId }, people['hal'].token)).evaluation
        .scoringRounds[0].consensus,
    ).toEqual([{ value: 2 }]);
    expect(
      codeOf(
        await server.gql(
          GQL.setConsensusScore,
          { input: { roundId, candidateId: candidates[0], criterionId: criteria[0], value: 1, note: 'mine' } },
          { token: people['ada'].token },
        ),
      ),
    ).toBe('FORBIDDEN');

    expect((await save(people['ada'].token, candidates[0], criteria[0], 1)).errors).toBeUndefined();
    // Changes after the reveal lock the row to record what they replace; concurrent ones still keep each other's comments.
    await race(
      'ben',
      candidates.flatMap((candidate) => criteria.map((criterion) => [candidate, criterion] as const)).slice(0, 10),
      'revealed',
    );
  });

  it('ranks the revealed round, and a consensus changes the ranking', async () => {
    await given('consensus set');
    const RANKING = `{ evaluation(id: "${evaluationId}") { scoringRounds { ranking { winnerId candidates { candidateId rank score scoredWeight knockedOut byEvaluator { evaluatorName score } } tiePoints { criterionId change rawChange } stability { change stable } agreement { alpha kendallW } } } } }`;
    type RankingView = {
      evaluation: {
        scoringRounds: {
          ranking: {
            winnerId: string | null;
            candidates: {
              candidateId: string;
              rank: number | null;
              score: number | null;
              scoredWeight: number;
              byEvaluator: { evaluatorName: string }[];
            }[];
            stability: { change: number }[];
            agreement: { alpha: number | null };
          };
        }[];
      };
    };
    // Make candidate 0 clearly better on every criterion for both evaluators.
    for (const token of [people['ada'].token, people['ben'].token]) {
      for (const criterion of criteria) {
        await save(token, candidates[0], criterion, 3);
        await save(token, candidates[1], criterion, 1);
      }
    }
    const before = (await ok<RankingView>(RANKING, {}, people['hal'].token)).evaluation.scoringRounds[0].ranking;
    expect(before.winnerId).toBe(candidates[0]);
    // Every cell is 3 for candidate 0 except the one with the earlier consensus of 2 (2/3 on 0.75 × 2/25 of the weight).
    expect(before.candidates.map((c) => [c.candidateId, c.rank, c.score])).toEqual([
      [candidates[0], 1, 98],
      [candidates[1], 2, 33.33],
    ]);
    expect(before.candidates[0].scoredWeight).toBe(1);
    expect(before.candidates[0].byEvaluator.map((b) => b.evaluatorName).sort()).toEqual([
      'Ada Evaluator',
      'Ben Evaluator',
    ]);
    expect(before.stability.map((s) => s.change).sort()).toEqual([0.1, 0.25]);

    // A consensus of 0 there instead lowers its total further.
    await ok(
      GQL.setConsensusScore,
      {
        input: {
          roundId,
          candidateId: candidates[0],
          criterionId: criteria[0],
          value: 0,
          note: 'The demo did not show it working',
        },
      },
      people['lia'].token,
    );
    const after = (await ok<RankingView>(RANKING, {}, people['hal'].token)).evaluation.scoringRounds[0].ranking;
    const first = after.candidates.find((c) => c.candidateId === candidates[0])!;
    expect(first.score).toBeCloseTo(100 - 0.75 * (2 / 25) * 100, 2);
    expect(after.candidates[0].candidateId).toBe(candidates[0]);
  });

  it('says which scores a new rubric version invalidates: removed, reworded, rescaled; new criteria are not yet scored', async () => {
    await given('second version drafted');
    type Version = {
      id: string;
      number: number;
      basedOnNumber: number | null;
      criteria: { id: string; key: string; title: string; parentId: string | null }[];
      invalidatedScores: { key: string; title: string; reason: string; scoreCount: number; roundCount: number }[];
    };
    const FIELDS =
      'id number basedOnNumber criteria { id key title parentId } invalidatedScores { key title reason scoreCount roundCount }';
    const first = (await ok<{ scoringRound: { rubricVersionId: string } }>(GQL.scoringRound, { id: roundId }))
      .scoringRound.rubricVersionId;
    const v1 = (
      await ok<{ rubricVersion: Version }>(`{ rubricVersion(id: "${first}") { ${FIELDS} } }`, {}, people['hal'].token)
    ).rubricVersion;
    expect(v1).toMatchObject({ number: 1, basedOnNumber: null, invalidatedScores: [] });
    const current = () =>
      ok<{ evaluation: { rubric: Version } }>(
        `{ evaluation(id: "${evaluationId}") { rubric { ${FIELDS} } } }`,
        {},
        people['hal'].token,
      ).then((r) => r.evaluation.rubric);
    const v2 = await current();
    // Version 2 is still an exact copy: nothing is invalidated.
    expect(v2).toMatchObject({ number: 2, basedOnNumber: 1, invalidatedScores: [] });

    const keyOf = new Map(v1.criteria.map((c) => [c.id, c.key]));
    const removedKey = keyOf.get(criteria[1])!;
    const rewordedKey = keyOf.get(criteria[2])!;
    const inV2 = (key: string) => v2.criteria.find((c) => c.key === key)!;
    const lead = people['lia'].token;
    await ok(GQL.deleteCriterion, { v: v2.id, c: inV2(removedKey).id }, lead);
    const reworded = inV2(rewordedKey);
    await ok(
      GQL.saveCriterion,
      {
        input: {
          rubricVersionId: v2.id,
          id: reworded.id,
          title: reworded.title,
          description: 'Now also covers interlibrary loans',
        },
      },
      lead,
    );
    // Weights may change without invalidating anything: the ranking recomputes from the same scores.
    const weighed = inV2(keyOf.get(criteria[3])!);
    await ok(
      GQL.saveCriterion,
      { input: { rubricVersionId: v2.id, id: weighed.id, title: weighed.title, weight: 5 } },
      lead,
    );
    await ok(
      GQL.saveCriterion,
      { input: { rubricVersionId: v2.id, parentId: weighed.parentId, title: 'Accessibility' } },
      lead,
    );

    // Round 1 scored every criterion: 2 evaluators × 2 candidates = 4 scores each, in 1 round.
    const changed = (await current()).invalidatedScores;
    expect(changed).toEqual([
      {
        key: removedKey,
        title: v1.criteria.find((c) => c.key === removedKey)!.title,
        reason: 'Removed',
        scoreCount: 4,
        roundCount: 1,
      },
      { key: rewordedKey, title: reworded.title, reason: 'Description changed', scoreCount: 4, roundCount: 1 },
      { key: 'accessibility', title: 'Accessibility', reason: 'New, not yet scored', scoreCount: 0, roundCount: 0 },
    ]);
    // Evaluators (members) may see the counts too; they never carry values.
    expect(
      (
        await ok<{ evaluation: { rubric: Version } }>(
          `{ evaluation(id: "${evaluationId}") { rubric { invalidatedScores { key scoreCount } } } }`,
          {},
          people['ada'].token,
        )
      ).evaluation.rubric.invalidatedScores,
    ).toHaveLength(3);

    // A new scale invalidates every score carried over.
    await ok(
      GQL.setRubricScale,
      {
        input: {
          rubricVersionId: v2.id,
          scaleMin: 0,
          scaleMax: 5,
          descriptors: [
            { value: 0, label: 'Not available' },
            { value: 5, label: 'Fully out of the box' },
          ],
        },
      },
      lead,
    );
    const rescaled = (await current()).invalidatedScores;
    expect(rescaled).toHaveLength(26);
    expect(rescaled.find((c) => c.key === rewordedKey)!.reason).toBe('Description changed, scale changed');
    expect(rescaled.filter((c) => c.reason === 'Scale changed')).toHaveLength(23);
    expect(
      rescaled.filter((c) => c.reason === 'Scale changed').every((c) => c.scoreCount === 4 && c.roundCount === 1),
    ).toBe(true);

    // Blind scoring holds for the counts too: with round 2 open on version 2 and Ada's score in it,
    // a version 3 that drops that criterion counts it for the lead and for Ada, not for Ben.
    const round2 = (
      await ok<{ openScoringRound: { id: string } }>(GQL.openScoringRound, { input: { evaluationId } }, lead)
    ).openScoringRound.id;
    const scored = (await current()).criteria.find((c) => c.key === rewordedKey)!;
    await ok(
      GQL.saveScore,
      { input: { roundId: round2, candidateId: candidates[0], criterionId: scored.id, value: 4 } },
      people['ada'].token,
    );
    const v3 = (await ok<{ draftRubric: Version }>(GQL.draftRubric, { evaluationId }, lead)).draftRubric;
    await ok(GQL.deleteCriterion, { v: v3.id, c: v3.criteria.find((c) => c.key === rewordedKey)!.id }, lead);
    const countFor = async (token: string) =>
      (
        await ok<{ rubricVersion: Version }>(`{ rubricVersion(id: "${v3.id}") { ${FIELDS} } }`, {}, token)
      ).rubricVersion.invalidatedScores.find((c) => c.key === rewordedKey);
    expect(await countFor(lead)).toMatchObject({ reason: 'Removed', scoreCount: 1, roundCount: 1 });
    expect(await countFor(people['ada'].token)).toMatchObject({ reason: 'Removed', scoreCount: 1, roundCount: 1 });
    expect(await countFor(people['ben'].token)).toMatchObject({ reason: 'Removed', scoreCount: 0, roundCount: 0 });
  });

  it('leaves scoring only when every round is revealed or closed; closing keeps a round blind; nothing is scored after scoring', async () => {
    await given('second round open');
    const lead = people['lia'].token;
    const evaluation = () =>
      ok<{
        evaluation: {
          version: number;
          statusCheck: { problems: string[] };
          scoringRounds: { id: string; number: number; status: string }[];
        };
      }>(
        `{ evaluation(id: "${evaluationId}") { version statusCheck { problems } scoringRounds { id number status } } }`,
        {},
        lead,
      ).then((r) => r.evaluation);
    const move = async (to: string) =>
      server.gql(
        GQL.moveEvaluation,
        { input: { id: evaluationId, version: (await evaluation()).version, to } },
        { token: lead },
      );
    const tester = await createPerson(server, admin, { key: 'tom', displayName: 'Tom Tester' });
    await ok(GQL.addEvaluationMember, { input: { evaluationId, userId: tester.id, role: 'TESTER' } }, lead);

    // Round 2 is open with Ada's one score: the status path says so and the step is refused.
    const round2 = (await evaluation()).scoringRounds.find((r) => r.number === 2)!;
    expect(round2.status).toBe('OPEN');
    expect((await evaluation()).statusCheck.problems).toEqual([
      'Round 2 is still open (1 of 100 scores entered): reveal it or close it.',
    ]);
    const early = await move('TESTING');
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0].message).toContain('Round 2 is still open');

    // Only the lead closes a round without revealing it; it stays blind and accepts nothing more.
    expect(
      codeOf(await server.gql(GQL.closeScoringRound, { roundId: round2.id }, { token: people['ada'].token })),
    ).toBe('FORBIDDEN');
    expect(
      (await ok<{ closeScoringRound: { status: string } }>(GQL.closeScoringRound, { roundId: round2.id }, lead))
        .closeScoringRound.status,
    ).toBe('CLOSED');
    expect(codeOf(await server.gql(GQL.closeScoringRound, { roundId: round2.id }, { token: lead }))).toBe('CONFLICT');
    const seen = await ok<{ scoringRound: { scores: { evaluatorName: string }[] } }>(
      GQL.scoringRound,
      { id: round2.id },
      people['ben'].token,
    );
    expect(seen.scoringRound.scores).toEqual([]);
    expect(
      codeOf(await server.gql(`{ scoringRound(id: "${round2.id}") { ranking { winnerId } } }`, {}, { token: lead })),
    ).toBe('FORBIDDEN');
    const v2 = (await ok<{ scoringRound: { rubricVersionId: string } }>(GQL.scoringRound, { id: round2.id }, lead))
      .scoringRound.rubricVersionId;
    const criterionId = (
      await ok<{ rubricVersion: { criteria: { id: string; parentId: string | null }[] } }>(
        GQL.rubricCriteria,
        { id: v2 },
        lead,
      )
    ).rubricVersion.criteria.find((c) => c.parentId)!.id;
    const late = await server.gql(
      GQL.saveScore,
      { input: { roundId: round2.id, candidateId: candidates[0], criterionId, value: 2 } },
      { token: people['ada'].token },
    );
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0].message).toContain('Round 2 is closed');

    // Every round is revealed or closed: the step is taken.
    expect((await evaluation()).statusCheck.problems).toEqual([]);
    expect((await move('TESTING')).errors).toBeUndefined();

    // The revealed round accepts no more changes or consensus once the evaluation has left scoring.
    const after = await save(people['ada'].token, candidates[0], criteria[0], 2);
    expect(codeOf(after)).toBe('CONFLICT');
    expect(after.errors?.[0].message).toContain('left scoring');
    const consensus = await server.gql(
      GQL.setConsensusScore,
      { input: { roundId, candidateId: candidates[0], criterionId: criteria[0], value: 3, note: 'Too late' } },
      { token: lead },
    );
    expect(codeOf(consensus)).toBe('CONFLICT');

    // Leaving testing needs acceptance evidence on every candidate still in the running: none has
    // any yet, so the step says so and is refused.
    const next = await move('RECOMMENDATION');
    expect(codeOf(next)).toBe('BAD_USER_INPUT');
    expect(next.errors?.[0].message).toContain('have no acceptance evidence yet');
  });
});
