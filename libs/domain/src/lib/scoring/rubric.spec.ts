import { compileRubric, CriterionNode, normaliseScore, weightedTotal } from '.';
import { zeroToThree, TREE } from './scoring.fixtures';

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
