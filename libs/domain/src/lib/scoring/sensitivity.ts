/**
 * Sensitivity: tie points and rank stability
 *
 * Changing criterion k's share from w_k to x while every other share is scaled by
 * s = (1 − x)/(1 − w_k) keeps the shares summing to 1. A candidate's total over its scored set S is
 * N/M with N = Σ_S w_j a_j and M = Σ_S w_j (a_j normalised to 0–1); under the change both stay
 * linear in x, so every scenario costs O(1) per candidate once N and M are known.
 */

import { isBlank, normalisedWeights } from './internal';
import { Ranking, TOTAL_TOLERANCE } from './ranking';
import { CompiledRubric, normaliseScore } from './rubric';

interface Sums {
  /** Σ_S w_j a_j and Σ_S w_j over the scored criteria. */
  n: number;
  m: number;
  /** Normalised scores, NaN where blank. */
  a: Float64Array;
}

function sums(
  rubric: CompiledRubric,
  values: readonly (number | null | undefined)[],
  weights: readonly number[],
): Sums {
  const a = new Float64Array(values.length);
  let n = 0;
  let m = 0;
  for (let j = 0; j < values.length; j++) {
    const value = values[j];
    if (isBlank(value)) {
      a[j] = Number.NaN;
      continue;
    }
    const { scale, id } = rubric.criteria[j];
    if (!Number.isFinite(value) || value < scale.min || value > scale.max)
      throw new RangeError(`Criterion "${id}": ${value} is outside its scale ${scale.min}–${scale.max}.`);
    a[j] = normaliseScore(value, scale);
    n += weights[j] * a[j];
    m += weights[j];
  }
  return { n, m, a };
}

/** A candidate's total (0–1) when criterion k's share becomes x and the others are rescaled. */
function totalAt(s: Sums, weights: readonly number[], k: number, x: number): number | null {
  const wk = weights[k];
  const ak = s.a[k];
  const scored = Number.isNaN(ak) ? 0 : 1;
  const scale = (1 - x) / (1 - wk);
  const n = scale * (s.n - wk * (scored ? ak : 0)) + x * (scored ? ak : 0);
  const m = scale * (s.m - wk * scored) + x * scored;
  return m > 0 ? n / m : null;
}

export interface TiePoint {
  criterionId: string;
  /** The criterion's current share of the rubric. */
  weight: number;
  /** The share at which the two candidates' totals are equal, the others rescaled proportionally. */
  tieWeight: number;
  /** tieWeight − weight: how far the share must move (others rescaled to keep the sum 1). */
  change: number;
  /**
   * The same tie point as a change of this criterion's weight alone, on the scale where all weights
   * sum to 1, the other weights left as they are and the shares renormalised afterwards: the t − w
   * with t/(t + 1 − w) = tieWeight. Raising a weight of .5 by 1/15 while .3 and .2 stay moves its
   * share from .5 to .5667/1.0667 = .53125.
   */
  rawChange: number;
}

/**
 * Where, if anywhere, first and second swap as criterion k's share moves over [0, 1).
 * `first` and `second` are raw scores per criterion (blank = missing). Returns the tie point nearest
 * to the current share, or null when the totals never meet (the criterion cannot reverse them) or
 * meet only where every other criterion has no weight at all.
 */
export function tiePoint(
  rubric: CompiledRubric,
  first: readonly (number | null | undefined)[],
  second: readonly (number | null | undefined)[],
  k: number,
  weights: readonly number[] = rubric.weights,
): TiePoint | null {
  const w = normalisedWeights(rubric, weights);
  return tiePointFromSums(rubric, w, sums(rubric, first, w), sums(rubric, second, w), k);
}

function tiePointFromSums(rubric: CompiledRubric, w: readonly number[], A: Sums, B: Sums, k: number): TiePoint | null {
  const wk = w[k];
  if (wk >= 1) return null; // no other criterion carries weight to trade against
  // Raw parametrisation: criterion k's weight t ≥ 0, the others' weights as they are (sum 1 − w_k).
  //   N_X(t) = P_X + t·α_X,  M_X(t) = Q_X + t·β_X  (α = a_k, β = 1 when X scored k; else 0)
  // Tie: N_A·M_B − N_B·M_A = 0, a quadratic c2·t² + c1·t + c0 = 0.
  const part = (s: Sums) => {
    const scored = !Number.isNaN(s.a[k]);
    return {
      p: s.n - (scored ? wk * s.a[k] : 0),
      q: s.m - (scored ? wk : 0),
      alpha: scored ? s.a[k] : 0,
      beta: scored ? 1 : 0,
    };
  };
  const a = part(A);
  const b = part(B);
  // A coefficient that is only rounding left over from cancelling equal terms counts as 0, so equal
  // candidates (or equal parts of them) do not produce a spurious tie point.
  const clean = (value: number, magnitude: number) => (Math.abs(value) <= 1e-12 * magnitude ? 0 : value);
  const c2 = clean(a.alpha * b.beta - b.alpha * a.beta, Math.abs(a.alpha * b.beta) + Math.abs(b.alpha * a.beta));
  const c1 = clean(
    a.p * b.beta + a.alpha * b.q - b.p * a.beta - b.alpha * a.q,
    Math.abs(a.p * b.beta) + Math.abs(a.alpha * b.q) + Math.abs(b.p * a.beta) + Math.abs(b.alpha * a.q),
  );
  const c0 = clean(a.p * b.q - b.p * a.q, Math.abs(a.p * b.q) + Math.abs(b.p * a.q));
  const valid = solveQuadratic(c2, c1, c0).filter((t) => {
    // Both totals must exist at t (each candidate keeps some scored weight).
    return Number.isFinite(t) && t >= -1e-12 && a.q + t * a.beta > 0 && b.q + t * b.beta > 0;
  });
  if (valid.length === 0) return null;
  const t = valid.map((r) => Math.max(0, r)).sort((x, y) => Math.abs(x - wk) - Math.abs(y - wk))[0];
  const tieWeight = t / (t + 1 - wk);
  return { criterionId: rubric.criteria[k].id, weight: wk, tieWeight, change: tieWeight - wk, rawChange: t - wk };
}

