import { requirementEvidence } from './requirement-evidence';
import {
  claimProblems,
  criterionScore,
  mapVendorClaimColumns,
  parseClaimDate,
  parseVendorClaim,
  readVendorClaimRow,
  VendorClaimDisagreementKind,
  vendorClaimDisagreements,
  VendorClaimLevel,
} from './vendor-claims';
import { TestResultStatus } from './vocabulary';

describe('parseVendorClaim', () => {
  it.each<[string, VendorClaimLevel | null]>([
    ['Out of the box', 'out_of_the_box'],
    ['OOTB', 'out_of_the_box'],
    ['out-of-the-box', 'out_of_the_box'],
    ['Yes', 'out_of_the_box'],
    ['Fully compliant', 'out_of_the_box'],
    ['Configuration', 'configuration'],
    ['Configurable', 'configuration'],
    ['Customisation', 'customisation'],
    ['Customization', 'customisation'],
    ['Partially compliant', 'customisation'],
    ['Roadmap', 'roadmap'],
    ['Future release', 'roadmap'],
    ['Not met', 'not_met'],
    ['No', 'not_met'],
    ['Non-compliant', 'not_met'],
    ['Maybe', null],
    ['', null],
  ])('%j → %s', (text, level) => expect(parseVendorClaim(text)).toBe(level));
});

describe('parseClaimDate', () => {
  it.each<[string, string | null]>([
    ['2027-06-30', '2027-06-30'],
    [' 2027-01-01 ', '2027-01-01'],
    ['2027-02-30', null],
    ['30/06/2027', null],
    ['Q3 2027', null],
  ])('%j → %s', (text, date) => expect(parseClaimDate(text)).toBe(date));
});

describe('claimProblems', () => {
  it.each<[VendorClaimLevel, string | null, string, number]>([
    ['roadmap', '2027-06-30', '', 0],
    ['roadmap', null, '', 1],
    ['out_of_the_box', null, 'Standard feature', 0],
    ['configuration', '2027-06-30', '', 1],
    ['not_met', null, 'x'.repeat(5_001), 1],
  ])('%s with date %s → %i problem(s)', (claim, date, comment, count) =>
    expect(claimProblems(claim, date, comment)).toHaveLength(count),
  );
});

describe('mapVendorClaimColumns', () => {
  it('reads a vendor’s own headers and ignores the rest', () => {
    const { columns, problems } = mapVendorClaimColumns([
      'Req ID',
      'Requirement text',
      'Response',
      'Available from',
      'Remarks',
    ]);
    expect(problems).toEqual([]);
    expect(columns.map((c) => c.field)).toEqual(['requirement', null, 'claim', 'roadmapDate', 'comment']);
  });

  it('names the missing columns and a column given twice', () => {
    expect(mapVendorClaimColumns(['Comment', 'Notes']).problems).toEqual([
      'Columns "Comment" and "Notes" both look like Comment; rename or remove one.',
      'No column for Requirement code. Expected a header such as "requirement code", "code", "req id".',
      'No column for Compliance. Expected a header such as "compliance", "claim", "response".',
    ]);
  });
});

