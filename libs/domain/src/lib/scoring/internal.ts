/** Helpers the scoring modules share; not part of the domain's public surface. */
import type { CompiledRubric } from './rubric';

export const isBlank = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined;

export function checkWeights(rubric: CompiledRubric, weights: readonly number[]): void {
  if (weights.length !== rubric.criteria.length)
    throw new RangeError(`Expected ${rubric.criteria.length} weights, got ${weights.length}.`);
  for (let i = 0; i < weights.length; i++) {
    if (!(weights[i] >= 0) || !Number.isFinite(weights[i]))
      throw new RangeError(
        `Criterion "${rubric.criteria[i].id}" has weight ${weights[i]}; weights must be zero or more.`,
      );
  }
}

export function normalisedWeights(rubric: CompiledRubric, weights: readonly number[]): number[] {
  checkWeights(rubric, weights);
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError('The weights are all zero; give at least one criterion a weight.');
  return weights.map((w) => w / total);
}
