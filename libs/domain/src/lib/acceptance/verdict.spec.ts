import { AcceptanceCriteria, DEFAULT_ACCEPTANCE_CRITERIA } from './criteria';
import { AcceptanceCaseResult, AcceptanceRequirement, AcceptanceVerification } from './requirement-evidence';
import { AcceptanceDefect, AcceptanceReasonKind, acceptanceVerdict, AcceptanceVerdict } from './verdict';
import { AcceptanceWaiver } from './waivers';

/** The verdict's input, with lists the examples may change. */
interface Input {
  requirements: AcceptanceRequirement[];
  results: (AcceptanceCaseResult & { requirementIds: string[] })[];
  verifications: AcceptanceVerification[];
  defects: AcceptanceDefect[];
  waivers: AcceptanceWaiver[];
  criteria: AcceptanceCriteria;
}

/*
 * Worked example: one candidate, five requirements and twenty cases.
 *
 *   R1 CIRC-001  must,   test              cases C1 (and nothing else)   → verified when C1 passes
 *   R2 CIRC-002  should, knockout, test    case C2                       → mandatory (knockout) and a should
 *   R3 CAT-001   should, demonstration     an accepted verification      → verified by the demonstration
 *   R4 CAT-002   should, test              case C3
 *   R5 ACQ-001   could,  inspection        nothing recorded              → not verified, but not mandatory
 *   R6 CIRC-003  must,   vendor_statement  an accepted verification, and case C20 linked to it
 *
 * All twenty cases pass: pass rate 20 ÷ 20 = 100 %; mandatory R1, R2, R6 verified; should-coverage
 * R2, R3, R4 = 3 of 3. One failure makes 19 ÷ 20 = 95 % (exactly the default threshold, met); two
 * make 18 ÷ 20 = 90 % (below).
 */
function baseline(): Input {
  const links: Record<string, string[]> = { C1: ['R1'], C2: ['R2'], C3: ['R4'], C20: ['R6'] };
  return {
    requirements: [
      { id: 'R1', code: 'CIRC-001', priority: 'must', mandatory: false, verificationMethod: 'test' },
      { id: 'R2', code: 'CIRC-002', priority: 'should', mandatory: true, verificationMethod: 'test' },
      { id: 'R3', code: 'CAT-001', priority: 'should', mandatory: false, verificationMethod: 'demonstration' },
      { id: 'R4', code: 'CAT-002', priority: 'should', mandatory: false, verificationMethod: 'test' },
      { id: 'R5', code: 'ACQ-001', priority: 'could', mandatory: false, verificationMethod: 'inspection' },
      { id: 'R6', code: 'CIRC-003', priority: 'must', mandatory: false, verificationMethod: 'vendor_statement' },
    ],
    results: Array.from({ length: 20 }, (_, i) => ({
      caseId: `C${i + 1}`,
      status: 'passed',
      requirementIds: links[`C${i + 1}`] ?? [],
    })),
    verifications: [
      { requirementId: 'R3', outcome: 'accepted', recordedAt: '2026-03-02T10:00:00Z' },
      { requirementId: 'R6', outcome: 'accepted', recordedAt: '2026-03-02T10:00:00Z' },
    ],
    defects: [],
    waivers: [],
    criteria: { ...DEFAULT_ACCEPTANCE_CRITERIA },
  };
}

const status = (input: Input, caseId: string, value: Input['results'][number]['status']) =>
  ((input.results.find((r) => r.caseId === caseId) as { status: typeof value }).status = value);

