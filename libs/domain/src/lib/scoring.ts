/**
 * Ranking maths over a rubric: weighted totals with blanks kept apart from zeros, knockouts from
 * mandatory requirements, per-evaluator and aggregate totals, tie points and rank stability under
 * weight changes, and multi-year total cost of ownership.
 *
 * Conventions used throughout:
 * - A criterion's weight below is its share of the whole rubric: the product of its normalised
 *   weight among its siblings and those of every category above it. Shares of all criteria sum to 1.
 * - A score is normalised to 0–1 on its criterion's scale: (value − min)/(max − min).
 * - A blank (null/undefined) is missing, not zero. A total is the weighted mean of the normalised
 *   scores over the scored criteria only, × 100: 0 means every scored criterion at its scale
 *   minimum, 100 every one at its maximum. How much of the rubric that covers is reported beside it.
 *
 * Everything is pure and allocation-light so it can run on each move of a weight slider in the
 * browser and for 20 candidates × 500 criteria × 15 evaluators on the server.
 */

export interface Scale {
  min: number;
  max: number;
}

/** A category (with children) or a criterion (a leaf, with a scale) of a rubric. */
export interface CriterionNode {
  id: string;
  /** Relative to its siblings; normalised at each level. Must be ≥ 0. */
  weight: number;
  children?: readonly CriterionNode[];
  /** The leaf's scale; the rubric's default scale when absent. */
  scale?: Scale;
}

export interface RubricCriterion {
  id: string;
  /** Position in CompiledRubric.criteria (depth-first, in the order given). */
  index: number;
  /** Share of the whole rubric (0–1); the shares of all criteria sum to 1. */
  weight: number;
  scale: Scale;
  /** Ids of the categories above it, outermost first. */
  path: string[];
}

export interface CompiledRubric {
  criteria: RubricCriterion[];
  /** criteria[i].weight, as one array. */
  weights: number[];
  indexOf: ReadonlyMap<string, number>;
}

const isBlank = (value: number | null | undefined): value is null | undefined => value === null || value === undefined;

function checkScale(scale: Scale | undefined, where: string): Scale {
  if (!scale) throw new RangeError(`Criterion "${where}" has no scale.`);
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.max <= scale.min) {
    throw new RangeError(
      `Criterion "${where}": the top of the scale (${scale.max}) must be above the bottom (${scale.min}).`,
    );
  }
  return { min: scale.min, max: scale.max };
}

/**
 * Flattens a rubric tree into its criteria with their shares of the whole. Categories without
 * criteria are left out (they have nothing to score) and their weight goes to their siblings.
 * Throws on a negative or non-finite weight, a level whose weights are all zero, a missing or
 * empty scale, or a repeated id.
 */
export function compileRubric(nodes: readonly CriterionNode[], defaultScale?: Scale): CompiledRubric {
  const criteria: RubricCriterion[] = [];
  const seen = new Set<string>();
  const hasCriteria = (node: CriterionNode): boolean =>
    node.children && node.children.length > 0 ? node.children.some(hasCriteria) : node.children === undefined;

  const visit = (level: readonly CriterionNode[], share: number, path: string[], where: string) => {
    const live = level.filter(hasCriteria);
    for (const node of level) {
      if (seen.has(node.id)) throw new RangeError(`The rubric uses the id "${node.id}" twice.`);
      seen.add(node.id);
      if (typeof node.weight !== 'number' || !Number.isFinite(node.weight) || node.weight < 0) {
        throw new RangeError(`"${node.id}" has weight ${String(node.weight)}; weights must be zero or more.`);
      }
    }
    const sum = live.reduce((s, node) => s + node.weight, 0);
    if (live.length > 0 && sum <= 0)
      throw new RangeError(`The weights ${where} are all zero; give at least one a weight.`);
    for (const node of live) {
      const nodeShare = (share * node.weight) / sum;
      if (node.children && node.children.length > 0) {
        visit(node.children, nodeShare, [...path, node.id], `inside "${node.id}"`);
      } else {
        criteria.push({
          id: node.id,
          index: criteria.length,
          weight: nodeShare,
          scale: checkScale(node.scale ?? defaultScale, node.id),
          path,
        });
      }
    }
  };
  visit(nodes, 1, [], 'at the top level');
  if (criteria.length === 0) throw new RangeError('The rubric has no criteria to score.');
  return { criteria, weights: criteria.map((c) => c.weight), indexOf: new Map(criteria.map((c) => [c.id, c.index])) };
}

