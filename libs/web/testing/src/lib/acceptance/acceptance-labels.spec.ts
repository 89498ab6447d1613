import { passRateSummary, signOffRoleLabel, verdictLabel, waiverStateLabel } from './acceptance-labels';

describe('acceptance labels', () => {
  it.each([
    ['ACCEPTED', 'Accepted'],
    ['ACCEPTED_WITH_WAIVERS', 'Accepted with waivers'],
    ['NOT_ACCEPTED', 'Not accepted'],
  ] as const)('reads the verdict %s as "%s"', (verdict, label) => {
    expect(verdictLabel(verdict)).toBe(label);
  });

  it('says what a waiver state means', () => {
    expect(waiverStateLabel('PROPOSED')).toBe('Proposed, waiting for a director');
    expect(waiverStateLabel('AGREED')).toBe('Agreed: in effect');
  });

  it('names the department a department head signs for', () => {
    expect(signOffRoleLabel('DEPARTMENT_HEAD', 'Circulation')).toBe('department head (Circulation)');
    expect(signOffRoleLabel('LEAD')).toBe('lead');
  });

  // Worked example: 2 passed, 1 failed, 1 blocked → 2 ÷ 3 = 66.66… %, cut (not rounded) to 66.6 %.
  it.each([
    [
      { passed: 2, failed: 1, notRun: 1, percent: 200 / 3 },
      'Pass rate 66.6 % (2 of 3 executed results passed, 1 not run).',
    ],
    [{ passed: 1, failed: 0, notRun: 0, percent: 100 }, 'Pass rate 100 % (1 of 1 executed result passed).'],
    [{ passed: 0, failed: 0, notRun: 2, percent: null }, 'No result passed or failed yet, 2 not run.'],
  ])('summarises %j', (rate, text) => {
    expect(passRateSummary(rate)).toBe(text);
  });
});
