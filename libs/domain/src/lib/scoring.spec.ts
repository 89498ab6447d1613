import {
  CompiledRubric,
  CriterionNode,
  ScoreEntry,
  buildScoreTable,
  compileRubric,
  consensusEffect,
  criteriaUnder,
  findKnockouts,
  groupTotals,
  normaliseScore,
  rankCandidates,
  rankStability,
  scorePerCost,
  sensitivity,
  tiePoint,
  tiePoints,
  totalCostOfOwnership,
  weightedTotal,
  weightsByContent,
  withShare,
} from './scoring';

/** The value, or a test failure when there is none. */
const must = <T>(value: T | null | undefined): T => {
  if (value === null || value === undefined) throw new Error('Expected a value.');
  return value;
};

const zeroToThree = { min: 0, max: 3 };
const unit = { min: 0, max: 1 };

/** Functional (60) with c1 (3) and c2 (1); Technical (40) with c3 and c4 (1 each). */
const TREE: CriterionNode[] = [
  {
    id: 'functional',
    weight: 60,
    children: [
      { id: 'c1', weight: 3 },
      { id: 'c2', weight: 1 },
    ],
  },
  {
    id: 'technical',
    weight: 40,
    children: [
      { id: 'c3', weight: 1 },
      { id: 'c4', weight: 1 },
    ],
  },
];

/** A flat rubric of criteria on 0–1 with the given weights. */
const flat = (weights: number[]): CompiledRubric =>
  compileRubric(weights.map((weight, i) => ({ id: `k${i + 1}`, weight, scale: unit })));

/** Shares with criterion k set to x and the others rescaled proportionally (a direct recomputation). */
const reweighted = (weights: readonly number[], k: number, x: number) =>
  weights.map((w, j) => (j === k ? x : (w * (1 - x)) / (1 - weights[k])));

