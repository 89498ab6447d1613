import { DEFECT_TRANSITIONS, DefectStatus } from '../defects';
import {
  DefectHistory,
  defectWeeks,
  isoWeek,
  isoWeekStart,
  isRetestOverdue,
  resolvedAt,
  retestDueDate,
  retestTransition,
  timeToResolution,
} from './defect-stats';
import { TestResultStatus } from './vocabulary';

describe('retestTransition', () => {
  it.each<[DefectStatus, TestResultStatus | null, DefectStatus | null]>([
    ['fixed', 'passed', 'verified'],
    ['fixed', 'failed', 'open'],
    ['verified', 'failed', 'open'],
    ['verified', 'passed', null],
    ['fixed', 'blocked', null],
    ['fixed', 'skipped', null],
    ['fixed', null, null],
    ['open', 'passed', null],
    ['in_progress', 'failed', null],
    ['closed', 'failed', null],
    ['wont_fix', 'failed', null],
  ])('a %s defect and a %s retest → %s', (status, result, next) => {
    expect(retestTransition(status, result)).toBe(next);
    // Whatever it proposes is an allowed change.
    if (next) expect(DEFECT_TRANSITIONS[status]).toContain(next);
  });
});

/*
 * Worked example, March 2026 (2 March is a Monday, ISO week 2026-W10), all times UTC:
 *
 *   D1 critical  created Mon 03-02 09:00; in progress 03-03; fixed Thu 03-05 09:00 (3 days);
 *                verified 03-10; closed 03-11
 *   D2 major     created Tue 03-03 09:00; fixed Fri 03-13 09:00 (10 days); reopened 03-16;
 *                fixed 03-20; verified Mon 03-23
 *   D3 minor     created Wed 03-04; won't fix 03-06; reopened 03-17; duplicate 03-18 (never resolved)
 *   D4 major     created Mon 03-09 09:00; fixed Tue 03-10 09:00 (1 day)
 *   D5 trivial   created Mon 03-16; still open
 *
 * Time to resolution (first fixed, verified or closed): D1 3, D2 10 (its reopening does not
 * count), D4 1 → 3 resolved, mean (3 + 10 + 1) ÷ 3 = 4.67 days, median 3 days.
 *
 * Weeks (closed = leaving open/in progress/fixed; a fixed defect is still open):
 *   W10  opened D1 D2 D3 = 3; closed D3 (won't fix) = 1; open at end D1 (fixed) critical, D2 major
 *   W11  opened D4 = 1; closed D1 (verified) = 1; open at end D2 and D4 (both fixed) major 2
 *   W12  opened D5 = 1; D2 fixed → open is no reopening (both open); D3 reopened = 1 and closed as
 *        duplicate = 1; open at end D2, D4 major 2, D5 trivial 1
 *   W13  closed D2 (verified) = 1; open at end D4 major 1, D5 trivial 1
 */
const march: DefectHistory[] = [
  {
    id: 'D1',
    severity: 'critical',
    createdAt: '2026-03-02T09:00:00Z',
    changes: [
      { at: '2026-03-03T09:00:00Z', to: 'in_progress' },
      { at: '2026-03-05T09:00:00Z', to: 'fixed' },
      { at: '2026-03-10T09:00:00Z', to: 'verified' },
      { at: '2026-03-11T09:00:00Z', to: 'closed' },
    ],
  },
  {
    id: 'D2',
    severity: 'major',
    createdAt: '2026-03-03T09:00:00Z',
    changes: [
      { at: '2026-03-13T09:00:00Z', to: 'fixed' },
      { at: '2026-03-16T09:00:00Z', to: 'open' },
      { at: '2026-03-20T09:00:00Z', to: 'fixed' },
      { at: '2026-03-23T09:00:00Z', to: 'verified' },
    ],
  },
  {
    id: 'D3',
    severity: 'minor',
    createdAt: '2026-03-04T09:00:00Z',
    changes: [
      { at: '2026-03-06T09:00:00Z', to: 'wont_fix' },
      { at: '2026-03-17T09:00:00Z', to: 'open' },
      { at: '2026-03-18T09:00:00Z', to: 'duplicate' },
    ],
  },
  {
    id: 'D4',
    severity: 'major',
    createdAt: '2026-03-09T09:00:00Z',
    changes: [{ at: '2026-03-10T09:00:00Z', to: 'fixed' }],
  },
  { id: 'D5', severity: 'trivial', createdAt: '2026-03-16T12:00:00Z', changes: [] },
];

