/**
 * The traceability matrix's cell: how one requirement stands for one candidate, in words a reader
 * of the matrix needs. It refines the verdict's evidence state (evidenceState), never contradicts it:
 *
 * - a requirement verified by `test`: `passed` (verified), `failed`, `blocked` or `not_run` (not
 *   verified: some linked case blocked, or none run), `uncovered` (no case linked);
 * - any other method, by its latest recorded verification: `verified` (accepted), `rejected`
 *   (failed) or `unverified` (none recorded yet; linked cases do not change it).
 */
import { VerificationMethod } from '../requirements-import';
import { evidenceState, LinkedCaseCounts, RequirementVerificationState } from './requirement-evidence';
import { VerificationOutcome } from './vocabulary';

export type TraceabilityStatus =
  'passed' | 'failed' | 'blocked' | 'not_run' | 'uncovered' | 'verified' | 'rejected' | 'unverified';

/** In the order the matrix's totals and filters list them. */
export const TRACEABILITY_STATUSES: readonly TraceabilityStatus[] = [
  'passed',
  'failed',
  'blocked',
  'not_run',
  'uncovered',
  'verified',
  'rejected',
  'unverified',
];

export const TRACEABILITY_STATUS_LABELS: Readonly<Record<TraceabilityStatus, string>> = {
  passed: 'Passed',
  failed: 'Failed',
  blocked: 'Blocked',
  not_run: 'Not run',
  uncovered: 'No test case',
  verified: 'Verified',
  rejected: 'Rejected',
  unverified: 'Awaiting verification',
};

/** The linked cases' latest results against one candidate; `blocked` counts those blocked. */
export interface TraceabilityCounts extends LinkedCaseCounts {
  blocked: number;
}

export function traceabilityStatus(
  method: VerificationMethod,
  counts: TraceabilityCounts,
  verification: VerificationOutcome | null,
): TraceabilityStatus {
  const state = evidenceState(method, counts, verification);
  if (method !== 'test') return state === 'verified' ? 'verified' : state === 'failed' ? 'rejected' : 'unverified';
  if (state === 'verified') return 'passed';
  if (state === 'failed') return 'failed';
  if (state === 'uncovered') return 'uncovered';
  return counts.blocked > 0 ? 'blocked' : 'not_run';
}

/** The verdict's evidence state a cell stands for. */
export function traceabilityEvidenceState(status: TraceabilityStatus): RequirementVerificationState {
  switch (status) {
    case 'passed':
    case 'verified':
      return 'verified';
    case 'failed':
    case 'rejected':
      return 'failed';
    case 'uncovered':
      return 'uncovered';
    default:
      return 'not_verified';
  }
}