/** A raw score on its scale → 0–1. */
export function normaliseScore(value: number, scale: Scale): number {
  return (value - scale.min) / (scale.max - scale.min);
}

export interface WeightedTotal {
  /** 0–100 over the scored criteria; null when no criterion with weight is scored. */
  score: number | null;
  /** Share of the rubric's weight that has a score (0–1). */
  scoredWeight: number;
  scoredCount: number;
  criterionCount: number;
}

function checkWeights(rubric: CompiledRubric, weights: readonly number[]): void {
  if (weights.length !== rubric.criteria.length)
    throw new RangeError(`Expected ${rubric.criteria.length} weights, got ${weights.length}.`);
  for (let i = 0; i < weights.length; i++) {
    if (!(weights[i] >= 0) || !Number.isFinite(weights[i]))
      throw new RangeError(
        `Criterion "${rubric.criteria[i].id}" has weight ${weights[i]}; weights must be zero or more.`,
      );
  }
}

/**
 * Weighted total of one candidate. `values[i]` is the raw score on criterion i (blank = missing).
 * `weights` default to the rubric's shares; any non-negative weights may be given (e.g. from a
 * slider) and are used as shares after dividing by their sum.
 */
export function weightedTotal(
  rubric: CompiledRubric,
  values: readonly (number | null | undefined)[],
  weights: readonly number[] = rubric.weights,
): WeightedTotal {
  checkWeights(rubric, weights);
  if (values.length !== rubric.criteria.length)
    throw new RangeError(`Expected ${rubric.criteria.length} scores, got ${values.length}.`);
  let allWeight = 0;
  let scoredWeight = 0;
  let achieved = 0;
  let scoredCount = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    allWeight += w;
    const value = values[i];
    if (isBlank(value)) continue;
    const { scale } = rubric.criteria[i];
    if (!Number.isFinite(value) || value < scale.min || value > scale.max) {
      throw new RangeError(
        `Criterion "${rubric.criteria[i].id}": ${value} is outside its scale ${scale.min}–${scale.max}.`,
      );
    }
    scoredCount++;
    scoredWeight += w;
    achieved += w * normaliseScore(value, scale);
  }
  return {
    score: scoredWeight > 0 ? (100 * achieved) / scoredWeight : null,
    scoredWeight: allWeight > 0 ? scoredWeight / allWeight : 0,
    scoredCount,
    criterionCount: values.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Score tables: per evaluator and aggregated

export interface ScoreEntry {
  evaluatorId: string;
  candidateId: string;
  criterionId: string;
  value: number | null | undefined;
}

export interface ConsensusEntry {
  candidateId: string;
  criterionId: string;
  /** Blank = no consensus set (the evaluators' mean is used). */
  value: number | null | undefined;
}

/** One evaluator's scores of one candidate on every criterion, in rubric order (blank = missing). */
export interface ScoreRow {
  evaluatorId: string;
  candidateId: string;
  values: readonly (number | null | undefined)[];
}

export interface ScoreTableInput {
  candidateIds: readonly string[];
  /** Evaluators to report on, including any with no scores yet; those seen in `scores` and `rows` when absent. */
  evaluatorIds?: readonly string[];
  scores: readonly ScoreEntry[];
  /**
   * Scores given a whole row at a time, the compact form of `scores` for large rounds; a cell may
   * come from a row or from `scores`, not both.
   */
  rows?: readonly ScoreRow[];
  consensus?: readonly ConsensusEntry[];
}

export interface ScoreTable {
  candidateIds: string[];
  evaluatorIds: string[];
  /** byEvaluator[e][c][i]: evaluator e's raw score of candidate c on criterion i, or null. */
  byEvaluator: (number | null)[][][];
  /** aggregate[c][i]: the consensus where set, else the mean of the evaluators' scores, else null. */
  aggregate: (number | null)[][];
  /** fromConsensus[c][i]: whether aggregate[c][i] is a consensus score. */
  fromConsensus: boolean[][];
}

function checkValue(rubric: CompiledRubric, i: number, value: number, who: () => string): void {
  const { scale, id } = rubric.criteria[i];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < scale.min || value > scale.max) {
    throw new RangeError(
      `${who()} on criterion "${id}": ${String(value)} is outside its scale ${scale.min}–${scale.max}.`,
    );
  }
}

