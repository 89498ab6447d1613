import { EvaluationRole } from './roles';

/**
 * Defects (problem tickets): their severities and statuses, and the rules for moving a defect from
 * one status to another. The API applies these rules; the web app shows the choices from them.
 */

export const DEFECT_SEVERITIES = ['critical', 'major', 'minor', 'trivial'] as const;
export type DefectSeverity = (typeof DEFECT_SEVERITIES)[number];

export const DEFECT_STATUSES = [
  'triage',
  'open',
  'in_progress',
  'fixed',
  'verified',
  'closed',
  'wont_fix',
  'duplicate',
] as const;
export type DefectStatus = (typeof DEFECT_STATUSES)[number];

/** How the messages name each status. */
export const DEFECT_STATUS_LABELS: Readonly<Record<DefectStatus, string>> = {
  triage: 'in triage',
  open: 'open',
  in_progress: 'in progress',
  fixed: 'fixed',
  verified: 'verified',
  closed: 'closed',
  wont_fix: 'won’t fix',
  duplicate: 'duplicate',
};

/** Statuses in which a defect still needs work (it counts as open in lists and verdicts). */
export const UNRESOLVED_DEFECT_STATUSES: readonly DefectStatus[] = ['triage', 'open', 'in_progress'];

/** Days between marking a defect fixed and the retest that should verify it. */
export const DEFECT_RETEST_DAYS = 14;

/**
 * Where each status may go. The main path is open → in progress → fixed → verified → closed; a
 * report in triage is accepted (open) or set aside (won't fix, duplicate); a fix that did not hold,
 * and a closed, won't-fix or duplicate defect that turns out to matter, is reopened (open). A
 * vendor may announce a fix for an open defect nobody marked in progress, so open → fixed is allowed.
 */
export const DEFECT_TRANSITIONS: Readonly<Record<DefectStatus, readonly DefectStatus[]>> = {
  triage: ['open', 'wont_fix', 'duplicate'],
  open: ['in_progress', 'fixed', 'wont_fix', 'duplicate'],
  in_progress: ['open', 'fixed', 'wont_fix', 'duplicate'],
  fixed: ['verified', 'open'],
  verified: ['closed', 'open'],
  closed: ['open'],
  wont_fix: ['open'],
  duplicate: ['open'],
};

/** What a status change asks for and what the rules need to know about the defect. */
export interface DefectTransitionInput {
  from: DefectStatus;
  to: DefectStatus;
  /** Won't fix: why (required). */
  reason?: string | null;
  /** Duplicate: the other defect, and whether it belongs to the same evaluation or product. */
  duplicateOf?: { id: string; sameScope: boolean } | null;
  /** The defect itself, so that it cannot be a duplicate of itself. */
  defectId: string;
  /** Fixed: the version or build that fixes it (required). */
  fixedInVersion?: string | null;
  now: Date;
}

/** The fields a status change sets (a field left out stays as it is; null clears it). */
export interface DefectStatusChange {
  status: DefectStatus;
  wontFixReason?: string | null;
  duplicateOfId?: string | null;
  fixedInVersion?: string | null;
  retestDueAt?: Date | null;
  resolvedAt?: Date | null;
}

export type DefectTransition =
  | { ok: true; changes: DefectStatusChange }
  | { ok: false; message: string; field?: 'status' | 'reason' | 'duplicateOfId' | 'fixedInVersion' };

const RESOLVED: readonly DefectStatus[] = ['fixed', 'verified', 'closed', 'wont_fix', 'duplicate'];
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether the defect may move from `from` to `to`, and the fields that change with it:
 * - won't fix needs a reason; duplicate needs another defect of the same evaluation or product;
 * - fixed needs the fixing version and sets the retest due `DEFECT_RETEST_DAYS` days later;
 * - verified and closed clear the retest date; reopening clears the reason, the duplicate, the fix
 *   and the retest (the history keeps them);
 * - `resolvedAt` is set when the defect first leaves the unresolved statuses and cleared on reopening.
 */
