import { compareUpgradeRuns, upgradeCaseCategory, UpgradeCaseInput } from './upgrade-comparison';
import { TestResultStatus } from './vocabulary';

describe('upgradeCaseCategory', () => {
  it.each<[TestResultStatus | null, TestResultStatus | null, boolean, string]>([
    ['passed', 'failed', false, 'NEWLY_FAILING'],
    ['failed', 'passed', false, 'NEWLY_PASSING'],
    ['passed', 'passed', false, 'UNCHANGED'],
    ['failed', 'failed', false, 'UNCHANGED'],
    ['passed', 'blocked', false, 'NOT_RUN_IN_ONE'],
    ['blocked', 'failed', false, 'NOT_RUN_IN_ONE'],
    ['failed', 'skipped', false, 'NOT_RUN_IN_ONE'],
    ['retest', 'passed', false, 'NOT_RUN_IN_ONE'],
    ['passed', null, false, 'NOT_RUN_IN_ONE'],
    [null, 'passed', false, 'NOT_RUN_IN_ONE'],
    ['blocked', 'blocked', false, 'NOT_RUN_IN_BOTH'],
    ['untested', 'skipped', false, 'NOT_RUN_IN_BOTH'],
    [null, null, false, 'NOT_RUN_IN_BOTH'],
    [null, 'failed', true, 'NEW_CASE'],
    [null, 'passed', true, 'NEW_CASE'],
    [null, null, true, 'NEW_CASE'],
  ])('A %s, B %s, new since A: %s → %s', (a, b, isNew, category) => {
    const [c] = compareUpgradeRuns([
      { caseId: 'C', requirementIds: [], statusA: a, statusB: b, newSinceA: isNew },
    ]).cases;
    expect(c.category).toBe(category);
  });

  it('reads outcomes, not statuses', () => {
    expect(upgradeCaseCategory('pass', 'fail')).toBe('NEWLY_FAILING');
    expect(upgradeCaseCategory('pass', 'fail', true)).toBe('NEW_CASE');
  });
});

