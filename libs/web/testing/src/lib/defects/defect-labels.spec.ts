import {
  DEFECT_STATUS_ORDER,
  defectsExportUrl,
  historyActionLabel,
  historyFieldLabel,
  historyValue,
  moveLabel,
  statusNeed,
} from './defect-labels';

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

  it.each([
    ['status', '"IN_PROGRESS"', 'In progress'],
    ['status', '"wont_fix"', 'Won’t fix'],
    ['severity', '"major"', 'Major'],
    ['fixedInVersion', '"24.11.04"', '24.11.04'],
    ['fixedInVersion', null, '—'],
    ['retestDueAt', '"2026-12-17T18:10:04.093Z"', '2026-12-17'],
    ['duplicateOfId', '"0b7c9f1e-0000-4000-8000-000000000001"', 'another defect'],
    ['title', 'not json', 'not json'],
  ])('reads the history value of %s %s as %s', (field, json, shown) => {
    expect(historyValue(field, json)).toBe(shown);
  });

  it('names history actions and fields in words', () => {
    expect(historyActionLabel('status_set')).toBe('changed its status');
    expect(historyActionLabel('attachment_added')).toBe('added a screenshot');
    expect(historyActionLabel('something_else')).toBe('something else');
    expect(historyFieldLabel('fixedInVersion')).toBe('Fixed in version');
    expect(historyFieldLabel('somethingNew')).toBe('somethingNew');
  });
});
