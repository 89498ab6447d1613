import {
  filtersFromParams,
  filtersToParams,
  formatDuration,
  NO_FILTERS,
  parseDuration,
  progressSegments,
  progressSummary,
  defectDraftOf,
} from './run-format';

const progress = (counts: Partial<Record<string, number>>) => {
  const all = { untested: 0, passed: 0, failed: 0, blocked: 0, skipped: 0, retest: 0, ...counts };
  return { total: Object.values(all).reduce((a, b) => a + b, 0), ...all };
};

describe('progressSegments', () => {
  it.each([
    ['an empty run', progress({}), []],
    ['all untested', progress({ untested: 4 }), [['UNTESTED', 4, 100]]],
    [
      'a mix, empty statuses left out, in the statuses’ order',
      progress({ failed: 1, passed: 2, untested: 1 }),
      [
        ['UNTESTED', 1, 25],
        ['PASSED', 2, 50],
        ['FAILED', 1, 25],
      ],
    ],
  ])('%s', (_case, counts, expected) => {
    expect(progressSegments(counts).map((s) => [s.status, s.count, s.percent])).toEqual(expected);
  });

  it('sums to the whole bar', () => {
    const segments = progressSegments(progress({ passed: 1, failed: 1, blocked: 1 }));
    expect(segments.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100);
  });
});

describe('progressSummary', () => {
  it.each([
    [progress({}), '0 of 0 tested (0%)'],
    [progress({ untested: 2, passed: 1 }), '1 of 3 tested (33%)'],
    [progress({ passed: 9999, untested: 1 }), '9999 of 10000 tested (99%)'],
  ])('%#', (counts, expected) => expect(progressSummary(counts)).toBe(expected));
});

describe('durations', () => {
  it.each([
    [0, '0:00'],
    [75, '1:15'],
    [3725, '1:02:05'],
    [-4, '0:00'],
  ])('formats %s seconds as %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it.each([
    ['1:15', 75],
    ['1:02:05', 3725],
    ['90', 90],
    ['5m', 300],
    [' 12 min ', 720],
    ['1:75', null],
    ['1:60:00', null],
    ['soon', null],
    ['', null],
  ])('reads “%s” as %s', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
});

describe('filters in the address', () => {
  it('reads what it wrote', () => {
    const filters = {
      statuses: ['FAILED', 'BLOCKED'] as ('FAILED' | 'BLOCKED')[],
      priorities: ['CRITICAL'],
      tag: 'smoke',
      requirementId: 'r1',
      text: 'holds',
    };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('leaves empty filters out of the address', () => {
    expect(filtersToParams(NO_FILTERS)).toEqual({
      status: null,
      priority: null,
      tag: null,
      requirement: null,
      q: null,
    });
  });

  it('drops values it does not know', () => {
    expect(filtersFromParams({ status: 'PASSED,EXPLODED', priority: 'URGENT,LOW', q: 5 })).toEqual({
      ...NO_FILTERS,
      statuses: ['PASSED'],
      priorities: ['LOW'],
    });
  });
});

describe('defectDraftOf', () => {
  // A high-priority case that failed at its second step: the defect starts as a major one, its
  // description the steps with what happened (the API writes the same words when none is given).
  const result = {
    caseKey: 'CIRC-T-004',
    caseVersion: {
      title: 'Renew a loan',
      preconditions: 'A patron with one loan',
      priority: 'HIGH',
      steps: [
        { action: 'Open the loan', expected: 'The loan shows' },
        { action: 'Renew it', expected: 'Due date moves 14 days' },
      ],
    },
    failureMessage: null,
  };
  const draft = {
    actualResult: 'Renewal refused',
    steps: [
      { status: 'PASSED' as const, actual: '' },
      { status: 'FAILED' as const, actual: 'Error 500' },
    ],
  };

  it('takes the case’s title, a severity from its priority and a description of what happened', () => {
    expect(defectDraftOf(result, draft, 'Koha 24.11, vendor sandbox')).toEqual({
      title: 'Renew a loan',
      severity: 'MAJOR',
      description: [
        'Found by CIRC-T-004 “Renew a loan” on Koha 24.11, vendor sandbox.',
        'Preconditions:\nA patron with one loan',
        'Steps:\n1. Open the loan\n   Expected: The loan shows\n   Actual (passed): —\n2. Renew it\n   Expected: Due date moves 14 days\n   Actual (failed): Error 500',
        'Actual result:\nRenewal refused',
      ].join('\n\n'),
    });
  });

  it.each([
    ['CRITICAL', 'CRITICAL'],
    ['HIGH', 'MAJOR'],
    ['MEDIUM', 'MINOR'],
    ['LOW', 'TRIVIAL'],
  ])('raises a %s case’s defect as %s', (priority, severity) => {
    expect(defectDraftOf({ ...result, caseVersion: { ...result.caseVersion, priority } }, draft, 'x').severity).toBe(
      severity,
    );
  });
});
