import { buildScoreTable, compileRubric, consensusEffect, rankCandidates, ScoreEntry } from '.';
import { must, zeroToThree } from './scoring.fixtures';

describe('what the consensus scores change', () => {
  // Two criteria of equal weight on 0–3. A's mean is [3, 1] (66.67), B's [2, 1.5] (58.33): A leads on the evaluators' scores.
  const rubric = compileRubric(
    [
      { id: 'c1', weight: 1 },
      { id: 'c2', weight: 1 },
    ],
    zeroToThree,
  );
  const scores: ScoreEntry[] = [
    ['e1', 'A', 'c1', 3],
    ['e1', 'A', 'c2', 1],
    ['e2', 'A', 'c1', 3],
    ['e2', 'A', 'c2', 1],
    ['e1', 'B', 'c1', 2],
    ['e1', 'B', 'c2', 2],
    ['e2', 'B', 'c1', 2],
    ['e2', 'B', 'c2', 1],
  ].map(
    ([evaluatorId, candidateId, criterionId, value]) =>
      ({ evaluatorId, candidateId, criterionId, value }) as ScoreEntry,
  );

  it.each([
    ['no consensus', [], 'A', false, []],
    ['a consensus equal to the mean', [['A', 'c1', 3]], 'A', false, []],
    ['a consensus that lowers the leader below the next', [['A', 'c2', 0]], 'B', true, ['A:c2']],
    ['a consensus that lifts the second above the leader', [['B', 'c2', 3]], 'B', true, ['B:c2']],
    ['a consensus that widens the lead', [['A', 'c2', 3]], 'A', false, []],
    [
      'two consensus scores that change the leader together, neither alone',
      [
        ['A', 'c1', 2],
        ['B', 'c1', 3],
      ],
      'B',
      true,
      [],
    ],
  ] as const)('%s %j: agreed leader %s, leader changed %s, decisive %j', (_, consensus, leader, changed, decisive) => {
    const table = buildScoreTable(rubric, {
      candidateIds: ['A', 'B'],
      scores,
      consensus: consensus.map(([candidateId, criterionId, value]) => ({ candidateId, criterionId, value })),
    });
    const agreed = rankCandidates(rubric, table);
    const effect = consensusEffect(rubric, table);
    expect(agreed.winnerId).toBe(leader);
    expect(effect.withoutConsensus.winnerId).toBe('A');
    expect(
      effect.withoutConsensus.candidates.map((c) => [c.candidateId, Math.round(must(c.total.score) * 100) / 100]),
    ).toEqual([
      ['A', 66.67],
      ['B', 58.33],
    ]);
    expect(effect.leaderChanged).toBe(changed);
    expect(effect.decisive.map((d) => `${d.candidateId}:${d.criterionId}`)).toEqual(decisive);
    expect(effect.consensusCount).toBe(consensus.length);
  });

  it('counts a tie for first on one side as a different leader', () => {
    // A consensus of B c2 = 2 puts B at [2, 2] = 66.67, level with A.
    const table = buildScoreTable(rubric, {
      candidateIds: ['A', 'B'],
      scores,
      consensus: [{ candidateId: 'B', criterionId: 'c2', value: 2 }],
    });
    expect(rankCandidates(rubric, table).winnerId).toBeNull();
    expect(consensusEffect(rubric, table)).toMatchObject({
      leaderChanged: true,
      decisive: [{ candidateId: 'B', criterionId: 'c2' }],
    });
  });
});
