/**
 * The acceptance verdict of one candidate: whether the evidence (test results, recorded
 * verifications, open defects) meets the evaluation's acceptance criteria, with every reason.
 *
 * - A requirement is mandatory when its knockout flag is set or its priority is `must`; priority
 *   `should` makes a should-requirement; `could` and `wont` requirements only count in the pass rate
 *   (through their cases). The caller passes the approved requirements only.
 * - A requirement verified by `test` is judged by the latest result of each case linked to it: any
 *   failed case fails it; otherwise one passed case verifies it; otherwise it is not verified (its
 *   cases were not run) or uncovered (no case). Any other method is judged by its latest recorded
 *   verification (accepted verifies, rejected fails, none leaves it not verified); its cases, if
 *   any, still count in the pass rate.
 * - Pass rate = passed ÷ (passed + failed) over the latest result of every case run against the
 *   candidate; blocked, skipped, retest and untested results are not executed (see resultOutcome),
 *   and a linked case with no result at all (status null) is not counted.
 *   With no executed result the rate is unknown, which meets only a threshold of 0.
 * - Open defects are those still open, in progress or fixed without a verifying retest.
 * - An agreed waiver covers its requirement when it is failed, not verified or uncovered: such a
 *   requirement no longer fails the mandatory criterion and counts towards should-coverage, and the
 *   verdict says ACCEPTED_WITH_WAIVERS. Waivers never change the pass rate or the defect criteria.
 *   Proposed, rejected and withdrawn waivers change nothing.
 */
import { AcceptanceCriteria, DEFAULT_ACCEPTANCE_CRITERIA } from './criteria';
import {
  AcceptanceCaseResult,
  AcceptanceRequirement,
  AcceptanceVerification,
  isMandatoryRequirement,
  RequirementEvidence,
  requirementEvidence,
  RequirementVerificationState,
} from './requirement-evidence';
import { AcceptanceWaiver } from './waivers';
import { DefectSeverity, DefectStatus } from '../defects';
import { formatPercent, isDefectOpen, listCodes, resultOutcome } from './vocabulary';

export interface AcceptanceDefect {
  id: string;
  severity: DefectSeverity;
  status: DefectStatus;
}

export interface AcceptanceInput {
  requirements: readonly AcceptanceRequirement[];
  results: readonly AcceptanceCaseResult[];
  verifications: readonly AcceptanceVerification[];
  defects: readonly AcceptanceDefect[];
  waivers: readonly AcceptanceWaiver[];
  criteria?: AcceptanceCriteria;
}

export type AcceptanceVerdict = 'ACCEPTED' | 'ACCEPTED_WITH_WAIVERS' | 'NOT_ACCEPTED';

export type AcceptanceReasonKind =
  | 'MANDATORY_VERIFIED'
  | 'MANDATORY_FAILED'
  | 'MANDATORY_NOT_VERIFIED'
  | 'MANDATORY_WAIVED'
  | 'PASS_RATE_MET'
  | 'PASS_RATE_BELOW_THRESHOLD'
  | 'NO_EXECUTED_RESULTS'
  | 'NO_OPEN_CRITICAL_DEFECTS'
  | 'OPEN_CRITICAL_DEFECTS'
  | 'NO_OPEN_MAJOR_DEFECTS'
  | 'OPEN_MAJOR_DEFECTS'
  | 'SHOULD_COVERAGE_MET'
  | 'SHOULD_COVERAGE_MET_WITH_WAIVERS'
  | 'SHOULD_COVERAGE_BELOW_MINIMUM';

/** `fails` makes the verdict NOT_ACCEPTED, `waived` ACCEPTED_WITH_WAIVERS; `met` says why a criterion holds. */
export type AcceptanceReasonEffect = 'met' | 'waived' | 'fails';

export interface AcceptanceReason {
  kind: AcceptanceReasonKind;
  effect: AcceptanceReasonEffect;
  /** The evidence the reason concerns, for links. */
  requirementIds: string[];
  caseIds: string[];
  defectIds: string[];
  waiverIds: string[];
  message: string;
}

export interface RequirementAcceptance {
  requirementId: string;
  state: RequirementVerificationState;
  /** The agreed waiver covering it (only when it is not verified). */
  waiverId: string | null;
}

