import { INSTALLATION_KIND_OPTIONS, installationKindLabel, runOutcome } from './installation-labels';

describe('installation labels', () => {
  it.each([
    ['PATCH', 'Patch'],
    ['HOTFIX', 'Hot fix'],
    ['SERVICE_PACK', 'Service pack'],
    ['UPGRADE', 'Upgrade'],
    ['INITIAL', 'Initial installation'],
  ] as const)('%s reads %s', (kind, label) => {
    expect(installationKindLabel(kind)).toBe(label);
  });

  it('offers every kind, the everyday ones first', () => {
    expect(INSTALLATION_KIND_OPTIONS.map((option) => option.value)).toEqual([
      'PATCH',
      'HOTFIX',
      'SERVICE_PACK',
      'UPGRADE',
      'INITIAL',
    ]);
  });

  it.each([
    [{ total: 12, passed: 12, failed: 0, blocked: 0, untested: 0 }, '12 cases · 12 passed'],
    [{ total: 12, passed: 6, failed: 3, blocked: 0, untested: 3 }, '12 cases · 6 passed · 3 failed · 3 not run'],
    [{ total: 1, passed: 0, failed: 0, blocked: 1, untested: 0 }, '1 case · 0 passed · 1 blocked'],
  ])('summarises %j as %s', (progress, text) => {
    expect(runOutcome(progress)).toBe(text);
  });
});
