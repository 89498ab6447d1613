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
  const { values, o, n, total } = coincidences(data);
  const size = values.length;
  return {
    values,
    o: Array.from({ length: size }, (_, c) => Array.from(o.subarray(c * size, (c + 1) * size))),
    n,
    total,
  };
}

/** Values that are small non-negative integers (the usual rating scales) are indexed through an array. */
const SMALL_VALUES = 64;

/**
 * The coincidence matrix with o flat (o[c · size + k]): the work of coincidenceMatrix without the
 * nested arrays, for krippendorffAlpha, which runs once per criterion and once over every score of
 * a round. Every o_ck is summed over the units in the same order as the definition reads.
 */
function coincidences(data: readonly (readonly (number | null | undefined)[])[]): {
  values: number[];
  o: Float64Array;
  n: number[];
  total: number;
} {
  const raters = data.length;
  const units = raters === 0 ? 0 : data[0].length;
  // Which values occur: small non-negative integers (the usual rating scales) marked in an array, others in a set.
  const seen = new Uint8Array(SMALL_VALUES);
  const others = new Set<number>();
  for (let r = 0; r < raters; r++) {
    const row = data[r];
    if (row.length !== units)
      throw new RangeError(
        `Every rater needs a value or a blank for each of the ${units} units; rater ${r + 1} has ${row.length}.`,
      );
    for (let u = 0; u < units; u++) {
      const value = row[u];
      if (value === null || value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new RangeError(`Rater ${r + 1}, unit ${u + 1}: ${String(value)} is not a number.`);
      if (value >= 0 && value < SMALL_VALUES && Number.isInteger(value)) seen[value] = 1;
      else others.add(value);
    }
  }
  const values: number[] = [];
  for (let v = 0; v < SMALL_VALUES; v++) if (seen[v]) values.push(v);
  for (const v of others) values.push(v);
  values.sort((a, b) => a - b);
  const size = values.length;
  // -0 is a small integer too: it lands on 0's slot, as Map and Set treat it as 0.
  const smallIndex = others.size === 0 ? new Int32Array(size > 0 ? values[size - 1] + 1 : 0) : null;
  const index = smallIndex ? null : new Map(values.map((v, i) => [v, i]));
  if (smallIndex) values.forEach((v, i) => (smallIndex[v] = i));
  const o = new Float64Array(size * size);

  const counts = new Float64Array(size);
  const present = new Int32Array(size);
  for (let u = 0; u < units; u++) {
    let distinctHere = 0;
    let m = 0;
    for (let r = 0; r < raters; r++) {
      const value = data[r][u];
      if (value === null || value === undefined) continue;
      const c = smallIndex ? smallIndex[value] : (index!.get(value) as number);
      if (counts[c] === 0) present[distinctHere++] = c;
      counts[c]++;
      m++;
    }
    if (m >= 2) {
      for (let a = 0; a < distinctHere; a++) {
        const c = present[a];
        for (let b = 0; b < distinctHere; b++) {
          const k = present[b];
          o[c * size + k] += (c === k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k]) / (m - 1);
        }
      }
    }
    for (let a = 0; a < distinctHere; a++) counts[present[a]] = 0;
  }

  const n = new Array<number>(size);
  let total = 0;
  for (let c = 0; c < size; c++) {
    let sum = 0;
    for (let k = 0; k < size; k++) sum += o[c * size + k];
    n[c] = sum;
    total += sum;
  }
  return { values, o, n, total };
}

/** The squared difference δ²_ck of Krippendorff (2011) for each pair of values, indexed like `values`. */
export function squaredDifferences(
  matrix: Pick<CoincidenceMatrix, 'values' | 'n'>,
  level: MeasurementLevel,
): number[][] {
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
export function krippendorffAlpha(
  data: readonly (readonly (number | null | undefined)[])[],
  level: MeasurementLevel,
): number {
  const matrix = coincidences(data);
  if (matrix.total < 2) return Number.NaN;
  const delta = squaredDifferences(matrix, level);
  let observed = 0;
  let expected = 0;
  const size = matrix.values.length;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      observed += matrix.o[c * size + k] * delta[c][k];
      expected += matrix.n[c] * matrix.n[k] * delta[c][k];
    }
  }
  if (expected === 0) return Number.NaN;
  return 1 - ((matrix.total - 1) * observed) / expected;
}
