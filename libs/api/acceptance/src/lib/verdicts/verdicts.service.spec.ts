import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { DataSource } from 'typeorm';
import { AcceptanceModule } from '../acceptance.module';
import { VerdictsService } from './verdicts.service';

describe('VerdictsService', () => {
  let bed: ServiceTestBed;
  let sut: VerdictsService;
  let lead: RequestActor;
  let director: RequestActor;
  let tester: RequestActor;
  let viewer: RequestActor;
  let outsider: RequestActor;
  let department: string;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    bed.get(DataSource).query(sql, params);

  async function requirement(
    evaluationId: string,
    code: string,
    priority: string,
    method = 'test',
    status = 'approved',
  ): Promise<string> {
    const [row] = await query<{ id: string }>(
      `INSERT INTO requirement (evaluation_id, code, title, department_id, priority, verification_method, status)
       VALUES ($1, $2, $2, $3, $4, $5, $6) RETURNING id`,
      [evaluationId, code, department, priority, method, status],
    );
    return row.id;
  }

  /** A plan with one case per entry, linked to the requirements given. */
  async function cases(evaluationId: string, links: string[][]): Promise<{ planId: string; caseIds: string[] }> {
    const [plan] = await query<{ id: string }>(
      `INSERT INTO test_plan (evaluation_id, name, key_prefix) VALUES ($1, 'Acceptance', 'ACC') RETURNING id`,
      [evaluationId],
    );
    const caseIds: string[] = [];
    for (const [index, requirementIds] of links.entries()) {
      const [row] = await query<{ id: string }>(
        `INSERT INTO test_case (plan_id, number, key) VALUES ($1, $2, $3) RETURNING id`,
        [plan.id, index + 1, `ACC-${index + 1}`],
      );
      await query(`INSERT INTO test_case_version (case_id, case_version, title) VALUES ($1, 1, 'Case')`, [row.id]);
      for (const requirementId of requirementIds) {
        await query('INSERT INTO test_case_requirement (case_id, requirement_id) VALUES ($1, $2)', [
          row.id,
          requirementId,
        ]);
      }
      caseIds.push(row.id);
    }
    return { planId: plan.id, caseIds };
  }

  /** A run against the candidate with the statuses given per case (null: no result row). */
  async function run(
    planId: string,
    candidateId: string,
    results: [caseId: string, status: string, executedAt: string | null][],
  ): Promise<void> {
    const [{ product_version_id }] = await query<{ product_version_id: string }>(
      'SELECT product_version_id FROM candidate WHERE id = $1',
      [candidateId],
    );
    const [row] = await query<{ id: string }>(
      `INSERT INTO test_run (plan_id, candidate_id, product_version_id, environment) VALUES ($1, $2, $3, 'Sandbox') RETURNING id`,
      [planId, candidateId, product_version_id],
    );
    for (const [caseId, status, executedAt] of results) {
      await query(
        `INSERT INTO test_result (run_id, case_id, case_version, status, executed_at) VALUES ($1, $2, 1, $3, $4)`,
        [row.id, caseId, status, executedAt],
      );
    }
  }

  async function setUp() {
    const evaluationId = await bed.evaluation(lead, { status: 'testing' });
    await bed.member(evaluationId, lead, EvaluationRole.Director);
    await bed.member(evaluationId, director, EvaluationRole.Director);
    await bed.member(evaluationId, tester, EvaluationRole.Tester);
    await bed.member(evaluationId, viewer, EvaluationRole.Viewer);
    const candidateId = await bed.candidate(evaluationId, 'Koha');
    return { evaluationId, candidateId };
  }

  const verdictOf = async (actor: RequestActor, candidateId: string) => {
    const [result] = await sut.acceptanceOf(actor, [candidateId]);
    if (result instanceof Error) throw result;
    return result;
  };

  beforeAll(async () => {
    bed = await ServiceTestBed.open([AcceptanceModule]);
    sut = bed.get(VerdictsService);
    lead = await bed.user({ name: 'Lia Lead' });
    director = await bed.user({ name: 'Dora Director' });
    tester = await bed.user({ name: 'Tess Tester' });
    viewer = await bed.user({ name: 'Vic Viewer' });
    outsider = await bed.user({ name: 'Otto Outsider' });
    department = await bed.department('CIRC', 'Circulation');
  }, 120_000);
  afterAll(() => bed?.close());

  it('reads the defaults until a lead changes them, then the saved criteria at their version', async () => {
    const { evaluationId } = await setUp();
    expect(await sut.criteria(viewer, evaluationId)).toMatchObject({
      passRateThreshold: 95,
      minShouldCoverage: null,
      isDefault: true,
      version: 0,
    });
    const saved = await sut.setCriteria(lead, { evaluationId, version: 0, passRateThreshold: 97.5 });
    expect(saved).toMatchObject({ passRateThreshold: 97.5, mandatoryVerified: true, isDefault: false, version: 1 });
    const again = await sut.setCriteria(lead, { evaluationId, version: 1, minShouldCoverage: 80 });
    expect(again).toMatchObject({ passRateThreshold: 97.5, minShouldCoverage: 80, version: 2 });
    await expect(sut.setCriteria(lead, { evaluationId, version: 1, noOpenMajorDefects: true })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('names the field a lead got wrong, and refuses non-leads and outsiders', async () => {
    const { evaluationId } = await setUp();
    await expect(sut.setCriteria(lead, { evaluationId, version: 0, passRateThreshold: 101 })).rejects.toMatchObject({
      message: 'The pass rate threshold must be between 0 and 100 %; it is 101.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'passRateThreshold' }] },
    });
    await expect(sut.setCriteria(tester, { evaluationId, version: 0 })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(sut.setCriteria(outsider, { evaluationId, version: 0 })).rejects.toMatchObject({
      message: 'The evaluation was not found.',
    });
  });

  it('counts the latest executed result per case: a placeholder in a newer run hides nothing', async () => {
    const { evaluationId, candidateId } = await setUp();
    const must = await requirement(evaluationId, 'CIRC-1', 'must');
    const { planId, caseIds } = await cases(evaluationId, [[must], []]);
    await run(planId, candidateId, [
      [caseIds[0], 'failed', '2026-01-01T10:00:00Z'],
      [caseIds[1], 'passed', '2026-01-01T10:00:00Z'],
    ]);
    await run(planId, candidateId, [
      [caseIds[0], 'passed', '2026-01-02T10:00:00Z'],
      [caseIds[1], 'untested', null],
    ]);
    await sut.setCriteria(lead, { evaluationId, version: 0, passRateThreshold: 100 });
    const result = await verdictOf(viewer, candidateId);
    expect(result.passRate).toEqual({ passed: 2, failed: 0, notRun: 0, percent: 100 });
    expect(result.verdict).toBe('ACCEPTED');
  });

  it('records verifications only for requirements not verified by a test, and the latest counts', async () => {
    const { evaluationId, candidateId } = await setUp();
    const tested = await requirement(evaluationId, 'CIRC-1', 'must');
    const shown = await requirement(evaluationId, 'CIRC-2', 'must', 'demonstration');
    await expect(
      sut.recordVerification(tester, { candidateId, requirementId: tested, outcome: 'accepted' }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(
      sut.recordVerification(viewer, { candidateId, requirementId: shown, outcome: 'accepted' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      sut.recordVerification(outsider, { candidateId, requirementId: shown, outcome: 'accepted' }),
    ).rejects.toMatchObject({ message: 'The candidate was not found.' });
    const other = await requirement(await bed.evaluation(lead), 'CIRC-9', 'must', 'inspection');
    await expect(
      sut.recordVerification(tester, { candidateId, requirementId: other, outcome: 'accepted' }),
    ).rejects.toMatchObject({ message: 'The requirement was not found.' });
    await sut.recordVerification(tester, { candidateId, requirementId: shown, outcome: 'rejected', note: 'Crashed' });
    await sut.recordVerification(lead, { candidateId, requirementId: shown, outcome: 'accepted' });
    const list = await sut.verifications(viewer, candidateId);
    expect(list.map((v) => [v.outcome, v.current])).toEqual([
      ['accepted', true],
      ['rejected', false],
    ]);
    const states = (await verdictOf(viewer, candidateId)).requirements;
    expect(states).toEqual([
      expect.objectContaining({ requirementId: tested, state: 'uncovered', waiverId: null, verifiedByTest: true }),
      expect.objectContaining({ requirementId: shown, state: 'verified', waiverId: null, verifiedByTest: false }),
    ]);
  });

  it('lets a waiver change the verdict only once a director other than its proposer agrees', async () => {
    const { evaluationId, candidateId } = await setUp();
    await sut.setCriteria(lead, { evaluationId, version: 0, passRateThreshold: 0 });
    const must = await requirement(evaluationId, 'CIRC-1', 'must');
    expect((await verdictOf(viewer, candidateId)).verdict).toBe('NOT_ACCEPTED');
    await expect(
      sut.proposeWaiver(tester, { candidateId, requirementId: must, rationale: 'Workaround' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const waiver = await sut.proposeWaiver(lead, { candidateId, requirementId: must, rationale: ' Workaround ' });
    expect(waiver).toMatchObject({ state: 'proposed', rationale: 'Workaround', proposedByName: 'Lia Lead' });
    expect((await verdictOf(viewer, candidateId)).verdict).toBe('NOT_ACCEPTED');
    await expect(sut.agreeToWaiver(lead, { id: waiver.id, version: waiver.version })).rejects.toMatchObject({
      message: 'You proposed this waiver: another director must agree to it.',
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(sut.agreeToWaiver(tester, { id: waiver.id, version: waiver.version })).rejects.toMatchObject({
      message: 'Only a director may agree to a waiver.',
    });
    await expect(sut.agreeToWaiver(outsider, { id: waiver.id, version: waiver.version })).rejects.toMatchObject({
      message: 'The waiver was not found.',
    });
    const agreed = await sut.agreeToWaiver(director, { id: waiver.id, version: waiver.version });
    expect(agreed).toMatchObject({ state: 'agreed', decidedByName: 'Dora Director' });
    const result = await verdictOf(viewer, candidateId);
    expect(result.verdict).toBe('ACCEPTED_WITH_WAIVERS');
    expect(result.reasons.find((r) => r.kind === 'MANDATORY_WAIVED')?.waiverIds).toEqual([waiver.id]);
    await expect(sut.rejectWaiver(director, { id: waiver.id, version: agreed.version })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    await sut.withdrawWaiver(lead, { id: waiver.id, version: agreed.version });
    expect((await verdictOf(viewer, candidateId)).verdict).toBe('NOT_ACCEPTED');
  });

  it('refuses every change once the evaluation is decided', async () => {
    const { evaluationId, candidateId } = await setUp();
    const must = await requirement(evaluationId, 'CIRC-1', 'must');
    await bed.setStatus(evaluationId, 'decided');
    await expect(sut.setCriteria(lead, { evaluationId, version: 0, passRateThreshold: 90 })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    await expect(
      sut.proposeWaiver(lead, { candidateId, requirementId: must, rationale: 'Late' }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });
});