export function defectTransition(input: DefectTransitionInput): DefectTransition {
  const { from, to } = input;
  if (from === to) return { ok: false, message: `The defect is already ${DEFECT_STATUS_LABELS[to]}.`, field: 'status' };
  if (!DEFECT_TRANSITIONS[from].includes(to)) {
    const allowed = DEFECT_TRANSITIONS[from].map((status) => DEFECT_STATUS_LABELS[status]).join(', ');
    return {
      ok: false,
      message: `A defect that is ${DEFECT_STATUS_LABELS[from]} cannot become ${DEFECT_STATUS_LABELS[to]}; it can become: ${allowed}.`,
      field: 'status',
    };
  }
  const resolvedAt = RESOLVED.includes(from) ? undefined : RESOLVED.includes(to) ? input.now : undefined;
  switch (to) {
    case 'wont_fix': {
      const reason = input.reason?.trim() ?? '';
      if (!reason) return { ok: false, message: 'Say why the defect will not be fixed.', field: 'reason' };
      return { ok: true, changes: { status: to, wontFixReason: reason, retestDueAt: null, resolvedAt } };
    }
    case 'duplicate': {
      const other = input.duplicateOf;
      if (!other) return { ok: false, message: 'Choose the defect this one duplicates.', field: 'duplicateOfId' };
      if (other.id === input.defectId) {
        return { ok: false, message: 'A defect cannot duplicate itself.', field: 'duplicateOfId' };
      }
      if (!other.sameScope) {
        return {
          ok: false,
          message: 'A defect duplicates another defect of the same evaluation or product.',
          field: 'duplicateOfId',
        };
      }
      return { ok: true, changes: { status: to, duplicateOfId: other.id, retestDueAt: null, resolvedAt } };
    }
    case 'fixed': {
      const version = input.fixedInVersion?.trim() ?? '';
      if (!version) {
        return { ok: false, message: 'Give the version or build that fixes the defect.', field: 'fixedInVersion' };
      }
      const retestDueAt = new Date(input.now.getTime() + DEFECT_RETEST_DAYS * DAY_MS);
      return { ok: true, changes: { status: to, fixedInVersion: version, retestDueAt, resolvedAt } };
    }
    case 'verified':
    case 'closed':
      return { ok: true, changes: { status: to, retestDueAt: null, resolvedAt } };
    case 'open':
      if (RESOLVED.includes(from)) {
        return {
          ok: true,
          changes: {
            status: to,
            wontFixReason: null,
            duplicateOfId: null,
            fixedInVersion: null,
            retestDueAt: null,
            resolvedAt: null,
          },
        };
      }
      return { ok: true, changes: { status: to } };
    default:
      return { ok: true, changes: { status: to } };
  }
}

/**
 * Who reports a defect in an evaluation: everyone who takes part in it except viewers. A report by
 * a lead or a tester starts open; a report by anyone else starts in triage, for a lead or a tester
 * to accept or set aside.
 */
export const DEFECT_REPORTING_ROLES: readonly EvaluationRole[] = [
  EvaluationRole.Lead,
  EvaluationRole.Tester,
  EvaluationRole.Evaluator,
  EvaluationRole.DepartmentHead,
  EvaluationRole.Director,
];

/** Who edits defects, links results to them and changes their status: leads (and administrators) and testers. */
export const DEFECT_WORKING_ROLES: readonly EvaluationRole[] = [EvaluationRole.Lead, EvaluationRole.Tester];

/** What a defect raised from a failed result is prefilled with. */
export interface FailedResultReport {
  caseKey: string;
  caseTitle: string;
  preconditions: string;
  steps: readonly { action: string; expected: string }[];
  /** How each step went, in the order of the steps (may be shorter). */
  stepResults: readonly { status: string; actual: string }[];
  actualResult: string;
  /** Imported results: the failure message. */
  failureMessage: string | null;
  /** Where it ran: "Koha 24.11, vendor sandbox, build 24.11.01". */
  ranOn: string;
}

/**
 * The description of a defect raised from a failed result: where it ran, the preconditions, each
 * step with what was expected and what happened, and the tester's account of the result.
 */
export function failedResultDescription(report: FailedResultReport): string {
  const parts = [`Found by ${report.caseKey} “${report.caseTitle}” on ${report.ranOn}.`];
  if (report.preconditions.trim()) parts.push(`Preconditions:\n${report.preconditions.trim()}`);
  if (report.steps.length > 0) {
    const steps = report.steps.map((step, i) => {
      const lines = [`${i + 1}. ${step.action.trim()}`];
      if (step.expected.trim()) lines.push(`   Expected: ${step.expected.trim()}`);
      const result = report.stepResults[i];
      if (result && result.status !== 'untested') {
        lines.push(`   Actual (${result.status}): ${result.actual.trim() || '—'}`);
      }
      return lines.join('\n');
    });
    parts.push(`Steps:\n${steps.join('\n')}`);
  }
  if (report.actualResult.trim()) parts.push(`Actual result:\n${report.actualResult.trim()}`);
  if (report.failureMessage?.trim()) parts.push(`Failure message:\n${report.failureMessage.trim()}`);
  return parts.join('\n\n');
}

/** The severity a defect raised from a failed case starts with, from the case's priority. */
export function severityOfPriority(priority: string): DefectSeverity {
  switch (priority) {
    case 'critical':
      return 'critical';
    case 'high':
      return 'major';
    case 'low':
      return 'trivial';
    default:
      return 'minor';
  }
}
