import { Workbook } from 'exceljs';
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

describe('results export (XLSX)', () => {
  let server: RunningServer;
  let admin: string;
  let evaluationId: string;
  let roundId: string;
  const people: Record<string, { id: string; token: string }> = {};
  const candidates: string[] = [];
  const criteria: Record<string, string> = {};

  const ok = <T = Record<string, never>>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gqlData<T>(server, query, variables, token);

  async function download(
    token?: string,
    id = roundId,
  ): Promise<{ status: number; headers: Headers; bytes: Buffer; body: { code?: string; message?: string } | null }> {
    const response = await fetch(`${server.url}/api/rounds/${id}/results.xlsx`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const body = response.headers.get('content-type')?.includes('json')
      ? (JSON.parse(bytes.toString('utf8')) as { code?: string; message?: string })
      : null;
    return { status: response.status, headers: response.headers, bytes, body };
  }

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    const department = await createDepartment(server, admin, 'CIRC', 'Circulation');
    const team = await createTeamWithCandidates(
      server,
      admin,
      'ILS 2027',
      department,
      cast('lia', 'ada', 'ben', 'hal', 'out'),
      ALPHA_AND_BETA,
    );
    evaluationId = team.evaluationId;
    Object.assign(people, team.people);
    candidates.push(...team.candidates);
    await approvedRequirement(server, admin, { evaluationId, departmentId: department, title: 'Holds' });
    await moveToScoring(server, admin, evaluationId);
    // Costs: Alpha 10,000 once + 2,000 a year over 5 years = 20,000; Beta 5,000 a year = 25,000.
    for (const [candidateId, kind, label, amount] of [
      [candidates[0], 'ONE_TIME', 'Licence', 10000],
      [candidates[0], 'YEARLY', 'Hosting', 2000],
      [candidates[1], 'YEARLY', 'Subscription', 5000],
    ] as const) {
      await ok(GQL.saveCostItem, { input: { candidateId, kind, label, amount } }, people['lia'].token);
    }
    const lead = people['lia'].token;
    const rubric = (await draftRubric(server, lead, evaluationId)).id;
    const save = (input: { title: string; parentId?: string; weight?: number }) =>
      saveCriterion(server, lead, { rubricVersionId: rubric, ...input });
    const functional = (await save({ title: 'Functional', weight: 3 }))[0].id;
    const service = (await save({ title: '=Service', weight: 1 })).find((c) => c.title === '=Service')!.id;
    await save({ title: 'Loans', parentId: functional, weight: 1 });
    await save({ title: 'Holds', parentId: functional, weight: 1 });
    for (const c of await save({ title: 'Support', parentId: service })) criteria[c.title] = c.id;
    roundId = await openScoringRound(server, lead, evaluationId);
    const values: Record<string, Record<string, [number, number]>> = {
      // criterion → evaluator → [Alpha, Beta]
      Loans: { ada: [3, 1], ben: [3, 2] },
      Holds: { ada: [2, 2], ben: [3, 1] },
      Support: { ada: [1, 3], ben: [0, 3] },
    };
    for (const evaluator of ['ada', 'ben']) await declareNoConflicts(server, people[evaluator].token, evaluationId);
    for (const [criterion, byEvaluator] of Object.entries(values)) {
      for (const [evaluator, [alpha, beta]] of Object.entries(byEvaluator)) {
        for (const [candidateId, value] of [
          [candidates[0], alpha],
          [candidates[1], beta],
        ] as const) {
          const comment =
            criterion === 'Loans' && evaluator === 'ada' && candidateId === candidates[0]
              ? '=HYPERLINK("http://evil.example","click")'
              : `${evaluator} on ${criterion}`;
          await saveScore(server, people[evaluator].token, {
            roundId,
            candidateId,
            criterionId: criteria[criterion],
            value,
            comment,
          });
        }
      }
    }
  });
  afterAll(() => server?.stop());

  it('is refused to an evaluator while the round is blind', async () => {
    const refused = await download(people['ada'].token);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.body?.message).toContain('blind');
    expect(refused.bytes.toString('utf8')).not.toMatch(/HYPERLINK|ada on/);
  });

  it('is refused to the lead too while the round is blind', async () => {
    const refused = await download(people['lia'].token);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await download(admin)).status).toBe(403);
  });

  /** The round revealed, whichever test comes first to need it (each may run on its own). */
  async function revealed(): Promise<void> {
    const round = await ok<{ scoringRound: { status: string } }>(GQL.scoringRound, {
      id: roundId,
    });
    if (round.scoringRound.status === 'OPEN') await revealScoringRound(server, people['lia'].token, roundId);
  }

  it('is refused to outsiders and anonymous callers; says when the round does not exist', async () => {
    expect((await download(people['out'].token)).status).toBe(404);
    expect((await download()).status).toBe(401);
    expect((await download(people['lia'].token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(people['lia'].token, 'not-a-round')).status).toBe(400);
  });

  it('after the reveal gives members the ranking, scores, consensus, agreement, sensitivity and weights', async () => {
    await revealed();
    await ok(
      GQL.setConsensusScore,
      {
        input: {
          roundId,
          candidateId: candidates[0],
          criterionId: criteria['Support'],
          value: 1,
          note: '+Agreed at calibration',
        },
      },
      people['lia'].token,
    );
    const file = await download(people['hal'].token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers.get('content-disposition')).toContain('ILS 2027');
    expect(file.headers.get('content-disposition')).toContain('round 1 results.xlsx');
    const workbook = new Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ranking',
      'Scores',
      'Set aside',
      'Consensus',
      'Agreement',
      'Sensitivity',
      'Weights',
    ]);
    const rows = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      const out: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };

    type RankingView = {
      scoringRound: {
        ranking: {
          candidates: {
            candidateId: string;
            name: string;
            rank: number;
            score: number;
            scoredCount: number;
            criterionCount: number;
            knockedOut: boolean;
            byEvaluator: { evaluatorName: string; score: number }[];
          }[];
          costs: { candidateId: string; total: number; scorePerTenThousand: number }[];
          agreement: {
            alpha: number;
            kendallW: number | null;
            kendallP: number | null;
            lowAgreement: { criterionId: string; alpha: number }[];
          };
          tiePoints: { criterionId: string; weight: number; tieWeight: number; change: number; rawChange: number }[];
          stability: { change: number; stable: boolean }[];
        };
      };
    };
    const ranking = (
      await ok<RankingView>(
        `{ scoringRound(id: "${roundId}") { ranking { candidates { candidateId name rank score scoredCount criterionCount knockedOut byEvaluator { evaluatorName score } } costs { candidateId total scorePerTenThousand } agreement { alpha kendallW kendallP lowAgreement { criterionId alpha } } tiePoints { criterionId weight tieWeight change rawChange } stability { change stable } } } }`,
        {},
        people['hal'].token,
      )
    ).scoringRound.ranking;

    // Ranking: the same numbers as the ranking query, costs included.
    const ranked = rows('Ranking');
    expect(ranked[0]).toEqual([
      'Rank',
      'Candidate',
      'Score (0–100)',
      'Completeness %',
      'Knocked out',
      'Knockout reasons',
      'Ada Evaluator (0–100)',
      'Ben Evaluator (0–100)',
      'TCO, 5 years (USD)',
      'Score per 10,000',
    ]);
    expect(ranked.slice(1)).toEqual(
      ranking.candidates.map((c) => {
        const cost = ranking.costs.find((x) => x.candidateId === c.candidateId)!;
        return [
          c.rank,
          c.name,
          c.score,
          100,
          'No',
          undefined,
          ...c.byEvaluator.map((b) => b.score),
          cost.total,
          cost.scorePerTenThousand,
        ];
      }),
    );
    expect(ranking.costs.map((c) => c.total).sort()).toEqual([20000, 25000]);

    // Scores: all 12, with comments; a comment that looks like a formula stays text.
    const scores = rows('Scores');
    expect(scores[0]).toEqual(['Candidate', 'Category', 'Criterion', 'Evaluator', 'Value', 'Comment', 'Evidence']);
    expect(scores).toHaveLength(13);
    expect(scores).toContainEqual([
      'Alpha 1.0',
      'Functional',
      'Loans',
      'Ada Evaluator',
      3,
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
    expect(scores).toContainEqual(['Beta 1.0', `'=Service`, 'Support', 'Ben Evaluator', 3, 'ben on Support']);
    const sheet = workbook.getWorksheet('Scores')!;
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));

    expect(rows('Set aside')).toEqual([['Evaluator', 'Candidate', 'Vendor', 'Declared conflict', 'Scores set aside']]);
    expect(rows('Consensus')).toEqual([
      ['Candidate', 'Criterion', 'Value', 'Note'],
      ['Alpha 1.0', 'Support', 1, `'+Agreed at calibration`],
    ]);

    // Agreement: a row per criterion, low ones marked as in the ranking; overall alpha and Kendall's W as in the ranking.
    const agreement = rows('Agreement');
    expect(agreement[0]).toEqual(['Criterion', 'Krippendorff’s alpha', 'Low (below 0.667)']);
    expect(agreement.slice(1, 4).map((r) => r[0])).toEqual(['Loans', 'Holds', 'Support']);
    for (const low of ranking.agreement.lowAgreement) {
      const title = Object.entries(criteria).find(([, id]) => id === low.criterionId)![0];
      expect(agreement.find((r) => r[0] === title)).toEqual([title, low.alpha, 'Yes']);
    }
    expect(agreement.find((r) => r[0] === 'Overall alpha')).toEqual(['Overall alpha', ranking.agreement.alpha]);
    expect(agreement.find((r) => r[0] === 'Kendall’s W')?.[1] ?? null).toEqual(ranking.agreement.kendallW);
    expect(agreement.find((r) => r[0] === 'Kendall’s W p-value')?.[1] ?? null).toEqual(ranking.agreement.kendallP);
    // Support: Ada 1 / 3, Ben 0 / 3 — the evaluators agree Beta is better; Loans: 3/1 and 3/2.
    expect(agreement.find((r) => r[0] === 'Support')![1]).toEqual(expect.any(Number));

    const sensitivity = rows('Sensitivity');
    expect(sensitivity[0]).toEqual(['Criterion', 'Weight', 'Tie weight', 'Change', 'Raw change']);
    expect(sensitivity.slice(1, 1 + ranking.tiePoints.length)).toEqual(
      ranking.tiePoints.map((t) => [
        Object.entries(criteria).find(([, id]) => id === t.criterionId)![0],
        t.weight,
        t.tieWeight,
        t.change,
        t.rawChange,
      ]),
    );
    expect(sensitivity.slice(-ranking.stability.length)).toEqual(
      ranking.stability.map((s) => [`±${Math.round(s.change * 100)}%`, s.stable ? 'Yes' : 'No']),
    );

    // Weights: Functional 3 : Service 1 → 0.75 / 0.25; Loans and Holds half of Functional each.
    expect(rows('Weights')).toEqual([
      ['Category', 'Criterion', 'Local weight', 'Global weight'],
      ['Functional', undefined, 0.75, 0.75],
      ['Functional', 'Loans', 0.5, 0.375],
      ['Functional', 'Holds', 0.5, 0.375],
      [`'=Service`, undefined, 0.25, 0.25],
      [`'=Service`, 'Support', 1, 0.25],
    ]);
  });

  it('after the reveal, any member may download it (an evaluator too); outsiders still see nothing', async () => {
    await revealed();
    expect((await download(people['ada'].token)).status).toBe(200);
    expect(codeOf(await server.gql(GQL.scoringRound, { id: roundId }, { token: people['out'].token }))).toBe(
      'NOT_FOUND',
    );
  });
});
