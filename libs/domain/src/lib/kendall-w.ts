/**
 * Kendall's coefficient of concordance W: how far several raters agree on the order of the same
 * items. Each rater's scores are turned into ranks (ties get the mean of the ranks they span),
 * S is the sum of squared deviations of the items' rank sums from their mean, and with the
 * correction for ties
 *
 *   W = 12 S / (m²(n³ − n) − m Σ T),  T = Σ (t³ − t) over each rater's groups of t tied items,
 *
 * for m raters and n items. χ² = m(n − 1) W with n − 1 degrees of freedom tests W against no
 * agreement (the large-sample approximation; it is rough for n < 7 and few raters).
 */

import { chiSquareSurvival } from './special-functions';

export interface KendallWResult {
  /** 0 = no agreement on the order, 1 = every rater orders the items the same way. */
  w: number;
  chiSquare: number;
  df: number;
  /** P(χ² ≥ chiSquare) under no agreement. */
  p: number;
}

/** Ranks 1…n of the values, ascending, ties averaged. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const rank = (start + 1 + end) / 2; // mean of ranks start + 1 … end
    for (let i = start; i < end; i++) ranks[order[i]] = rank;
    start = end;
  }
  return ranks;
}

/** Σ (t³ − t) over the groups of t equal values. */
function tieSum(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let sum = 0;
  for (const t of counts.values()) sum += t * t * t - t;
  return sum;
}

/**
 * Kendall's W for a rater × item score table (rows are raters, columns are items). Every rater must
 * score every item: leave out items with blanks, or raters who skipped some, before calling.
 * W is NaN when every rater gave every item the same score (no order to agree on).
 */
export function kendallW(scores: readonly (readonly number[])[]): KendallWResult {
  const m = scores.length;
  if (m < 1) throw new RangeError('Kendall’s W needs at least one rater.');
  const n = scores[0].length;
  if (n < 2) throw new RangeError(`Kendall’s W needs at least two items to order, got ${n}.`);
  const rankSums = new Array<number>(n).fill(0);
  let ties = 0;
  scores.forEach((row, r) => {
    if (row.length !== n)
      throw new RangeError(`Every rater must score all ${n} items; rater ${r + 1} scored ${row.length}.`);
    row.forEach((value, i) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new RangeError(
          `Rater ${r + 1}, item ${i + 1}: ${String(value)} is not a score; Kendall’s W needs complete rankings.`,
        );
      }
    });
    averageRanks(row).forEach((rank, i) => (rankSums[i] += rank));
    ties += tieSum(row);
  });
  const mean = (m * (n + 1)) / 2;
  let s = 0;
  for (const sum of rankSums) s += (sum - mean) ** 2;
  const denominator = m * m * (n * n * n - n) - m * ties;
  const w = denominator === 0 ? Number.NaN : (12 * s) / denominator;
  const df = n - 1;
  const chiSquare = m * df * w;
  return { w, chiSquare, df, p: Number.isNaN(chiSquare) ? Number.NaN : chiSquareSurvival(chiSquare, df) };
}
