/**
 * Analytic Hierarchy Process (Saaty): weights from a pairwise comparison matrix, with the
 * consistency index and ratio that tell whether the judgments hang together.
 *
 * a[i][j] says how many times more important element i is than element j (Saaty's 1–9 scale and
 * reciprocals), so a[j][i] = 1 / a[i][j] and a[i][i] = 1. The weights are the principal
 * (Perron) eigenvector of the matrix normalised to sum 1, found by power iteration; λmax is its
 * eigenvalue, CI = (λmax − n)/(n − 1) and CR = CI/RI(n) with Saaty's random index.
 */

/** Saaty's random consistency index RI for n = 1…15 (index n − 1). */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** A matrix is consistent enough when its consistency ratio is below this (Saaty's 10% rule). */
export const AHP_CONSISTENCY_THRESHOLD = 0.1;

/** How far a[i][j]·a[j][i] and a[i][i] may stray from 1 (entries such as 0.33 for 1/3 pass). */
export const AHP_RECIPROCAL_TOLERANCE = 0.01;

export interface AhpResult {
  /** Principal eigenvector normalised to sum 1, in the matrix's row order. */
  weights: number[];
  lambdaMax: number;
  /** Consistency index (λmax − n)/(n − 1); 0 for n ≤ 2. */
  ci: number;
  /** Consistency ratio CI/RI(n); 0 for n ≤ 2. */
  cr: number;
  /** CR below AHP_CONSISTENCY_THRESHOLD. */
  consistent: boolean;
}

export interface AhpOptions {
  /** Tolerance of the reciprocal check; AHP_RECIPROCAL_TOLERANCE unless given. */
  reciprocalTolerance?: number;
  /** Power iteration stops when no weight moves by more than this; 1e-12 unless given. */
  convergence?: number;
  /** Safety stop for the power iteration; 10,000 unless given. */
  maxIterations?: number;
}

/** A comparison matrix that is not a positive reciprocal matrix. Row and column are 0-based. */
export class ComparisonMatrixError extends Error {
  constructor(
    message: string,
    readonly row: number | null = null,
    readonly column: number | null = null,
  ) {
    super(message);
    this.name = 'ComparisonMatrixError';
  }
}

const cell = (i: number, j: number) => `row ${i + 1}, column ${j + 1}`;

/**
 * Throws a ComparisonMatrixError naming the first offending cell (1-based in the message) unless
 * the matrix is square, non-empty, has finite positive entries, ones on the diagonal and
 * a[i][j]·a[j][i] = 1 within the tolerance.
 */
export function assertReciprocalMatrix(
  matrix: readonly (readonly number[])[],
  tolerance = AHP_RECIPROCAL_TOLERANCE,
): void {
  if (!Array.isArray(matrix) || matrix.length === 0)
    throw new ComparisonMatrixError('The comparison matrix is empty: compare at least one element.');
  const n = matrix.length;
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new ComparisonMatrixError(
        `The comparison matrix must be square: row ${i + 1} has ${Array.isArray(row) ? row.length : 0} entries, expected ${n}.`,
        i,
        null,
      );
    }
    row.forEach((value, j) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw new ComparisonMatrixError(
          `The comparison at ${cell(i, j)} must be a positive number, got ${String(value)}.`,
          i,
          j,
        );
      }
    });
  });
  const slack = tolerance + 1e-12;
  for (let i = 0; i < n; i++) {
    if (Math.abs(matrix[i][i] - 1) > slack) {
      throw new ComparisonMatrixError(
        `An element compared with itself must be 1: ${cell(i, i)} is ${matrix[i][i]}.`,
        i,
        i,
      );
    }
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(matrix[i][j] * matrix[j][i] - 1) > slack) {
        throw new ComparisonMatrixError(
          `The comparisons at ${cell(i, j)} (${matrix[i][j]}) and ${cell(j, i)} (${matrix[j][i]}) must be reciprocals (their product must be 1).`,
          i,
          j,
        );
      }
    }
  }
}

