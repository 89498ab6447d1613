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

export * from './rubric';
export * from './score-table';
export * from './ranking';
export * from './sensitivity';
export * from './what-if';
export * from './cost-of-ownership';
export * from './consensus-effect';
export * from './proposed-weights';
