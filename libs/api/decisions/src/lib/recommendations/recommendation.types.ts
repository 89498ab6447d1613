import { RecommendationState, ReviewOutcome } from '@assay/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RecommendationStateEnum = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted',
  CHANGES_REQUESTED: 'changes_requested',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
  APPROVED: 'approved',
} as const;
registerEnumType(RecommendationStateEnum, { name: 'RecommendationState' });

export const ReviewOutcomeEnum = { APPROVE: 'approve', REJECT: 'reject', REQUEST_CHANGES: 'request_changes' } as const;
registerEnumType(ReviewOutcomeEnum, { name: 'ReviewOutcome' });

@ObjectType({ description: 'A risk of the recommended choice and how it is mitigated.' })
export class RecommendationRisk {
  @Field(() => ID) id!: string;
  @Field() risk!: string;
  @Field() mitigation!: string;
}

@ObjectType({ description: 'One director’s review of one submitted version.' })
export class RecommendationReview {
  @Field(() => ID) id!: string;
  @Field(() => ID) versionId!: string;
  @Field(() => ID) directorId!: string;
  @Field() directorName!: string;
  @Field(() => ReviewOutcomeEnum) outcome!: ReviewOutcome;
  @Field() comment!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The part of the evidence the comment points at: a top-level key of RecommendationEvidence (ranking, acceptance, defects, contradictedClaims, referenceChecks, trainingNeeds, costs, conflicts) or 'text'; null for none.",
  })
  evidencePath!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType({ description: 'One submission of a recommendation, frozen with its evidence.' })
export class RecommendationVersion {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => RecommendationStateEnum, {
    description: 'SUBMITTED, CHANGES_REQUESTED, REJECTED, WITHDRAWN or APPROVED.',
  })
  state!: RecommendationState;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field(() => String, { nullable: true }) submittedByName!: string | null;
  @Field({ description: 'RecommendationSnapshot (libs/domain decisions/evidence.ts) as JSON: frozen at submission.' })
  snapshotJson!: string;
  @Field(() => [RecommendationReview], { description: 'Oldest first.' }) reviews!: RecommendationReview[];
  @Field(() => Int) approvals!: number;
  @Field({
    description:
      'GET address of this version’s report marked as a draft: /api/recommendations/versions/<id>/report.pdf',
  })
  reportPdfUrl!: string;
  /** Who submitted it (not exposed: the review rule reads it). */
  submittedBy!: string | null;
}

@ObjectType({
  description: 'The recommendation of an evaluation: the text its leads write and where its review stands.',
})
export class Recommendation {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => RecommendationStateEnum, {
    description:
      'DRAFT while the lead writes (first time or again after changes requested/rejected/withdrawn); otherwise the latest version’s state.',
  })
  state!: RecommendationState;
  @Field(() => Int) requiredApprovals!: number;
  @Field(() => Int, {
    description:
      'Optimistic lock: sent back by saveRecommendation, setRequiredApprovals, submitRecommendation, withdrawRecommendation.',
  })
  version!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The text being written (after a submission: the submitted text, until the lead edits it again).',
  })
  candidateId!: string | null;
  @Field(() => String, { nullable: true }) candidateName!: string | null;
  @Field() noneReason!: string;
  @Field() rationale!: string;
  @Field(() => [RecommendationRisk]) risks!: RecommendationRisk[];
  @Field() conditions!: string;
  @Field() costNotes!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
  @Field(() => RecommendationVersion, {
    nullable: true,
    description: 'The latest submitted version; null before the first submission.',
  })
  currentVersion!: RecommendationVersion | null;
  @Field(() => [RecommendationVersion], { description: 'Every submitted version, newest first.' })
  versions!: RecommendationVersion[];
  @Field() canEdit!: boolean;
  @Field() canSubmit!: boolean;
  @Field() canWithdraw!: boolean;
  @Field() canReview!: boolean;
}

@ObjectType()
export class DecisionApproval {
  @Field(() => ID) directorId!: string;
  @Field() directorName!: string;
  @Field(() => GraphQLISODateTime) approvedAt!: Date;
  @Field() comment!: string;
}

@ObjectType({ description: 'The decision of an evaluation: the approved recommendation version, never changed.' })
export class Decision {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) recommendationVersionId!: string;
  @Field(() => ID, { nullable: true }) candidateId!: string | null;
  @Field(() => String, { nullable: true }) candidateName!: string | null;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
  @Field(() => [DecisionApproval]) approvals!: DecisionApproval[];
  @Field({ description: 'The RecommendationSnapshot the directors approved, as JSON.' }) snapshotJson!: string;
  @Field({ description: '/api/decisions/<id>/report.pdf' }) reportPdfUrl!: string;
  @Field({ description: '/api/decisions/<id>/report.xlsx' }) reportXlsxUrl!: string;
}

@ObjectType({ description: 'A submitted recommendation waiting for the signed-in director’s review.' })
export class RecommendationToReview {
  @Field(() => ID) evaluationId!: string;
  @Field() evaluationTitle!: string;
  @Field(() => Int) versionNumber!: number;
  @Field(() => String, { nullable: true }) candidateName!: string | null;
  @Field(() => GraphQLISODateTime) submittedAt!: Date;
  @Field(() => String, { nullable: true }) submittedByName!: string | null;
  @Field(() => Int) approvals!: number;
  @Field(() => Int) requiredApprovals!: number;
}

@ObjectType({ description: 'A decision of an evaluation the person is a member of.' })
export class DecisionTaken {
  @Field(() => ID) evaluationId!: string;
  @Field() evaluationTitle!: string;
  @Field(() => String, { nullable: true }) candidateName!: string | null;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
}
