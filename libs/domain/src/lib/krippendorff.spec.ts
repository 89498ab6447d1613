import { MeasurementLevel, coincidenceMatrix, krippendorffAlpha } from './krippendorff';

type Data = (number | null)[][];

/**
 * An independent computation for cross-checking, written from the definition by pairable values
 * rather than the coincidence matrix: D_o averages the metric over every ordered pair of values
 * within a unit (each unit's pairs weighted 1/(m_u − 1)), D_e over every ordered pair of the pooled
 * pairable values, and α = 1 − D_o/D_e.
 */
function alphaByPairs(data: Data, level: MeasurementLevel): number {
  const units: number[][] = [];
  for (let u = 0; u < data[0].length; u++) {
    const values = data.map((row) => row[u]).filter((v): v is number => v !== null);
    if (values.length >= 2) units.push(values);
  }
  const pooled = units.flat();
  const n = pooled.length;
  const frequency = (g: number) => pooled.filter((v) => v === g).length;
  const distinct = [...new Set(pooled)].sort((a, b) => a - b);
  const metric = (c: number, k: number): number => {
    if (level === 'nominal') return c === k ? 0 : 1;
    if (level === 'interval') return (c - k) ** 2;
    if (level === 'ratio') return c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    const between = distinct.filter((g) => g >= lo && g <= hi).reduce((s, g) => s + frequency(g), 0);
    return (between - (frequency(c) + frequency(k)) / 2) ** 2;
  };
  let observed = 0;
  for (const values of units) {
    let sum = 0;
    values.forEach((a, i) => values.forEach((b, j) => (sum += i === j ? 0 : metric(a, b))));
    observed += sum / (values.length - 1);
  }
  let expected = 0;
  pooled.forEach((a, i) => pooled.forEach((b, j) => (expected += i === j ? 0 : metric(a, b))));
  return 1 - observed / n / (expected / (n * (n - 1)));
}

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication, University of Pennsylvania, departmental paper 43.
 * https://repository.upenn.edu/asc_papers/43
 * Section C, "Nominal data, any number of observers, missing values": observers A–D, units 1–12,
 * reused in the following sections for the ordinal, interval and ratio metrics.
 */
const KRIPPENDORFF_2011: Data = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

describe('krippendorffAlpha: Krippendorff (2011) reliability data', () => {
  it('builds the paper’s coincidence matrix (unit 12 has one value and is left out)', () => {
    // The matrix printed in section C: n = 40 pairable values, marginals 9, 13, 10, 5, 3.
    const m = coincidenceMatrix(KRIPPENDORFF_2011);
    expect(m.values).toEqual([1, 2, 3, 4, 5]);
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    m.o.forEach((row, c) => row.forEach((value, k) => expect(value).toBeCloseTo(expected[c][k], 12)));
    m.n.forEach((value, c) => expect(value).toBeCloseTo([9, 13, 10, 5, 3][c], 12));
    expect(m.total).toBeCloseTo(40, 12);
  });

  // Published: α_nominal = 0.743, α_ordinal = 0.815, α_interval = 0.849, α_ratio = 0.797.
  // The full-precision values are from alphaByPairs above (and agree with a separate
  // implementation of the same definition in Python); the nominal one is also exact by hand:
  // 1 − (n − 1)(n − Σo_cc)/(n² − Σn_c²) = 1 − 39·8/(1600 − 384) = 1 − 312/1216.
  it.each([
    ['nominal', 0.743, 1 - 312 / 1216],
    ['ordinal', 0.815, 0.8153875037548813],
    ['interval', 0.849, 0.8491071428571428],
    ['ratio', 0.797, 0.7974027747116127],
  ] as const)('%s: α = %d as published', (level, published, precise) => {
    const alpha = krippendorffAlpha(KRIPPENDORFF_2011, level);
    expect(Math.round(alpha * 1000) / 1000).toBe(published);
    expect(alpha).toBeCloseTo(precise, 12);
    expect(alpha).toBeCloseTo(alphaByPairs(KRIPPENDORFF_2011, level), 12);
  });

  it('section A binary example (two observers, ten units): α = 0.095', () => {
    // Same paper, section A "Binary or dichotomous data, two observers, no missing data":
    // 1 − (n − 1)·o_01/(n_0·n_1) = 1 − 19·4/(14·6) = 0.0952.
    const data: Data = [
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ];
    const alpha = krippendorffAlpha(data, 'nominal');
    expect(alpha).toBeCloseTo(1 - 76 / 84, 12);
    expect(Math.round(alpha * 1000) / 1000).toBe(0.095);
  });
});

