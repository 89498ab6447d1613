import { LOW_ALPHA, ResultsModel, RoundResults } from './results-model';
import type { RubricFieldsFragment } from '../scoring.generated';

/*
 * A rubric on a 0–4 scale: Functional (weight 3) with Holds and Loans (1 each), Service (weight 1)
 * with Support. Shares of the whole: Holds 3/8, Loans 3/8, Support 1/4. Listed out of position
 * order, as the API may return them.
 */
type Row = RubricFieldsFragment['criteria'][number];
const row = (id: string, parentId: string | null, weight: number, position: number, title: string): Row => ({
  id,
  parentId,
  key: id,
  title,
  description: '',
  weight,
  normalisedWeight: 0,
  globalWeight: 0,
  position,
  requirementIds: [],
});
const version: RubricFieldsFragment = {
  id: 'v1',
  number: 1,
  frozenAt: '2026-01-01T00:00:00Z',
  scaleMin: 0,
  scaleMax: 4,
  version: 1,
  descriptors: [],
  criteria: [
    row('support', 'service', 1, 0, 'Support'),
    row('service', null, 1, 1, 'Service'),
    row('loans', 'functional', 1, 1, 'Loans'),
    row('functional', null, 3, 0, 'Functional'),
    row('holds', 'functional', 1, 0, 'Holds'),
  ],
};

type Score = RoundResults['scores'][number];
const score = (evaluatorId: string, candidateId: string, criterionId: string, value: number | null): Score => ({
  id: `${evaluatorId}-${candidateId}-${criterionId}`,
  evaluatorId,
  evaluatorName: evaluatorId === 'ben' ? 'Ben Evaluator' : 'Ada Evaluator',
  candidateId,
  criterionId,
  value,
  comment: '',
  evidenceUrl: null,
});
type ServerCandidate = RoundResults['ranking']['candidates'][number];
const serverCandidate = (candidateId: string, knockouts: ServerCandidate['knockouts'] = []): ServerCandidate => ({
  candidateId,
  name: candidateId,
  rank: null,
  score: null,
  scoredWeight: 0,
  scoredCount: 0,
  criterionCount: 3,
  knockedOut: knockouts.length > 0,
  knockouts,
  byEvaluator: [],
});

/**
 * Scores (Ada / Ben) and their means:
 *   alpha: Holds 2 / 4 → 3, Loans 4 / 4 → 4, Support – / 0 → 0
 *   beta:  Holds 2 / 2 → 2, Loans – / – with a consensus of 1, Support 4 / 4 → 4
 * Totals (share × normalised score): alpha 3/8·3/4 + 3/8·1 + 1/4·0 = 65.625;
 * beta 3/8·1/2 + 3/8·1/4 + 1/4·1 = 53.125.
 */
function round(knockouts: Record<string, ServerCandidate['knockouts']> = {}): RoundResults {
  return {
    id: 'r1',
    number: 1,
    status: 'REVEALED',
    candidateIds: ['alpha', 'beta'],
    revealedAt: '2026-01-02T00:00:00Z',
    scores: [
      score('ada', 'alpha', 'holds', 2),
      score('ben', 'alpha', 'holds', 4),
      score('ada', 'alpha', 'loans', 4),
      score('ben', 'alpha', 'loans', 4),
      score('ben', 'alpha', 'support', 0),
      score('ada', 'beta', 'holds', 2),
      score('ben', 'beta', 'holds', 2),
      score('ada', 'beta', 'support', 4),
      score('ben', 'beta', 'support', 4),
      // A score on a criterion the rubric no longer has is left out.
      score('ada', 'beta', 'removed', 0),
    ],
    consensus: [
      { candidateId: 'beta', criterionId: 'loans', value: 1, note: 'Agreed at the calibration meeting' },
      { candidateId: 'beta', criterionId: 'removed', value: 4, note: 'Gone' },
    ],
    ranking: {
      roundId: 'r1',
      winnerId: null,
      consensusCount: 1,
      leaderChangedByConsensus: false,
      candidates: [serverCandidate('alpha', knockouts['alpha']), serverCandidate('beta', knockouts['beta'])],
      tiePoints: [],
      stability: [],
      withoutConsensus: { winnerId: null, candidates: [] },
      decisiveConsensus: [],
      costs: [],
      agreement: { alpha: null, kendallW: null, kendallP: null, lowAgreement: [] },
      setAside: [],
    },
  };
}

