import { averageRanks, kendallW } from './kendall-w';

/** The tie-corrected Friedman statistic, written out independently of kendallW (for cross-checks). */
function friedmanChiSquare(scores: number[][]): number {
  const m = scores.length;
  const n = scores[0].length;
  const ranks = scores.map(averageRanks);
  const rankSums = scores[0].map((_, j) => ranks.reduce((s, row) => s + row[j], 0));
  const uncorrected = (12 / (m * n * (n + 1))) * rankSums.reduce((s, r) => s + r * r, 0) - 3 * m * (n + 1);
  let ties = 0;
  for (const row of scores) {
    for (const value of new Set(row)) {
      const t = row.filter((v) => v === value).length;
      ties += t ** 3 - t;
    }
  }
  return uncorrected / (1 - ties / (m * (n ** 3 - n)));
}

/** Pearson correlation (Spearman's ρ when given ranks). */
function pearson(x: number[], y: number[]): number {
  const mx = x.reduce((a, b) => a + b, 0) / x.length;
  const my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i] - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('averageRanks', () => {
  it.each([
    [
      [10, 30, 20],
      [1, 3, 2],
    ],
    [
      [3, 1, 3, 2],
      [3.5, 1, 3.5, 2],
    ],
    [
      [5, 5, 5],
      [2, 2, 2],
    ],
    [
      [2, 1, 2, 1, 2],
      [4, 1.5, 4, 1.5, 4],
    ],
    [[], []],
  ])('%j → %j', (values, ranks) => {
    expect(averageRanks(values)).toEqual(ranks);
  });
});

describe('kendallW: published examples', () => {
  it('with ties: NAG Library G08DAF example (3 comparisons of 10 objects): W = 0.828, p = 0.008', () => {
    // NAG Fortran Library Manual, Mark 26.2 (2017), G08DAF (nagf_nonpar_concordance_kendall),
    // §10 Example: program results print "Kendall's coefficient = 0.828, Significance = 0.008".
    // https://support.nag.com/numeric/fl/nagdoc_fl26.2/examples/baseresults/g08dafe.r.html
    // By hand: rank sums give S = 591, Σ(t³ − t) = 114, so W = 12·591/(9·990 − 3·114) = 7092/8568,
    // χ² = 3·9·W = 22.349 on 9 df.
    const scores = [
      [1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0],
      [2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5],
      [2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0],
    ];
    const result = kendallW(scores);
    expect(Math.round(result.w * 1000) / 1000).toBe(0.828);
    expect(Math.round(result.p * 1000) / 1000).toBe(0.008);
    expect(result.w).toBeCloseTo(7092 / 8568, 14);
    expect(result.df).toBe(9);
    expect(result.chiSquare).toBeCloseTo((27 * 7092) / 8568, 12);
    // SciPy 1.17 (scipy.stats.friedmanchisquare on the same data) gives p = 0.007837043634552069.
    expect(result.p).toBeCloseTo(0.007837043634552069, 12);
    expect(result.chiSquare).toBeCloseTo(friedmanChiSquare(scores), 12);
  });

  it('without ties: Siegel (1956), three interviewers ranking six applicants: W = .16', () => {
    // Siegel, S. (1956). Nonparametric Statistics for the Behavioral Sciences. McGraw-Hill, ch. 9,
    // "The Kendall coefficient of concordance W", worked example: rank sums 8, 14, 11, 11, 11, 8,
    // S = 25.5, W = .16. By hand: W = 12·25.5/(9·(216 − 6)) = 306/1890 = 17/105.
    const result = kendallW([
      [1, 6, 3, 2, 5, 4],
      [1, 5, 6, 4, 2, 3],
      [6, 3, 2, 5, 4, 1],
    ]);
    expect(result.w).toBeCloseTo(17 / 105, 14);
    expect(Math.round(result.w * 100) / 100).toBe(0.16);
    expect(result.df).toBe(5);
    expect(result.chiSquare).toBeCloseTo(15 * (17 / 105), 12);
    // SciPy 1.17 chi2.sf(2.428571, 5).
    expect(result.p).toBeCloseTo(0.7872118138839401, 12);
  });
});

describe('kendallW: properties', () => {
  it('is 1 when every rater orders the items the same way (scores need not be ranks)', () => {
    const result = kendallW([
      [1, 2, 3, 4, 5],
      [10, 20, 30, 40, 50],
      [0.1, 0.2, 0.25, 0.3, 3],
    ]);
    expect(result.w).toBeCloseTo(1, 14);
    expect(result.chiSquare).toBeCloseTo(3 * 4, 12);
  });

  it('is 0 for two raters in opposite orders', () => {
    expect(
      kendallW([
        [1, 2, 3, 4],
        [4, 3, 2, 1],
      ]).w,
    ).toBeCloseTo(0, 14);
  });

  it('does not depend on whether high scores mean first or last', () => {
    const scores = [
      [3, 1, 2, 2, 0],
      [2, 1, 3, 1, 0],
      [3, 0, 2, 3, 1],
    ];
    expect(kendallW(scores.map((row) => row.map((v) => -v))).w).toBeCloseTo(kendallW(scores).w, 14);
  });

  it('without ties, equals ((m − 1)·mean Spearman ρ + 1)/m (Kendall’s identity, computed here)', () => {
    const scores = [
      [1, 2, 3, 4, 5, 6, 7],
      [2, 1, 4, 3, 7, 5, 6],
      [1, 3, 2, 5, 4, 7, 6],
      [7, 1, 2, 3, 4, 5, 6],
    ];
    const m = scores.length;
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        sum += pearson(scores[i], scores[j]);
        pairs++;
      }
    }
    expect(kendallW(scores).w).toBeCloseTo(((m - 1) * (sum / pairs) + 1) / m, 13);
  });

  it('with ties, χ² equals the tie-corrected Friedman statistic (computed here)', () => {
    // Five evaluators' totals of six candidates on a coarse scale, so ties are common.
    const scores = [
      [3, 2, 2, 1, 3, 0],
      [3, 3, 2, 1, 2, 1],
      [2, 2, 2, 1, 3, 0],
      [3, 1, 2, 2, 3, 1],
      [1, 2, 2, 1, 3, 0],
    ];
    expect(kendallW(scores).chiSquare).toBeCloseTo(friedmanChiSquare(scores), 12);
  });

  it('is NaN when every rater scores every item the same (no order to agree on)', () => {
    const result = kendallW([
      [2, 2, 2],
      [1, 1, 1],
    ]);
    expect(result.w).toBeNaN();
    expect(result.p).toBeNaN();
  });

  it.each([
    ['no raters', [], /at least one rater/],
    ['one item', [[1], [2]], /at least two items/],
    [
      'a rater with fewer items',
      [
        [1, 2, 3],
        [1, 2],
      ],
      /rater 2 scored 2/,
    ],
    [
      'a blank',
      [
        [1, 2, 3],
        [1, null, 2],
      ],
      /Rater 2, item 2: null is not a score/,
    ],
    [
      'NaN',
      [
        [1, NaN, 3],
        [1, 2, 2],
      ],
      /Rater 1, item 2: NaN/,
    ],
  ])('refuses %s', (_label, scores, message) => {
    expect(() => kendallW(scores as number[][])).toThrow(message);
  });
});