describe('compileRubric', () => {
  it('multiplies the normalised weights down the tree', () => {
    const rubric = compileRubric(TREE, zeroToThree);
    expect(rubric.criteria.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    [0.45, 0.15, 0.2, 0.2].forEach((share, i) => expect(rubric.weights[i]).toBeCloseTo(share, 15));
    expect(rubric.criteria[2].path).toEqual(['technical']);
    expect(rubric.criteria[0].scale).toEqual(zeroToThree);
    expect(rubric.indexOf.get('c3')).toBe(2);
  });

  it('takes a leaf’s own scale over the default', () => {
    const rubric = compileRubric(
      [
        { id: 'a', weight: 1, scale: { min: 1, max: 5 } },
        { id: 'b', weight: 1 },
      ],
      zeroToThree,
    );
    expect(rubric.criteria.map((c) => c.scale)).toEqual([{ min: 1, max: 5 }, zeroToThree]);
  });

  it('leaves out a category without criteria, its weight going to its siblings', () => {
    const rubric = compileRubric([{ id: 'empty', weight: 50, children: [] }, ...TREE], zeroToThree);
    expect(rubric.criteria).toHaveLength(4);
    expect(rubric.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(rubric.weights[0]).toBeCloseTo(0.45, 15);
  });

  it('keeps a zero-weight criterion with no share', () => {
    const rubric = compileRubric(
      [
        { id: 'a', weight: 0 },
        { id: 'b', weight: 2 },
      ],
      zeroToThree,
    );
    expect(rubric.weights).toEqual([0, 1]);
  });

  it.each([
    [
      'a negative weight',
      [
        { id: 'a', weight: -1 },
        { id: 'b', weight: 1 },
      ],
      /"a" has weight -1/,
    ],
    ['a weight that is not a number', [{ id: 'a', weight: NaN }], /"a" has weight NaN/],
    [
      'all-zero weights at a level',
      [
        {
          id: 'cat',
          weight: 1,
          children: [
            { id: 'a', weight: 0 },
            { id: 'b', weight: 0 },
          ],
        },
      ],
      /inside "cat" are all zero/,
    ],
    ['no criteria', [{ id: 'cat', weight: 1, children: [] }], /no criteria/],
    [
      'a repeated id',
      [
        { id: 'a', weight: 1 },
        { id: 'cat', weight: 1, children: [{ id: 'a', weight: 1 }] },
      ],
      /"a" twice/,
    ],
    [
      'an empty scale',
      [{ id: 'a', weight: 1, scale: { min: 3, max: 3 } }],
      /Criterion "a": the top of the scale \(3\) must be above the bottom \(3\)/,
    ],
  ] as [string, CriterionNode[], RegExp][])('refuses %s', (_label, nodes, message) => {
    expect(() => compileRubric(nodes, zeroToThree)).toThrow(message);
  });

  it('refuses a criterion without a scale when there is no default', () => {
    expect(() => compileRubric([{ id: 'a', weight: 1 }])).toThrow(/Criterion "a" has no scale/);
  });
});

describe('weightedTotal', () => {
  const rubric = compileRubric(TREE, zeroToThree);

  it.each([
    // shares .45 .15 .2 .2 on 0–3; totals by hand.
    ['every criterion at the top', [3, 3, 3, 3], 100, 1, 4],
    ['every criterion at the bottom', [0, 0, 0, 0], 0, 1, 4],
    ['mixed', [3, 1, 2, 0], 100 * (0.45 + 0.15 / 3 + 0.2 * (2 / 3)), 1, 4],
    // A blank is missing, not zero: (.45·1 + .2·.5 + .2·0)/.85 = 64.7…, not 55.
    ['a blank', [3, null, 1.5, 0], (100 * 0.55) / 0.85, 0.85, 3],
    ['undefined as blank', [undefined, 3, undefined, undefined], 100, 0.15, 1],
  ])('%s', (_label, values, score, scoredWeight, scoredCount) => {
    const total = weightedTotal(rubric, values);
    expect(total.score).toBeCloseTo(score, 12);
    expect(total.scoredWeight).toBeCloseTo(scoredWeight, 15);
    expect(total.scoredCount).toBe(scoredCount);
    expect(total.criterionCount).toBe(4);
  });

  it('is null with nothing scored', () => {
    expect(weightedTotal(rubric, [null, null, null, null])).toEqual({
      score: null,
      scoredWeight: 0,
      scoredCount: 0,
      criterionCount: 4,
    });
  });

  it('measures from the scale minimum: 1 on a 1–5 scale is 0, 4 is 75', () => {
    const oneToFive = compileRubric([{ id: 'a', weight: 1, scale: { min: 1, max: 5 } }]);
    expect(weightedTotal(oneToFive, [1]).score).toBe(0);
    expect(weightedTotal(oneToFive, [4]).score).toBe(75);
    expect(normaliseScore(2, { min: 1, max: 5 })).toBe(0.25);
  });

  it('combines criteria on different scales by their normalised scores', () => {
    const mixed = compileRubric([
      { id: 'a', weight: 1, scale: { min: 0, max: 3 } },
      { id: 'b', weight: 1, scale: { min: 1, max: 5 } },
    ]);
    expect(weightedTotal(mixed, [3, 1]).score).toBeCloseTo(50, 12);
  });

  it('uses given weights (a slider’s), normalised by their sum', () => {
    expect(weightedTotal(rubric, [3, 0, 0, 0], [2, 2, 0, 0]).score).toBeCloseTo(50, 12);
    expect(weightedTotal(rubric, [3, null, 0, 0], [2, 2, 0, 0]).scoredWeight).toBeCloseTo(0.5, 15);
  });

  it.each([
    [[4, 0, 0, 0], /Criterion "c1": 4 is outside its scale 0–3/],
    [[0, -1, 0, 0], /Criterion "c2": -1 is outside/],
    [[0, 0, NaN, 0], /Criterion "c3": NaN is outside/],
  ])('refuses %j', (values, message) => {
    expect(() => weightedTotal(rubric, values)).toThrow(message);
  });

  it('refuses negative or missing slider weights', () => {
    expect(() => weightedTotal(rubric, [0, 0, 0, 0], [1, -1, 0, 0])).toThrow(/Criterion "c2" has weight -1/);
    expect(() => weightedTotal(rubric, [0, 0, 0, 0], [1, NaN, 0, 0])).toThrow(/Criterion "c2" has weight NaN/);
    expect(() => weightedTotal(rubric, [0, 0, 0, 0], [1, 1])).toThrow(/Expected 4 weights, got 2/);
  });

  it('refuses a score list of the wrong length', () => {
    expect(() => weightedTotal(rubric, [1, 2, 3])).toThrow(/Expected 4 scores, got 3/);
  });
});

describe('buildScoreTable', () => {
  const rubric = compileRubric(TREE, zeroToThree);
  const s = (evaluatorId: string, candidateId: string, criterionId: string, value: number | null): ScoreEntry => ({
    evaluatorId,
    candidateId,
    criterionId,
    value,
  });

  it('means the evaluators per criterion, skips blanks and lets a consensus win', () => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['koha', 'folio'],
      evaluatorIds: ['ann', 'bob', 'cyd'],
      scores: [
        s('ann', 'koha', 'c1', 3),
        s('bob', 'koha', 'c1', 2),
        s('bob', 'koha', 'c2', null),
        s('ann', 'koha', 'c2', 1),
        s('ann', 'folio', 'c1', 0),
        s('bob', 'folio', 'c1', 1),
      ],
      consensus: [
        { candidateId: 'folio', criterionId: 'c1', value: 3 },
        { candidateId: 'folio', criterionId: 'c2', value: null },
      ],
    });
    expect(table.evaluatorIds).toEqual(['ann', 'bob', 'cyd']);
    expect(table.aggregate).toEqual([
      [2.5, 1, null, null],
      [3, null, null, null],
    ]);
    expect(table.fromConsensus[1]).toEqual([true, false, false, false]);
    expect(table.byEvaluator[1][0]).toEqual([2, null, null, null]);
    expect(table.byEvaluator[2]).toEqual([
      [null, null, null, null],
      [null, null, null, null],
    ]);
  });

  it('lists the evaluators seen in the scores when none are given', () => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['koha'],
      scores: [s('bob', 'koha', 'c1', 1), s('ann', 'koha', 'c1', 2)],
    });
    expect(table.evaluatorIds).toEqual(['bob', 'ann']);
  });

  it.each([
    ['an unknown candidate', [s('ann', 'sierra', 'c1', 1)], /candidate "sierra" is not in this ranking/],
    ['an unknown criterion', [s('ann', 'koha', 'c9', 1)], /criterion "c9" is not in this rubric/],
    ['an unknown evaluator', [s('zed', 'koha', 'c1', 1)], /evaluator "zed" is not in this ranking/],
    [
      'a score twice',
      [s('ann', 'koha', 'c1', 1), s('ann', 'koha', 'c1', 2)],
      /Score by "ann" for "koha" on criterion "c1" is given twice/,
    ],
    [
      'a score off the scale',
      [s('ann', 'koha', 'c2', 7)],
      /Score by "ann" for "koha" on criterion "c2": 7 is outside its scale 0–3/,
    ],
  ])('refuses %s', (_label, scores, message) => {
    expect(() => buildScoreTable(rubric, { candidateIds: ['koha'], evaluatorIds: ['ann'], scores })).toThrow(message);
  });

  it('takes whole rows as the same scores one by one', () => {
    const scores = [
      s('ann', 'koha', 'c1', 3),
      s('bob', 'koha', 'c1', 2),
      s('bob', 'koha', 'c2', null),
      s('ann', 'koha', 'c2', 1),
      s('ann', 'folio', 'c1', 0),
      s('bob', 'folio', 'c1', 1),
    ];
    const consensus = [{ candidateId: 'folio', criterionId: 'c1', value: 3 }];
    const byScore = buildScoreTable(rubric, { candidateIds: ['koha', 'folio'], scores, consensus });
    const byRow = buildScoreTable(rubric, {
      candidateIds: ['koha', 'folio'],
      // Row evaluators come after those of the single scores when none are given.
      scores: [s('ann', 'folio', 'c1', 0)],
      rows: [
        { evaluatorId: 'ann', candidateId: 'koha', values: [3, 1, null, undefined] },
        { evaluatorId: 'bob', candidateId: 'koha', values: [2, null, null, null] },
        { evaluatorId: 'bob', candidateId: 'folio', values: [1, null, null, null] },
      ],
      consensus,
    });
    expect(byRow).toEqual(byScore);
  });

  it.each([
    [
      'a short row',
      [{ evaluatorId: 'ann', candidateId: 'koha', values: [1] }],
      [],
      /Score by "ann" for "koha": expected 4 scores, got 1/,
    ],
    [
      'a value off the scale',
      [{ evaluatorId: 'ann', candidateId: 'koha', values: [1, 4, null, null] }],
      [],
      /on criterion "c2": 4 is outside its scale 0–3/,
    ],
    [
      'a cell in a row and in the scores',
      [{ evaluatorId: 'ann', candidateId: 'koha', values: [1, null, null, null] }],
      [s('ann', 'koha', 'c1', 2)],
      /on criterion "c1" is given twice/,
    ],
    [
      'an unknown evaluator',
      [{ evaluatorId: 'zed', candidateId: 'koha', values: [1, null, null, null] }],
      [],
      /evaluator "zed" is not in this ranking/,
    ],
  ])('refuses %s', (_label, rows, scores, message) => {
    expect(() => buildScoreTable(rubric, { candidateIds: ['koha'], evaluatorIds: ['ann'], scores, rows })).toThrow(
      message,
    );
  });
});

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

