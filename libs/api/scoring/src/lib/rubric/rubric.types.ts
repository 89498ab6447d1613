import { ScaleDescriptor } from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

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
