/**
 * The review of a recommendation: the lead drafts it, submits it (a snapshot of the text and the
 * evidence, one version), the evaluation's directors review that version, and when enough of them
 * approve it the decision is taken.
 *
 * - A version under review is `submitted`. Any rejection makes it `rejected` and any request for
 *   changes makes it `changes_requested`: either returns it to the lead, whose next submission is a
 *   new version (the reviews of the earlier ones are kept). Approvals count once per director; when
 *   as many directors as the evaluation requires have approved, it is `approved`.
 * - Only a director of the evaluation reviews, only a version under review, and never a
 *   recommendation they submitted themselves (a lead who is also a director needs other directors),
 *   so every decision has at least two people behind it.
 * - The lead may withdraw a version under review while no director has reviewed it.
 */

export type RecommendationState = 'draft' | 'submitted' | 'changes_requested' | 'rejected' | 'withdrawn' | 'approved';
export const RECOMMENDATION_STATES: readonly RecommendationState[] = [
  'draft',
  'submitted',
  'changes_requested',
  'rejected',
  'withdrawn',
  'approved',
];

export type ReviewOutcome = 'approve' | 'reject' | 'request_changes';
export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ['approve', 'reject', 'request_changes'];

/** One director's review of one version. */
export interface RecommendationReview {
  reviewerId: string;
  outcome: ReviewOutcome;
}

/** How many approvals an evaluation may require. */
export const MIN_REQUIRED_APPROVALS = 1;
export const MAX_REQUIRED_APPROVALS = 9;
export const DEFAULT_REQUIRED_APPROVALS = 1;

export interface ReviewTally {
  /** The state the reviews put a submitted version in. */
  state: Extract<RecommendationState, 'submitted' | 'changes_requested' | 'rejected' | 'approved'>;
  /** The directors who approved, each once, in the order of their first approval. */
  approvers: string[];
  /** Approvals still needed (0 once approved or returned). */
  missing: number;
}

/** What the reviews of one submitted version (in the order given) make of it. */
export function tallyReviews(requiredApprovals: number, reviews: readonly RecommendationReview[]): ReviewTally {
  const approvers: string[] = [];
  for (const review of reviews) {
    if (review.outcome === 'reject') return { state: 'rejected', approvers, missing: 0 };
    if (review.outcome === 'request_changes') return { state: 'changes_requested', approvers, missing: 0 };
    if (!approvers.includes(review.reviewerId)) approvers.push(review.reviewerId);
    if (approvers.length >= requiredApprovals) return { state: 'approved', approvers, missing: 0 };
  }
  return { state: 'submitted', approvers, missing: requiredApprovals - approvers.length };
}

/** What the review rule reads of a version. */
export interface VersionForReview {
  state: RecommendationState;
  submittedBy: string | null;
  reviews: readonly RecommendationReview[];
}

/** Why a person may not review a version, or null when they may (see the file's comment). */
export function reviewError(actorId: string, version: VersionForReview, actorIsDirector: boolean): string | null {
  if (!actorIsDirector) return 'Only a director of this evaluation may review its recommendation.';
  if (version.submittedBy !== null && version.submittedBy === actorId) {
    return 'You submitted this recommendation: another director must review it.';
  }
  if (version.state !== 'submitted') {
    return `This recommendation is not under review (${RECOMMENDATION_STATE_LABELS[version.state].toLowerCase()}): only a submitted one can be reviewed.`;
  }
  if (version.reviews.some((r) => r.reviewerId === actorId)) return 'You have already reviewed this version.';
  return null;
}

/** Why the lead may not change the draft, or null: not while a version is under review or once approved. */
export function draftEditError(state: RecommendationState): string | null {
  if (state === 'submitted') return 'The recommendation is under review: withdraw it before changing it.';
  if (state === 'approved') return 'The recommendation was approved: the decision no longer changes.';
  return null;
}

/** Why a submitted version may not be withdrawn, or null: only before any director has reviewed it. */
export function withdrawError(version: Pick<VersionForReview, 'state' | 'reviews'>): string | null {
  if (version.state !== 'submitted') return 'Only a recommendation under review can be withdrawn.';
  if (version.reviews.length > 0) return 'A director has already reviewed this version: it can no longer be withdrawn.';
  return null;
}

/** Why a number of required approvals is refused, or null. */
export function requiredApprovalsError(value: number): string | null {
  if (!Number.isInteger(value) || value < MIN_REQUIRED_APPROVALS || value > MAX_REQUIRED_APPROVALS) {
    return `The number of director approvals needed must be a whole number from ${MIN_REQUIRED_APPROVALS} to ${MAX_REQUIRED_APPROVALS}.`;
  }
  return null;
}

export const RECOMMENDATION_STATE_LABELS: Record<RecommendationState, string> = {
  draft: 'Draft',
  submitted: 'Submitted for review',
  changes_requested: 'Changes requested',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  approved: 'Approved',
};

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  approve: 'Approved',
  reject: 'Rejected',
  request_changes: 'Requested changes',
};
