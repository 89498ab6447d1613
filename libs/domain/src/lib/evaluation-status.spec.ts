import { DECIDED_BY_RECOMMENDATION, EvaluationFacts, nextStatus, transitionProblems } from './evaluation-status';

const ready: EvaluationFacts = {
  leads: 1,
  departmentHeads: 2,
  evaluators: 3,
  testers: 1,
  directors: 1,
  shortlistedCandidates: 4,
  recommendedCandidates: 1,
  requirements: { proposed: 0, approved: 60, rejected: 3 },
  openRounds: [],
  revealedRounds: 1,
  candidatesWithoutEvidence: [],
  // As the decision records it: the approvals of the submitted recommendation.
  directorApprovals: 1,
};

/** The facts of a move asked for by hand (not by recording the directors' decision). */
const today: EvaluationFacts = { ...ready, directorApprovals: null };

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
  ] as const)('%s → %s is allowed when everything is in place', (from, to) =>
    expect(transitionProblems(from, to, ready)).toEqual([]),
  );

  it.each([
    ['draft', 'scoring', {}, ['From draft the evaluation can only move to requirements (or be cancelled).']],
    ['scoring', 'requirements', {}, ['From scoring the evaluation can only move to testing (or be cancelled).']],
    ['decided', 'cancelled', {}, ['The evaluation is decided; a decision does not change.']],
    ['cancelled', 'draft', {}, ['The evaluation is cancelled.']],
    [
      'draft',
      'requirements',
      { leads: 0, departmentHeads: 0 },
      ['Add a lead to the evaluation.', 'Invite at least one department head to record requirements.'],
    ],
    [
      'requirements',
      'scoring',
      { requirements: { proposed: 12, approved: 40, rejected: 0 } },
      ['12 requirements still proposed: approve or reject them.'],
    ],
    [
      'requirements',
      'scoring',
      { requirements: { proposed: 1, approved: 0, rejected: 0 }, shortlistedCandidates: 0, evaluators: 0 },
      [
        'Approve at least one requirement.',
        '1 requirement still proposed: approve or reject it.',
        'Shortlist at least one candidate.',
        'Invite at least one evaluator.',
      ],
    ],
    ['scoring', 'testing', { testers: 0 }, ['Invite at least one tester.']],
    ['testing', 'recommendation', { directors: 0 }, ['Invite at least one director to review the recommendation.']],
    [
      'scoring',
      'testing',
      { openRounds: [{ number: 2, scored: 44, expected: 152 }] },
      ['Round 2 is still open (44 of 152 scores entered): reveal it or close it.'],
    ],
    [
      'scoring',
      'testing',
      { openRounds: [{ number: 1, scored: 0, expected: 10 }], revealedRounds: 0 },
      ['Round 1 is still open (0 of 10 scores entered): reveal it or close it.'],
    ],
    [
      'scoring',
      'testing',
      { revealedRounds: 0 },
      ['No scoring round is revealed: open one and reveal it once it is scored.'],
    ],
    [
      'scoring',
      'testing',
      { openRounds: [{ number: 2, scored: null, expected: 152 }] },
      ['Round 2 is still open: the lead reveals or closes it when scoring is done.'],
    ],
    // Koha has a passed result and Evergreen a recorded verification; Folio has neither (its only
    // results are blocked), so no verdict can be read from evidence for it.
    [
      'testing',
      'recommendation',
      { candidatesWithoutEvidence: ['Folio 2025'] },
      [
        'A candidate has no acceptance evidence yet: Folio 2025. Record a passed or failed test result or a verification for it, or eliminate it.',
      ],
    ],
    [
      'testing',
      'recommendation',
      { candidatesWithoutEvidence: ['Folio 2025', 'Sierra 6.3'], directors: 0 },
      [
        '2 candidates have no acceptance evidence yet: Folio 2025 and Sierra 6.3. Record a passed or failed test result or a verification for each, or eliminate them.',
        'Invite at least one director to review the recommendation.',
      ],
    ],
    ['recommendation', 'decided', { directorApprovals: 0 }, ['A director must approve the recommendation.']],
    [
      'recommendation',
      'decided',
      { directorApprovals: 0, directors: 0 },
      ['A director must approve the recommendation.', 'Invite at least one director to approve the decision.'],
    ],
  ] as const)('%s → %s with %j says what is missing', (from, to, changes, expected) => {
    expect(transitionProblems(from, to, { ...ready, ...(changes as Partial<EvaluationFacts>) })).toEqual(expected);
  });
});

describe('transitionProblems when someone asks for decided by hand', () => {
  it.each([
    ['testing', 'recommendation', []],
    ['recommendation', 'decided', [DECIDED_BY_RECOMMENDATION]],
    ['scoring', 'testing', []],
    ['testing', 'cancelled', []],
  ] as const)('%s → %s says %j', (from, to, expected) => expect(transitionProblems(from, to, today)).toEqual(expected));

  it('the recording of the decision takes the step once the approvals are in', () => {
    expect(transitionProblems('recommendation', 'decided', { ...today, directorApprovals: 2 })).toEqual([]);
  });

  it('a recommended candidate does not stand in for the directors’ decision', () => {
    expect(transitionProblems('recommendation', 'decided', { ...today, recommendedCandidates: 1 })).toEqual([
      DECIDED_BY_RECOMMENDATION,
    ]);
  });
});
