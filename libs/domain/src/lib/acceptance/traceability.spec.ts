import { VerificationMethod } from '../requirements-import';
import { requirementEvidence, requirementEvidenceOf } from './requirement-evidence';
import { TraceabilityCounts, traceabilityEvidenceState, TraceabilityStatus, traceabilityStatus } from './traceability';
import { TestResultStatus, VerificationOutcome } from './vocabulary';

/*
 * Worked example: one candidate, a requirement per row, its linked cases' latest results and its
 * latest recorded verification, and the cell the matrix shows.
 *
 *   test, C1 passed C2 failed          → failed  (any failure fails it)
 *   test, C1 passed C2 blocked         → passed  (one pass verifies it)
 *   test, C1 blocked C2 untested       → blocked (nothing executed, something blocked)
 *   test, C1 skipped C2 without result → not run
 *   test, no case                      → no test case (uncovered)
 *   demonstration, accepted; C1 failed → verified (the case does not count for the method)
 *   inspection, rejected               → rejected
 *   vendor statement, nothing recorded → awaiting verification
 */
const EXAMPLES: [
  string,
  VerificationMethod,
  (TestResultStatus | null)[],
  VerificationOutcome | null,
  TraceabilityStatus,
][] = [
  ['a failure fails it', 'test', ['passed', 'failed'], null, 'failed'],
  ['one pass verifies it', 'test', ['passed', 'blocked'], null, 'passed'],
  ['nothing executed, one blocked', 'test', ['blocked', 'untested'], null, 'blocked'],
  ['nothing executed', 'test', ['skipped', null], null, 'not_run'],
  ['retest asked', 'test', ['retest'], null, 'not_run'],
  ['no case linked', 'test', [], null, 'uncovered'],
  ['a test requirement ignores verifications', 'test', [], 'accepted', 'uncovered'],
  ['an accepted demonstration', 'demonstration', ['failed'], 'accepted', 'verified'],
  ['a rejected inspection', 'inspection', [], 'rejected', 'rejected'],
  ['a vendor statement not recorded', 'vendor_statement', ['passed'], null, 'unverified'],
  ['a reference check accepted', 'reference_check', [], 'accepted', 'verified'],
];

describe('traceabilityStatus', () => {
  it.each(EXAMPLES)('%s', (_, method, statuses, outcome, expected) => {
    const counts: TraceabilityCounts = {
      cases: statuses.length,
      passed: statuses.filter((s) => s === 'passed').length,
      failed: statuses.filter((s) => s === 'failed').length,
      blocked: statuses.filter((s) => s === 'blocked').length,
    };
    expect(traceabilityStatus(method, counts, outcome)).toBe(expected);
  });

  it.each(EXAMPLES)('agrees with the verdict’s evidence: %s', (_, method, statuses, outcome, expected) => {
    const states = requirementEvidence({
      requirements: [{ id: 'R1', verificationMethod: method }],
      results: statuses.map((status, n) => ({ caseId: `C${n + 1}`, status, requirementIds: ['R1'] })),
      verifications: outcome ? [{ requirementId: 'R1', outcome, recordedAt: '2026-01-01T00:00:00Z' }] : [],
    });
    expect(states.get('R1')?.state).toBe(traceabilityEvidenceState(expected));
  });

  it.each(EXAMPLES)('gives the same evidence from counts as from each case: %s', (_, method, statuses, outcome) => {
    const results = statuses.map((status, n) => ({ caseId: `C${n + 1}`, status, requirementIds: ['R1'] }));
    const ids = (wanted: TestResultStatus) => results.filter((r) => r.status === wanted).map((r) => r.caseId);
    const fromCases = requirementEvidence({
      requirements: [{ id: 'R1', verificationMethod: method }],
      results,
      verifications: outcome ? [{ requirementId: 'R1', outcome, recordedAt: '2026-01-01T00:00:00Z' }] : [],
    }).get('R1');
    const counts = { cases: results.length, passed: ids('passed').length, failed: ids('failed').length };
    expect(
      requirementEvidenceOf(method, counts, outcome, {
        failed: ids('failed'),
        passed: ids('passed'),
        open: results.map((r) => r.caseId),
      }),
    ).toEqual(fromCases);
  });
});
