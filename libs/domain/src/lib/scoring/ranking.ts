/** Knockouts and ranking. */

import { checkWeights, isBlank } from './internal';
import { CompiledRubric, WeightedTotal, weightedTotal } from './rubric';
import { ScoreTable } from './score-table';

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