describe('readVendorClaimRow', () => {
  const context = () => ({ requirementCodes: new Set(['CIRC-001', 'CIRC-002']), seen: new Map([['CIRC-002', 2]]) });
  it.each<[string, Record<string, string>, string[]]>([
    ['a good row, code in lower case', { requirement: 'circ-001', claim: 'OOTB', comment: 'Standard' }, []],
    [
      'an unknown code',
      { requirement: 'CAT-009', claim: 'Yes' },
      ['requirement: The evaluation has no requirement CAT-009.'],
    ],
    ['a missing code', { claim: 'Yes' }, ['requirement: The requirement code is missing.']],
    [
      'a requirement answered twice',
      { requirement: 'CIRC-002', claim: 'Yes' },
      ['requirement: Requirement CIRC-002 is answered twice (also on line 2).'],
    ],
    [
      'an unknown level',
      { requirement: 'CIRC-001', claim: 'Sort of' },
      [
        'claim: "Sort of" is not a compliance level; use Out of the box, Configuration, Customisation, Roadmap, Not met.',
      ],
    ],
    [
      'a roadmap without its date',
      { requirement: 'CIRC-001', claim: 'Roadmap' },
      ['roadmapDate: A roadmap claim needs the date the vendor promised (YYYY-MM-DD).'],
    ],
    [
      'a date on another level',
      { requirement: 'CIRC-001', claim: 'Configuration', roadmapDate: '2027-06-30' },
      ['roadmapDate: Only a roadmap claim has a date; this one is "Configuration".'],
    ],
    [
      'a date that is not one',
      { requirement: 'CIRC-001', claim: 'Roadmap', roadmapDate: 'soon' },
      [
        'roadmapDate: "soon" is not a date; write it as YYYY-MM-DD.',
        'roadmapDate: A roadmap claim needs the date the vendor promised (YYYY-MM-DD).',
      ],
    ],
  ])('%s', (_label, cells, expected) => {
    const { row, problems } = readVendorClaimRow(cells, 5, context());
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(expected);
    expect(problems.every((p) => p.line === 5)).toBe(true);
    expect(row === null).toBe(expected.length > 0);
  });

  it('keeps a good row', () => {
    expect(
      readVendorClaimRow({ requirement: 'circ-001', claim: 'Roadmap', roadmapDate: '2027-06-30' }, 3, context()).row,
    ).toEqual({ requirementCode: 'CIRC-001', claim: 'roadmap', roadmapDate: '2027-06-30', comment: '' });
  });
});

describe('criterionScore', () => {
  it.each<[number | null, (number | null)[], number | null]>([
    [null, [0, 0], 0],
    [null, [0, 2], 1],
    [0, [2, 3], 0],
    [3, [0, 0], 3],
    [null, [null, 0], 0],
    [null, [null], null],
    [null, [], null],
  ])('consensus %s, scores %j → %s', (consensus, values, score) =>
    expect(criterionScore(consensus, values)).toBe(score),
  );
});

