import {
  approvedRequirement,
  cast,
  createDepartment,
  createTeam,
  declareNoConflicts,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  openScoringRound,
  revealScoringRound,
  saveCriterion,
  shortlistProducts,
} from './support/fixtures';
import { codeOf, RunningServer, startServer } from './support/server';

interface Declaration {
  id: string;
  evaluatorName: string;
  vendorId: string;
  vendorName: string;
  conflict: boolean;
  description: string;
  excluded: boolean;
  overriddenByName: string | null;
  overrideReason: string | null;
  version: number;
}
interface Sheet {
  all: boolean;
  vendors: { vendorId: string; vendorName: string; candidateIds: string[] }[];
  declarations: Declaration[];
}

/**
 * Conflicts of interest: each evaluator declares per vendor before scoring; a declared conflict
 * excludes them from that vendor's candidates until the lead overrides it with a reason, and a
 * round cannot be revealed while someone scored without declaring.
 */
describe('conflict-of-interest declarations', () => {
  let server: RunningServer;
  let admin: string;
  let department: string;
  let teams = 0;

  beforeAll(async () => {
    server = await startServer();
    admin = await server.login();
    department = await createDepartment(server, admin, 'CIRC', 'Circulation');
  });
  afterAll(() => server?.stop());

  /** An evaluation in scoring with two vendors (one candidate each), a one-criterion rubric and an open round. */
  async function roundOpen() {
    const tag = `c${++teams}`;
    const team = await createTeam(
      server,
      admin,
      'Conflicts',
      department,
      [...cast('lia', 'ada', 'ben', 'hal', 'vic'), ['dora', 'Dora Director', 'DIRECTOR']],
      { tag },
    );
    const { evaluationId, people } = team;
    const [alpha] = await shortlistProducts(server, admin, evaluationId, {
      vendor: `Acme ${tag}`,
      products: [['Alpha', '1.0']],
    });
    const [beta] = await shortlistProducts(server, admin, evaluationId, {
      vendor: `Bolt ${tag}`,
      products: [['Beta', '1.0']],
    });
    const requirement = await approvedRequirement(server, admin, {
      evaluationId,
      departmentId: department,
      title: 'Holds',
    });
    await moveToScoring(server, admin, evaluationId);
    const lead = people['lia'].token;
    const draft = await draftRubric(server, lead, evaluationId);
    const category = (await saveCriterion(server, lead, { rubricVersionId: draft.id, title: 'Functional' }))[0].id;
    const criterionId = (
      await saveCriterion(server, lead, {
        rubricVersionId: draft.id,
        title: 'Holds',
        parentId: category,
        requirementIds: [requirement.id],
      })
    ).find((c) => c.parentId)!.id;
    const roundId = await openScoringRound(server, lead, evaluationId);
    const sheet = async (token: string) =>
      (await gqlData<{ conflictsOfInterest: Sheet }>(server, GQL.conflictsOfInterest, { id: evaluationId }, token))
        .conflictsOfInterest;
    const vendors = (await sheet(lead)).vendors;
    const vendorOf = (candidateId: string) => vendors.find((v) => v.candidateIds.includes(candidateId))!.vendorId;
    const declare = (token: string, declarations: { vendorId: string; conflict: boolean; description?: string }[]) =>
      server.gql<{ declareConflicts: Declaration[] }>(
        GQL.declareConflicts,
        { input: { evaluationId, declarations } },
        { token },
      );
    const score = (who: string, candidateId: string, value: number) =>
      server.gql(GQL.saveScore, { input: { roundId, candidateId, criterionId, value } }, { token: people[who].token });
    return {
      evaluationId,
      people,
      alpha,
      beta,
      roundId,
      criterionId,
      requirementId: requirement.id,
      sheet,
      vendorOf,
      declare,
      score,
      lead,
    };
  }

  it('keeps an evaluator with a declared conflict from scoring that candidate, until the lead overrides it with a reason', async () => {
    const { evaluationId, people, alpha, beta, vendorOf, declare, score, sheet, lead } = await roundOpen();
    const ada = people['ada'].token;
    const declared = await declare(ada, [
      { vendorId: vendorOf(alpha), conflict: true, description: 'Former employee (until 2024)' },
      { vendorId: vendorOf(beta), conflict: false },
    ]);
    expect(declared.errors).toBeUndefined();
    expect(
      declared.data!.declareConflicts.map((d) => [d.vendorId === vendorOf(alpha), d.conflict, d.excluded]),
    ).toEqual([
      [true, true, true],
      [false, false, false],
    ]);

    expect(codeOf(await score('ada', alpha, 2))).toBe('FORBIDDEN');
    expect(codeOf(await score('ada', beta, 2))).toBeUndefined();
    // A conflict needs a description; a declared one is not withdrawn by the evaluator.
    expect(codeOf(await declare(people['ben'].token, [{ vendorId: vendorOf(alpha), conflict: true }]))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await declare(ada, [{ vendorId: vendorOf(alpha), conflict: false }]))).toBe('CONFLICT');

    const conflictRow = (await sheet(lead)).declarations.find((d) => d.conflict)!;
    expect(conflictRow).toMatchObject({ evaluatorName: 'Ada Evaluator', excluded: true });
    const override = (token: string, reason: string, version = conflictRow.version) =>
      server.gql<{ overrideConflict: Declaration }>(
        GQL.overrideConflict,
        { input: { declarationId: conflictRow.id, reason, version } },
        { token },
      );
    expect(codeOf(await override(people['ben'].token, 'I say so'))).toBe('FORBIDDEN');
    expect(codeOf(await override(ada, 'I say so'))).toBe('FORBIDDEN');
    expect(codeOf(await override(people['dora'].token, 'I say so'))).toBe('FORBIDDEN');
    expect(codeOf(await override(lead, '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await override(lead, 'Left five years ago', conflictRow.version + 1))).toBe('CONFLICT');
    const overridden = await override(lead, 'Left the vendor years ago; no financial interest');
    expect(overridden.data!.overrideConflict).toMatchObject({
      excluded: false,
      overriddenByName: 'Lia Lead',
      overrideReason: 'Left the vendor years ago; no financial interest',
    });
    expect(codeOf(await override(lead, 'Again', overridden.data!.overrideConflict.version))).toBe('CONFLICT');
    expect(codeOf(await score('ada', alpha, 2))).toBeUndefined();

    // The declaration's trail: declared by Ada, overridden by the lead.
    const trail = await gqlData<{
      conflictsOfInterest: { declarations: { conflict: boolean; history: { action: string; actorName: string }[] }[] };
    }>(server, GQL.conflictsOfInterest, { id: evaluationId }, lead);
    expect(trail.conflictsOfInterest.declarations.find((d) => d.conflict)!.history).toEqual([
      { action: 'conflict_overridden', actorName: 'Lia Lead' },
      { action: 'conflict_declared', actorName: 'Ada Evaluator' },
    ]);
  });

  it('refuses to reveal a round while someone scored without declaring, and reveals it once they have', async () => {
    const { evaluationId, people, beta, score, lead, roundId } = await roundOpen();
    await declareNoConflicts(server, people['ada'].token, evaluationId);
    expect(codeOf(await score('ada', beta, 3))).toBeUndefined();
    expect(codeOf(await score('ben', beta, 1))).toBeUndefined();
    const refused = await server.gql(GQL.revealScoringRound, { roundId }, { token: lead });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toContain('Ben Evaluator');
    expect(refused.errors![0].message).not.toContain('Ada Evaluator');
    await declareNoConflicts(server, people['ben'].token, evaluationId);
    await revealScoringRound(server, lead, roundId);
  });

  it('shows every declaration to the lead, directors and administrators, and only their own to others', async () => {
    const { people, alpha, beta, vendorOf, declare, sheet, lead } = await roundOpen();
    await declare(people['ada'].token, [{ vendorId: vendorOf(alpha), conflict: true, description: 'Shareholder' }]);
    await declare(people['ben'].token, [{ vendorId: vendorOf(beta), conflict: false }]);
    for (const token of [lead, people['dora'].token, admin]) {
      const seen = await sheet(token);
      expect(seen.all).toBe(true);
      expect(seen.declarations.map((d) => d.evaluatorName).sort()).toEqual(['Ada Evaluator', 'Ben Evaluator']);
    }
    const ben = await sheet(people['ben'].token);
    expect(ben.all).toBe(false);
    expect(ben.declarations.map((d) => d.evaluatorName)).toEqual(['Ben Evaluator']);
    expect(JSON.stringify(ben)).not.toContain('Shareholder');
    expect((await sheet(people['hal'].token)).declarations).toEqual([]);
    expect((await sheet(people['vic'].token)).vendors).toHaveLength(2);
    // Only evaluators declare, each their own.
    for (const who of ['vic', 'hal', 'dora'])
      expect(codeOf(await declare(people[who].token, [{ vendorId: vendorOf(beta), conflict: false }]))).toBe(
        'FORBIDDEN',
      );
  });

  it('sets aside the scores an evaluator gave before declaring a conflict: the ranking lists them and leaves them out', async () => {
    const { evaluationId, people, alpha, beta, vendorOf, declare, score, lead, roundId } = await roundOpen();
    expect(codeOf(await score('ada', alpha, 3))).toBeUndefined();
    expect(codeOf(await score('ada', beta, 3))).toBeUndefined();
    expect(codeOf(await score('ben', alpha, 1))).toBeUndefined();
    expect(codeOf(await score('ben', beta, 2))).toBeUndefined();
    await declare(people['ada'].token, [
      { vendorId: vendorOf(alpha), conflict: true, description: 'Family works there' },
      { vendorId: vendorOf(beta), conflict: false },
    ]);
    await declareNoConflicts(server, people['ben'].token, evaluationId);
    await revealScoringRound(server, lead, roundId);
    const { scoringRound } = await gqlData<{
      scoringRound: {
        ranking: {
          candidates: { candidateId: string; score: number; byEvaluator: { evaluatorName: string; score: number }[] }[];
          setAside: { evaluatorName: string; candidateId: string; reason: string; scoreCount: number }[];
        };
      };
    }>(
      server,
      'query($id: ID!) { scoringRound(id: $id) { ranking { candidates { candidateId score byEvaluator { evaluatorName score } } setAside { evaluatorName candidateId reason scoreCount } } } }',
      { id: roundId },
      lead,
    );
    expect(scoringRound.ranking.setAside).toEqual([
      { evaluatorName: 'Ada Evaluator', candidateId: alpha, reason: 'Family works there', scoreCount: 1 },
    ]);
    const ranked = new Map(scoringRound.ranking.candidates.map((c) => [c.candidateId, c]));
    // Alpha rests on Ben's 1 alone (of 0–3); Beta on the mean of 3 and 2.
    expect(ranked.get(alpha)!.byEvaluator.map((b) => [b.evaluatorName, b.score])).toEqual([
      ['Ada Evaluator', null],
      ['Ben Evaluator', 33.33],
    ]);
    expect(ranked.get(alpha)!.score).toBeCloseTo(33.33, 1);
    expect(ranked.get(beta)!.score).toBeCloseTo(83.33, 1);
  });

  it('leaves set-aside scores out of the evidence against a vendor’s claims', async () => {
    const { evaluationId, people, alpha, beta, vendorOf, declare, score, lead, roundId, requirementId } =
      await roundOpen();
    // Ada scores Alpha 0 and then declares a conflict with its vendor; Ben scores only Beta.
    expect(codeOf(await score('ada', alpha, 0))).toBeUndefined();
    expect(codeOf(await score('ada', beta, 2))).toBeUndefined();
    expect(codeOf(await score('ben', beta, 2))).toBeUndefined();
    await declare(people['ada'].token, [
      { vendorId: vendorOf(alpha), conflict: true, description: 'Former employee' },
      { vendorId: vendorOf(beta), conflict: false },
    ]);
    await declareNoConflicts(server, people['ben'].token, evaluationId);
    await gqlData(
      server,
      GQL.setVendorClaim,
      { input: { candidateId: alpha, requirementId, claim: 'OUT_OF_THE_BOX' } },
      lead,
    );
    await revealScoringRound(server, lead, roundId);
    const disagreements = async () =>
      (
        await gqlData<{
          evaluation: { vendorClaimDisagreements: { kinds: string[]; criteriaScoredZero: string[] }[] };
        }>(server, GQL.vendorClaimDisagreements, { id: evaluationId, c: alpha }, lead)
      ).evaluation.vendorClaimDisagreements;
    // Ada's 0 is set aside: nothing scored the claim down, it is only unverified (no test covers it).
    expect(await disagreements()).toMatchObject([{ kinds: ['UNVERIFIED'], criteriaScoredZero: [] }]);
    // Once the lead lets Ada score Alpha, her 0 counts again.
    const declaration = (
      await gqlData<{ conflictsOfInterest: Sheet }>(server, GQL.conflictsOfInterest, { id: evaluationId }, lead)
    ).conflictsOfInterest.declarations.find((d) => d.conflict)!;
    await gqlData(
      server,
      GQL.overrideConflict,
      {
        input: {
          declarationId: declaration.id,
          version: declaration.version,
          reason: 'Left the company ten years ago',
        },
      },
      lead,
    );
    expect(await disagreements()).toMatchObject([
      { kinds: ['SCORED_ZERO', 'UNVERIFIED'], criteriaScoredZero: ['Holds'] },
    ]);
  });
});