/** Arranges scores by evaluator, candidate and criterion and aggregates them per criterion. */
export function buildScoreTable(rubric: CompiledRubric, input: ScoreTableInput): ScoreTable {
  const candidateIds = [...input.candidateIds];
  const candidateIndex = new Map(candidateIds.map((id, i) => [id, i]));
  if (candidateIndex.size !== candidateIds.length) throw new RangeError('A candidate is listed twice.');
  const evaluatorIds = input.evaluatorIds
    ? [...input.evaluatorIds]
    : [...new Set([...input.scores.map((s) => s.evaluatorId), ...(input.rows ?? []).map((r) => r.evaluatorId)])];
  const evaluatorIndex = new Map(evaluatorIds.map((id, i) => [id, i]));
  if (evaluatorIndex.size !== evaluatorIds.length) throw new RangeError('An evaluator is listed twice.');
  const criteria = rubric.criteria.length;
  const C = candidateIds.length;

  const byEvaluator = evaluatorIds.map(() => candidateIds.map(() => new Array<number | null>(criteria).fill(null)));
  const sums = new Float64Array(C * criteria);
  const counts = new Uint32Array(C * criteria);
  // Messages are built only when something is wrong: this loop runs once per score.
  const candidateOf = (candidateId: string, who: () => string): number => {
    const c = candidateIndex.get(candidateId);
    if (c === undefined) throw new RangeError(`${who()}: candidate "${candidateId}" is not in this ranking.`);
    return c;
  };
  const criterionOf = (criterionId: string, who: () => string): number => {
    const i = rubric.indexOf.get(criterionId);
    if (i === undefined) throw new RangeError(`${who()}: criterion "${criterionId}" is not in this rubric.`);
    return i;
  };

  for (const given of input.rows ?? []) {
    const who = () => `Score by "${given.evaluatorId}" for "${given.candidateId}"`;
    const e = evaluatorIndex.get(given.evaluatorId);
    if (e === undefined) throw new RangeError(`${who()}: evaluator "${given.evaluatorId}" is not in this ranking.`);
    const c = candidateOf(given.candidateId, who);
    if (given.values.length !== criteria)
      throw new RangeError(`${who()}: expected ${criteria} scores, got ${given.values.length}.`);
    const row = byEvaluator[e][c];
    const offset = c * criteria;
    for (let i = 0; i < criteria; i++) {
      const value = given.values[i];
      if (isBlank(value)) continue;
      checkValue(rubric, i, value, who);
      if (row[i] !== null) throw new RangeError(`${who()} on criterion "${rubric.criteria[i].id}" is given twice.`);
      row[i] = value;
      sums[offset + i] += value;
      counts[offset + i]++;
    }
  }

  for (const score of input.scores) {
    const who = () => `Score by "${score.evaluatorId}" for "${score.candidateId}"`;
    const e = evaluatorIndex.get(score.evaluatorId);
    if (e === undefined) throw new RangeError(`${who()}: evaluator "${score.evaluatorId}" is not in this ranking.`);
    const c = candidateOf(score.candidateId, who);
    const i = criterionOf(score.criterionId, who);
    const value = score.value;
    if (isBlank(value)) continue;
    checkValue(rubric, i, value, who);
    const row = byEvaluator[e][c];
    if (row[i] !== null) throw new RangeError(`${who()} on criterion "${score.criterionId}" is given twice.`);
    row[i] = value;
    sums[c * criteria + i] += value;
    counts[c * criteria + i]++;
  }

  const aggregate = candidateIds.map((_, c) => {
    const row = new Array<number | null>(criteria);
    for (let i = 0; i < criteria; i++)
      row[i] = counts[c * criteria + i] > 0 ? sums[c * criteria + i] / counts[c * criteria + i] : null;
    return row;
  });
  const fromConsensus = candidateIds.map(() => new Array<boolean>(criteria).fill(false));
  for (const entry of input.consensus ?? []) {
    const who = () => `Consensus for "${entry.candidateId}"`;
    const c = candidateOf(entry.candidateId, who);
    const i = criterionOf(entry.criterionId, who);
    if (isBlank(entry.value)) continue;
    checkValue(rubric, i, entry.value, who);
    if (fromConsensus[c][i]) throw new RangeError(`${who()} on criterion "${entry.criterionId}" is given twice.`);
    aggregate[c][i] = entry.value;
    fromConsensus[c][i] = true;
  }
  return { candidateIds, evaluatorIds, byEvaluator, aggregate, fromConsensus };
}