describe('vendorClaimDisagreements', () => {
  /*
   * Worked example: one candidate, seven requirements, each claimed by the vendor.
   *
   *   req  code      priority         claim           evidence                         criterion score → disagreement
   *   R1   CIRC-001  must             out of the box  case C1 failed                   3               failed
   *   R2   CIRC-002  should           configuration   case C2 passed                   0 (K2)          scored_zero
   *   R3   CIRC-003  should           out of the box  case C3 blocked (not run)        —               unverified
   *   R4   CIRC-004  could            out of the box  case C4 passed                   2               — (agrees)
   *   R5   CAT-001   should, knockout configuration   no case linked (uncovered)       —               unverified
   *   R6   CAT-002   could            customisation   case C6 failed                   0               — (promised nothing)
   *   R7   CAT-003   should           configuration   case C7 failed                   0 (K7)          failed, scored_zero
   *
   * Worst first: the failures (R1 out of the box before R7 configuration), then the zero score (R2),
   * then the unverified (R3 out of the box before R5 configuration, although R5 is a knockout: the
   * stronger promise ranks first).
   */
  const requirements = [
    { id: 'R1', code: 'CIRC-001', priority: 'must', mandatory: false },
    { id: 'R2', code: 'CIRC-002', priority: 'should', mandatory: false },
    { id: 'R3', code: 'CIRC-003', priority: 'should', mandatory: false },
    { id: 'R4', code: 'CIRC-004', priority: 'could', mandatory: false },
    { id: 'R5', code: 'CAT-001', priority: 'should', mandatory: true },
    { id: 'R6', code: 'CAT-002', priority: 'could', mandatory: false },
    { id: 'R7', code: 'CAT-003', priority: 'should', mandatory: false },
  ] as const;
  const claims: { requirementId: string; claim: VendorClaimLevel }[] = [
    { requirementId: 'R1', claim: 'out_of_the_box' },
    { requirementId: 'R2', claim: 'configuration' },
    { requirementId: 'R3', claim: 'out_of_the_box' },
    { requirementId: 'R4', claim: 'out_of_the_box' },
    { requirementId: 'R5', claim: 'configuration' },
    { requirementId: 'R6', claim: 'customisation' },
    { requirementId: 'R7', claim: 'configuration' },
  ];
  const statuses: [string, TestResultStatus, string][] = [
    ['C1', 'failed', 'R1'],
    ['C2', 'passed', 'R2'],
    ['C3', 'blocked', 'R3'],
    ['C4', 'passed', 'R4'],
    ['C6', 'failed', 'R6'],
    ['C7', 'failed', 'R7'],
  ];
  const evidence = requirementEvidence({
    requirements: requirements.map((r) => ({ id: r.id, verificationMethod: 'test' })),
    results: statuses.map(([caseId, status, requirementId]) => ({ caseId, status, requirementIds: [requirementId] })),
    verifications: [],
  });
  const scores = [
    { criterionId: 'K1', requirementIds: ['R1'], value: 3 },
    { criterionId: 'K2', requirementIds: ['R2'], value: 0 },
    { criterionId: 'K4', requirementIds: ['R4'], value: 2 },
    { criterionId: 'K6', requirementIds: ['R6'], value: 0 },
    { criterionId: 'K7', requirementIds: ['R7'], value: 0 },
  ];

  it('lists the disagreements worst first', () => {
    const found = vendorClaimDisagreements({ requirements: [...requirements], claims, evidence, scores });
    expect(found.map((d) => [d.requirementId, d.kinds.join('+'), d.caseIds.join(), d.criterionIds.join()])).toEqual([
      ['R1', 'failed', 'C1', ''],
      ['R7', 'failed+scored_zero', 'C7', 'K7'],
      ['R2', 'scored_zero', '', 'K2'],
      ['R3', 'unverified', 'C3', ''],
      ['R5', 'unverified', '', ''],
    ]);
  });

  it.each<[string, VendorClaimLevel, TestResultStatus | null, number | null, VendorClaimDisagreementKind[]]>([
    ['out of the box, failed', 'out_of_the_box', 'failed', null, ['failed']],
    ['configuration, failed and scored 0', 'configuration', 'failed', 0, ['failed', 'scored_zero']],
    ['out of the box, passed but scored 0', 'out_of_the_box', 'passed', 0, ['scored_zero']],
    ['out of the box, not run and scored 0', 'out_of_the_box', null, 0, ['scored_zero', 'unverified']],
    ['out of the box, retest pending', 'out_of_the_box', 'retest', 1, ['unverified']],
    ['out of the box, passed and scored 3', 'out_of_the_box', 'passed', 3, []],
    ['roadmap, failed and scored 0', 'roadmap', 'failed', 0, []],
    ['not met, failed', 'not_met', 'failed', null, []],
    ['customisation, not run', 'customisation', null, null, []],
  ])('%s', (_label, claim, status, score, kinds) => {
    const found = vendorClaimDisagreements({
      requirements: [{ id: 'R', code: 'X-1', priority: 'should', mandatory: false }],
      claims: [{ requirementId: 'R', claim }],
      evidence: requirementEvidence({
        requirements: [{ id: 'R', verificationMethod: 'test' }],
        results: [{ caseId: 'C', status, requirementIds: ['R'] }],
        verifications: [],
      }),
      scores: score === null ? [] : [{ criterionId: 'K', requirementIds: ['R'], value: score }],
    });
    expect(found.flatMap((d) => d.kinds)).toEqual(kinds);
  });

  it('ranks mandatory before the others, then by priority and code, for the same reason and claim', () => {
    const found = vendorClaimDisagreements({
      requirements: [
        { id: 'A', code: 'B-2', priority: 'could', mandatory: false },
        { id: 'B', code: 'B-1', priority: 'could', mandatory: false },
        { id: 'C', code: 'Z-9', priority: 'should', mandatory: true },
        { id: 'D', code: 'A-1', priority: 'should', mandatory: false },
      ],
      claims: ['A', 'B', 'C', 'D'].map((requirementId) => ({ requirementId, claim: 'out_of_the_box' as const })),
      evidence: new Map(),
      scores: [],
    });
    expect(found.map((d) => d.requirementId)).toEqual(['C', 'D', 'B', 'A']);
  });
});