describe('krippendorffAlpha: cross-checks and edge cases', () => {
  const levels: MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

  it.each(levels)('%s: agrees with the pairwise definition on scattered scores with blanks', (level) => {
    // Five evaluators scoring eight candidates on a 0–3 scale, with blanks.
    const data: Data = [
      [0, 1, 2, 3, 3, null, 2, 1],
      [1, 1, 2, 2, 3, 0, null, 1],
      [0, 2, 3, 3, null, 0, 2, 2],
      [null, 1, 1, 3, 2, 1, 2, null],
      [0, 0, 2, 3, 3, 0, 3, 1],
    ];
    expect(krippendorffAlpha(data, level)).toBeCloseTo(alphaByPairs(data, level), 12);
  });

  it.each(levels)('%s: perfect agreement on varying data is 1', (level) => {
    const data: Data = [
      [1, 2, 3, null, 0.5],
      [1, 2, 3, 2, 0.5],
      [null, 2, 3, 2, null],
    ];
    expect(krippendorffAlpha(data, level)).toBe(1);
  });

  it.each([
    ['no raters', []],
    ['one rater', [[1, 2, 3]]],
    [
      'no unit with two values',
      [
        [1, null, 3],
        [null, 2, null],
      ],
    ],
    [
      'only blanks',
      [
        [null, null],
        [null, null],
      ],
    ],
    [
      'every value the same (no variation)',
      [
        [2, 2, 2],
        [2, 2, null],
      ],
    ],
  ] as [string, Data][])('%s: NaN (alpha is undefined)', (_label, data) => {
    for (const level of levels) expect(krippendorffAlpha(data, level)).toBeNaN();
  });

  it('systematic disagreement is below 0', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [2, 1],
        ],
        'nominal',
      ),
    ).toBeLessThan(0);
    expect(
      krippendorffAlpha(
        [
          [0, 3, 0, 3],
          [3, 0, 3, 0],
        ],
        'interval',
      ),
    ).toBeLessThan(0);
  });

  it('ignores a unit with a single value exactly as if it were absent', () => {
    const withSingle: Data = [
      [1, 2, 3, 4],
      [1, 3, 3, null],
    ];
    const without: Data = [
      [1, 2, 3],
      [1, 3, 3],
    ];
    expect(krippendorffAlpha(withSingle, 'interval')).toBe(krippendorffAlpha(without, 'interval'));
  });

  it('treats undefined like null', () => {
    const data = [
      [1, undefined, 3],
      [1, 2, 2],
      [2, 2, 3],
    ];
    expect(krippendorffAlpha(data, 'interval')).toBe(
      krippendorffAlpha(
        data.map((row) => row.map((v) => v ?? null)),
        'interval',
      ),
    );
  });

  it('is unchanged by the order of raters and of units', () => {
    const reversed = [...KRIPPENDORFF_2011].reverse().map((row) => [...row].reverse());
    for (const level of levels)
      expect(krippendorffAlpha(reversed, level)).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011, level), 12);
  });

  it.each([
    [
      'rows of different length',
      [
        [1, 2, 3],
        [1, 2],
      ],
      /rater 2 has 2/,
    ],
    [
      'a NaN score',
      [
        [1, NaN],
        [1, 2],
      ],
      /Rater 1, unit 2: NaN is not a number/,
    ],
  ] as [string, Data, RegExp][])('refuses %s', (_label, data, message) => {
    expect(() => krippendorffAlpha(data, 'interval')).toThrow(message);
  });

  it('refuses negative values for the ratio metric', () => {
    expect(() =>
      krippendorffAlpha(
        [
          [-1, 2],
          [1, 2],
        ],
        'ratio',
      ),
    ).toThrow(/absolute zero/);
  });
});