describe('total cost of ownership', () => {
  it('adds one-time, training and yearly costs over the period', () => {
    const tco = totalCostOfOwnership({
      years: 5,
      oneTime: [
        { label: 'Licence', amount: 50_000 },
        { label: 'Migration', amount: 20_000 },
      ],
      yearly: [
        { label: 'Hosting', amount: 12_000 },
        { label: 'Support', amount: 8_000 },
      ],
      training: [
        { label: 'Circulation', hours: 80, hourlyRate: 45 },
        { label: 'Cataloguing', hours: 40, hourlyRate: 45 },
      ],
    });
    expect(tco).toEqual({
      years: 5,
      oneTime: 70_000,
      training: 5_400,
      yearly: 20_000,
      recurring: 100_000,
      total: 175_400,
      byYear: [95_400, 20_000, 20_000, 20_000, 20_000],
    });
    expect(scorePerCost(80, tco.total)).toBeCloseTo((80 * 10_000) / 175_400, 12);
  });

  it('costs nothing without items', () => {
    expect(totalCostOfOwnership({ years: 1 })).toEqual({
      years: 1,
      oneTime: 0,
      training: 0,
      yearly: 0,
      recurring: 0,
      total: 0,
      byYear: [0],
    });
  });

  it.each([
    ['zero years', { years: 0 }, /whole number of years, at least 1; got 0/],
    ['part years', { years: 2.5 }, /whole number of years/],
    [
      'negative hours',
      { years: 1, training: [{ label: 'IT', hours: -1, hourlyRate: 40 }] },
      /Training "IT": hours must be zero or more/,
    ],
    ['a missing rate', { years: 1, training: [{ hours: 10, hourlyRate: NaN }] }, /Training: the hourly rate/],
    [
      'an amount that is not a number',
      { years: 1, yearly: [{ label: 'Hosting', amount: NaN }] },
      /Yearly cost "Hosting" is not a number/,
    ],
  ])('refuses %s', (_label, input, message) => {
    expect(() => totalCostOfOwnership(input)).toThrow(message);
  });

  it.each([
    [null, 1000, undefined, null],
    [50, 0, undefined, null],
    [50, -10, undefined, null],
    [50, 20_000, undefined, 25],
    [50, 20_000, 1_000, 2.5],
  ])('score per cost (%p, %p, per %p) = %p', (score, cost, per, expected) => {
    expect(scorePerCost(score, cost, per)).toBe(expected);
  });
});

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

