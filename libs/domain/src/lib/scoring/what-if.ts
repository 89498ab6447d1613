/** What-if weights and subtotals (the results page's slider and category charts). */

import { checkWeights, isBlank, normalisedWeights } from './internal';
import { CompiledRubric, WeightedTotal, weightedTotal } from './rubric';

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
