import { EvaluationFacts, nextStatus, transitionProblems } from './evaluation-status';

const ready: EvaluationFacts = {
  leads: 1,
  departmentHeads: 2,
  evaluators: 3,
  testers: 1,
  directors: 1,
  shortlistedCandidates: 4,
  recommendedCandidates: 1,
  requirements: { proposed: 0, approved: 60, rejected: 3 },
};

describe('nextStatus', () => {
  it.each([
    ['draft', 'requirements'],
    ['requirements', 'scoring'],
    ['scoring', 'testing'],
    ['testing', 'recommendation'],
    ['recommendation', 'decided'],
    ['decided', null],
    ['cancelled', null],
  ] as const)('%s → %s', (from, to) => expect(nextStatus(from)).toBe(to));
});

describe('transitionProblems', () => {
  it.each([
    ['draft', 'requirements'],
    ['requirements', 'scoring'],
    ['scoring', 'testing'],
    ['testing', 'recommendation'],
    ['recommendation', 'decided'],
    ['scoring', 'cancelled'],
  ] as const)('%s → %s is allowed when everything is in place', (from, to) => expect(transitionProblems(from, to, ready)).toEqual([]));

  it.each([
    ['draft', 'scoring', {}, ['From draft the evaluation can only move to requirements (or be cancelled).']],
    ['scoring', 'requirements', {}, ['From scoring the evaluation can only move to testing (or be cancelled).']],
    ['decided', 'cancelled', {}, ['The evaluation is decided; a decision does not change.']],
    ['cancelled', 'draft', {}, ['The evaluation is cancelled.']],
    ['draft', 'requirements', { leads: 0, departmentHeads: 0 }, ['Add a lead to the evaluation.', 'Invite at least one department head to record requirements.']],
    ['requirements', 'scoring', { requirements: { proposed: 12, approved: 40, rejected: 0 } }, ['12 requirements still proposed: approve or reject them.']],
    ['requirements', 'scoring', { requirements: { proposed: 1, approved: 0, rejected: 0 }, shortlistedCandidates: 0, evaluators: 0 }, [
      'Approve at least one requirement.',
      '1 requirement still proposed: approve or reject it.',
      'Shortlist at least one candidate.',
      'Invite at least one evaluator.',
    ]],
    ['scoring', 'testing', { testers: 0 }, ['Invite at least one tester.']],
    ['testing', 'recommendation', { directors: 0 }, ['Invite at least one director to review the recommendation.']],
    ['recommendation', 'decided', { recommendedCandidates: 0 }, ['Mark the recommended candidate.']],
    ['recommendation', 'decided', { recommendedCandidates: 2 }, ['2 candidates are marked recommended; keep one.']],
  ] as const)('%s → %s with %j says what is missing', (from, to, changes, expected) => {
    expect(transitionProblems(from, to, { ...ready, ...(changes as Partial<EvaluationFacts>) })).toEqual(expected);
  });
});
