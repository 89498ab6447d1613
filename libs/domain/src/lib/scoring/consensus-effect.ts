/** What the consensus scores change. */

import { rankCandidates, Ranking, RankingOptions } from './ranking';
import { CompiledRubric } from './rubric';
import { ScoreTable } from './score-table';

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