export interface AcceptanceResult {
  verdict: AcceptanceVerdict;
  reasons: AcceptanceReason[];
  requirements: RequirementAcceptance[];
  passRate: { passed: number; failed: number; notRun: number; percent: number | null };
  shouldCoverage: { total: number; verified: number; waived: number; percent: number | null };
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function reason(
  kind: AcceptanceReasonKind,
  effect: AcceptanceReasonEffect,
  message: string,
  ids: Partial<Pick<AcceptanceReason, 'requirementIds' | 'caseIds' | 'defectIds' | 'waiverIds'>> = {},
): AcceptanceReason {
  return {
    kind,
    effect,
    requirementIds: ids.requirementIds ?? [],
    caseIds: ids.caseIds ?? [],
    defectIds: ids.defectIds ?? [],
    waiverIds: ids.waiverIds ?? [],
    message,
  };
}

/**
 * The evidence a verdict is decided on, once gathered: each requirement's state with the cases
 * behind it (requirementEvidence, or requirementEvidenceOf over counts aggregated in the database)
 * and the candidate's executed results.
 */
export interface AcceptanceEvidence {
  requirements: readonly AcceptanceRequirement[];
  evidence: ReadonlyMap<string, RequirementEvidence>;
  /** Over the latest result of every case run against the candidate (a case without a result is not counted). */
  results: { passed: number; failedCaseIds: readonly string[]; notRun: number };
  defects: readonly AcceptanceDefect[];
  waivers: readonly AcceptanceWaiver[];
  criteria?: AcceptanceCriteria;
}

/** The verdict for one candidate with every reason; see the file's comment for what counts. */
export function acceptanceVerdict(input: AcceptanceInput): AcceptanceResult {
  // A case without any result against the candidate (status null) was not run against it: it is
  // evidence that a requirement is covered, not a result the pass rate counts.
  const outcomes = input.results
    .filter((r) => r.status !== null)
    .map((r) => ({ id: r.caseId, outcome: resultOutcome(r.status) }));
  const passed = outcomes.filter((o) => o.outcome === 'pass').length;
  const failedCaseIds = outcomes.filter((o) => o.outcome === 'fail').map((o) => o.id);
  return verdictOfEvidence({
    ...input,
    evidence: requirementEvidence(input),
    results: { passed, failedCaseIds, notRun: outcomes.length - passed - failedCaseIds.length },
  });
}

/** The verdict from evidence already gathered: what acceptanceVerdict decides with. */
export function verdictOfEvidence(input: AcceptanceEvidence): AcceptanceResult {
  const criteria = input.criteria ?? DEFAULT_ACCEPTANCE_CRITERIA;
  const states = input.evidence;
  const agreed = new Map(input.waivers.filter((w) => w.state === 'agreed').map((w) => [w.requirementId, w.id]));
  const requirements: RequirementAcceptance[] = input.requirements.map((r) => {
    const state = states.get(r.id)?.state ?? 'uncovered';
    return { requirementId: r.id, state, waiverId: state === 'verified' ? null : (agreed.get(r.id) ?? null) };
  });
  const byId = new Map(input.requirements.map((r) => [r.id, r]));
  const waiverOf = new Map(requirements.map((r) => [r.requirementId, r.waiverId]));
  const codes = (ids: string[]) => listCodes(ids.map((id) => byId.get(id)?.code ?? id));
  const caseIdsOf = (ids: string[]) => [...new Set(ids.flatMap((id) => states.get(id)?.caseIds ?? []))];
  const reasons: AcceptanceReason[] = [];

  if (criteria.mandatoryVerified) {
    const mandatory = input.requirements.filter(isMandatoryRequirement).map((r) => r.id);
    const unmet = mandatory.filter((id) => states.get(id)?.state !== 'verified');
    const waived = unmet.filter((id) => waiverOf.get(id));
    const failed = unmet.filter((id) => !waiverOf.get(id) && states.get(id)?.state === 'failed');
    const unverified = unmet.filter((id) => !waiverOf.get(id) && states.get(id)?.state !== 'failed');
    if (failed.length) {
      const count = plural(failed.length, 'mandatory requirement fails', 'mandatory requirements fail');
      reasons.push(
        reason('MANDATORY_FAILED', 'fails', `${count} a test or verification: ${codes(failed)}.`, {
          requirementIds: failed,
          caseIds: caseIdsOf(failed),
        }),
      );
    }
    if (unverified.length) {
      const count = plural(unverified.length, 'mandatory requirement is', 'mandatory requirements are');
      reasons.push(
        reason('MANDATORY_NOT_VERIFIED', 'fails', `${count} not verified yet: ${codes(unverified)}.`, {
          requirementIds: unverified,
          caseIds: caseIdsOf(unverified),
        }),
      );
    }
    if (waived.length) {
      const count = plural(waived.length, 'mandatory requirement is', 'mandatory requirements are');
      reasons.push(
        reason(
          'MANDATORY_WAIVED',
          'waived',
          `${count} not met but waived with a director's agreement: ${codes(waived)}.`,
          {
            requirementIds: waived,
            caseIds: caseIdsOf(waived),
            waiverIds: waived.map((id) => waiverOf.get(id) as string),
          },
        ),
      );
    }
    if (unmet.length === 0) {
      const message = mandatory.length
        ? `All ${plural(mandatory.length, 'mandatory requirement is', 'mandatory requirements are')} verified.`
        : 'There is no mandatory requirement to verify.';
      reasons.push(reason('MANDATORY_VERIFIED', 'met', message, { requirementIds: mandatory }));
    }
  }

  const passed = input.results.passed;
  const failedCases = [...input.results.failedCaseIds];
  const executed = passed + failedCases.length;
  const percent = executed ? (100 * passed) / executed : null;
  const threshold = criteria.passRateThreshold;
  const rateText = `${percent === null ? '' : formatPercent(percent)} (${passed} of ${plural(executed, 'executed result', 'executed results')} passed)`;
  if (executed === 0 && threshold > 0) {
    reasons.push(
      reason(
        'NO_EXECUTED_RESULTS',
        'fails',
        `No test has passed or failed yet, so the pass rate cannot reach ${formatPercent(threshold)}.`,
      ),
    );
  } else if (executed > 0 && 100 * passed < threshold * executed) {
    reasons.push(
      reason('PASS_RATE_BELOW_THRESHOLD', 'fails', `The pass rate ${rateText} is below ${formatPercent(threshold)}.`, {
        caseIds: failedCases,
      }),
    );
  } else {
    const message = executed
      ? `The pass rate ${rateText} reaches ${formatPercent(threshold)}.`
      : 'No pass rate is required.';
    reasons.push(reason('PASS_RATE_MET', 'met', message));
  }

  const open = (severity: DefectSeverity) =>
    input.defects.filter((d) => d.severity === severity && isDefectOpen(d.status)).map((d) => d.id);
  for (const [on, severity, none, some] of [
    [criteria.noOpenCriticalDefects, 'critical', 'NO_OPEN_CRITICAL_DEFECTS', 'OPEN_CRITICAL_DEFECTS'],
    [criteria.noOpenMajorDefects, 'major', 'NO_OPEN_MAJOR_DEFECTS', 'OPEN_MAJOR_DEFECTS'],
  ] as const) {
    if (!on) continue;
    const ids = open(severity);
    reasons.push(
      ids.length
        ? reason(
            some,
            'fails',
            `${plural(ids.length, `${severity} defect is`, `${severity} defects are`)} still open.`,
            {
              defectIds: ids,
            },
          )
        : reason(none, 'met', `No ${severity} defect is open.`),
    );
  }

  const should = input.requirements.filter((r) => r.priority === 'should').map((r) => r.id);
  const shouldVerified = should.filter((id) => states.get(id)?.state === 'verified');
  const shouldWaived = should.filter((id) => states.get(id)?.state !== 'verified' && waiverOf.get(id));
  const shouldMissing = should.filter((id) => states.get(id)?.state !== 'verified' && !waiverOf.get(id));
  const coverage = should.length ? (100 * shouldVerified.length) / should.length : null;
  if (criteria.minShouldCoverage !== null) {
    const minimum = criteria.minShouldCoverage;
    const share = `${shouldVerified.length} of ${plural(should.length, 'should-requirement', 'should-requirements')} verified`;
    if (coverage === null || 100 * shouldVerified.length >= minimum * should.length) {
      const message =
        coverage === null
          ? 'There is no should-requirement to cover.'
          : `${formatPercent(coverage)} of should-requirements are verified (${share}), at least ${formatPercent(minimum)}.`;
      reasons.push(reason('SHOULD_COVERAGE_MET', 'met', message, { requirementIds: shouldVerified }));
    } else if (100 * (shouldVerified.length + shouldWaived.length) >= minimum * should.length) {
      reasons.push(
        reason(
          'SHOULD_COVERAGE_MET_WITH_WAIVERS',
          'waived',
          `${formatPercent(minimum)} of should-requirements are covered only with waived ones (${share}, ${shouldWaived.length} waived): ${codes(shouldWaived)}.`,
          { requirementIds: shouldWaived, waiverIds: shouldWaived.map((id) => waiverOf.get(id) as string) },
        ),
      );
    } else {
      reasons.push(
        reason(
          'SHOULD_COVERAGE_BELOW_MINIMUM',
          'fails',
          `${formatPercent(coverage)} of should-requirements are verified (${share}), below ${formatPercent(minimum)}; not verified: ${codes(shouldMissing)}.`,
          { requirementIds: shouldMissing, caseIds: caseIdsOf(shouldMissing) },
        ),
      );
    }
  }

  const verdict: AcceptanceVerdict = reasons.some((r) => r.effect === 'fails')
    ? 'NOT_ACCEPTED'
    : reasons.some((r) => r.effect === 'waived')
      ? 'ACCEPTED_WITH_WAIVERS'
      : 'ACCEPTED';
  return {
    verdict,
    reasons,
    requirements,
    passRate: { passed, failed: failedCases.length, notRun: input.results.notRun, percent },
    shouldCoverage: {
      total: should.length,
      verified: shouldVerified.length,
      waived: shouldWaived.length,
      percent: coverage,
    },
  };
}
