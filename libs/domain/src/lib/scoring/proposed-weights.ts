/** Weights proposed for a rubric generated from requirements. */

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
