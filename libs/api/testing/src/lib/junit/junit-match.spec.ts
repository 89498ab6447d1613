import { automationNameOf, bounded, keysIn, matchTests, MAX_STORED_CHARS, PlanCase } from './junit-match';
import { JUnitCase } from './junit-parser';

function test(fields: Partial<JUnitCase>): JUnitCase {
  return {
    name: '',
    classname: '',
    suite: '',
    line: 1,
    status: 'passed',
    failureKind: null,
    failureType: '',
    message: '',
    detail: '',
    systemOut: '',
    systemErr: '',
    seconds: null,
    ...fields,
  };
}

const planCase = (key: string, fields: Partial<PlanCase> = {}): PlanCase => ({
  id: `id-${key}`,
  key,
  automationName: null,
  currentVersion: 1,
  archived: false,
  ...fields,
});

describe('keysIn', () => {
  it.each([
    ['[CIRC-T-001] renews a loan', '', ['CIRC-T-001']],
    ['Circulation › [CIRC-T-001] renews a loan', 'circulation.spec.js', ['CIRC-T-001']],
    ['test_returns_an_item[CIRC-T-006]', 'test_circulation', ['CIRC-T-006']],
    ['TestRenewal/[CIRC-T-001]_renews_a_loan', 'riverbend.org/ils/circulation', ['CIRC-T-001']],
    ['Circulation [CIRC-T-002] x', '[CIRC-T-002] x', ['CIRC-T-002']],
    ['a', '[CIRC-T-003] only in the classname', ['CIRC-T-003']],
    ['[A-1][B2-C-10] two keys', '', ['A-1', 'B2-C-10']],
    ['CIRC-T-001 without brackets', '', []],
    ['[circ-t-001] lower case', '', []],
    ['test_x[chrome-1]', '', []],
    ['[CIRC-T-] no number', '', []],
  ])('%s / %s', (name, classname, keys) => {
    expect(keysIn({ name, classname })).toEqual(keys);
  });
});

describe('automationNameOf', () => {
  it.each([
    ['test_renews_a_loan', 'test_circulation.TestCirculation', 'test_circulation.TestCirculation test_renews_a_loan'],
    ['a  b', '', 'a b'],
    ['x', ' C\t', 'C x'],
  ])('%s / %s', (name, classname, expected) => {
    expect(automationNameOf({ name, classname })).toBe(expected);
  });
});

describe('matchTests', () => {
  const cases = [
    planCase('CIRC-T-001'),
    planCase('CIRC-T-002', { automationName: 'test_circulation.TestCirculation test_refuses' }),
    planCase('CIRC-T-003', { archived: true, automationName: 'C archived' }),
    planCase('CIRC-T-004', { automationName: '  C   spaced  ' }),
  ];

  it.each([
    ['a key in the name', test({ name: '[CIRC-T-001] renews' }), 'CIRC-T-001'],
    ['classname + name', test({ classname: 'test_circulation.TestCirculation', name: 'test_refuses' }), 'CIRC-T-002'],
    ['the key wins over the name', test({ classname: 'C', name: 'spaced [CIRC-T-001]' }), 'CIRC-T-001'],
    ['a key that is not in the plan, then the name', test({ classname: 'C', name: 'spaced' }), 'CIRC-T-004'],
    ['an unknown key and name', test({ name: '[CIRC-T-099] gone' }), null],
    ['an archived case by key', test({ name: '[CIRC-T-003] old' }), null],
    ['an archived case by name', test({ classname: 'C', name: 'archived' }), null],
    ['the first key in the plan', test({ name: '[CIRC-T-099][CIRC-T-004]' }), 'CIRC-T-004'],
  ])('%s', (_what, given, key) => {
    const { results, unmatched, matched } = matchTests([given], cases);
    if (key === null) {
      expect(results).toEqual([]);
      expect(matched).toBe(0);
      expect(unmatched.map((u) => u.test)).toEqual([given]);
    } else {
      expect(results.map((r) => r.caseId)).toEqual([`id-${key}`]);
      expect(matched).toBe(1);
    }
  });

  it('says which unmatched tests name an archived case', () => {
    const { unmatched } = matchTests([test({ name: '[CIRC-T-003]' }), test({ name: 'other' })], cases);
    expect(unmatched.map((u) => u.archivedKey)).toEqual([true, false]);
  });

  it.each<[string, JUnitCase['status'][], JUnitCase['status']]>([
    ['a failure anywhere fails the case', ['passed', 'failed', 'skipped'], 'failed'],
    ['failed last', ['passed', 'passed', 'failed'], 'failed'],
    ['a pass beats a skip', ['skipped', 'passed'], 'passed'],
    ['all skipped', ['skipped', 'skipped'], 'skipped'],
  ])('a case matched several times: %s', (_what, statuses, expected) => {
    const tests = statuses.map((status, i) =>
      test({
        name: `[CIRC-T-001] variant ${i}`,
        status,
        seconds: 0.6,
        ...(status === 'failed' ? { failureKind: 'error', message: `failed ${i}`, detail: `trace ${i}` } : {}),
      }),
    );
    const { results, matched } = matchTests(tests, cases);
    expect(matched).toBe(statuses.length);
    expect(results).toHaveLength(1);
    expect(results[0].status).toBe(expected);
    expect(results[0].durationSeconds).toBe(Math.round(0.6 * statuses.length));
    const firstFailure = statuses.indexOf('failed');
    expect(results[0].failureMessage).toBe(firstFailure < 0 ? null : `failed ${firstFailure}`);
    expect(results[0].failureOutput).toBe(firstFailure < 0 ? null : `trace ${firstFailure}`);
    expect(results[0].failureKind).toBe(firstFailure < 0 ? null : 'error');
  });

  it('keeps what a test printed and why it was skipped as the actual result', () => {
    const [result] = matchTests(
      [
        test({
          name: '[CIRC-T-001]',
          status: 'skipped',
          message: 'not configured',
          systemOut: 'out',
          systemErr: 'err',
        }),
      ],
      cases,
    ).results;
    expect(result).toMatchObject({
      status: 'skipped',
      actualResult: 'Skipped: not configured\nout\nerr',
      failureKind: null,
      durationSeconds: null,
    });
  });
});

describe('bounded', () => {
  it('keeps short texts and the start and end of long ones', () => {
    expect(bounded('short')).toBe('short');
    const long = `start${'x'.repeat(MAX_STORED_CHARS * 2)}end`;
    const cut = bounded(long);
    expect(cut.length).toBeLessThanOrEqual(MAX_STORED_CHARS);
    expect(cut.startsWith('start')).toBe(true);
    expect(cut.endsWith('end')).toBe(true);
    expect(cut).toContain('characters left out');
  });
});
