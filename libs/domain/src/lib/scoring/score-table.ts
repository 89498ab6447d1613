/** Score tables: per evaluator and aggregated. */

import { isBlank } from './internal';
import { CompiledRubric } from './rubric';

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
