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
