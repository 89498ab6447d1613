import { DEFECT_STATUS_ORDER, defectsExportUrl, moveLabel, statusNeed } from './defect-labels';

describe('defect labels', () => {
  it.each([
    ['FIXED', 'fixedInVersion'],
    ['WONT_FIX', 'reason'],
    ['DUPLICATE', 'duplicateOf'],
    ['OPEN', null],
    ['IN_PROGRESS', null],
    ['VERIFIED', null],
    ['CLOSED', null],
  ] as const)('a move to %s needs %s', (to, need) => {
    expect(statusNeed(to)).toBe(need);
  });

  it.each([
    ['TRIAGE', 'OPEN', 'Accept (open)'],
    ['IN_PROGRESS', 'OPEN', 'Back to open'],
    ['FIXED', 'OPEN', 'Reopen'],
    ['OPEN', 'IN_PROGRESS', 'Start work'],
    ['IN_PROGRESS', 'FIXED', 'Mark fixed…'],
    ['OPEN', 'WONT_FIX', 'Won’t fix…'],
  ] as const)('names the move from %s to %s “%s”', (from, to, label) => {
    expect(moveLabel(from, to)).toBe(label);
  });

  it('lists every status once, the main path first', () => {
    expect(new Set(DEFECT_STATUS_ORDER).size).toBe(8);
    expect(DEFECT_STATUS_ORDER.slice(0, 6)).toEqual(['TRIAGE', 'OPEN', 'IN_PROGRESS', 'FIXED', 'VERIFIED', 'CLOSED']);
  });

  it('puts the list’s filters in the export address', () => {
    expect(defectsExportUrl('e-1', 'csv', { statuses: [], severities: [], text: ' ' })).toBe(
      '/api/evaluations/e-1/defects/export.csv',
    );
    expect(
      defectsExportUrl('e-1', 'xlsx', {
        statuses: ['OPEN', 'IN_PROGRESS'],
        severities: ['CRITICAL'],
        text: ' hold & fine ',
      }),
    ).toBe(
      '/api/evaluations/e-1/defects/export.xlsx?status=OPEN&status=IN_PROGRESS&severity=CRITICAL&text=hold+%26+fine',
    );
  });
});
