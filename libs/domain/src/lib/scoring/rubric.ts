/** A rubric compiled for scoring — criteria with their shares of the whole and their scales — and one
 * candidate's weighted total. */

import { checkWeights, isBlank } from './internal';

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
