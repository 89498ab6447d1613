import { INSTALLATION_KIND_LABELS, INSTALLATION_KINDS, installedOnProblems, latestToday } from './installations';

// Worked example: at 2026-12-03 21:00 UTC it is already 2026-12-04 (11:00) in Kiribati (UTC+14),
// so 4 December is "today" somewhere and may be recorded; 5 December may not.
const NOW = new Date('2026-12-03T21:00:00Z');

describe('installedOnProblems', () => {
  it.each([
    ['2026-12-03', []],
    ['2026-12-04', []],
    ['2019-02-28', []],
    ['2024-02-29', []],
    ['2026-12-05', ['The installation date is in the future: enter the day it was installed.']],
    ['2030-01-01', ['The installation date is in the future: enter the day it was installed.']],
    ['2026-02-30', ['Enter a real date.']],
    ['2025-13-01', ['Enter a real date.']],
    ['3 December 2026', ['Enter the date as YYYY-MM-DD.']],
    ['', ['Enter the date as YYYY-MM-DD.']],
  ])('%s: %j', (date, problems) => {
    expect(installedOnProblems(date, NOW)).toEqual(problems);
  });
});

describe('latestToday', () => {
  it.each([
    ['2026-12-03T09:59:59Z', '2026-12-03'],
    ['2026-12-03T10:00:00Z', '2026-12-04'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('at %s it is %s somewhere', (now, today) => {
    expect(latestToday(new Date(now))).toBe(today);
  });
});

it('labels every kind', () => {
  expect(INSTALLATION_KINDS.map((kind) => INSTALLATION_KIND_LABELS[kind])).toEqual([
    'Initial installation',
    'Patch',
    'Hot fix',
    'Service pack',
    'Upgrade',
  ]);
});