describe('timeToResolution', () => {
  it('takes the first resolution of each resolved defect', () => {
    expect(march.map((h) => resolvedAt(h)?.toISOString() ?? null)).toEqual([
      '2026-03-05T09:00:00.000Z',
      '2026-03-13T09:00:00.000Z',
      null,
      '2026-03-10T09:00:00.000Z',
      null,
    ]);
    const times = timeToResolution(march);
    expect(times.resolved).toBe(3);
    expect(times.meanDays).toBeCloseTo(14 / 3, 10);
    expect(times.medianDays).toBe(3);
  });

  it.each<[string, number[], number | null, number | null]>([
    ['nothing resolved', [], null, null],
    ['one defect of half a day', [0.5], 0.5, 0.5],
    // 1, 2, 4, 9: mean 16 ÷ 4 = 4, median (2 + 4) ÷ 2 = 3.
    ['an even count: the median is between the middle two', [9, 1, 4, 2], 4, 3],
  ])('%s', (_, days, mean, median) => {
    const histories: DefectHistory[] = days.map((d, i) => ({
      id: `D${i}`,
      severity: 'minor',
      createdAt: '2026-01-01T00:00:00Z',
      changes: [{ at: new Date(Date.UTC(2026, 0, 1) + d * 86_400_000), to: 'closed' }],
    }));
    expect(timeToResolution(histories)).toEqual({ resolved: days.length, meanDays: mean, medianDays: median });
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-03-02T00:00:00Z', '2026-W10', '2026-03-02'],
    ['2026-03-08T23:59:59Z', '2026-W10', '2026-03-02'],
    ['2026-03-09T00:00:00Z', '2026-W11', '2026-03-09'],
    ['2025-12-29T12:00:00Z', '2026-W01', '2025-12-29'],
    ['2027-01-01T12:00:00Z', '2026-W53', '2026-12-28'],
    ['2024-12-30T12:00:00Z', '2025-W01', '2024-12-30'],
    ['2021-01-03T12:00:00Z', '2020-W53', '2020-12-28'],
  ])('%s is in %s, which starts on %s', (at, week, start) => {
    expect(isoWeek(at)).toBe(week);
    expect(isoWeekStart(at).toISOString().slice(0, 10)).toBe(start);
  });
});

describe('defectWeeks', () => {
  const none = { critical: 0, major: 0, minor: 0, trivial: 0 };

  it('counts opened, closed and reopened defects, and the open ones at the end of each week', () => {
    expect(defectWeeks(march)).toEqual([
      {
        week: '2026-W10',
        start: '2026-03-02',
        opened: 3,
        closed: 1,
        reopened: 0,
        openAtEnd: { ...none, critical: 1, major: 1 },
      },
      { week: '2026-W11', start: '2026-03-09', opened: 1, closed: 1, reopened: 0, openAtEnd: { ...none, major: 2 } },
      {
        week: '2026-W12',
        start: '2026-03-16',
        opened: 1,
        closed: 1,
        reopened: 1,
        openAtEnd: { ...none, major: 2, trivial: 1 },
      },
      {
        week: '2026-W13',
        start: '2026-03-23',
        opened: 0,
        closed: 1,
        reopened: 0,
        openAtEnd: { ...none, major: 1, trivial: 1 },
      },
    ]);
  });

  it('runs on to a given date through quiet weeks', () => {
    const weeks = defectWeeks(march, '2026-04-06T08:00:00Z');
    expect(weeks.map((w) => w.week)).toEqual(['2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14', '2026-W15']);
    expect(weeks[5]).toEqual({
      week: '2026-W15',
      start: '2026-04-06',
      opened: 0,
      closed: 0,
      reopened: 0,
      openAtEnd: { ...none, major: 1, trivial: 1 },
    });
  });

  it('has no weeks without defects', () => {
    expect(defectWeeks([])).toEqual([]);
  });
});

describe('retest follow-up', () => {
  // Fixed Thu 5 March 09:00: due 14 days later, Thu 19 March 09:00.
  const fixedAt = '2026-03-05T09:00:00Z';

  it('is due 14 days after the fix unless told otherwise', () => {
    expect(retestDueDate(fixedAt).toISOString()).toBe('2026-03-19T09:00:00.000Z');
    expect(retestDueDate(fixedAt, 7).toISOString()).toBe('2026-03-12T09:00:00.000Z');
  });

  it.each<[DefectStatus, string | null, string, number | undefined, boolean]>([
    ['fixed', fixedAt, '2026-03-19T09:00:00Z', undefined, false],
    ['fixed', fixedAt, '2026-03-19T09:00:01Z', undefined, true],
    ['fixed', fixedAt, '2026-03-13T09:00:00Z', 7, true],
    ['verified', fixedAt, '2026-04-30T00:00:00Z', undefined, false],
    ['open', fixedAt, '2026-04-30T00:00:00Z', undefined, false],
    ['fixed', null, '2026-04-30T00:00:00Z', undefined, false],
  ])('%s, fixed at %s, on %s (%s days): overdue %s', (status, fixed, now, days, overdue) => {
    expect(isRetestOverdue({ status, fixedAt: fixed }, now, days)).toBe(overdue);
  });
});
