import { RequestActor } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { AcceptanceModule } from '../acceptance.module';
import { VendorClaimsService } from './vendor-claims.service';

describe('VendorClaimsService', () => {
  let bed: ServiceTestBed;
  let sut: VendorClaimsService;
  let lead: RequestActor;
  let evaluator: RequestActor;
  let departmentId: string;

  const query = <T>(sql: string, params: unknown[] = []) => bed.dataSource.query(sql, params) as Promise<T[]>;

  /** An evaluation in scoring led by Lia, with Ada evaluating, one candidate and must-have CIRC-001 … CIRC-00n. */
  async function setUp(count: number) {
    const evaluationId = await bed.evaluation(lead, { status: 'scoring' });
    await bed.member(evaluationId, evaluator, EvaluationRole.Evaluator);
    const candidateId = await bed.candidate(evaluationId, 'Koha');
    const requirementIds: string[] = [];
    for (let i = 1; i <= count; i++) {
      const [row] = await query<{ id: string }>(
        `INSERT INTO requirement (evaluation_id, code, title, department_id, priority, status)
         VALUES ($1, $2, $3, $4, 'must', 'approved') RETURNING id`,
        [evaluationId, `CIRC-00${i}`, `Requirement ${i}`, departmentId],
      );
      requirementIds.push(row.id);
    }
    return { evaluationId, candidateId, requirementIds };
  }

  /** A round on a rubric version of its own with one criterion per score given, scored by Ada (and a consensus where given). */
  async function round(
    evaluationId: string,
    candidateId: string,
    number: number,
    revealed: boolean,
    scores: { requirementId: string; value: number; consensus?: number }[],
  ) {
    const [rubric] = await query<{ id: string }>(
      'INSERT INTO rubric_version (evaluation_id, number, frozen_at) VALUES ($1, $2, now()) RETURNING id',
      [evaluationId, number],
    );
    const [scoring] = await query<{ id: string }>(
      `INSERT INTO scoring_round (evaluation_id, rubric_version_id, number, status, candidate_ids, revealed_at)
       VALUES ($1, $2, $3, $4, ARRAY[$5]::uuid[], $6) RETURNING id`,
      [evaluationId, rubric.id, number, revealed ? 'revealed' : 'open', candidateId, revealed ? new Date() : null],
    );
    for (const [i, score] of scores.entries()) {
      const [criterion] = await query<{ id: string }>(
        `INSERT INTO criterion (rubric_version_id, key, title) VALUES ($1, $2, $3) RETURNING id`,
        [rubric.id, `k${i}`, `Criterion ${i + 1}`],
      );
      await query('INSERT INTO criterion_requirement (criterion_id, requirement_id) VALUES ($1, $2)', [
        criterion.id,
        score.requirementId,
      ]);
      await query(
        'INSERT INTO score (round_id, evaluator_id, candidate_id, criterion_id, value) VALUES ($1, $2, $3, $4, $5)',
        [scoring.id, evaluator.id, candidateId, criterion.id, score.value],
      );
      if (score.consensus !== undefined)
        await query(
          'INSERT INTO consensus_score (round_id, candidate_id, criterion_id, value) VALUES ($1, $2, $3, $4)',
          [scoring.id, candidateId, criterion.id, score.consensus],
        );
    }
  }

  beforeAll(async () => {
    bed = await ServiceTestBed.open([AcceptanceModule]);
    sut = bed.get(VendorClaimsService);
    lead = await bed.user({ name: 'Lia Lead' });
    evaluator = await bed.user({ name: 'Ada Evaluator' });
    departmentId = await bed.department('CIRC', 'Circulation');
  }, 120_000);
  afterAll(() => bed?.close());

  it('counts a criterion scored 0 in the latest revealed round, and never a blind round', async () => {
    /*
     * CIRC-001 claimed out of the box, scored 0 by Ada in the revealed round 1 → SCORED_ZERO (and
     * UNVERIFIED: no case covers it). CIRC-002 claimed by configuration, Ada's 0 overruled by a
     * consensus of 2 → only UNVERIFIED. Round 2 is still blind: its zero for CIRC-002 is not seen.
     */
    const { evaluationId, candidateId, requirementIds } = await setUp(2);
    await sut.set(lead, { candidateId, requirementId: requirementIds[0], claim: 'out_of_the_box' });
    await sut.set(lead, { candidateId, requirementId: requirementIds[1], claim: 'configuration' });
    await round(evaluationId, candidateId, 1, true, [
      { requirementId: requirementIds[0], value: 0 },
      { requirementId: requirementIds[1], value: 0, consensus: 2 },
    ]);
    await round(evaluationId, candidateId, 2, false, [{ requirementId: requirementIds[1], value: 0 }]);

    const found = await sut.disagreements(evaluator, evaluationId, candidateId);
    expect(found.map((d) => [d.requirementCode, d.kinds, d.criteriaScoredZero])).toEqual([
      ['CIRC-001', ['scored_zero', 'unverified'], ['Criterion 1']],
      ['CIRC-002', ['unverified'], []],
    ]);
  });

  it('writes every row of an answer sheet or none, and audits each write', async () => {
    const { evaluationId, candidateId } = await setUp(2);
    const bad = Buffer.from('Code,Compliance\r\nCIRC-001,Yes\r\nCIRC-009,Yes\r\n');
    const refused = await sut.import(lead, candidateId, bad, true);
    expect(refused).toMatchObject({ committed: false, created: 1 });
    expect(refused.problems).toEqual([
      { line: 3, field: 'requirement', message: 'The evaluation has no requirement CIRC-009.' },
    ]);
    expect(await query('SELECT 1 FROM vendor_claim WHERE candidate_id = $1', [candidateId])).toEqual([]);

    const good = Buffer.from('Code,Compliance\r\nCIRC-001,Yes\r\nCIRC-002,No\r\n');
    expect(await sut.import(lead, candidateId, good, true)).toMatchObject({ committed: true, created: 2 });
    const audits = await query<{ action: string }>(
      `SELECT action FROM audit_event WHERE object_type = 'vendor_claim' AND evaluation_id = $1`,
      [evaluationId],
    );
    expect(audits.map((a) => a.action)).toEqual(['imported', 'imported']);
    await expect(sut.import(evaluator, candidateId, good, false)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
