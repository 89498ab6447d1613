import { claimLabel, CLAIM_LEVEL_OPTIONS, disagreementReasons } from './claim-labels';

describe('vendor claim labels', () => {
  it('names the compliance scale best first, a roadmap claim with its date', () => {
    expect(CLAIM_LEVEL_OPTIONS.map((option) => option.label)).toEqual([
      'Out of the box',
      'Configuration',
      'Customisation',
      'Roadmap',
      'Not met',
    ]);
    expect(claimLabel('ROADMAP', '2027-06-30')).toBe('Roadmap (2027-06-30)');
    expect(claimLabel('CONFIGURATION', null)).toBe('Configuration');
  });

  it.each([
    [
      'a failed test, with the zero score after it',
      { kinds: ['FAILED', 'SCORED_ZERO'], caseKeys: ['CIRC-T-002', 'CIRC-T-001'], criteriaScoredZero: ['Holds'] },
      ['Failed its tests: CIRC-T-002 and CIRC-T-001.', 'Scored 0 on “Holds”.'],
    ],
    [
      'a rejected demonstration',
      { kinds: ['FAILED'], caseKeys: [], criteriaScoredZero: [] },
      ['Its verification was rejected.'],
    ],
    [
      'linked cases not run yet',
      { kinds: ['UNVERIFIED'], caseKeys: ['ACQ-T-001'], criteriaScoredZero: [] },
      ['Not verified yet: ACQ-T-001 not run.'],
    ],
    ['nothing linked', { kinds: ['UNVERIFIED'], caseKeys: [], criteriaScoredZero: [] }, ['Not verified yet.']],
  ] as const)('says why a claim is in doubt: %s', (_, evidence, reasons) => {
    expect(disagreementReasons(evidence)).toEqual(reasons);
  });
});
