import type {
  CandidateState,
  EvaluationKind,
  EvaluationRole,
  EvaluationStatus,
  Priority,
  RequirementStatus,
  VerificationMethod,
} from '@assay/web/core';
import { VERIFICATION_METHOD_LABELS } from '@assay/domain';

/** Words people read for the evaluations' enumerations, in the order forms and tables show them. */
export const EVALUATION_STATUS: Record<EvaluationStatus, string> = {
  DRAFT: 'Draft',
  REQUIREMENTS: 'Requirements',
  SCORING: 'Scoring',
  TESTING: 'Testing',
  RECOMMENDATION: 'Recommendation',
  DECIDED: 'Decided',
  CANCELLED: 'Cancelled',
};

/** What happens in each step, for the status path. */
export const EVALUATION_STATUS_HINT: Record<EvaluationStatus, string> = {
  DRAFT: 'Setting up: members and purpose',
  REQUIREMENTS: 'Departments record their requirements',
  SCORING: 'Evaluators score the candidates',
  TESTING: 'Candidates are tested',
  RECOMMENDATION: 'The lead drafts a recommendation',
  DECIDED: 'The directors decided',
  CANCELLED: 'Stopped before a decision',
};

/** Where an evaluation stands, as a phrase after its title: "ILS replacement (gathering requirements)". */
export const EVALUATION_STATUS_PHRASE: Record<EvaluationStatus, string> = {
  DRAFT: 'in draft',
  REQUIREMENTS: 'gathering requirements',
  SCORING: 'scoring',
  TESTING: 'testing',
  RECOMMENDATION: 'recommendation',
  DECIDED: 'decided',
  CANCELLED: 'cancelled',
};

/** The status path in order; CANCELLED is off the path. */
export const STATUS_PATH: readonly EvaluationStatus[] = [
  'DRAFT',
  'REQUIREMENTS',
  'SCORING',
  'TESTING',
  'RECOMMENDATION',
  'DECIDED',
];

export const EVALUATION_KIND: Record<EvaluationKind, string> = { SELECTION: 'Selection', UPGRADE: 'Upgrade' };
export const EVALUATION_KIND_HINT: Record<EvaluationKind, string> = {
  SELECTION: 'Choosing a system',
  UPGRADE: 'Accepting a new version of the system in use',
};

export const EVALUATION_ROLE: Record<EvaluationRole, string> = {
  LEAD: 'Lead',
  DEPARTMENT_HEAD: 'Department head',
  EVALUATOR: 'Evaluator',
  TESTER: 'Tester',
  DIRECTOR: 'Director',
  VIEWER: 'Viewer',
};

export const PRIORITY: Record<Priority, string> = { MUST: 'Must', SHOULD: 'Should', COULD: 'Could', WONT: 'Won’t' };
export const PRIORITY_HINT: Record<Priority, string> = {
  MUST: 'Must have',
  SHOULD: 'Should have',
  COULD: 'Could have',
  WONT: 'Won’t have this time',
};

/** The words are the domain's, so the spreadsheet, the history and the screens say the same. */
export const VERIFICATION_METHOD: Record<VerificationMethod, string> = {
  TEST: VERIFICATION_METHOD_LABELS.test,
  DEMONSTRATION: VERIFICATION_METHOD_LABELS.demonstration,
  INSPECTION: VERIFICATION_METHOD_LABELS.inspection,
  VENDOR_STATEMENT: VERIFICATION_METHOD_LABELS.vendor_statement,
  REFERENCE_CHECK: VERIFICATION_METHOD_LABELS.reference_check,
};

export const REQUIREMENT_STATUS: Record<RequirementStatus, string> = {
  PROPOSED: 'Proposed',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};

export const CANDIDATE_STATE: Record<CandidateState, string> = {
  SHORTLISTED: 'Shortlisted',
  RECOMMENDED: 'Recommended',
  SELECTED: 'Selected',
  ELIMINATED: 'Eliminated',
};

/** The keys of a label table, typed, in declaration order. */
export function keysOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

export const COST_KIND: Record<'ONE_TIME' | 'YEARLY', string> = { ONE_TIME: 'One-time', YEARLY: 'Yearly' };

/** "12 hours", "1.5 hours". */
export function hours(value: number): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${value === 1 ? 'hour' : 'hours'}`;
}
