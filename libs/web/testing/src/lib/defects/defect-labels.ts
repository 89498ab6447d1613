import type { DefectSeverity, DefectStatus } from '@assay/web/core';
import { defectStatusLabel } from '../run/run-format';

export { defectStatusLabel };

export const DEFECT_STATUS_ORDER: readonly DefectStatus[] = [
  'TRIAGE',
  'OPEN',
  'IN_PROGRESS',
  'FIXED',
  'VERIFIED',
  'CLOSED',
  'WONT_FIX',
  'DUPLICATE',
];

const SEVERITY_WORDS: Readonly<Record<DefectSeverity, string>> = {
  CRITICAL: 'Critical',
  MAJOR: 'Major',
  MINOR: 'Minor',
  TRIVIAL: 'Trivial',
};

export function severityLabel(severity: DefectSeverity): string {
  return SEVERITY_WORDS[severity] ?? severity;
}

/** What a move to a status asks for besides the status itself (the API refuses the move without it). */
export type StatusNeed = 'fixedInVersion' | 'reason' | 'duplicateOf' | null;

export function statusNeed(to: DefectStatus): StatusNeed {
  switch (to) {
    case 'FIXED':
      return 'fixedInVersion';
    case 'WONT_FIX':
      return 'reason';
    case 'DUPLICATE':
      return 'duplicateOf';
    default:
      return null;
  }
}

/** The verb on the button that moves a defect to a status. */
export function moveLabel(from: DefectStatus, to: DefectStatus): string {
  switch (to) {
    case 'OPEN':
      return from === 'TRIAGE' ? 'Accept (open)' : from === 'IN_PROGRESS' ? 'Back to open' : 'Reopen';
    case 'IN_PROGRESS':
      return 'Start work';
    case 'FIXED':
      return 'Mark fixed…';
    case 'VERIFIED':
      return 'Mark verified';
    case 'CLOSED':
      return 'Close';
    case 'WONT_FIX':
      return 'Won’t fix…';
    case 'DUPLICATE':
      return 'Duplicate of…';
    default:
      return defectStatusLabel(to);
  }
}

/** The filters of the defect list, as its export takes them too. */
export interface DefectExportFilters {
  statuses: readonly DefectStatus[];
  severities: readonly DefectSeverity[];
  text: string;
}

/** The download address of the evaluation's defect list as it is filtered now (GET …/defects/export.csv|xlsx). */
export function defectsExportUrl(evaluationId: string, format: 'csv' | 'xlsx', filters: DefectExportFilters): string {
  const params = new URLSearchParams();
  for (const status of filters.statuses) params.append('status', status);
  for (const severity of filters.severities) params.append('severity', severity);
  if (filters.text.trim()) params.set('text', filters.text.trim());
  const query = params.toString();
  return `/api/evaluations/${encodeURIComponent(evaluationId)}/defects/export.${format}${query ? `?${query}` : ''}`;
}

const HISTORY_ACTIONS: Readonly<Record<string, string>> = {
  created: 'reported it',
  updated: 'edited it',
  status_set: 'changed its status',
  result_linked: 'linked a result',
  result_unlinked: 'unlinked a result',
  attachment_added: 'added a screenshot',
};

/** What a history entry says was done ("changed its status"). */
export function historyActionLabel(action: string): string {
  return HISTORY_ACTIONS[action] ?? action.replace(/_/g, ' ');
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  severity: 'Severity',
  component: 'Component',
  foundInVersion: 'Found in version',
  vendorTicketRef: 'Vendor ticket',
  resolutionNotes: 'Resolution notes',
  candidateId: 'Candidate',
  productVersionId: 'Product version',
  status: 'Status',
  wontFixReason: 'Won’t fix reason',
  duplicateOfId: 'Duplicate of',
  fixedInVersion: 'Fixed in version',
  retestDueAt: 'Retest due',
  resolvedAt: 'Resolved',
  resultId: 'Result',
  number: 'Number',
  key: 'Key',
};

/** A changed field as people name it ("Fixed in version"). */
export function historyFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

const ID_WORDS: Readonly<Record<string, string>> = {
  candidateId: 'a candidate',
  productVersionId: 'a version',
  duplicateOfId: 'another defect',
  resultId: 'a test result',
};
const LONG_TEXT = 160;

/**
 * A changed value as people read it (the history keeps each as JSON): statuses and severities in
 * words, dates as days, ids as what they name, long text shortened, nothing as a dash.
 */
export function historyValue(field: string, json: string | null): string {
  if (json === null) return '—';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value !== 'string')
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (field === 'status') return defectStatusLabel(value.toUpperCase() as DefectStatus);
  if (field === 'severity') return severityLabel(value.toUpperCase() as DefectSeverity);
  if (ID_WORDS[field]) return ID_WORDS[field];
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return value.length > LONG_TEXT ? `${value.slice(0, LONG_TEXT - 1)}…` : value;
}
