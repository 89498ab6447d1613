import { RoundStatus, ScaleDescriptor } from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const RoundStatusEnum = { OPEN: 'open', REVEALED: 'revealed', CLOSED: 'closed' } as const;
registerEnumType(RoundStatusEnum, {
  name: 'RoundStatus',
  description: 'OPEN: blind, each evaluator sees only their own scores; REVEALED: everyone sees all scores.',
});

@ObjectType()
export class ScaleStep {
  @Field(() => Int) value!: number;
  @Field() label!: string;
}

@ObjectType({ description: 'A category or a criterion; weights are shown normalised among siblings (0–1).' })
export class Criterion {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field({ description: 'Stable across rubric versions.' }) key!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) position!: number;
  @Field(() => Float, { description: 'As entered (relative).' }) weight!: number;
  @Field(() => Float, { description: 'Share among its siblings, 0–1.' }) normalisedWeight!: number;
  @Field(() => Float, { description: 'Share of the whole rubric, 0–1 (product down the tree).' }) globalWeight!: number;
  @Field(() => [ID]) requirementIds!: string[];
}

@ObjectType({
  description: 'A judgment that disagrees with the derived weights (row and column 0-based, in position order).',
})
export class ComparisonIssue {
  @Field(() => Int) row!: number;
  @Field(() => Int) column!: number;
  @Field(() => Float, { description: 'As entered.' }) judgment!: number;
  @Field(() => Float, { description: 'What the weights imply; entering it removes this pair’s inconsistency.' })
  implied!: number;
}

@ObjectType({ description: 'An AHP comparison of the children of one parent, with its consistency.' })
export class PairwiseResult {
  @Field({ description: 'The parent criterion key; empty for the top level.' }) parentKey!: string;
  @Field(() => [[Float]]) matrix!: number[][];
  @Field(() => [Float]) weights!: number[];
  @Field(() => Float) consistencyRatio!: number;
  @Field() consistent!: boolean;
  @Field(() => [ComparisonIssue], {
    description: 'The judgments contributing most to inconsistency, worst first (up to 3).',
  })
  worstComparisons!: ComparisonIssue[];
}

@ObjectType({ description: 'One version of the rubric: frozen once a scoring round uses it.' })
export class RubricVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => Int) number!: number;
  @Field(() => Int, { nullable: true, description: 'The version this one was copied from; null for the first.' })
  basedOnNumber!: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) frozenAt!: Date | null;
  @Field(() => Int) scaleMin!: number;
  @Field(() => Int) scaleMax!: number;
  @Field(() => [ScaleStep]) descriptors!: ScaleDescriptor[];
  @Field(() => [Criterion], { description: 'Categories and criteria, parents before children, in position order.' })
  criteria!: Criterion[];
  @Field(() => [PairwiseResult]) comparisons!: PairwiseResult[];
  @Field(() => Int) version!: number;
}

@ObjectType({
  description:
    'A criterion whose scores on the base version cannot be carried over to this one, and how many there are.',
})
export class InvalidatedCriterion {
  @Field() key!: string;
  @Field({ description: 'As in this version (as in the base version when removed).' }) title!: string;
  @Field({ description: 'What changed, in words, e.g. "Removed", "Description changed", "Scale changed".' })
  reason!: string;
  @Field(() => Int, { description: 'Scores given on the base version for this criterion, over all its rounds.' })
  scoreCount!: number;
  @Field(() => Int, { description: 'Rounds on the base version with a score for it.' }) roundCount!: number;
}

@ObjectType()
export class ScoringRound {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) rubricVersionId!: string;
  @Field(() => Int) number!: number;
  @Field(() => RoundStatusEnum) status!: RoundStatus;
  @Field(() => [ID]) candidateIds!: string[];
  @Field(() => GraphQLISODateTime) openedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) revealedAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A score. Before the reveal you only ever receive your own.' })
export class Score {
  @Field(() => ID) id!: string;
  @Field(() => ID) roundId!: string;
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) criterionId!: string;
  @Field(() => Float, { nullable: true, description: 'Null: not scored (missing, not zero).' }) value!: number | null;
  @Field() comment!: string;
  @Field(() => String, { nullable: true }) evidenceUrl!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType()
export class ConsensusScore {
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) criterionId!: string;
  @Field(() => Float) value!: number;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime) setAt!: Date;
}

@ObjectType({ description: 'How far an evaluator has got: counts only, never values.' })
export class ScoringProgress {
  @Field(() => ID) evaluatorId!: string;
  @Field() evaluatorName!: string;
  @Field(() => Int) scored!: number;
  @Field(() => Int) expected!: number;
}

@InputType()
export class ScaleStepInput {
  @Field(() => Int) @IsInt() value!: number;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) label!: string;
}

@InputType()
export class RubricScaleInput {
  @Field(() => ID) @IsUUID() rubricVersionId!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100) scaleMin!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(100) scaleMax!: number;
  @Field(() => [ScaleStepInput])
  @ValidateNested({ each: true })
  @Type(() => ScaleStepInput)
  @ArrayMaxSize(101)
  descriptors!: ScaleStepInput[];
}

@InputType({ description: 'Adds (without id) or edits a category or criterion of a draft rubric version.' })
export class CriterionInput {
  @Field(() => ID) @IsUUID() rubricVersionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string;
  @Field(() => ID, { nullable: true, description: 'Null: a top-level category.' }) @IsOptional() @IsUUID() parentId?:
    string | null;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @Field(() => Float, { nullable: true, description: 'Relative weight among siblings; positive.' })
  @IsOptional()
  @IsNumber()
  @Min(0.000001, { message: 'Weights are positive.' })
  @Max(1000000)
  weight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  requirementIds?: string[];
}

@InputType()
export class PairwiseInput {
  @Field(() => ID) @IsUUID() rubricVersionId!: string;
  @Field(() => ID, { nullable: true, description: 'Null: compare the top-level categories.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
  @Field(() => [[Float]], {
    description: 'Square reciprocal matrix over the children in position order (Saaty 1/9–9).',
  })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(15)
  matrix!: number[][];
}

@InputType()
export class OpenRoundInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => [ID], { nullable: true, description: 'Candidates to score; all shortlisted when left out.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  candidateIds?: string[];
}

@InputType()
export class ScoreInput {
  @Field(() => ID) @IsUUID() roundId!: string;
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() criterionId!: string;
  @Field(() => Float, { nullable: true, description: 'Null clears the score.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  value?: number | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) comment?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'Evidence must be a web address.' },
  )
  evidenceUrl?: string | null;
}

@InputType()
export class ConsensusInput {
  @Field(() => ID) @IsUUID() roundId!: string;
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() criterionId!: string;
  @Field(() => Float) @IsNumber({ maxDecimalPlaces: 3 }) value!: number;
  @Field() @IsString() @IsNotEmpty({ message: 'Say how the evaluators agreed.' }) @MaxLength(5000) note!: string;
}
