import { compileRubric, criteriaUnder, groupTotals, tiePoint, weightedTotal, withShare } from '.';
import { must, zeroToThree, TREE, flat } from './scoring.fixtures';

describe('what-if weights and subtotals', () => {
  const rubric = compileRubric(TREE, zeroToThree); // shares .45, .15, .2, .2

  it('finds the criteria under a category, or the criterion itself', () => {
    expect(criteriaUnder(rubric, 'technical')).toEqual([2, 3]);
    expect(criteriaUnder(rubric, 'c2')).toEqual([1]);
    expect(() => criteriaUnder(rubric, 'nowhere')).toThrow(/neither a criterion nor a category/);
  });

  it.each([
    // Category "technical" (.2 + .2 = .4) set to .5: inside keeps 1:1, outside (.45, .15) scaled by .5/.6.
    { ids: 'technical', share: 0.5, expected: [0.375, 0.125, 0.25, 0.25] },
    // Criterion c1 (.45) set to .25: the others (.15, .2, .2 = .55) scaled by .75/.55.
    { ids: 'c1', share: 0.25, expected: [0.25, 0.15 * (0.75 / 0.55), 0.2 * (0.75 / 0.55), 0.2 * (0.75 / 0.55)] },
    // Share 0 removes the group; the rest keep their proportions.
    { ids: 'functional', share: 0, expected: [0, 0, 0.5, 0.5] },
    // Unchanged share gives the same weights back.
    { ids: 'functional', share: 0.6, expected: [0.45, 0.15, 0.2, 0.2] },
  ])('withShare($ids → $share) rescales the others proportionally', ({ ids, share, expected }) => {
    const weights = withShare(rubric, criteriaUnder(rubric, ids), share);
    expected.forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 12));
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('matches the tie-point convention: the issue’s example ties A and B at the reported tie share', () => {
    const three = flat([0.5, 0.3, 0.2]);
    const A = [0.8, 0.4, 0.6];
    const B = [0.5, 0.9, 0.7];
    const tie = must(tiePoint(three, A, B, 0));
    const weights = withShare(three, [0], tie.tieWeight);
    expect(must(weightedTotal(three, A, weights).score)).toBeCloseTo(must(weightedTotal(three, B, weights).score), 9);
  });

  it('refuses a share outside 0–1 or a move with nothing left to trade against', () => {
    expect(() => withShare(rubric, [0], 1.2)).toThrow(/between 0 and 1/);
    expect(() => withShare(rubric, [0, 1, 2, 3], 0.5)).toThrow(/no weight to trade/);
    expect(() => withShare(rubric, [9], 0.5)).toThrow(/no criterion 9/);
  });

  it('gives each category’s total over its own scored criteria with completeness', () => {
    // c1 = 3 (1.0), c2 blank, c3 = 0 (0), c4 = 3 (1.0) → functional 100 over 3/4 of its weight; technical 50.
    const groups = [
      { id: 'functional', indexes: criteriaUnder(rubric, 'functional') },
      { id: 'technical', indexes: criteriaUnder(rubric, 'technical') },
    ];
    const [functional, technical] = groupTotals(rubric, [3, null, 0, 3], groups);
    expect(functional.total.score).toBeCloseTo(100, 12);
    expect(functional.total.scoredWeight).toBeCloseTo(0.45 / 0.6, 12);
    expect(functional.total).toMatchObject({ scoredCount: 1, criterionCount: 2 });
    expect(technical.total.score).toBeCloseTo(50, 12);
    expect(technical.total).toMatchObject({ scoredCount: 2, criterionCount: 2, scoredWeight: 1 });
  });
});
