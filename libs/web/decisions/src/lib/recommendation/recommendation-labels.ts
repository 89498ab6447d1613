import type { RecommendationState, ReviewOutcome } from '@assay/web/core';

/** The words for a recommendation's or a version's state, as the page and the lists show them. */
export const STATE_LABELS: Record<RecommendationState, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Under review',
  CHANGES_REQUESTED: 'Changes requested',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  APPROVED: 'Approved',
};

export const OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  APPROVE: 'Approved',
  REQUEST_CHANGES: 'Requested changes',
  REJECT: 'Rejected',
};

/** The review choices a director has, in the order offered. */
export const REVIEW_CHOICES: readonly { outcome: ReviewOutcome; label: string; needsComment: boolean }[] = [
  { outcome: 'APPROVE', label: 'Approve', needsComment: false },
  { outcome: 'REQUEST_CHANGES', label: 'Request changes', needsComment: true },
  { outcome: 'REJECT', label: 'Reject', needsComment: true },
];

/** Why a review cannot be sent yet, or null: requesting changes and rejecting need a comment. */
export function reviewProblem(outcome: ReviewOutcome | null, comment: string): string | null {
  if (!outcome) return 'Choose whether you approve, request changes or reject.';
  const choice = REVIEW_CHOICES.find((c) => c.outcome === outcome);
  if (choice?.needsComment && !comment.trim()) return `Say why you ${choice.label.toLowerCase()}: the lead reads it.`;
  return null;
}

/** "1 of 2 approvals". */
export function approvalsLabel(approvals: number, required: number): string {
  return `${approvals} of ${required} ${required === 1 ? 'approval' : 'approvals'}`;
}

/** The value of the candidate select that stands for "none of them". */
export const NONE_OF_THEM = '__none__';

/** Why the text cannot be saved, or null: a choice must be made, and "none of them" needs its reason. */
export function draftProblem(candidate: string, noneReason: string): string | null {
  if (!candidate) return 'Choose the candidate you recommend, or “None of them”.';
  if (candidate === NONE_OF_THEM && !noneReason.trim()) return 'Say why none of the candidates is recommended.';
  return null;
}
