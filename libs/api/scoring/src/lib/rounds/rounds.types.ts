import { RoundStatus } from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RoundStatusEnum = { OPEN: 'open', REVEALED: 'revealed', CLOSED: 'closed' } as const;
registerEnumType(RoundStatusEnum, {
  name: 'RoundStatus',
  description: 'OPEN: blind, each evaluator sees only their own scores; REVEALED: everyone sees all scores.',
});

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

@ObjectType({ description: 'An open scoring round waiting for the person’s scores, with their own progress only.' })
export class MyScoringRound {
  @Field(() => ID) roundId!: string;
  @Field(() => ID) evaluationId!: string;
  @Field() evaluationTitle!: string;
  @Field(() => Int) number!: number;
  @Field(() => Int, { description: 'Your scores entered so far.' }) scored!: number;
  @Field(() => Int, { description: 'Your scores expected: leaf criteria × candidates in the round.' })
  expected!: number;
}