describe('compareUpgradeRuns', () => {
  /*
   * Worked example: Koha 24.05 (run A) against 24.11 (run B), seven cases, five requirements.
   *
   *   case  requirements   A        B        case category
   *   T1    R1             passed   passed   UNCHANGED
   *   T2    R1, R2         passed   failed   NEWLY_FAILING
   *   T3    R2             failed   passed   NEWLY_PASSING
   *   T4    R3             failed   passed   NEWLY_PASSING
   *   T5    R3, R4         failed   failed   UNCHANGED (still failing)
   *   T6    R4             passed   blocked  NOT_RUN_IN_ONE
   *   T7    R5             —        failed   NEW_CASE (added after A)
   *
   *   R1: T2 newly failing                                 → NEWLY_FAILING
   *   R2: T2 newly failing beats T3 newly passing          → NEWLY_FAILING
   *   R3: T4 newly passing, but T5 still fails in B        → UNCHANGED
   *   R4: T5 unchanged, T6 not run in B                    → NOT_RUN_IN_ONE
   *   R5: only the new T7                                  → NEW_CASE
   *
   * Cases: 1 newly failing, 2 newly passing, 2 unchanged, 1 not run in one, 1 new.
   * Requirements: 2 newly failing, 0 newly passing, 1 unchanged, 1 not run in one, 1 new.
   */
  const input: UpgradeCaseInput[] = [
    { caseId: 'T1', requirementIds: ['R1'], statusA: 'passed', statusB: 'passed' },
    { caseId: 'T2', requirementIds: ['R1', 'R2'], statusA: 'passed', statusB: 'failed' },
    { caseId: 'T3', requirementIds: ['R2'], statusA: 'failed', statusB: 'passed' },
    { caseId: 'T4', requirementIds: ['R3'], statusA: 'failed', statusB: 'passed' },
    { caseId: 'T5', requirementIds: ['R3', 'R4'], statusA: 'failed', statusB: 'failed' },
    { caseId: 'T6', requirementIds: ['R4'], statusA: 'passed', statusB: 'blocked' },
    { caseId: 'T7', requirementIds: ['R5'], statusA: null, statusB: 'failed', newSinceA: true },
  ];

  it('classifies every case', () => {
    expect(compareUpgradeRuns(input).cases.map((c) => [c.caseId, c.a, c.b, c.category])).toEqual([
      ['T1', 'pass', 'pass', 'UNCHANGED'],
      ['T2', 'pass', 'fail', 'NEWLY_FAILING'],
      ['T3', 'fail', 'pass', 'NEWLY_PASSING'],
      ['T4', 'fail', 'pass', 'NEWLY_PASSING'],
      ['T5', 'fail', 'fail', 'UNCHANGED'],
      ['T6', 'pass', 'not_run', 'NOT_RUN_IN_ONE'],
      ['T7', 'not_run', 'fail', 'NEW_CASE'],
    ]);
  });

  it('rolls cases up to requirements', () => {
    expect(compareUpgradeRuns(input).requirements).toEqual([
      { requirementId: 'R1', category: 'NEWLY_FAILING', caseIds: { UNCHANGED: ['T1'], NEWLY_FAILING: ['T2'] } },
      { requirementId: 'R2', category: 'NEWLY_FAILING', caseIds: { NEWLY_FAILING: ['T2'], NEWLY_PASSING: ['T3'] } },
      { requirementId: 'R3', category: 'UNCHANGED', caseIds: { NEWLY_PASSING: ['T4'], UNCHANGED: ['T5'] } },
      { requirementId: 'R4', category: 'NOT_RUN_IN_ONE', caseIds: { UNCHANGED: ['T5'], NOT_RUN_IN_ONE: ['T6'] } },
      { requirementId: 'R5', category: 'NEW_CASE', caseIds: { NEW_CASE: ['T7'] } },
    ]);
  });

  it('counts each category', () => {
    expect(compareUpgradeRuns(input).summary).toEqual({
      cases: { NEWLY_FAILING: 1, NEWLY_PASSING: 2, NOT_RUN_IN_ONE: 1, UNCHANGED: 2, NEW_CASE: 1, NOT_RUN_IN_BOTH: 0 },
      requirements: {
        NEWLY_FAILING: 2,
        NEWLY_PASSING: 0,
        NOT_RUN_IN_ONE: 1,
        UNCHANGED: 1,
        NEW_CASE: 1,
        NOT_RUN_IN_BOTH: 0,
      },
    });
  });

  it.each<[string, UpgradeCaseInput[], string]>([
    [
      'newly passing when no case fails in B',
      [
        { caseId: 'a', requirementIds: ['R'], statusA: 'failed', statusB: 'passed' },
        { caseId: 'b', requirementIds: ['R'], statusA: 'passed', statusB: 'passed' },
      ],
      'NEWLY_PASSING',
    ],
    [
      'newly passing even when another case was not run in B',
      [
        { caseId: 'a', requirementIds: ['R'], statusA: 'failed', statusB: 'passed' },
        { caseId: 'b', requirementIds: ['R'], statusA: 'passed', statusB: 'skipped' },
      ],
      'NEWLY_PASSING',
    ],
    [
      'not run in both when its case was blocked in A and has no result in B',
      [{ caseId: 'a', requirementIds: ['R'], statusA: 'blocked', statusB: null }],
      'NOT_RUN_IN_BOTH',
    ],
    [
      'unchanged beats new cases',
      [
        { caseId: 'a', requirementIds: ['R'], statusA: 'passed', statusB: 'passed' },
        { caseId: 'b', requirementIds: ['R'], statusA: null, statusB: 'passed', newSinceA: true },
      ],
      'UNCHANGED',
    ],
    [
      'not run in either',
      [{ caseId: 'a', requirementIds: ['R'], statusA: 'untested', statusB: 'untested' }],
      'NOT_RUN_IN_BOTH',
    ],
  ])('a requirement is %s', (_, cases, category) => {
    expect(compareUpgradeRuns(cases).requirements[0].category).toBe(category);
  });

  it('compares nothing to nothing', () => {
    const result = compareUpgradeRuns([]);
    expect(result.cases).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(Object.values(result.summary.cases).every((n) => n === 0)).toBe(true);
  });
});
