import { PageInput } from '@assay/api/core';
import { FeedbackQuestionKind, FEEDBACK_LIMITS } from '@assay/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FeedbackQuestionKindEnum } from './survey.types';

const KINDS = Object.values(FeedbackQuestionKindEnum);

@InputType({ description: 'A question: a 1–5 rating (with an optional comment) or free text.' })
export class FeedbackQuestionInput {
  @Field(() => FeedbackQuestionKindEnum) @IsIn(KINDS) kind!: FeedbackQuestionKind;
  @Field() @IsString() @MaxLength(FEEDBACK_LIMITS.maxQuestionLength + 100) text!: string;
}

@InputType({ description: 'A new survey about exactly one of: an evaluation with a decision, or a product in use.' })
export class CreateFeedbackSurveyInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() evaluationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productId?: string;
  @Field() @IsString() @MaxLength(FEEDBACK_LIMITS.maxTitleLength + 100) title!: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.maxDescriptionLength)
  description?: string;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() anonymous = true;
  @Field(() => GraphQLISODateTime) @IsDate() opensAt!: Date;
  @Field(() => GraphQLISODateTime) @IsDate() closesAt!: Date;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(500) @IsUUID('all', { each: true }) departmentIds: string[] =
    [];
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberLibraryIds: string[] = [];
  @Field(() => [FeedbackQuestionInput])
  @ArrayMaxSize(FEEDBACK_LIMITS.maxQuestions + 10)
  @ValidateNested({ each: true })
  @Type(() => FeedbackQuestionInput)
  questions!: FeedbackQuestionInput[];
  @Field({ nullable: true, description: 'e.g. "3 months".' })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.maxWaveLabelLength)
  waveLabel?: string;
}

@InputType({ description: 'Fields left out stay as they are; questions cannot change once anyone has answered.' })
export class UpdateFeedbackSurveyInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(FEEDBACK_LIMITS.maxTitleLength + 100) title?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.maxDescriptionLength)
  description?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() opensAt?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() closesAt?: Date;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  departmentIds?: string[];
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberLibraryIds?: string[];
  @Field(() => [FeedbackQuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FEEDBACK_LIMITS.maxQuestions + 10)
  @ValidateNested({ each: true })
  @Type(() => FeedbackQuestionInput)
  questions?: FeedbackQuestionInput[];
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.maxWaveLabelLength)
  waveLabel?: string;
}

@InputType({ description: 'The next wave of a survey: the same questions, audience and anonymity, a new period.' })
export class RepeatFeedbackSurveyInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsString() @MaxLength(FEEDBACK_LIMITS.maxWaveLabelLength) waveLabel!: string;
  @Field(() => GraphQLISODateTime) @IsDate() opensAt!: Date;
  @Field(() => GraphQLISODateTime) @IsDate() closesAt!: Date;
}

@InputType({ description: 'The answer to one question: a rating 1–5 for rating questions, and/or a comment.' })
export class FeedbackAnswerInput {
  @Field(() => ID) @IsUUID() questionId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() rating?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_LIMITS.maxCommentLength)
  comment?: string | null;
}

@InputType({ description: 'The signed-in person’s answers; saving again replaces them while the survey is open.' })
export class AnswerFeedbackSurveyInput {
  @Field(() => ID) @IsUUID() surveyId!: string;
  @Field(() => [FeedbackAnswerInput])
  @ArrayMaxSize(FEEDBACK_LIMITS.maxQuestions)
  @ValidateNested({ each: true })
  @Type(() => FeedbackAnswerInput)
  answers!: FeedbackAnswerInput[];
}

/** The comment list's filters, shared by the query and the CSV export. */
export interface FeedbackCommentFilter {
  questionId?: string | null;
  departmentId?: string | null;
  memberLibraryId?: string | null;
  search?: string | null;
}

export type FeedbackPage = PageInput;
