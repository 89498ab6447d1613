import type { CandidateState, EvaluationStatus, RequirementStatus } from '@assay/web/core';
import type { ChipTone } from './state-chip.component';

export const STATUS_TONE: Record<EvaluationStatus, ChipTone> = {
  DRAFT: 'neutral',
  REQUIREMENTS: 'active',
  SCORING: 'active',
  TESTING: 'active',
  RECOMMENDATION: 'notice',
  DECIDED: 'good',
  CANCELLED: 'outline',
};

export const REQUIREMENT_TONE: Record<RequirementStatus, ChipTone> = {
  PROPOSED: 'neutral',
  APPROVED: 'good',
  REJECTED: 'bad',
};

export const CANDIDATE_TONE: Record<CandidateState, ChipTone> = {
  SHORTLISTED: 'active',
  RECOMMENDED: 'notice',
  SELECTED: 'good',
  ELIMINATED: 'bad',
};
