/** Rubrics and helpers the scoring tests share. */
import { CompiledRubric, CriterionNode, compileRubric } from '.';

/** The value, or a test failure when there is none. */
export const must = <T>(value: T | null | undefined): T => {
  if (value === null || value === undefined) throw new Error('Expected a value.');
  return value;
};

export const zeroToThree = { min: 0, max: 3 };
export const unit = { min: 0, max: 1 };

/** Functional (60) with c1 (3) and c2 (1); Technical (40) with c3 and c4 (1 each). */
export const TREE: CriterionNode[] = [
  {
    id: 'functional',
    weight: 60,
    children: [
      { id: 'c1', weight: 3 },
      { id: 'c2', weight: 1 },
    ],
  },
  {
    id: 'technical',
    weight: 40,
    children: [
      { id: 'c3', weight: 1 },
      { id: 'c4', weight: 1 },
    ],
  },
];

/** A flat rubric of criteria on 0–1 with the given weights. */
export const flat = (weights: number[]): CompiledRubric =>
  compileRubric(weights.map((weight, i) => ({ id: `k${i + 1}`, weight, scale: unit })));

/** Shares with criterion k set to x and the others rescaled proportionally (a direct recomputation). */
export const reweighted = (weights: readonly number[], k: number, x: number) =>
  weights.map((w, j) => (j === k ? x : (w * (1 - x)) / (1 - weights[k])));
