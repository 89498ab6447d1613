import { buildScoreTable, compileRubric, findKnockouts, rankCandidates } from '.';
import { zeroToThree, TREE } from './scoring.fixtures';

describe('knockouts and ranking', () => {
  const rubric = compileRubric(TREE, zeroToThree);
  const rfid = { id: 'r1', label: 'CIRC-012 Self-check with RFID', criterionIds: ['c3'] };

  const rank = (aggregate: (number | null)[][], options = {}) =>
    rankCandidates(
      rubric,
      buildScoreTable(rubric, {
        candidateIds: aggregate.map((_, i) => `cand${i + 1}`),
        evaluatorIds: ['ann'],
        scores: aggregate.flatMap((row, c) =>
          row.map((value, i) => ({ evaluatorId: 'ann', candidateId: `cand${c + 1}`, criterionId: `c${i + 1}`, value })),
        ),
      }),
      options,
    );

  it('knocks out a candidate at the scale minimum on a mandatory criterion and names the requirement', () => {
    const ranking = rank(
      [
        [3, 3, 0, 3], // best total, but fails RFID
        [2, 2, 2, 2],
        [1, 1, 1, 1],
      ],
      { mandatory: [rfid] },
    );
    expect(ranking.candidates.map((c) => c.candidateId)).toEqual(['cand2', 'cand3', 'cand1']);
    expect(ranking.candidates.map((c) => c.rank)).toEqual([1, 2, null]);
    expect(ranking.winnerId).toBe('cand2');
    const knockedOut = ranking.candidates[2];
    expect(knockedOut.knockedOut).toBe(true);
    expect(knockedOut.knockouts).toEqual([
      { requirementId: 'r1', label: 'CIRC-012 Self-check with RFID', criterionId: 'c3', value: 0, threshold: null },
    ]);
    expect(knockedOut.total.score).toBeCloseTo(80, 12);
  });

  it.each([
    ['at the minimum, no threshold', undefined, 0, true],
    ['above the minimum, no threshold', undefined, 0.5, false],
    ['below the threshold', 2, 1.5, true],
    ['at the threshold', 2, 2, false],
  ])('%s', (_label, threshold, value, fails) => {
    const values = [3, 3, value, 3];
    expect(findKnockouts(rubric, values, [{ ...rfid, threshold }]).knockouts.length > 0).toBe(fails);
  });

  it('uses the aggregate: one evaluator at the minimum does not knock a candidate out', () => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['koha'],
      scores: [
        { evaluatorId: 'ann', candidateId: 'koha', criterionId: 'c3', value: 0 },
        { evaluatorId: 'bob', candidateId: 'koha', criterionId: 'c3', value: 1 },
      ],
    });
    expect(rankCandidates(rubric, table, { mandatory: [rfid] }).candidates[0].knockedOut).toBe(false);
  });

  it('reports a mandatory requirement with a blank score as pending, not failed', () => {
    const ranking = rank([[3, 3, null, 3]], { mandatory: [rfid] });
    expect(ranking.candidates[0].knockedOut).toBe(false);
    expect(ranking.candidates[0].pendingRequirements).toEqual([
      { requirementId: 'r1', label: rfid.label, criterionIds: ['c3'] },
    ]);
  });

  it('refuses a requirement linked to a criterion outside the rubric', () => {
    expect(() => findKnockouts(rubric, [0, 0, 0, 0], [{ id: 'r', label: 'X', criterionIds: ['nope'] }])).toThrow(
      /Requirement "X" links criterion "nope"/,
    );
  });

  it('shares a rank between equal totals and names no winner when first place is shared', () => {
    const ranking = rank([
      [3, 0, 3, 0],
      [3, 0, 3, 0],
      [0, 0, 0, 0],
    ]);
    expect(ranking.candidates.map((c) => c.rank)).toEqual([1, 1, 3]);
    expect(ranking.winnerId).toBeNull();
  });

  it('puts a candidate with nothing scored after the ranked ones, unranked', () => {
    const ranking = rank([
      [null, null, null, null],
      [1, 1, 1, 1],
    ]);
    expect(ranking.candidates.map((c) => [c.candidateId, c.rank])).toEqual([
      ['cand2', 1],
      ['cand1', null],
    ]);
  });

  it('gives each evaluator’s own total and completeness', () => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['koha'],
      evaluatorIds: ['ann', 'bob'],
      scores: [
        { evaluatorId: 'ann', candidateId: 'koha', criterionId: 'c1', value: 3 },
        { evaluatorId: 'ann', candidateId: 'koha', criterionId: 'c2', value: 0 },
        { evaluatorId: 'bob', candidateId: 'koha', criterionId: 'c1', value: 0 },
      ],
    });
    const [koha] = rankCandidates(rubric, table).candidates;
    expect(koha.byEvaluator[0].total.score).toBeCloseTo(75, 12); // (.45·1 + .15·0)/.6
    expect(koha.byEvaluator[0].total.scoredCount).toBe(2);
    expect(koha.byEvaluator[1].total.score).toBe(0);
    expect(koha.byEvaluator[1].total.scoredWeight).toBeCloseTo(0.45, 15);
    expect(koha.total.score).toBeCloseTo(((0.45 * 0.5 + 0) / 0.6) * 100, 12);
  });

  it('ranks with slider weights when given', () => {
    const ranking = rank(
      [
        [3, 0, 0, 0],
        [0, 3, 0, 0],
      ],
      { weights: [0, 1, 0, 0] },
    );
    expect(ranking.winnerId).toBe('cand2');
  });
});
