/**
 * Whether each requirement is verified for one candidate, by the method it names: the evidence the
 * acceptance verdict and the traceability matrix share.
 *
 * - A requirement verified by `test` is judged by the latest result of each case linked to it: any
 *   failed case fails it; otherwise one passed case verifies it; otherwise it is not verified (its
 *   cases were not run: blocked, skipped, retest, untested) or uncovered (no case is linked).
 * - Any other method (demonstration, inspection, vendor statement, reference check) is judged by its
 *   latest recorded verification: accepted verifies, rejected fails, none leaves it not verified.
 *   Cases linked to such a requirement do not change its state.
 */
import { MoscowPriority, VerificationMethod } from '../requirements-import';
import { resultOutcome, TestResultStatus, VerificationOutcome } from './vocabulary';

export interface AcceptanceRequirement {
  id: string;
  code: string;
  priority: MoscowPriority;
  mandatory: boolean;
  verificationMethod: VerificationMethod;
}

/** The latest result of one case against the candidate (null: the case has no result yet). */
export interface AcceptanceCaseResult {
  caseId: string;
  /** The result row and its version, when known: a sign-off's fingerprint reads them (see sign-offs.ts). */
  resultId?: string;
  version?: number;
  status: TestResultStatus | null;
  requirementIds: readonly string[];
}

export interface AcceptanceVerification {
  /** The recorded verification's id, when known (read by a sign-off's fingerprint). */
  id?: string;
  requirementId: string;
  outcome: VerificationOutcome;
  /** When it was recorded: the latest one per requirement counts (the later in the list on a tie). */
  recordedAt: Date | string;
}

export type RequirementVerificationState = 'verified' | 'failed' | 'not_verified' | 'uncovered';

export interface RequirementEvidence {
  state: RequirementVerificationState;
  /** The cases behind the state: the failing ones, the passing ones, or the ones not run. */
  caseIds: string[];
}

/** Mandatory for acceptance: a knockout, or priority `must`. */
export function isMandatoryRequirement(requirement: Pick<AcceptanceRequirement, 'priority' | 'mandatory'>): boolean {
  return requirement.mandatory || requirement.priority === 'must';
}

/** The state of each requirement given, by id. */
export function requirementEvidence(input: {
  requirements: readonly Pick<AcceptanceRequirement, 'id' | 'verificationMethod'>[];
  results: readonly AcceptanceCaseResult[];
  verifications: readonly AcceptanceVerification[];
}): Map<string, RequirementEvidence> {
  const casesOf = new Map<string, AcceptanceCaseResult[]>();
  for (const result of input.results) {
    for (const id of result.requirementIds) casesOf.set(id, [...(casesOf.get(id) ?? []), result]);
  }
  const latest = new Map<string, AcceptanceVerification>();
  for (const verification of input.verifications) {
    const previous = latest.get(verification.requirementId);
    if (!previous || new Date(verification.recordedAt).getTime() >= new Date(previous.recordedAt).getTime()) {
      latest.set(verification.requirementId, verification);
    }
  }
  const states = new Map<string, RequirementEvidence>();
  for (const requirement of input.requirements) {
    if (requirement.verificationMethod !== 'test') {
      const outcome = latest.get(requirement.id)?.outcome;
      const state = outcome === 'accepted' ? 'verified' : outcome === 'rejected' ? 'failed' : 'not_verified';
      states.set(requirement.id, { state, caseIds: [] });
      continue;
    }
    const cases = casesOf.get(requirement.id) ?? [];
    const failed = cases.filter((c) => resultOutcome(c.status) === 'fail').map((c) => c.caseId);
    const passed = cases.filter((c) => resultOutcome(c.status) === 'pass').map((c) => c.caseId);
    if (cases.length === 0) states.set(requirement.id, { state: 'uncovered', caseIds: [] });
    else if (failed.length) states.set(requirement.id, { state: 'failed', caseIds: failed });
    else if (passed.length) states.set(requirement.id, { state: 'verified', caseIds: passed });
    else states.set(requirement.id, { state: 'not_verified', caseIds: cases.map((c) => c.caseId) });
  }
  return states;
}