// ---------------------------------------------------------------------------------------------
// Knockouts and ranking

export interface MandatoryRequirement {
  id: string;
  /** What the reader sees as the reason, e.g. "CIRC-012 Self-check with RFID". */
  label: string;
  /** Criteria whose scores show whether the requirement is met. */
  criterionIds: readonly string[];
  /** A score below this (raw scale units) fails; without it, a score at the scale minimum fails. */
  threshold?: number;
}

export interface Knockout {
  requirementId: string;
  label: string;
  criterionId: string;
  /** The candidate's aggregate score on that criterion. */
  value: number;
  /** The threshold applied, or null when the rule was "at the scale minimum". */
  threshold: number | null;
}

export interface PendingRequirement {
  requirementId: string;
  label: string;
  /** Linked criteria with no score yet for this candidate. */
  criterionIds: string[];
}

/** Mandatory requirements the candidate fails, and those that cannot be judged yet (no score). */
export function findKnockouts(
  rubric: CompiledRubric,
  values: readonly (number | null | undefined)[],
  requirements: readonly MandatoryRequirement[],
): { knockouts: Knockout[]; pending: PendingRequirement[] } {
  const knockouts: Knockout[] = [];
  const pending: PendingRequirement[] = [];
  for (const requirement of requirements) {
    const blank: string[] = [];
    for (const criterionId of requirement.criterionIds) {
      const i = rubric.indexOf.get(criterionId);
      if (i === undefined)
        throw new RangeError(
          `Requirement "${requirement.label}" links criterion "${criterionId}", which is not in this rubric.`,
        );
      const value = values[i];
      if (isBlank(value)) {
        blank.push(criterionId);
        continue;
      }
      const threshold = requirement.threshold ?? null;
      const fails = threshold === null ? value <= rubric.criteria[i].scale.min : value < threshold;
      if (fails)
        knockouts.push({ requirementId: requirement.id, label: requirement.label, criterionId, value, threshold });
    }
    if (blank.length > 0)
      pending.push({ requirementId: requirement.id, label: requirement.label, criterionIds: blank });
  }
  return { knockouts, pending };
}

export interface CandidateRanking {
  candidateId: string;
  /** 1 = best; shared by equal totals; null when knocked out or nothing is scored. */
  rank: number | null;
  /** From the aggregate scores (consensus where set, else the evaluators' mean). */
  total: WeightedTotal;
  /** Aggregate raw score per criterion (rubric order), null where nobody scored. */
  values: (number | null)[];
  knockedOut: boolean;
  knockouts: Knockout[];
  /** Mandatory requirements not yet judged for this candidate because a linked score is blank. */
  pendingRequirements: PendingRequirement[];
  /** Each evaluator's own total of this candidate, with their own completeness. */
  byEvaluator: { evaluatorId: string; total: WeightedTotal }[];
}

export interface Ranking {
  /** Ranked candidates first (best first), then those with nothing scored, then those knocked out. */
  candidates: CandidateRanking[];
  /** The candidate ranked first alone, or null when none is or two share first place. */
  winnerId: string | null;
}

export interface RankingOptions {
  mandatory?: readonly MandatoryRequirement[];
  /** Criterion weights to use instead of the rubric's (e.g. a slider's); normalised by their sum. */
  weights?: readonly number[];
}

