import { ReviewOutcome } from '@assay/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ReviewOutcomeEnum } from './recommendation.types';

/** Bounds of what a lead writes (the service repeats them, so every path is bounded). */
export const RECOMMENDATION_LIMITS = {
  noneReason: 4000,
  rationale: 20000,
  conditions: 8000,
  costNotes: 8000,
  risk: 2000,
  mitigation: 2000,
  risks: 30,
  comment: 8000,
} as const;

/** What a review comment may point at: a top-level key of the evidence, or the text. */
export const EVIDENCE_PATHS = [
  'ranking',
  'acceptance',
  'defects',
  'contradictedClaims',
  'referenceChecks',
  'trainingNeeds',
  'costs',
  'conflicts',
  'text',
] as const;

@InputType()
export class RecommendationRiskInput {
  @Field() @IsString() @MaxLength(RECOMMENDATION_LIMITS.risk) risk!: string;
  @Field() @IsString() @MaxLength(RECOMMENDATION_LIMITS.mitigation) mitigation!: string;
}

@InputType({ description: 'The lead’s draft of the recommendation; creates it the first time.' })
export class SaveRecommendationInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => Int, { nullable: true, description: 'Absent when creating the first draft.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() candidateId?: string | null;
  @Field() @IsString() @MaxLength(RECOMMENDATION_LIMITS.noneReason) noneReason!: string;
  @Field() @IsString() @MaxLength(RECOMMENDATION_LIMITS.rationale) rationale!: string;
  @Field(() => [RecommendationRiskInput])
  @ArrayMaxSize(RECOMMENDATION_LIMITS.risks)
  @ValidateNested({ each: true })
  @Type(() => RecommendationRiskInput)
  risks!: RecommendationRiskInput[];
  @Field() @IsString() @MaxLength(RECOMMENDATION_LIMITS.conditions) conditions!: string;
  @Field() @IsString() @MaxLength(RECOMMENDATION_LIMITS.costNotes) costNotes!: string;
}

@InputType({ description: 'A director’s review of a submitted version.' })
export class ReviewRecommendationInput {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => ReviewOutcomeEnum) @IsIn(Object.values(ReviewOutcomeEnum)) outcome!: ReviewOutcome;
  @Field() @IsString() @MaxLength(RECOMMENDATION_LIMITS.comment) comment!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(EVIDENCE_PATHS) evidencePath?: string | null;
}
