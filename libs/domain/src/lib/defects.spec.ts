import {
  DEFECT_STATUSES,
  DEFECT_TRANSITIONS,
  DefectStatus,
  defectTransition,
  DefectTransitionInput,
  failedResultDescription,
  severityOfPriority,
} from './defects';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const base = { defectId: 'd-1', now: NOW };
const move = (from: DefectStatus, to: DefectStatus, extra: Partial<DefectTransitionInput> = {}) =>
  defectTransition({ ...base, from, to, ...extra });

describe('defectTransition', () => {
  it.each<[DefectStatus, DefectStatus, boolean]>([
    // The main path, step by step.
    ['open', 'in_progress', true],
    ['in_progress', 'fixed', true],
    ['fixed', 'verified', true],
    ['verified', 'closed', true],
    // Triage: accepted or set aside, never worked on before it is accepted.
    ['triage', 'open', true],
    ['triage', 'wont_fix', true],
    ['triage', 'duplicate', true],
    ['triage', 'in_progress', false],
    ['triage', 'fixed', false],
    // A vendor's fix announced for an open defect.
    ['open', 'fixed', true],
    // Skipping the retest is not allowed.
    ['open', 'verified', false],
    ['in_progress', 'closed', false],
    ['fixed', 'closed', false],
    // Reopening.
    ['fixed', 'open', true],
    ['verified', 'open', true],
    ['closed', 'open', true],
    ['wont_fix', 'open', true],
    ['duplicate', 'open', true],
    ['closed', 'in_progress', false],
    ['closed', 'triage', false],
    // Nothing returns to triage.
    ['open', 'triage', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    const result = move(from, to, {
      reason: 'Out of scope',
      fixedInVersion: '24.11.02',
      duplicateOf: { id: 'd-2', sameScope: true },
    });
    expect(result.ok).toBe(allowed);
  });

  it('names the allowed statuses when a move is refused', () => {
    expect(move('open', 'verified')).toEqual({
      ok: false,
      message: 'A defect that is open cannot become verified; it can become: in progress, fixed, won’t fix, duplicate.',
      field: 'status',
    });
    expect(move('open', 'open')).toEqual({ ok: false, message: 'The defect is already open.', field: 'status' });
  });

  it('lists a target for every status, and never the status itself', () => {
    for (const status of DEFECT_STATUSES) {
      expect(DEFECT_TRANSITIONS[status].length).toBeGreaterThan(0);
      expect(DEFECT_TRANSITIONS[status]).not.toContain(status);
    }
  });

  it.each<[string, Partial<DefectTransitionInput> & { from: DefectStatus; to: DefectStatus }, string, string]>([
    ['won’t fix without a reason', { from: 'open', to: 'wont_fix', reason: '  ' }, 'reason', 'Say why'],
    ['duplicate without the other', { from: 'open', to: 'duplicate' }, 'duplicateOfId', 'Choose the defect'],
    [
      'duplicate of itself',
      { from: 'open', to: 'duplicate', duplicateOf: { id: 'd-1', sameScope: true } },
      'duplicateOfId',
      'cannot duplicate itself',
    ],
    [
      'duplicate of another evaluation’s defect',
      { from: 'open', to: 'duplicate', duplicateOf: { id: 'd-9', sameScope: false } },
      'duplicateOfId',
      'same evaluation or product',
    ],
    ['fixed without a version', { from: 'in_progress', to: 'fixed' }, 'fixedInVersion', 'version or build'],
  ])('refuses %s', (_label, input, field, words) => {
    const result = defectTransition({ ...base, ...input });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message).toContain(words);
    }
  });

  it('marks a defect fixed in 24.11.02 on 2 March with its retest due 14 days later, on 16 March', () => {
    expect(move('in_progress', 'fixed', { fixedInVersion: ' 24.11.02 ' })).toEqual({
      ok: true,
      changes: {
        status: 'fixed',
        fixedInVersion: '24.11.02',
        retestDueAt: new Date('2026-03-16T10:00:00.000Z'),
        resolvedAt: NOW,
      },
    });
  });

  it('keeps the first resolution date when a fixed defect is verified, and clears the retest', () => {
    expect(move('fixed', 'verified')).toEqual({
      ok: true,
      changes: { status: 'verified', retestDueAt: null, resolvedAt: undefined },
    });
  });

  it('records the reason of a won’t-fix and the other defect of a duplicate', () => {
    expect(move('triage', 'wont_fix', { reason: ' Works as designed ' })).toEqual({
      ok: true,
      changes: { status: 'wont_fix', wontFixReason: 'Works as designed', retestDueAt: null, resolvedAt: NOW },
    });
    expect(move('open', 'duplicate', { duplicateOf: { id: 'd-2', sameScope: true } })).toEqual({
      ok: true,
      changes: { status: 'duplicate', duplicateOfId: 'd-2', retestDueAt: null, resolvedAt: NOW },
    });
  });

  it('clears the resolution when a fix did not hold and the defect is reopened', () => {
    expect(move('fixed', 'open')).toEqual({
      ok: true,
      changes: {
        status: 'open',
        wontFixReason: null,
        duplicateOfId: null,
        fixedInVersion: null,
        retestDueAt: null,
        resolvedAt: null,
      },
    });
    expect(move('in_progress', 'open')).toEqual({ ok: true, changes: { status: 'open' } });
  });
});

describe('failedResultDescription', () => {
  it('writes where it ran, the steps with what was expected and what happened, and the tester’s account', () => {
    const text = failedResultDescription({
      caseKey: 'CIRC-T-001',
      caseTitle: 'Place a hold',
      preconditions: 'A patron with no fines',
      steps: [
        { action: 'Search for the title', expected: 'It is found' },
        { action: 'Place the hold', expected: 'The hold is queued' },
      ],
      stepResults: [
        { status: 'passed', actual: '' },
        { status: 'failed', actual: 'Error 500' },
      ],
      actualResult: 'The hold was not placed.',
      failureMessage: null,
      ranOn: 'Koha 24.11, vendor sandbox',
    });
    expect(text).toBe(
      [
        'Found by CIRC-T-001 “Place a hold” on Koha 24.11, vendor sandbox.',
        'Preconditions:\nA patron with no fines',
        'Steps:\n1. Search for the title\n   Expected: It is found\n   Actual (passed): —\n2. Place the hold\n   Expected: The hold is queued\n   Actual (failed): Error 500',
        'Actual result:\nThe hold was not placed.',
      ].join('\n\n'),
    );
  });

  it.each([
    ['critical', 'critical'],
    ['high', 'major'],
    ['medium', 'minor'],
    ['low', 'trivial'],
  ])('a %s case raises a %s defect', (priority, severity) => {
    expect(severityOfPriority(priority)).toBe(severity);
  });
});