describe('acceptanceVerdict', () => {
  it.each<[string, (input: Input) => void, AcceptanceVerdict, AcceptanceReasonKind[]]>([
    [
      'everything passes: accepted',
      () => undefined,
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    // C1 fails: 19 ÷ 20 = 95 % meets 95 %, but the must-requirement CIRC-001 fails.
    [
      'a mandatory test fails',
      (i) => status(i, 'C1', 'failed'),
      'NOT_ACCEPTED',
      ['MANDATORY_FAILED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'a knockout should-requirement fails',
      (i) => status(i, 'C2', 'failed'),
      'NOT_ACCEPTED',
      ['MANDATORY_FAILED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'a failing mandatory requirement with an agreed waiver: accepted with waivers',
      (i) => {
        status(i, 'C1', 'failed');
        i.waivers.push({ id: 'W1', requirementId: 'R1', state: 'agreed' });
      },
      'ACCEPTED_WITH_WAIVERS',
      ['MANDATORY_WAIVED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    ...(['proposed', 'rejected', 'withdrawn'] as const).map(
      (state) =>
        [
          `a ${state} waiver changes nothing`,
          (i: Input) => {
            status(i, 'C1', 'failed');
            i.waivers.push({ id: 'W1', requirementId: 'R1', state });
          },
          'NOT_ACCEPTED',
          ['MANDATORY_FAILED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
        ] as [string, (input: Input) => void, AcceptanceVerdict, AcceptanceReasonKind[]],
    ),
    [
      // C1 and C2 fail, both waived: 18 ÷ 20 = 90 % < 95 %, and waivers do not lift the pass rate.
      'waivers do not change the pass rate',
      (i) => {
        status(i, 'C1', 'failed');
        status(i, 'C2', 'failed');
        i.waivers.push(
          { id: 'W1', requirementId: 'R1', state: 'agreed' },
          { id: 'W2', requirementId: 'R2', state: 'agreed' },
        );
      },
      'NOT_ACCEPTED',
      ['MANDATORY_WAIVED', 'PASS_RATE_BELOW_THRESHOLD', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'an agreed waiver on a verified requirement changes nothing',
      (i) => i.waivers.push({ id: 'W1', requirementId: 'R1', state: 'agreed' }),
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    // C1 blocked: not executed, so 19 ÷ 19 = 100 %, but CIRC-001 is not verified.
    [
      'a blocked mandatory case leaves it unverified',
      (i) => status(i, 'C1', 'blocked'),
      'NOT_ACCEPTED',
      ['MANDATORY_NOT_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    ...(['skipped', 'retest', 'untested', null] as const).map(
      (value) =>
        [
          `a mandatory case ${value ?? 'without a result'} leaves it unverified`,
          (i: Input) => status(i, 'C1', value),
          'NOT_ACCEPTED',
          ['MANDATORY_NOT_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
        ] as [string, (input: Input) => void, AcceptanceVerdict, AcceptanceReasonKind[]],
    ),
    [
      'a mandatory requirement without a case is not verified',
      (i) => (i.results[0].requirementIds = []),
      'NOT_ACCEPTED',
      ['MANDATORY_NOT_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'one passing case verifies a requirement whose other case was not run',
      (i) => {
        i.results[3].requirementIds = ['R1'];
        status(i, 'C4', 'blocked');
      },
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'a vendor statement rejected later than it was accepted fails the requirement',
      (i) => i.verifications.push({ requirementId: 'R6', outcome: 'rejected', recordedAt: '2026-03-09T10:00:00Z' }),
      'NOT_ACCEPTED',
      ['MANDATORY_FAILED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'an earlier rejection is replaced by the later acceptance',
      (i) => i.verifications.unshift({ requirementId: 'R6', outcome: 'rejected', recordedAt: '2026-02-01T10:00:00Z' }),
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'a mandatory vendor statement never recorded is not verified',
      (i) => (i.verifications = i.verifications.filter((v) => v.requirementId !== 'R6')),
      'NOT_ACCEPTED',
      ['MANDATORY_NOT_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      // The method is respected: C20 failing does not fail CIRC-003 (accepted statement), only the rate (19 ÷ 20).
      'a failing case of a requirement verified by statement counts only in the pass rate',
      (i) => status(i, 'C20', 'failed'),
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'mandatory criterion switched off',
      (i) => {
        status(i, 'C1', 'failed');
        i.criteria.mandatoryVerified = false;
      },
      'ACCEPTED',
      ['PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    ...(['open', 'in_progress', 'fixed'] as const).map(
      (state) =>
        [
          `a critical defect ${state} fails`,
          (i: Input) => i.defects.push({ id: 'D1', severity: 'critical', status: state }),
          'NOT_ACCEPTED',
          ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'OPEN_CRITICAL_DEFECTS'],
        ] as [string, (input: Input) => void, AcceptanceVerdict, AcceptanceReasonKind[]],
    ),
    ...(['verified', 'closed', 'wont_fix', 'duplicate'] as const).map(
      (state) =>
        [
          `a critical defect ${state} is no longer open`,
          (i: Input) => i.defects.push({ id: 'D1', severity: 'critical', status: state }),
          'ACCEPTED',
          ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
        ] as [string, (input: Input) => void, AcceptanceVerdict, AcceptanceReasonKind[]],
    ),
    [
      'an open major defect passes by default',
      (i) => i.defects.push({ id: 'D2', severity: 'major', status: 'open' }),
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'an open major defect fails when the lead asks for none',
      (i) => {
        i.defects.push(
          { id: 'D2', severity: 'major', status: 'open' },
          { id: 'D3', severity: 'minor', status: 'open' },
        );
        i.criteria.noOpenMajorDefects = true;
      },
      'NOT_ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS', 'OPEN_MAJOR_DEFECTS'],
    ],
    [
      'critical defects switched off',
      (i) => {
        i.defects.push({ id: 'D1', severity: 'critical', status: 'open' });
        i.criteria.noOpenCriticalDefects = false;
      },
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET'],
    ],
    [
      // C3 fails: should-coverage 2 ÷ 3 = 66.6 % ≥ 60 %.
      'should-coverage above its minimum',
      (i) => {
        status(i, 'C3', 'failed');
        i.criteria.minShouldCoverage = 60;
      },
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS', 'SHOULD_COVERAGE_MET'],
    ],
    [
      // 2 ÷ 3 = 66.6 % < 70 %.
      'should-coverage below its minimum',
      (i) => {
        status(i, 'C3', 'failed');
        i.criteria.minShouldCoverage = 70;
      },
      'NOT_ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS', 'SHOULD_COVERAGE_BELOW_MINIMUM'],
    ],
    [
      // 2 verified + 1 waived = 3 ÷ 3 = 100 % ≥ 70 %.
      'should-coverage reached with a waiver',
      (i) => {
        status(i, 'C3', 'failed');
        i.criteria.minShouldCoverage = 70;
        i.waivers.push({ id: 'W4', requirementId: 'R4', state: 'agreed' });
      },
      'ACCEPTED_WITH_WAIVERS',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS', 'SHOULD_COVERAGE_MET_WITH_WAIVERS'],
    ],
    [
      'no executed result fails a threshold above 0',
      (i) => i.results.forEach((r) => (r.status = 'untested')),
      'NOT_ACCEPTED',
      ['MANDATORY_NOT_VERIFIED', 'NO_EXECUTED_RESULTS', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'no executed result meets a threshold of 0',
      (i) => {
        i.results = [];
        i.requirements = i.requirements.filter((r) => r.verificationMethod !== 'test');
        i.criteria.passRateThreshold = 0;
      },
      'ACCEPTED',
      ['MANDATORY_VERIFIED', 'PASS_RATE_MET', 'NO_OPEN_CRITICAL_DEFECTS'],
    ],
    [
      'every criterion fails together',
      (i) => {
        status(i, 'C1', 'failed');
        status(i, 'C2', 'blocked');
        status(i, 'C3', 'failed');
        i.defects.push(
          { id: 'D1', severity: 'critical', status: 'open' },
          { id: 'D2', severity: 'major', status: 'fixed' },
        );
        i.criteria = { ...i.criteria, noOpenMajorDefects: true, minShouldCoverage: 100 };
      },
      'NOT_ACCEPTED',
      [
        'MANDATORY_FAILED',
        'MANDATORY_NOT_VERIFIED',
        'PASS_RATE_BELOW_THRESHOLD',
        'OPEN_CRITICAL_DEFECTS',
        'OPEN_MAJOR_DEFECTS',
        'SHOULD_COVERAGE_BELOW_MINIMUM',
      ],
    ],
  ])('%s', (_, change, verdict, kinds) => {
    const input = baseline();
    change(input);
    const result = acceptanceVerdict(input);
    expect(result.reasons.map((r) => r.kind)).toEqual(kinds);
    expect(result.verdict).toBe(verdict);
  });

  it('uses the default criteria when none are given', () => {
    const { criteria: _, ...input } = baseline();
    input.results[0].status = 'failed';
    input.results[1].status = 'failed';
    // 18 ÷ 20 = 90 % < 95 % (the default threshold).
    expect(acceptanceVerdict(input).reasons.map((r) => r.kind)).toContain('PASS_RATE_BELOW_THRESHOLD');
  });

  it('names the evidence of each reason and says it in words', () => {
    // C1, C3 fail and C2 is blocked: 17 passed of 19 executed = 89.47… % → "89.4 %" (cut, not rounded).
    const input = baseline();
    status(input, 'C1', 'failed');
    status(input, 'C2', 'blocked');
    status(input, 'C3', 'failed');
    input.waivers.push({ id: 'W2', requirementId: 'R2', state: 'agreed' });
    input.defects.push(
      { id: 'D1', severity: 'critical', status: 'open' },
      { id: 'D5', severity: 'critical', status: 'fixed' },
    );
    input.criteria.minShouldCoverage = 100;
    const result = acceptanceVerdict(input);
    expect(
      result.reasons.map(({ kind, effect, requirementIds, caseIds, defectIds, waiverIds, message }) => ({
        kind,
        effect,
        requirementIds,
        caseIds,
        defectIds,
        waiverIds,
        message,
      })),
    ).toEqual([
      {
        kind: 'MANDATORY_FAILED',
        effect: 'fails',
        requirementIds: ['R1'],
        caseIds: ['C1'],
        defectIds: [],
        waiverIds: [],
        message: '1 mandatory requirement fails a test or verification: CIRC-001.',
      },
      {
        kind: 'MANDATORY_WAIVED',
        effect: 'waived',
        requirementIds: ['R2'],
        caseIds: ['C2'],
        defectIds: [],
        waiverIds: ['W2'],
        message: "1 mandatory requirement is not met but waived with a director's agreement: CIRC-002.",
      },
      {
        kind: 'PASS_RATE_BELOW_THRESHOLD',
        effect: 'fails',
        requirementIds: [],
        caseIds: ['C1', 'C3'],
        defectIds: [],
        waiverIds: [],
        message: 'The pass rate 89.4 % (17 of 19 executed results passed) is below 95 %.',
      },
      {
        kind: 'OPEN_CRITICAL_DEFECTS',
        effect: 'fails',
        requirementIds: [],
        caseIds: [],
        defectIds: ['D1', 'D5'],
        waiverIds: [],
        message: '2 critical defects are still open.',
      },
      // Should-requirements R2 (waived), R3 (verified), R4 (failed): 1 ÷ 3 = 33.3 % verified; with R2's waiver 2 ÷ 3 < 100 %.
      {
        kind: 'SHOULD_COVERAGE_BELOW_MINIMUM',
        effect: 'fails',
        requirementIds: ['R4'],
        caseIds: ['C3'],
        defectIds: [],
        waiverIds: [],
        message:
          '33.3 % of should-requirements are verified (1 of 3 should-requirements verified), below 100 %; not verified: CAT-002.',
      },
    ]);
    expect(result.passRate).toEqual({ passed: 17, failed: 2, notRun: 1, percent: (100 * 17) / 19 });
    expect(result.shouldCoverage).toEqual({ total: 3, verified: 1, waived: 1, percent: 100 / 3 });
    expect(result.requirements).toEqual([
      { requirementId: 'R1', state: 'failed', waiverId: null },
      { requirementId: 'R2', state: 'not_verified', waiverId: 'W2' },
      { requirementId: 'R3', state: 'verified', waiverId: null },
      { requirementId: 'R4', state: 'failed', waiverId: null },
      { requirementId: 'R5', state: 'not_verified', waiverId: null },
      { requirementId: 'R6', state: 'verified', waiverId: null },
    ]);
  });

  it('says why an accepted candidate is accepted', () => {
    expect(acceptanceVerdict(baseline()).reasons.map((r) => r.message)).toEqual([
      'All 3 mandatory requirements are verified.',
      'The pass rate 100 % (20 of 20 executed results passed) reaches 95 %.',
      'No critical defect is open.',
    ]);
  });

  it('cuts a pass rate just under the threshold instead of rounding it up to it', () => {
    // 1,899 passed of 2,000 = 94.95 %: rounded it would read "95 %", cut it reads "94.9 %" and fails.
    const input = baseline();
    input.results = Array.from({ length: 2000 }, (_, i) => ({
      caseId: `K${i}`,
      status: i < 1899 ? ('passed' as const) : ('failed' as const),
      requirementIds: [],
    }));
    input.criteria.mandatoryVerified = false;
    const rate = acceptanceVerdict(input).reasons.find((r) => r.kind === 'PASS_RATE_BELOW_THRESHOLD');
    expect(rate?.message).toBe('The pass rate 94.9 % (1899 of 2000 executed results passed) is below 95 %.');
  });
});