/** Totals closer than this (on the 0–100 scale) count as equal. */
export const TOTAL_TOLERANCE = 1e-9;

/** Ranks the candidates of a score table. */
export function rankCandidates(rubric: CompiledRubric, table: ScoreTable, options: RankingOptions = {}): Ranking {
  const weights = options.weights ?? rubric.weights;
  checkWeights(rubric, weights);
  const rows: CandidateRanking[] = table.candidateIds.map((candidateId, c) => {
    const values = table.aggregate[c];
    const { knockouts, pending } = findKnockouts(rubric, values, options.mandatory ?? []);
    return {
      candidateId,
      rank: null,
      total: weightedTotal(rubric, values, weights),
      values,
      knockedOut: knockouts.length > 0,
      knockouts,
      pendingRequirements: pending,
      byEvaluator: table.evaluatorIds.map((evaluatorId, e) => ({
        evaluatorId,
        total: weightedTotal(rubric, table.byEvaluator[e][c], weights),
      })),
    };
  });
  const group = (row: CandidateRanking) => (row.knockedOut ? 2 : row.total.score === null ? 1 : 0);
  const order = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => group(a.row) - group(b.row) || (b.row.total.score ?? 0) - (a.row.total.score ?? 0) || a.i - b.i);
  const candidates = order.map(({ row }) => row);
  let previous: number | null = null;
  candidates.forEach((row, position) => {
    if (group(row) !== 0) return;
    const score = row.total.score as number;
    row.rank =
      previous !== null && Math.abs(previous - score) <= TOTAL_TOLERANCE
        ? (candidates[position - 1].rank as number)
        : position + 1;
    previous = score;
  });
  const first = candidates.filter((row) => row.rank === 1);
  return { candidates, winnerId: first.length === 1 ? first[0].candidateId : null };
}

// ---------------------------------------------------------------------------------------------
// Sensitivity: tie points and rank stability
//
// Changing criterion k's share from w_k to x while every other share is scaled by
// s = (1 − x)/(1 − w_k) keeps the shares summing to 1. A candidate's total over its scored set S is
// N/M with N = Σ_S w_j a_j and M = Σ_S w_j (a_j normalised to 0–1); under the change both stay
// linear in x, so every scenario costs O(1) per candidate once N and M are known.

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

function normalisedWeights(rubric: CompiledRubric, weights: readonly number[]): number[] {
  checkWeights(rubric, weights);
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError('The weights are all zero; give at least one criterion a weight.');
  return weights.map((w) => w / total);
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

// ---------------------------------------------------------------------------------------------
// What-if weights and subtotals (the results page's slider and category charts)

/** The indexes of the criteria under a category (any depth), or of the criterion itself. */
export function criteriaUnder(rubric: CompiledRubric, id: string): number[] {
  const own = rubric.indexOf.get(id);
  if (own !== undefined) return [own];
  const found = rubric.criteria.filter((c) => c.path.includes(id)).map((c) => c.index);
  if (found.length === 0)
    throw new RangeError(`"${id}" is neither a criterion nor a category with criteria in this rubric.`);
  return found;
}

/**
 * Weights in which the criteria at `indexes` together hold `share` (0–1) of the rubric, keeping
 * their proportions among themselves, and every other criterion is rescaled proportionally so the
 * shares still sum to 1 — the same move the tie points describe. With share 1 the others get 0.
 */
export function withShare(
  rubric: CompiledRubric,
  indexes: readonly number[],
  share: number,
  weights: readonly number[] = rubric.weights,
): number[] {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`A share is between 0 and 1; got ${share}.`);
  const w = normalisedWeights(rubric, weights);
  const chosen = new Set(indexes);
  for (const i of chosen)
    if (!Number.isInteger(i) || i < 0 || i >= w.length)
      throw new RangeError(`There is no criterion ${i} in this rubric.`);
  let inside = 0;
  for (const i of chosen) inside += w[i];
  const outside = 1 - inside;
  if (chosen.size === w.length || outside <= 0)
    throw new RangeError('The other criteria carry no weight to trade against.');
  return w.map((value, i) => {
    if (chosen.has(i)) return inside > 0 ? (value / inside) * share : share / chosen.size;
    return (value / outside) * (1 - share);
  });
}

