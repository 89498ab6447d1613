import {
  draftEditError,
  RecommendationReview,
  requiredApprovalsError,
  reviewError,
  tallyReviews,
  withdrawError,
} from './recommendation';

const approve = (reviewerId: string): RecommendationReview => ({ reviewerId, outcome: 'approve' });
const reject = (reviewerId: string): RecommendationReview => ({ reviewerId, outcome: 'reject' });
const changes = (reviewerId: string): RecommendationReview => ({ reviewerId, outcome: 'request_changes' });

// The review rules of SPEC.md, "Recommendation and decision": directors approve, reject or request
// changes; the lead sets how many approvals are needed (default one).
describe('tallyReviews', () => {
  it.each<[string, number, RecommendationReview[], ReturnType<typeof tallyReviews>]>([
    ['no review yet', 1, [], { state: 'submitted', approvers: [], missing: 1 }],
    ['one approval of one needed', 1, [approve('D1')], { state: 'approved', approvers: ['D1'], missing: 0 }],
    ['one approval of two needed', 2, [approve('D1')], { state: 'submitted', approvers: ['D1'], missing: 1 }],
    [
      'the same director approving twice counts once',
      2,
      [approve('D1'), approve('D1')],
      { state: 'submitted', approvers: ['D1'], missing: 1 },
    ],
    [
      'two different directors of two needed',
      2,
      [approve('D1'), approve('D2')],
      { state: 'approved', approvers: ['D1', 'D2'], missing: 0 },
    ],
    ['a rejection returns it', 2, [approve('D1'), reject('D2')], { state: 'rejected', approvers: ['D1'], missing: 0 }],
    ['a request for changes returns it', 1, [changes('D2')], { state: 'changes_requested', approvers: [], missing: 0 }],
    [
      'the first return decides, later reviews do not count',
      2,
      [changes('D1'), approve('D2'), approve('D3')],
      { state: 'changes_requested', approvers: [], missing: 0 },
    ],
  ])('%s', (_name, required, reviews, expected) => {
    expect(tallyReviews(required, reviews)).toEqual(expected);
  });
});

describe('reviewError', () => {
  const submitted = { state: 'submitted' as const, submittedBy: 'LEAD', reviews: [approve('D1')] };
  it.each<[string, string, boolean, Parameters<typeof reviewError>[1], string | null]>([
    ['a director reviews a submitted version', 'D2', true, submitted, null],
    ['someone who is not a director', 'T1', false, submitted, 'Only a director of this evaluation may review'],
    ['the lead who submitted it, also a director', 'LEAD', true, submitted, 'another director must review it'],
    ['a director who already reviewed this version', 'D1', true, submitted, 'already reviewed this version'],
    ['a draft', 'D2', true, { ...submitted, state: 'draft' }, 'not under review (draft)'],
    ['an approved version', 'D2', true, { ...submitted, state: 'approved' }, 'not under review (approved)'],
  ])('%s', (_name, actor, isDirector, version, expected) => {
    const error = reviewError(actor, version, isDirector);
    if (expected === null) expect(error).toBeNull();
    else expect(error).toContain(expected);
  });
});

describe('draftEditError and withdrawError', () => {
  it.each([
    ['draft', null],
    ['changes_requested', null],
    ['rejected', null],
    ['withdrawn', null],
    ['submitted', 'withdraw it before changing it'],
    ['approved', 'no longer changes'],
  ] as const)('the draft can be changed when %s: %s', (state, expected) => {
    const error = draftEditError(state);
    if (expected === null) expect(error).toBeNull();
    else expect(error).toContain(expected);
  });

  it.each([
    ['submitted, not yet reviewed', { state: 'submitted', reviews: [] }, null],
    ['submitted, one director approved', { state: 'submitted', reviews: [approve('D1')] }, 'already reviewed'],
    ['a draft', { state: 'draft', reviews: [] }, 'Only a recommendation under review'],
  ] as const)('withdrawing when %s', (_name, version, expected) => {
    const error = withdrawError(version);
    if (expected === null) expect(error).toBeNull();
    else expect(error).toContain(expected);
  });
});

describe('requiredApprovalsError', () => {
  it.each([
    [1, true],
    [3, true],
    [9, true],
    [0, false],
    [10, false],
    [1.5, false],
    [Number.NaN, false],
  ])('%p approvals accepted: %p', (value, ok) => {
    expect(requiredApprovalsError(value) === null).toBe(ok);
  });
});