/** Real roots of c2·t² + c1·t + c0 = 0 (linear when c2 = 0); [] when none or identically 0. */
function solveQuadratic(c2: number, c1: number, c0: number): number[] {
  if (c2 === 0) return c1 === 0 ? [] : [-c0 / c1];
  const disc = c1 * c1 - 4 * c2 * c0;
  if (disc < 0) return [];
  // Numerically stable form (no cancellation between −c1 and √disc).
  const q = -0.5 * (c1 + Math.sign(c1 || 1) * Math.sqrt(disc));
  const roots = [q / c2];
  if (q !== 0) roots.push(c0 / q);
  return roots;
}

/** Tie points of every criterion between two candidates' raw scores (null where there is none). */
export function tiePoints(
  rubric: CompiledRubric,
  first: readonly (number | null | undefined)[],
  second: readonly (number | null | undefined)[],
  weights: readonly number[] = rubric.weights,
): (TiePoint | null)[] {
  const w = normalisedWeights(rubric, weights);
  const A = sums(rubric, first, w);
  const B = sums(rubric, second, w);
  return rubric.criteria.map((_, k) => tiePointFromSums(rubric, w, A, B, k));
}

export interface StabilityScenario {
  criterionId: string;
  /** Relative change of the criterion's share, e.g. −0.1 for −10%. */
  change: number;
  /** The share used (the changed share, kept within [0, 1]). */
  weight: number;
  /** Who comes first in this scenario; null when two share first place. */
  leaderId: string | null;
  /** Whether the winner is still first alone. */
  winnerHolds: boolean;
}

export interface RankStability {
  winnerId: string | null;
  /** For each magnitude (e.g. 0.1, 0.25): whether the winner holds under every change up to ± it. */
  levels: { change: number; stable: boolean }[];
  scenarios: StabilityScenario[];
}

export const DEFAULT_STABILITY_CHANGES: readonly number[] = [-0.25, -0.1, 0.1, 0.25];

/**
 * Whether the winner stays first when each criterion's share changes by each relative amount
 * (default ±10% and ±25% of itself), the others rescaled proportionally to keep the sum 1.
 * `candidates` are those still in the running (not knocked out), with raw scores per criterion.
 */
export function rankStability(
  rubric: CompiledRubric,
  candidates: readonly { candidateId: string; values: readonly (number | null | undefined)[] }[],
  options: { weights?: readonly number[]; changes?: readonly number[] } = {},
): RankStability {
  const w = normalisedWeights(rubric, options.weights ?? rubric.weights);
  const changes = options.changes ?? DEFAULT_STABILITY_CHANGES;
  const all = candidates.map((c) => sums(rubric, c.values, w));
  const leaderOf = (totals: (number | null)[]): string | null => {
    let best = -Infinity;
    let leader: number | null = null;
    let shared = false;
    totals.forEach((total, i) => {
      if (total === null) return;
      if (total > best + TOTAL_TOLERANCE / 100) {
        best = total;
        leader = i;
        shared = false;
      } else if (Math.abs(total - best) <= TOTAL_TOLERANCE / 100) {
        shared = true;
      }
    });
    return leader === null || shared ? null : candidates[leader].candidateId;
  };
  const winnerId = leaderOf(all.map((s) => (s.m > 0 ? s.n / s.m : null)));
  const scenarios: StabilityScenario[] = [];
  for (let k = 0; k < w.length; k++) {
    for (const change of changes) {
      const x = Math.min(1, Math.max(0, w[k] * (1 + change)));
      const totals = w[k] >= 1 ? all.map((s) => (s.m > 0 ? s.n / s.m : null)) : all.map((s) => totalAt(s, w, k, x));
      const leaderId = leaderOf(totals);
      scenarios.push({
        criterionId: rubric.criteria[k].id,
        change,
        weight: x,
        leaderId,
        winnerHolds: winnerId !== null && leaderId === winnerId,
      });
    }
  }
  const magnitudes = [...new Set(changes.map((c) => Math.abs(c)))].sort((a, b) => a - b);
  const levels = magnitudes.map((magnitude) => ({
    change: magnitude,
    stable: winnerId !== null && scenarios.every((s) => Math.abs(s.change) > magnitude || s.winnerHolds),
  }));
  return { winnerId, levels, scenarios };
}

export interface Sensitivity {
  firstId: string;
  secondId: string;
  /** Per criterion, in rubric order. */
  tiePoints: (TiePoint | null)[];
  stability: RankStability;
}

/**
 * Tie points between the top two ranked candidates and the winner's stability, from a ranking.
 * Null when fewer than two candidates are ranked.
 */
export function sensitivity(
  rubric: CompiledRubric,
  ranking: Ranking,
  options: { weights?: readonly number[]; changes?: readonly number[] } = {},
): Sensitivity | null {
  const ranked = ranking.candidates.filter((c) => c.rank !== null);
  if (ranked.length < 2) return null;
  const [first, second] = ranked;
  return {
    firstId: first.candidateId,
    secondId: second.candidateId,
    tiePoints: tiePoints(rubric, first.values, second.values, options.weights ?? rubric.weights),
    stability: rankStability(rubric, ranked, options),
  };
}
