import { describeJudgment, equalMatrix, formatJudgment, nearestJudgment, normaliseMatrix, SAATY_VALUES } from './saaty';

/*
 * The scale and the reciprocal rule are Saaty's "fundamental scale of absolute numbers":
 * T. L. Saaty, "Decision making with the analytic hierarchy process", International Journal of
 * Services Sciences 1(1), 2008, pp. 83–98, Table 1 (first in T. L. Saaty, The Analytic Hierarchy
 * Process, McGraw-Hill, 1980). 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance,
 * 2, 4, 6 and 8 between them; "if activity i has one of the above non-zero numbers assigned to it
 * when compared with activity j, then j has the reciprocal value when compared with i".
 */
describe('Saaty scale', () => {
  it('offers 9 … 2, 1, 1/2 … 1/9: the integers 1–9 and their reciprocals, strongest first', () => {
    expect(SAATY_VALUES).toHaveLength(17);
    expect(SAATY_VALUES.slice(0, 9)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    for (let k = 2; k <= 9; k++) expect(SAATY_VALUES).toContain(1 / k);
    for (let i = 1; i < SAATY_VALUES.length; i++) expect(SAATY_VALUES[i]).toBeLessThan(SAATY_VALUES[i - 1]);
  });

  it.each([
    [1, 'A and B are equally important'],
    [2, 'A is slightly more important than B'],
    [3, 'A is moderately more important than B'],
    [4, 'A is moderately to strongly more important than B'],
    [5, 'A is strongly more important than B'],
    [6, 'A is strongly to very strongly more important than B'],
    [7, 'A is very strongly more important than B'],
    [8, 'A is very to extremely strongly more important than B'],
    [9, 'A is extremely more important than B'],
  ])('reads a[A][B] = %p as “%s”', (value, sentence) => {
    expect(describeJudgment('A', 'B', value)).toBe(sentence);
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9])('reads the reciprocal 1/%p as the same judgment the other way round', (k) => {
    expect(describeJudgment('A', 'B', 1 / k)).toBe(describeJudgment('B', 'A', k));
  });

  it.each([
    [9, '9'],
    [3, '3'],
    [1, '1'],
    [1 / 3, '1/3'],
    [1 / 9, '1/9'],
    [2.5, '2.5'],
    [12, '12'],
    [1 / 2.5, '1/2.5'],
  ])('writes %p as %p', (value, written) => {
    expect(formatJudgment(value)).toBe(written);
  });

  it.each([
    [3, 3],
    [1 / 7, 1 / 7],
    [2.9, 3],
    [0.3, 1 / 3],
    [20, 9],
    [0.01, 1 / 9],
    // Halfway on a log scale between 1 and 2 is √2; a little above goes to 2, a little below to 1.
    [Math.SQRT2 * 1.01, 2],
    [Math.SQRT2 * 0.99, 1],
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
  ])('snaps %p to the nearest point of the scale, %p', (value, nearest) => {
    expect(nearestJudgment(value)).toBeCloseTo(nearest, 12);
  });

  it('is as far from 1 at 3 as at 1/3: snapping is symmetric under the reciprocal', () => {
    for (const value of [1.3, 2.2, 3.7, 4.4, 6.6, 8.6]) {
      expect(nearestJudgment(1 / value)).toBeCloseTo(1 / nearestJudgment(value), 12);
    }
  });
});

describe('pairwise matrices', () => {
  it('starts n × n with every judgment equal', () => {
    expect(equalMatrix(3)).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(equalMatrix(0)).toEqual([]);
  });

  it('keeps the upper triangle on the scale and makes the lower its reciprocal, with ones on the diagonal', () => {
    const stored = [
      [1, 3.2, 0.19],
      [7, 1, 1 / 2],
      [0, 0, 1],
    ];
    const normalised = normaliseMatrix(stored);
    expect(normalised[0][1]).toBe(3);
    expect(normalised[0][2]).toBeCloseTo(1 / 5, 12);
    expect(normalised[1][2]).toBeCloseTo(1 / 2, 12);
    for (let i = 0; i < 3; i++) {
      expect(normalised[i][i]).toBe(1);
      for (let j = 0; j < 3; j++) expect(normalised[i][j] * normalised[j][i]).toBeCloseTo(1, 12);
    }
  });

  it('reads only the upper triangle: an inconsistent lower half is replaced by reciprocals', () => {
    expect(
      normaliseMatrix([
        [1, 3],
        [3, 1],
      ]),
    ).toEqual([
      [1, 3],
      [1 / 3, 1],
    ]);
  });
});
