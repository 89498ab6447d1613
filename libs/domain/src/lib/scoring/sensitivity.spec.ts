import {
  buildScoreTable,
  compileRubric,
  rankCandidates,
  rankStability,
  sensitivity,
  tiePoint,
  tiePoints,
  weightedTotal,
} from '.';
import { must, unit, flat, reweighted } from './scoring.fixtures';

describe('tie points', () => {
  // Weights (.5, .3, .2); A = (.8, .4, .6) totals .64 and B = (.5, .9, .7) totals .66, so B leads.
  // With d = A − B and D = Σ w·d, raising criterion k's weight alone by t − w (others kept) ties them
  // when D + (t − w)·d_k = 0, i.e. rawChange = −D/d_k; as a share that is t/(t + 1 − w), which equals
  // (w·d_k − D)/(d_k − D), the share found by rescaling the others proportionally.
  const rubric = flat([0.5, 0.3, 0.2]);
  const A = [0.8, 0.4, 0.6];
  const B = [0.5, 0.9, 0.7];

  it('the issue’s example: raising the first weight by 1/15 ≈ +0.0667 ties A and B', () => {
    const point = must(tiePoint(rubric, B, A, 0));
    expect(point.rawChange).toBeCloseTo(1 / 15, 14); // −D/d_1 = 0.02/0.3
    expect(point.tieWeight).toBeCloseTo(17 / 32, 14); // (.5 + 1/15)/(1 + 1/15) = .53125
    expect(point.change).toBeCloseTo(1 / 32, 14); // as a share, others rescaled: .5 → .53125
    expect(point.weight).toBe(0.5);
    expect(point.criterionId).toBe('k1');
  });

  it.each([
    // k, rawChange = −D/d_k, tieWeight = (w·d_k − D)/(d_k − D)
    [0, 1 / 15, 17 / 32],
    [1, -0.04, 0.26 / 0.96],
    [2, -0.2, 0], // dropping the third criterion altogether ties them: both .52/.8 = .65
  ])('criterion %d against the closed form', (k, rawChange, tieWeight) => {
    const point = must(tiePoints(rubric, B, A)[k]);
    expect(point.rawChange).toBeCloseTo(rawChange, 14);
    expect(point.tieWeight).toBeCloseTo(tieWeight, 14);
    // Recomputed directly: at the tie the two totals are equal.
    const w = reweighted(rubric.weights, k, point.tieWeight);
    expect(must(weightedTotal(rubric, A, w).score)).toBeCloseTo(must(weightedTotal(rubric, B, w).score), 10);
  });

  it('is the same whichever candidate is given first', () => {
    expect(tiePoints(rubric, A, B)).toEqual(tiePoints(rubric, B, A));
  });

  it('has no tie point in [0, 1] when the leader is ahead on every criterion', () => {
    expect(tiePoints(rubric, [0.9, 0.9, 0.9], [0.1, 0.2, 0.3])).toEqual([null, null, null]);
  });

  it('has none when the tie would need a share above 1 or below 0', () => {
    // d = (.1, .5), D = .3. For k = 1 the share would have to be (.5·.1 − .3)/(.1 − .3) = 1.25.
    const two = flat([0.5, 0.5]);
    expect(tiePoint(two, [0.6, 0.9], [0.5, 0.4], 0)).toBeNull();
    // For k = 2 it would be (.5·.5 − .3)/(.5 − .3) = −0.25.
    expect(tiePoint(two, [0.6, 0.9], [0.5, 0.4], 1)).toBeNull();
  });

  it('has none when the criterion separates them by exactly the rest’s margin (parallel totals)', () => {
    expect(tiePoint(flat([0.5, 0.5]), [0.6, 0.6], [0.3, 0.3], 0)).toBeNull();
  });

  it('refuses scores off the scale and weights that are all zero', () => {
    expect(() => tiePoints(rubric, [0.5, 1.5, 0.5], A)).toThrow(/Criterion "k2": 1.5 is outside its scale 0–1/);
    expect(() => tiePoints(rubric, A, B, [0, 0, 0])).toThrow(/all zero/);
  });

  it('has none for a rubric of one criterion, nor between identical candidates', () => {
    expect(tiePoint(flat([1]), [0.2], [0.8], 0)).toBeNull();
    expect(tiePoints(rubric, A, A)).toEqual([null, null, null]);
  });

  it('finds the tie with blanks, where totals are ratios (checked by recomputing both totals)', () => {
    // A has not been scored on criterion 3, so its total is over criteria 1–2 only.
    const four = flat([0.4, 0.3, 0.2, 0.1]);
    const a = [0.9, 0.3, null, 0.5];
    const b = [0.4, 0.8, 0.7, 0.6];
    const points = tiePoints(four, a, b);
    expect(points.some((p) => p !== null)).toBe(true);
    points.forEach((point, k) => {
      if (!point) return;
      const w = reweighted(four.weights, k, point.tieWeight);
      expect(must(weightedTotal(four, a, w).score)).toBeCloseTo(must(weightedTotal(four, b, w).score), 9);
      expect(point.tieWeight).toBeGreaterThanOrEqual(0);
      expect(point.tieWeight).toBeLessThan(1);
    });
    // Criterion 3 is scored only for B: raising it moves only B's total, towards .7.
    const k3 = must(points[2]);
    const w3 = reweighted(four.weights, 2, k3.tieWeight);
    expect(must(weightedTotal(four, a, w3).score)).toBeCloseTo(must(weightedTotal(four, b, w3).score), 9);
  });
});

