import {
  AHP_CONSISTENCY_THRESHOLD,
  ComparisonMatrixError,
  SAATY_RANDOM_INDEX,
  ahp,
  ahpInconsistencies,
  assertReciprocalMatrix,
  randomIndex,
} from './ahp';

/** Rounds like the published tables (3 decimals) so the comparison is with the printed value. */
const round3 = (values: number[]) => values.map((v) => Math.round(v * 1000) / 1000);

describe('ahp: published worked examples', () => {
  it.each([
    {
      // Saaty, T. L. (1990). How to make a decision: The Analytic Hierarchy Process. European Journal
      // of Operational Research 48(1), 9–26. https://doi.org/10.1016/0377-2217(90)90057-I
      // The house-buying example: the family's judgments on the eight criteria (size, transportation,
      // neighbourhood, age, yard, modern facilities, general condition, financing). The paper prints
      // the priorities .173 .054 .188 .018 .031 .036 .167 .333, λmax = 9.669, C.I. = 0.238 and
      // C.R. = 0.169 (an inconsistent matrix: above 0.10).
      source: 'Saaty 1990, house example (8 criteria)',
      matrix: [
        [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
        [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
        [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
        [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
        [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
        [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
        [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
        [4, 7, 5, 8, 6, 6, 2, 1],
      ],
      weights: [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333],
      lambdaMax: 9.669,
      ci: 0.238,
      cr: 0.169,
      consistent: false,
    },
    {
      // Saaty, T. L. (1977). A scaling method for priorities in hierarchical structures. Journal of
      // Mathematical Psychology 15(3), 234–281. https://doi.org/10.1016/0022-2496(77)90033-5
      // The "wealth of nations" example (after Saaty & Khouja 1976): US, USSR, China, France, UK,
      // Japan, West Germany. Published eigenvector .427 .230 .021 .052 .052 .123 .094 with
      // λmax = 7.61. The paper gives λmax to two decimals only; CI = (7.61 − 7)/6 ≈ 0.10 and
      // CR = CI/1.32 ≈ 0.08 follow from it, and the 4-decimal values below were computed here
      // independently with a dense eigensolver (numpy.linalg.eig), not taken from the paper.
      source: 'Saaty 1977, wealth of nations (7 countries)',
      matrix: [
        [1, 4, 9, 6, 6, 5, 5],
        [1 / 4, 1, 7, 5, 5, 3, 4],
        [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
        [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
        [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
        [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
        [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
      ],
      weights: [0.427, 0.23, 0.021, 0.052, 0.052, 0.123, 0.094],
      lambdaMax: 7.6077,
      ci: 0.1013,
      cr: 0.0767,
      consistent: true,
    },
  ])('$source', ({ matrix, weights, lambdaMax, ci, cr, consistent }) => {
    const result = ahp(matrix);
    expect(round3(result.weights)).toEqual(weights);
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(result.lambdaMax).toBeCloseTo(lambdaMax, 3);
    expect(result.ci).toBeCloseTo(ci, 3);
    expect(result.cr).toBeCloseTo(cr, 3);
    expect(result.consistent).toBe(consistent);
  });

  it('Saaty 1977 wealth of nations: λmax rounds to the published 7.61', () => {
    const { lambdaMax } = ahp([
      [1, 4, 9, 6, 6, 5, 5],
      [1 / 4, 1, 7, 5, 5, 3, 4],
      [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
      [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
      [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
      [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
      [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
    ]);
    expect(Math.round(lambdaMax * 100) / 100).toBe(7.61);
  });
});

describe('ahp: 3×3 matrices against closed forms', () => {
  // Independent check, not a citation: for n = 3 every reciprocal matrix has
  //   λmax = 1 + ρ^(1/3) + ρ^(−1/3), ρ = a13 / (a12 · a23),
  // and its principal eigenvector is the normalised vector of row geometric means. Both follow from
  // the characteristic polynomial λ³ − 3λ² − (ρ + 1/ρ − 2) = 0 of a 3×3 reciprocal matrix.
  it.each([
    [1 / 3, 5, 7],
    [2, 4, 2], // consistent: ρ = 1, λmax = 3
    [9, 1 / 9, 1 / 9],
    [3, 1 / 5, 7],
  ])('a12 = %s, a13 = %s, a23 = %s', (a12, a13, a23) => {
    const matrix = [
      [1, a12, a13],
      [1 / a12, 1, a23],
      [1 / a13, 1 / a23, 1],
    ];
    const rho = a13 / (a12 * a23);
    const lambda = 1 + Math.cbrt(rho) + 1 / Math.cbrt(rho);
    const geometric = matrix.map((row) => Math.cbrt(row[0] * row[1] * row[2]));
    const total = geometric.reduce((a, b) => a + b, 0);
    const result = ahp(matrix);
    expect(result.lambdaMax).toBeCloseTo(lambda, 10);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo(geometric[i] / total, 10));
    expect(result.ci).toBeCloseTo((lambda - 3) / 2, 10);
    expect(result.cr).toBeCloseTo((lambda - 3) / 2 / 0.58, 10);
  });
});

describe('ahp: consistent matrices', () => {
  it('gives the generating weights exactly and CR = 0', () => {
    // a_ij = w_i / w_j for w = (1/2, 1/4, 1/8, 1/8): every judgment agrees with every other.
    const w = [0.5, 0.25, 0.125, 0.125];
    const result = ahp(w.map((wi) => w.map((wj) => wi / wj)));
    result.weights.forEach((value, i) => expect(value).toBeCloseTo(w[i], 14));
    expect(result.lambdaMax).toBeCloseTo(4, 12);
    expect(result.ci).toBeCloseTo(0, 12);
    expect(result.cr).toBeCloseTo(0, 12);
    expect(result.consistent).toBe(true);
  });

  it.each([
    ['one element', [[1]], [1]],
    [
      'two elements',
      [
        [1, 3],
        [1 / 3, 1],
      ],
      [0.75, 0.25],
    ],
    [
      'two equal elements',
      [
        [1, 1],
        [1, 1],
      ],
      [0.5, 0.5],
    ],
  ])('%s: CR is 0 by definition', (_label, matrix, weights) => {
    const result = ahp(matrix);
    result.weights.forEach((value, i) => expect(value).toBeCloseTo(weights[i], 14));
    expect(result.ci).toBe(0);
    expect(result.cr).toBe(0);
    expect(result.consistent).toBe(true);
  });

  it('flags a matrix at the threshold as inconsistent (CR < 0.10 is required)', () => {
    // For n = 3, CR = 0.10 exactly when λmax = 3 + 2·0.058; solve 1 + t + 1/t = 3.116 for t = ρ^(1/3).
    const t = (2.116 + Math.sqrt(2.116 ** 2 - 4)) / 2;
    const rho = t ** 3;
    const result = ahp([
      [1, 1, rho],
      [1, 1, 1],
      [1 / rho, 1, 1],
    ]);
    expect(result.cr).toBeCloseTo(AHP_CONSISTENCY_THRESHOLD, 12);
    const nudged = ahp([
      [1, 1, rho * 0.999],
      [1, 1, 1],
      [1 / (rho * 0.999), 1, 1],
    ]);
    expect(nudged.consistent).toBe(true);
    const worse = ahp([
      [1, 1, rho * 1.001],
      [1, 1, 1],
      [1 / (rho * 1.001), 1, 1],
    ]);
    expect(worse.consistent).toBe(false);
  });
});

describe('randomIndex', () => {
  it('is Saaty’s table for n = 1…15', () => {
    expect(SAATY_RANDOM_INDEX).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
    ]);
    expect(randomIndex(3)).toBe(0.58);
    expect(randomIndex(15)).toBe(1.59);
  });

  it.each([0, 16, 2.5])('refuses n = %d', (n) => {
    expect(() => randomIndex(n)).toThrow(RangeError);
  });
});

describe('assertReciprocalMatrix', () => {
  it.each([
    ['empty', [], /empty/],
    [
      'not square',
      [
        [1, 2],
        [0.5, 1, 3],
      ],
      /square: row 2 has 3 entries, expected 2/,
    ],
    [
      'a zero',
      [
        [1, 0],
        [1, 1],
      ],
      /row 1, column 2 must be a positive number, got 0/,
    ],
    [
      'a negative entry',
      [
        [1, 2],
        [-0.5, 1],
      ],
      /row 2, column 1 must be a positive number, got -0.5/,
    ],
    [
      'NaN',
      [
        [1, NaN],
        [1, 1],
      ],
      /row 1, column 2 must be a positive number, got NaN/,
    ],
    [
      'Infinity',
      [
        [1, 1],
        [Infinity, 1],
      ],
      /row 2, column 1 must be a positive number/,
    ],
    [
      'diagonal not 1',
      [
        [1, 2],
        [0.5, 2],
      ],
      /compared with itself must be 1: row 2, column 2 is 2/,
    ],
    [
      'not reciprocal',
      [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 2, 1],
      ],
      /row 2, column 3 \(2\) and row 3, column 2 \(2\) must be reciprocals/,
    ],
  ])('%s', (_label, matrix, message) => {
    expect(() => assertReciprocalMatrix(matrix as number[][])).toThrow(ComparisonMatrixError);
    expect(() => ahp(matrix as number[][])).toThrow(message);
  });

  it('names the offending cell on the error (0-based fields)', () => {
    try {
      ahp([
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 2, 1],
      ]);
      throw new Error('expected a ComparisonMatrixError');
    } catch (error) {
      expect(error).toBeInstanceOf(ComparisonMatrixError);
      expect((error as ComparisonMatrixError).row).toBe(1);
      expect((error as ComparisonMatrixError).column).toBe(2);
    }
  });

  it('accepts reciprocals typed to two decimals (1/3 as 0.33) and refuses coarser ones', () => {
    expect(() =>
      assertReciprocalMatrix([
        [1, 3],
        [0.33, 1],
      ]),
    ).not.toThrow();
    expect(() =>
      assertReciprocalMatrix([
        [1, 3],
        [0.3, 1],
      ]),
    ).toThrow(/reciprocals/);
    expect(() =>
      assertReciprocalMatrix(
        [
          [1, 3],
          [0.3, 1],
        ],
        0.1,
      ),
    ).not.toThrow();
  });

  it('refuses more than 15 elements, where the random index ends', () => {
    const ones = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    expect(() => ahp(ones)).toThrow(/at most 15 elements/);
  });
});

describe('ahpInconsistencies', () => {
  it('puts a single disturbed judgment first', () => {
    // Consistent 4×4 from w = (4, 2, 1, 1)/8, then a13 changed from 4 to 9 (and a31 to 1/9).
    const w = [0.5, 0.25, 0.125, 0.125];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    matrix[0][2] = 9;
    matrix[2][0] = 1 / 9;
    const ranked = ahpInconsistencies(matrix);
    expect(ranked).toHaveLength(6);
    expect(ranked[0]).toMatchObject({ row: 0, column: 2, judgment: 9 });
    expect(ranked[0].implied).toBeLessThan(9);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i].deviation).toBeLessThanOrEqual(ranked[i - 1].deviation);
  });

  it('is all zeros for a consistent matrix, given weights', () => {
    const w = [0.6, 0.3, 0.1];
    const ranked = ahpInconsistencies(
      w.map((wi) => w.map((wj) => wi / wj)),
      w,
    );
    ranked.forEach((r) => expect(r.deviation).toBeCloseTo(0, 12));
    ranked.forEach((r) => expect(r.implied).toBeCloseTo(r.judgment, 12));
  });

  it('Saaty 1990 house example: neighbourhood vs general condition (6) is the worst judgment', () => {
    // Computed here, not stated in the paper: the eigenvector weights neighbourhood (.188) and general
    // condition (.167) nearly equally, so the judgment "6 times more important" is off by a factor
    // of about 5.3 (|ln(6/1.128)| ≈ 1.672). Replacing it with the implied ratio lowers CR.
    const house = [
      [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
      [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
      [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
      [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
      [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
      [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
      [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
      [4, 7, 5, 8, 6, 6, 2, 1],
    ];
    const [worst] = ahpInconsistencies(house);
    expect(worst).toMatchObject({ row: 2, column: 6, judgment: 6 });
    expect(worst.implied).toBeCloseTo(1.1275, 3);
    expect(worst.deviation).toBeCloseTo(1.6717, 3);
    const repaired = house.map((row) => [...row]);
    repaired[2][6] = worst.implied;
    repaired[6][2] = 1 / worst.implied;
    expect(ahp(repaired).cr).toBeLessThan(ahp(house).cr);
  });
});