/**
 * A candidate's total within each group of criteria (e.g. each top-level category): the weighted
 * mean over that group's scored criteria, 0–100, with the group's completeness — as weightedTotal
 * but restricted to the group.
 */
export function groupTotals(
  rubric: CompiledRubric,
  values: readonly (number | null | undefined)[],
  groups: readonly { id: string; indexes: readonly number[] }[],
  weights: readonly number[] = rubric.weights,
): { id: string; total: WeightedTotal }[] {
  checkWeights(rubric, weights);
  return groups.map((group) => {
    const inGroup = new Set(group.indexes);
    const masked = weights.map((w, i) => (inGroup.has(i) ? w : 0));
    const total = weightedTotal(rubric, values, masked);
    let scoredCount = 0;
    for (const i of inGroup) if (!isBlank(values[i])) scoredCount++;
    return { id: group.id, total: { ...total, scoredCount, criterionCount: inGroup.size } };
  });
}

// ---------------------------------------------------------------------------------------------
// Total cost of ownership

export interface CostItem {
  label: string;
  amount: number;
}

export interface TrainingCost {
  label?: string;
  /** Staff hours in total (people × hours each). */
  hours: number;
  hourlyRate: number;
}

export interface TcoInput {
  years: number;
  /** Paid once, in year 1: licence, migration, hardware. */
  oneTime?: readonly CostItem[];
  /** Paid every year: subscription, hosting, support, staff time. */
  yearly?: readonly CostItem[];
  /** One-time training, costed as hours × hourly rate. */
  training?: readonly TrainingCost[];
}

export interface TcoResult {
  years: number;
  oneTime: number;
  training: number;
  /** Recurring cost of one year. */
  yearly: number;
  /** yearly × years. */
  recurring: number;
  total: number;
  /** Cost in each year: year 1 carries the one-time and training costs. */
  byYear: number[];
}

/** Multi-year total cost of ownership (undiscounted). */
export function totalCostOfOwnership(input: TcoInput): TcoResult {
  const { years } = input;
  if (!Number.isInteger(years) || years < 1)
    throw new RangeError(`The period must be a whole number of years, at least 1; got ${years}.`);
  const add = (items: readonly CostItem[] | undefined, kind: string) =>
    (items ?? []).reduce((sum, item) => {
      if (typeof item.amount !== 'number' || !Number.isFinite(item.amount))
        throw new RangeError(`${kind} cost "${item.label}" is not a number.`);
      return sum + item.amount;
    }, 0);
  const oneTime = add(input.oneTime, 'One-time');
  const yearly = add(input.yearly, 'Yearly');
  const training = (input.training ?? []).reduce((sum, item) => {
    const name = item.label ? `Training "${item.label}"` : 'Training';
    if (!Number.isFinite(item.hours) || item.hours < 0)
      throw new RangeError(`${name}: hours must be zero or more, got ${item.hours}.`);
    if (!Number.isFinite(item.hourlyRate) || item.hourlyRate < 0)
      throw new RangeError(`${name}: the hourly rate must be zero or more, got ${item.hourlyRate}.`);
    return sum + item.hours * item.hourlyRate;
  }, 0);
  const byYear = Array.from({ length: years }, (_, y) => yearly + (y === 0 ? oneTime + training : 0));
  const recurring = yearly * years;
  return { years, oneTime, training, yearly, recurring, total: oneTime + training + recurring, byYear };
}

/** Score points (0–100) per `per` units of cost (10,000 unless given); null without a score or a positive cost. */
export function scorePerCost(score: number | null, cost: number, per = 10_000): number | null {
  if (score === null || !Number.isFinite(score) || !(cost > 0) || !Number.isFinite(cost)) return null;
  return (score * per) / cost;
}

// ---------------------------------------------------------------------------------------------
// What the consensus scores change

