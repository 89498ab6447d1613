/**
 * The words acceptance is computed with: test result statuses (as the testing feature stores
 * them), defect severities and statuses, waiver states and the outcome of a recorded verification.
 */
import { DefectStatus } from '../defects';

/** A test result's status, as stored on `test_result.status`. */
export type TestResultStatus = 'untested' | 'passed' | 'failed' | 'blocked' | 'skipped' | 'retest';
export const TEST_RESULT_STATUSES: readonly TestResultStatus[] = [
  'untested',
  'passed',
  'failed',
  'blocked',
  'skipped',
  'retest',
];

/**
 * What a result says about the product. Only `passed` and `failed` are executed results: a
 * blocked case could not be run, a skipped one was left out on purpose, `retest` asks for the case
 * to be run again and `untested` (or no result at all) was never run. None of those says whether
 * the product works, so they count as not run everywhere (pass rate, verdict, upgrade comparison).
 */
export type ResultOutcome = 'pass' | 'fail' | 'not_run';

export function resultOutcome(status: TestResultStatus | null | undefined): ResultOutcome {
  if (status === 'passed') return 'pass';
  if (status === 'failed') return 'fail';
  return 'not_run';
}

/**
 * Statuses in which a defect is still open: reported, being worked on, or fixed but not yet shown
 * fixed by a passing retest. A fix nobody has verified does not close the problem for acceptance,
 * for the weekly counts or for the open-by-severity trend.
 */
export const OPEN_DEFECT_STATUSES: readonly DefectStatus[] = ['triage', 'open', 'in_progress', 'fixed'];

export function isDefectOpen(status: DefectStatus): boolean {
  return OPEN_DEFECT_STATUSES.includes(status);
}

/** A waiver is proposed by a lead and takes effect once a director agrees; it may be rejected or withdrawn instead. */
export type WaiverState = 'proposed' | 'agreed' | 'rejected' | 'withdrawn';
export const WAIVER_STATES: readonly WaiverState[] = ['proposed', 'agreed', 'rejected', 'withdrawn'];

/** The outcome of a recorded verification (demonstration, inspection, vendor statement, reference check). */
export type VerificationOutcome = 'accepted' | 'rejected';

/** A percentage cut (not rounded) to one decimal, so a rate just under a threshold never reads as reaching it. */
export function formatPercent(percent: number): string {
  return `${Math.floor(percent * 10 + 1e-9) / 10} %`;
}

/** Codes for a sentence: "A", "A and B", "A, B and C", "A, B, C, D, E and 3 more". */
export function listCodes(codes: readonly string[], shown = 5): string {
  if (codes.length <= 1) return codes.join('');
  if (codes.length <= shown) return `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`;
  return `${codes.slice(0, shown).join(', ')} and ${codes.length - shown} more`;
}
