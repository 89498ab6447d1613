import { approvalsLabel, draftProblem, NONE_OF_THEM, reviewProblem } from './recommendation-labels';

describe('recommendation labels', () => {
  it('asks for a comment when changes are requested or the recommendation is rejected', () => {
    expect(reviewProblem(null, '')).toMatch(/Choose/);
    expect(reviewProblem('APPROVE', '')).toBeNull();
    expect(reviewProblem('REQUEST_CHANGES', '  ')).toMatch(/request changes/);
    expect(reviewProblem('REJECT', '')).toMatch(/reject/);
    expect(reviewProblem('REJECT', 'Too costly')).toBeNull();
  });

  it('counts approvals', () => {
    expect(approvalsLabel(0, 1)).toBe('0 of 1 approval');
    expect(approvalsLabel(1, 2)).toBe('1 of 2 approvals');
  });

  it('needs a candidate, or a reason for none', () => {
    expect(draftProblem('', '')).toMatch(/Choose/);
    expect(draftProblem('c1', '')).toBeNull();
    expect(draftProblem(NONE_OF_THEM, '')).toMatch(/why none/);
    expect(draftProblem(NONE_OF_THEM, 'All too costly')).toBeNull();
  });
});