describe('ResultsModel', () => {
  it('compiles the rubric in position order with each criterion’s share of the whole', () => {
    const model = new ResultsModel(version, round());
    expect(model.rubric.criteria.map((c) => c.id)).toEqual(['holds', 'loans', 'support']);
    expect(model.rubric.weights).toEqual([3 / 8, 3 / 8, 1 / 4]);
    expect(model.categories).toEqual([
      { id: 'functional', title: 'Functional', indexes: [0, 1], share: 0.75 },
      { id: 'service', title: 'Service', indexes: [2], share: 0.25 },
    ]);
  });

  it('lists the evaluators by name with their initials, whoever the scores came from first', () => {
    expect(new ResultsModel(version, round()).evaluators).toEqual([
      { id: 'ada', name: 'Ada Evaluator', initials: 'AE' },
      { id: 'ben', name: 'Ben Evaluator', initials: 'BE' },
    ]);
  });

  it('aggregates each cell as the consensus where set, else the evaluators’ mean, else blank', () => {
    const { table } = new ResultsModel(version, round());
    expect(table.aggregate).toEqual([
      [3, 4, 0],
      [2, 1, 4],
    ]);
    expect(table.fromConsensus).toEqual([
      [false, false, false],
      [false, true, false],
    ]);
  });

  it('ranks with the rubric’s weights, and re-ranks live with others', () => {
    const model = new ResultsModel(version, round());
    const ranking = model.rank();
    expect(ranking.candidates.map((c) => [c.candidateId, c.rank, c.total.score])).toEqual([
      ['alpha', 1, 65.625],
      ['beta', 2, 53.125],
    ]);
    expect(ranking.winnerId).toBe('alpha');
    // All the weight on Support: alpha scored its minimum there, beta its maximum.
    const serviceOnly = model.rank([0, 0, 1]);
    expect(serviceOnly.candidates.map((c) => [c.candidateId, c.total.score])).toEqual([
      ['beta', 100],
      ['alpha', 0],
    ]);
    expect(serviceOnly.winnerId).toBe('beta');
  });

  it('applies the server’s knockouts in the live re-ranking, whatever the weights', () => {
    const model = new ResultsModel(
      version,
      round({ alpha: [{ requirement: 'CIRC-001', criterionId: 'support', value: 0 }] }),
    );
    expect(model.mandatory).toEqual([{ id: 'CIRC-001', label: 'CIRC-001', criterionIds: ['support'] }]);
    for (const weights of [undefined, [1, 1, 0]]) {
      const ranking = model.rank(weights);
      expect(ranking.winnerId).toBe('beta');
      const alpha = ranking.candidates.find((c) => c.candidateId === 'alpha');
      expect(alpha).toMatchObject({ rank: null, knockedOut: true });
    }
  });

  it('totals each category per candidate, over its own criteria', () => {
    const model = new ResultsModel(version, round());
    expect(model.categoryTotals()).toEqual([
      { candidateId: 'alpha', totals: [87.5, 0] },
      { candidateId: 'beta', totals: [37.5, 100] },
    ]);
  });

  it('explains a total: each criterion’s points add up to it, with each evaluator’s score and the consensus note', () => {
    const model = new ResultsModel(version, round());
    const alpha = model.drillDown('alpha');
    expect(alpha.map((c) => [c.title, c.share, c.score])).toEqual([
      ['Functional', 0.75, 87.5],
      ['Service', 0.25, 0],
    ]);
    const criteria = alpha.flatMap((c) => c.criteria);
    expect(criteria.map((c) => [c.title, c.value, c.points, c.byEvaluator])).toEqual([
      ['Holds', 3, 28.125, [2, 4]],
      ['Loans', 4, 37.5, [4, 4]],
      ['Support', 0, 0, [null, 0]],
    ]);
    expect(criteria.reduce((sum, c) => sum + (c.points ?? 0), 0)).toBeCloseTo(65.625, 9);

    const loans = model
      .drillDown('beta')
      .flatMap((c) => c.criteria)
      .find((c) => c.id === 'loans');
    expect(loans).toMatchObject({
      value: 1,
      fromConsensus: true,
      consensusNote: 'Agreed at the calibration meeting',
      byEvaluator: [null, null],
    });
    expect(model.drillDown('nobody')).toEqual([]);
  });

  it('gives no points to a criterion nobody scored, and counts the others over the scored share only', () => {
    const partial = round();
    partial.scores = partial.scores.filter((s) => !(s.candidateId === 'alpha' && s.criterionId === 'support'));
    const criteria = new ResultsModel(version, partial).drillDown('alpha').flatMap((c) => c.criteria);
    // Only Functional (3/4 of the weight) is scored: Holds 3/8 · 3/4 / (3/4) = 37.5, Loans 3/8 / (3/4) = 50.
    expect(criteria.map((c) => [c.title, c.value, c.points])).toEqual([
      ['Holds', 3, 37.5],
      ['Loans', 4, 50],
      ['Support', null, null],
    ]);
  });

  it('lists agreement per criterion, lowest first, with the largest spread on one candidate', () => {
    const rows = new ResultsModel(version, round()).agreement();
    // Holds: Ada and Ben differ by 2 on alpha and agree on beta, which is no better than chance (alpha 0).
    // Loans and Support have no candidate both scored differently, so no alpha can be computed.
    expect(rows.map((r) => [r.title, r.category, r.alpha, r.spread, r.low])).toEqual([
      ['Holds', 'Functional', 0, 2, true],
      ['Loans', 'Functional', null, 0, false],
      ['Support', 'Service', null, 0, false],
    ]);
    expect(LOW_ALPHA).toBe(0.667);
  });

  it('computes no agreement with a single evaluator', () => {
    const alone = round();
    alone.scores = alone.scores.filter((s) => s.evaluatorId === 'ben');
    const model = new ResultsModel(version, alone);
    expect(model.evaluators.map((e) => e.name)).toEqual(['Ben Evaluator']);
    expect(model.agreement().map((r) => r.alpha)).toEqual([null, null, null]);
  });
});