/**
 * Principal eigenvector by power iteration. A positive matrix has a unique positive Perron
 * eigenvector and the iteration converges to it from any positive start (Perron–Frobenius).
 */
function principalEigenvector(
  matrix: readonly (readonly number[])[],
  convergence: number,
  maxIterations: number,
): { weights: number[]; lambdaMax: number } {
  const n = matrix.length;
  let w = new Array<number>(n).fill(1 / n);
  let product = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const row = matrix[i];
      let s = 0;
      for (let j = 0; j < n; j++) s += row[j] * w[j];
      product[i] = s;
      sum += s;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      const next = product[i] / sum;
      change = Math.max(change, Math.abs(next - w[i]));
      product[i] = next;
    }
    [w, product] = [product, w];
    if (change <= convergence) break;
  }
  // With Σw = 1, Aw = λw gives λ = Σ_i (Aw)_i.
  let lambdaMax = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) lambdaMax += matrix[i][j] * w[j];
  return { weights: w, lambdaMax };
}

/** Weights, λmax, CI, CR and the consistency verdict of a pairwise comparison matrix. */
export function ahp(matrix: readonly (readonly number[])[], options: AhpOptions = {}): AhpResult {
  assertReciprocalMatrix(matrix, options.reciprocalTolerance ?? AHP_RECIPROCAL_TOLERANCE);
  const n = matrix.length;
  if (n > SAATY_RANDOM_INDEX.length) {
    throw new ComparisonMatrixError(
      `AHP compares at most ${SAATY_RANDOM_INDEX.length} elements at one level (the random index ends there); this matrix has ${n}. Group them into categories.`,
    );
  }
  const { weights, lambdaMax } = principalEigenvector(
    matrix,
    options.convergence ?? 1e-12,
    options.maxIterations ?? 10_000,
  );
  const ci = n <= 2 ? 0 : (lambdaMax - n) / (n - 1);
  const cr = n <= 2 ? 0 : ci / randomIndex(n);
  return { weights, lambdaMax, ci, cr, consistent: cr < AHP_CONSISTENCY_THRESHOLD };
}

/** Saaty's RI for n = 1…15 elements. */
export function randomIndex(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > SAATY_RANDOM_INDEX.length) {
    throw new RangeError(`The random index is tabulated for 1 to ${SAATY_RANDOM_INDEX.length} elements, got ${n}.`);
  }
  return SAATY_RANDOM_INDEX[n - 1];
}

export interface AhpInconsistency {
  /** 0-based row and column of the judgment (row < column). */
  row: number;
  column: number;
  /** The judgment as entered, a[row][column]. */
  judgment: number;
  /** The judgment the derived weights imply, w[row]/w[column]: entering it removes this pair's error. */
  implied: number;
  /** |ln(a_ij · w_j / w_i)|: 0 when the judgment agrees with the weights; larger is worse. */
  deviation: number;
}

/**
 * The judgments that contribute most to inconsistency, largest first: for each pair i < j the
 * log-ratio error |ln(a_ij · w_j / w_i)| between the judgment and what the weights imply. Weights
 * default to the AHP eigenvector of the matrix.
 */
export function ahpInconsistencies(
  matrix: readonly (readonly number[])[],
  weights?: readonly number[],
  options: AhpOptions = {},
): AhpInconsistency[] {
  const w = weights ?? ahp(matrix, options).weights;
  if (weights) assertReciprocalMatrix(matrix, options.reciprocalTolerance ?? AHP_RECIPROCAL_TOLERANCE);
  if (w.length !== matrix.length) throw new RangeError(`Expected ${matrix.length} weights, got ${w.length}.`);
  const result: AhpInconsistency[] = [];
  for (let i = 0; i < matrix.length; i++) {
    for (let j = i + 1; j < matrix.length; j++) {
      const implied = w[i] / w[j];
      result.push({
        row: i,
        column: j,
        judgment: matrix[i][j],
        implied,
        deviation: Math.abs(Math.log(matrix[i][j] / implied)),
      });
    }
  }
  return result.sort((a, b) => b.deviation - a.deviation || a.row - b.row || a.column - b.column);
}