/** A score table whose aggregate is the evaluators' mean everywhere, as if no consensus were set. */
export function withoutConsensus(table: ScoreTable): ScoreTable {
  const criteria = table.aggregate[0]?.length ?? 0;
  const aggregate = table.candidateIds.map((_, c) => {
    const row = new Array<number | null>(criteria);
    for (let i = 0; i < criteria; i++) {
      if (!table.fromConsensus[c][i]) {
        row[i] = table.aggregate[c][i];
        continue;
      }
      let sum = 0;
      let count = 0;
      for (const byCandidate of table.byEvaluator) {
        const value = byCandidate[c][i];
        if (value === null) continue;
        sum += value;
        count++;
      }
      row[i] = count > 0 ? sum / count : null;
    }
    return row;
  });
  return { ...table, aggregate, fromConsensus: table.candidateIds.map(() => new Array<boolean>(criteria).fill(false)) };
}

export interface ConsensusEffect {
  /** The ranking from the evaluators' mean alone, every consensus score set aside. */
  withoutConsensus: Ranking;
  /** Whether the consensus scores change who is first (a tie for first counts as its own leader). */
  leaderChanged: boolean;
  /** Consensus scores that decide the leader alone: setting aside just that one changes who is first. */
  decisive: { candidateId: string; criterionId: string }[];
  /** How many consensus scores the ranking uses. */
  consensusCount: number;
}

/** The candidates ranked first (several when tied), as a comparable key. */
function leaderKey(ranking: Ranking): string {
  return ranking.candidates
    .filter((c) => c.rank === 1)
    .map((c) => c.candidateId)
    .sort()
    .join(',');
}

/**
 * How much the agreed ranking rests on consensus scores: the ranking without any of them, whether
 * they change the leader, and which single consensus scores decide it. Per-evaluator totals are
 * left out of the rankings here (they do not depend on consensus).
 */
export function consensusEffect(
  rubric: CompiledRubric,
  table: ScoreTable,
  options: RankingOptions = {},
): ConsensusEffect {
  const aggregateOnly = (t: ScoreTable): ScoreTable => ({ ...t, evaluatorIds: [], byEvaluator: [] });
  const agreed = rankCandidates(rubric, aggregateOnly(table), options);
  const plain = withoutConsensus(table);
  const without = rankCandidates(rubric, aggregateOnly(plain), options);
  const leader = leaderKey(agreed);
  const decisive: { candidateId: string; criterionId: string }[] = [];
  let consensusCount = 0;
  table.fromConsensus.forEach((row, c) =>
    row.forEach((isConsensus, i) => {
      if (!isConsensus) return;
      consensusCount++;
      // Only this one cell back to the evaluators' mean.
      const aggregate = table.aggregate.map((values, k) =>
        k === c ? values.map((value, j) => (j === i ? plain.aggregate[c][i] : value)) : values,
      );
      const one = rankCandidates(rubric, aggregateOnly({ ...table, aggregate }), options);
      if (leaderKey(one) !== leader)
        decisive.push({ candidateId: table.candidateIds[c], criterionId: rubric.criteria[i].id });
    }),
  );
  return { withoutConsensus: without, leaderChanged: leaderKey(without) !== leader, decisive, consensusCount };
}

// ---------------------------------------------------------------------------------------------
// Weights proposed for a rubric generated from requirements

/** A criterion's weight from its requirement's MoSCoW priority (won't-haves are not scored). */
export const PRIORITY_WEIGHT = { must: 3, should: 2, could: 1 } as const;

/**
 * Category weights that follow what each category holds: the sum of its criteria's weights as a
 * share of all of them (the shares sum to 1), instead of every category weighing the same. A
 * category with nothing in it gets no share.
 */
export function weightsByContent(categories: readonly (readonly number[])[]): number[] {
  const sums = categories.map((weights) =>
    weights.reduce((sum, weight) => {
      if (!(weight >= 0) || !Number.isFinite(weight))
        throw new RangeError(`A criterion has weight ${weight}; weights must be zero or more.`);
      return sum + weight;
    }, 0),
  );
  const total = sums.reduce((a, b) => a + b, 0);
  if (total <= 0) return categories.map(() => (categories.length ? 1 / categories.length : 0));
  return sums.map((sum) => sum / total);
}