describe('rank stability', () => {
  const rubric = flat([0.5, 0.3, 0.2]);
  const candidates = (a: number[], b: number[]) => [
    { candidateId: 'A', values: a },
    { candidateId: 'B', values: b },
  ];

  it('the issue’s example is not stable: +10% on the first weight (.55 > .53125) puts A first', () => {
    const result = rankStability(rubric, candidates([0.8, 0.4, 0.6], [0.5, 0.9, 0.7]));
    expect(result.winnerId).toBe('B');
    expect(result.levels).toEqual([
      { change: 0.1, stable: false },
      { change: 0.25, stable: false },
    ]);
    expect(result.scenarios.find((s) => s.criterionId === 'k1' && s.change === 0.1)).toMatchObject({
      weight: 0.55,
      leaderId: 'A',
      winnerHolds: false,
    });
  });

  it('holds under ±10% but not ±25% when the nearest tie is 11.8% away', () => {
    // B = (.5, .9, .8): D = −.04. Tie shares: k1 (.15 + .04)/(.3 + .04) = .5588 (+11.8%),
    // k2 (−.15 + .04)/(−.5 + .04) = .2391 (−20.3%), k3 at 0 (−100%).
    const result = rankStability(rubric, candidates([0.8, 0.4, 0.6], [0.5, 0.9, 0.8]));
    expect(result.winnerId).toBe('B');
    expect(result.levels).toEqual([
      { change: 0.1, stable: true },
      { change: 0.25, stable: false },
    ]);
    const flipped = result.scenarios.filter((s) => !s.winnerHolds).map((s) => [s.criterionId, s.change]);
    expect(flipped).toEqual([
      ['k1', 0.25],
      ['k2', -0.25],
    ]);
  });

  it('agrees with recomputing every scenario from scratch (with blanks)', () => {
    const four = flat([0.4, 0.3, 0.2, 0.1]);
    const field = [
      { candidateId: 'A', values: [0.9, 0.3, null, 0.5] },
      { candidateId: 'B', values: [0.4, 0.8, 0.7, 0.6] },
      { candidateId: 'C', values: [0.6, 0.6, 0.6, null] },
    ];
    const result = rankStability(four, field, { changes: [-0.5, -0.25, -0.1, 0.1, 0.25, 0.5] });
    for (const scenario of result.scenarios) {
      const k = must(four.indexOf.get(scenario.criterionId));
      const w = reweighted(four.weights, k, scenario.weight);
      const totals = field.map((c) => must(weightedTotal(four, c.values, w).score));
      const best = Math.max(...totals);
      expect(scenario.leaderId).toBe(field[totals.indexOf(best)].candidateId);
    }
  });

  it('is stable for a clear winner, and has no winner when first place is shared', () => {
    expect(rankStability(rubric, candidates([0.9, 0.9, 0.9], [0.2, 0.3, 0.1])).levels.every((l) => l.stable)).toBe(
      true,
    );
    const shared = rankStability(rubric, candidates([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]));
    expect(shared.winnerId).toBeNull();
    expect(shared.levels.every((l) => !l.stable)).toBe(true);
  });

  it('sensitivity() takes the top two of a ranking, leaving knocked-out candidates aside', () => {
    const tree = compileRubric([
      { id: 'k1', weight: 0.5, scale: unit },
      { id: 'k2', weight: 0.3, scale: unit },
      { id: 'k3', weight: 0.2, scale: unit },
    ]);
    const rows = { A: [0.8, 0.4, 0.6], B: [0.5, 0.9, 0.7], X: [1, 1, 0] };
    const table = buildScoreTable(tree, {
      candidateIds: Object.keys(rows),
      scores: Object.entries(rows).flatMap(([candidateId, values]) =>
        values.map((value, i) => ({ evaluatorId: 'e', candidateId, criterionId: `k${i + 1}`, value })),
      ),
    });
    const ranking = rankCandidates(tree, table, { mandatory: [{ id: 'm', label: 'Must', criterionIds: ['k3'] }] });
    const result = must(sensitivity(tree, ranking));
    expect([result.firstId, result.secondId]).toEqual(['B', 'A']);
    expect(must(result.tiePoints[0]).rawChange).toBeCloseTo(1 / 15, 14);
    expect(result.stability.winnerId).toBe('B');
    expect(
      sensitivity(tree, rankCandidates(tree, buildScoreTable(tree, { candidateIds: ['A'], scores: [] }))),
    ).toBeNull();
  });
});
