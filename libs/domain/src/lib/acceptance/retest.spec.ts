import { DefectStatus } from '../defects';
import { compareVersions, ranOnFixOrLater, RanOn, retestDecision, RetestResult } from './retest';

describe('compareVersions', () => {
  it.each<[string, string, number | null]>([
    // [a, b, sign of a − b]
    ['24.11.03', '24.11.02', 1],
    ['24.11.03', '24.11.3', 0],
    ['24.11.10', '24.11.9', 1], // numbers, not letters: 10 > 9
    ['24.11', '24.11.02', -1],
    ['24.11', '24.11.0', 0], // a missing part counts as 0
    ['25.05', '24.11.02', 1],
    ['v25', '24.11', 1],
    ['Build 1533', 'build 1520', 1],
    ['24.11.03-rc1', '24.11.03', -1], // a pre-release comes before its release
    ['24.11.03 beta 2', '24.11.02', 1],
    ['24.11.03', '24.11.03-rc2', 1],
    ['Spring release', 'spring release', 0], // no numbers: only the same words match
    ['Spring release', 'Autumn release', null],
    ['24.11', 'hot fix', null],
  ])('%s against %s → %s', (a, b, sign) => {
    const result = compareVersions(a, b);
    expect(result === null ? null : Math.sign(result)).toBe(sign);
  });
});

describe('ranOnFixOrLater', () => {
  // Worked example: a defect fixed in 24.11.02. A run of Koha 24.11 names the build it ran on.
  it.each<[RanOn, string | null, boolean]>([
    [{ version: '24.11', build: '24.11.03' }, '24.11.02', true], // a later build
    [{ version: '24.11', build: '24.11.02' }, '24.11.02', true], // the fixing build
    [{ version: '24.11', build: '24.11.01' }, '24.11.02', false], // an earlier build
    [{ version: '24.11', build: '' }, '24.11.02', false], // 24.11 without a build is 24.11.0
    [{ version: '25.05', build: '' }, '24.11.02', true], // a later version
    [{ version: '24.11', build: 'nightly' }, '24.11.02', false], // the build names no number; the version decides
    [{ version: 'Cloud', build: 'hot fix 7' }, 'hot fix 7', true],
    [{ version: '24.11', build: '24.11.03' }, null, false], // no fixing version, no retest
  ])('%o, fixed in %s → %s', (ranOn, fixedIn, expected) => {
    expect(ranOnFixOrLater(ranOn, fixedIn)).toBe(expected);
  });
});

describe('retestDecision', () => {
  const later: RanOn = { version: '24.11', build: '24.11.03' };
  const earlier: RanOn = { version: '24.11', build: '24.11.01' };
  const result = (id: string, status: RetestResult['status'], ranOn = later): RetestResult => ({ id, status, ranOn });

  it.each<[string, DefectStatus, RetestResult[], { to: DefectStatus; results: string[] } | null]>([
    ['a pass on a later build verifies', 'fixed', [result('r1', 'passed')], { to: 'verified', results: ['r1'] }],
    ['a fail on a later build reopens', 'fixed', [result('r1', 'failed')], { to: 'open', results: ['r1'] }],
    [
      'a fail wins over a pass in the same file',
      'fixed',
      [result('r1', 'passed'), result('r2', 'failed')],
      { to: 'open', results: ['r2'] },
    ],
    ['a pass on an earlier build does nothing', 'fixed', [result('r1', 'passed', earlier)], null],
    ['a fail on an earlier build does nothing', 'fixed', [result('r1', 'failed', earlier)], null],
    ['blocked and skipped do nothing', 'fixed', [result('r1', 'blocked'), result('r2', 'skipped')], null],
    [
      'a verified defect reopens on a later failure',
      'verified',
      [result('r1', 'failed')],
      { to: 'open', results: ['r1'] },
    ],
    ['a verified defect stays verified on a pass', 'verified', [result('r1', 'passed')], null],
    ['an open defect is not a retest', 'open', [result('r1', 'passed'), result('r2', 'failed')], null],
  ])('%s', (_name, status, results, expected) => {
    expect(retestDecision({ status, fixedInVersion: '24.11.02' }, results)).toEqual(expected);
  });
});
