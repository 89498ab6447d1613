/**
 * Krippendorff's alpha: agreement among any number of raters, with missing values, for nominal,
 * ordinal, interval and ratio data. Follows the coincidence-matrix computation of
 * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
 * Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 :
 *
 *   o_ck = Σ_u (number of c–k pairs in unit u) / (m_u − 1)   (pairs of values from different raters)
 *   n_c  = Σ_k o_ck,  n = Σ_c n_c
 *   α    = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * Units (columns) with fewer than two values are not pairable and are ignored.
 */

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface CoincidenceMatrix {
  /** The distinct values that occur in pairable units, ascending. */
  values: number[];
  /** o[c][k], indexed like `values`. */
  o: number[][];
  /** Marginals n_c. */
  n: number[];
  /** Number of pairable values, Σ n_c. */
  total: number;
}

/**
 * Builds the coincidence matrix from rater × unit data (null or undefined = missing).
 * Throws when rows differ in length or a value is not a finite number.
 */
export function coincidenceMatrix(data: readonly (readonly (number | null | undefined)[])[]): CoincidenceMatrix {
  const units = data.length === 0 ? 0 : data[0].length;
  data.forEach((row, r) => {
    if (row.length !== units) throw new RangeError(`Every rater needs a value or a blank for each of the ${units} units; rater ${r + 1} has ${row.length}.`);
    row.forEach((value, u) => {
      if (value !== null && value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new RangeError(`Rater ${r + 1}, unit ${u + 1}: ${String(value)} is not a number.`);
      }
    });
  });

  const distinct = new Set<number>();
  for (const row of data) for (const value of row) if (value !== null && value !== undefined) distinct.add(value);
  const values = [...distinct].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const size = values.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));

  const counts = new Array<number>(size).fill(0);
  const present: number[] = [];
  for (let u = 0; u < units; u++) {
    present.length = 0;
    let m = 0;
    for (const row of data) {
      const value = row[u];
      if (value === null || value === undefined) continue;
      const c = index.get(value) as number;
      if (counts[c] === 0) present.push(c);
      counts[c]++;
      m++;
    }
    if (m >= 2) {
      for (const c of present) {
        for (const k of present) {
          o[c][k] += (c === k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k]) / (m - 1);
        }
      }
    }
    for (const c of present) counts[c] = 0;
  }

  const n = o.map((row) => row.reduce((a, b) => a + b, 0));
  return { values, o, n, total: n.reduce((a, b) => a + b, 0) };
}

/** The squared difference δ²_ck of Krippendorff (2011) for each pair of values, indexed like `values`. */
export function squaredDifferences(matrix: CoincidenceMatrix, level: MeasurementLevel): number[][] {
  const { values, n } = matrix;
  const size = values.length;
  const delta = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  if (level === 'ratio' && values.some((v) => v < 0)) {
    throw new RangeError('The ratio metric needs values on a scale with an absolute zero (no negative values).');
  }
  // Cumulative marginals for the ordinal metric: Σ_{g=c}^{k} n_g = cumulative[k + 1] − cumulative[c].
  const cumulative = [0];
  for (const count of n) cumulative.push(cumulative[cumulative.length - 1] + count);
  for (let c = 0; c < size; c++) {
    for (let k = c + 1; k < size; k++) {
      let d: number;
      switch (level) {
        case 'nominal':
          d = 1;
          break;
        case 'ordinal': {
          const between = cumulative[k + 1] - cumulative[c] - (n[c] + n[k]) / 2;
          d = between * between;
          break;
        }
        case 'interval':
          d = (values[c] - values[k]) ** 2;
          break;
        case 'ratio': {
          const sum = values[c] + values[k];
          d = sum === 0 ? 0 : ((values[c] - values[k]) / sum) ** 2;
          break;
        }
        default:
          throw new RangeError(`Unknown level of measurement: ${String(level)}.`);
      }
      delta[c][k] = d;
      delta[k][c] = d;
    }
  }
  return delta;
}

/**
 * Krippendorff's alpha for rater × unit data (rows are raters, columns are units, null is missing).
 *
 * Returns NaN when alpha is undefined: no unit has two values (nothing to pair), or all pairable
 * values are the same (no variation, so expected disagreement is 0 and agreement cannot be told
 * apart from chance). Perfect agreement on data that varies gives 1; 0 is chance-level agreement;
 * below 0 is systematic disagreement.
 */
export function krippendorffAlpha(data: readonly (readonly (number | null | undefined)[])[], level: MeasurementLevel): number {
  const matrix = coincidenceMatrix(data);
  if (matrix.total < 2) return Number.NaN;
  const delta = squaredDifferences(matrix, level);
  let observed = 0;
  let expected = 0;
  const size = matrix.values.length;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      observed += matrix.o[c][k] * delta[c][k];
      expected += matrix.n[c] * matrix.n[k] * delta[c][k];
    }
  }
  if (expected === 0) return Number.NaN;
  return 1 - ((matrix.total - 1) * observed) / expected;
}