describe('what the consensus scores change', () => {
  // Two criteria of equal weight on 0–3. A's mean is [3, 1] (66.67), B's [2, 1.5] (58.33): A leads on the evaluators' scores.
  const rubric = compileRubric(
    [
      { id: 'c1', weight: 1 },
      { id: 'c2', weight: 1 },
    ],
    zeroToThree,
  );
  const scores: ScoreEntry[] = [
    ['e1', 'A', 'c1', 3],
    ['e1', 'A', 'c2', 1],
    ['e2', 'A', 'c1', 3],
    ['e2', 'A', 'c2', 1],
    ['e1', 'B', 'c1', 2],
    ['e1', 'B', 'c2', 2],
    ['e2', 'B', 'c1', 2],
    ['e2', 'B', 'c2', 1],
  ].map(
    ([evaluatorId, candidateId, criterionId, value]) =>
      ({ evaluatorId, candidateId, criterionId, value }) as ScoreEntry,
  );

  it.each([
    ['no consensus', [], 'A', false, []],
    ['a consensus equal to the mean', [['A', 'c1', 3]], 'A', false, []],
    ['a consensus that lowers the leader below the next', [['A', 'c2', 0]], 'B', true, ['A:c2']],
    ['a consensus that lifts the second above the leader', [['B', 'c2', 3]], 'B', true, ['B:c2']],
    ['a consensus that widens the lead', [['A', 'c2', 3]], 'A', false, []],
    [
      'two consensus scores that change the leader together, neither alone',
      [
        ['A', 'c1', 2],
        ['B', 'c1', 3],
      ],
      'B',
      true,
      [],
    ],
  ] as const)('%s %j: agreed leader %s, leader changed %s, decisive %j', (_, consensus, leader, changed, decisive) => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['A', 'B'],
      scores,
      consensus: consensus.map(([candidateId, criterionId, value]) => ({ candidateId, criterionId, value })),
    });
    const agreed = rankCandidates(rubric, table);
    const effect = consensusEffect(rubric, table);
    expect(agreed.winnerId).toBe(leader);
    expect(effect.withoutConsensus.winnerId).toBe('A');
    expect(
      effect.withoutConsensus.candidates.map((c) => [c.candidateId, Math.round(must(c.total.score) * 100) / 100]),
    ).toEqual([
      ['A', 66.67],
      ['B', 58.33],
    ]);
    expect(effect.leaderChanged).toBe(changed);
    expect(effect.decisive.map((d) => `${d.candidateId}:${d.criterionId}`)).toEqual(decisive);
    expect(effect.consensusCount).toBe(consensus.length);
  });

  it('counts a tie for first on one side as a different leader', () => {
    // A consensus of B c2 = 2 puts B at [2, 2] = 66.67, level with A.
    const table = buildScoreTable(rubric, {
      candidateIds: ['A', 'B'],
      scores,
      consensus: [{ candidateId: 'B', criterionId: 'c2', value: 2 }],
    });
    expect(rankCandidates(rubric, table).winnerId).toBeNull();
    expect(consensusEffect(rubric, table)).toMatchObject({
      leaderChanged: true,
      decisive: [{ candidateId: 'B', criterionId: 'c2' }],
    });
  });
});

describe('category weights that follow what the categories hold', () => {
  it.each([
    ['a lone should beside four musts', [[2], [3, 3, 3, 3]], [2 / 14, 12 / 14]],
    [
      'equal contents weigh the same',
      [
        [3, 1],
        [2, 2],
      ],
      [0.5, 0.5],
    ],
    ['must, should and could in one category', [[3, 2, 1]], [1]],
    ['an empty category gets no share', [[3], []], [1, 0]],
    ['nothing weighed anywhere: equal shares', [[], []], [0.5, 0.5]],
    ['no categories', [], []],
  ] as const)('%s: %j → %j', (_, categories, expected) => {
    const weights = weightsByContent(categories);
    expect(weights).toHaveLength(expected.length);
    weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
  });

  it('refuses a negative weight', () => expect(() => weightsByContent([[1, -1]])).toThrow(RangeError));
});
