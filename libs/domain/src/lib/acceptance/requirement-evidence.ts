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
    for (const id of result.requirementIds) {
      const cases = casesOf.get(id);
      if (cases) cases.push(result);
      else casesOf.set(id, [result]);
    }
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
      const outcome = latest.get(requirement.id)?.outcome ?? null;
      states.set(requirement.id, {
        state: evidenceState(requirement.verificationMethod, NO_CASES, outcome),
        caseIds: [],
      });
      continue;
    }
    const cases = casesOf.get(requirement.id) ?? [];
    const failed = cases.filter((c) => resultOutcome(c.status) === 'fail').map((c) => c.caseId);
    const passed = cases.filter((c) => resultOutcome(c.status) === 'pass').map((c) => c.caseId);
    const state = evidenceState('test', { cases: cases.length, passed: passed.length, failed: failed.length }, null);
    const caseIds = state === 'failed' ? failed : state === 'verified' ? passed : cases.map((c) => c.caseId);
    states.set(requirement.id, { state, caseIds });
  }
  return states;
}

/** How many cases are linked to a requirement and how their latest results against one candidate went. */
export interface LinkedCaseCounts {
  cases: number;
  passed: number;
  failed: number;
}

const NO_CASES: LinkedCaseCounts = { cases: 0, passed: 0, failed: 0 };

/**
 * A requirement's evidence from counts aggregated in the database and the ids of its linked cases
 * by their latest result (`passed` and `open` may be left out when the counts say they cannot be
 * the ones behind the state: passed ones once a case failed, the others once one passed or failed).
 */
export function requirementEvidenceOf(
  method: VerificationMethod,
  counts: LinkedCaseCounts,
  verification: VerificationOutcome | null,
  caseIds: { failed: readonly string[]; passed?: readonly string[] | null; open?: readonly string[] | null },
): RequirementEvidence {
  const state = evidenceState(method, counts, verification);
  if (method !== 'test' || state === 'uncovered') return { state, caseIds: [] };
  const ids = state === 'failed' ? caseIds.failed : state === 'verified' ? caseIds.passed : caseIds.open;
  return { state, caseIds: [...(ids ?? [])] };
}

/**
 * The rule of the file's comment on counts: what the verdict (from each case) and the traceability
 * matrix (from counts aggregated in the database) both decide with, so they cannot disagree.
 * `verification` is the latest recorded verification's outcome (null: none).
 */
export function evidenceState(
  method: VerificationMethod,
  counts: LinkedCaseCounts,
  verification: VerificationOutcome | null,
): RequirementVerificationState {
  if (method !== 'test') {
    return verification === 'accepted' ? 'verified' : verification === 'rejected' ? 'failed' : 'not_verified';
  }
  if (counts.cases === 0) return 'uncovered';
  if (counts.failed > 0) return 'failed';
  if (counts.passed > 0) return 'verified';
  return 'not_verified';
}
