import { TestResultStatusEnum } from '@assay/api/core';
import { TestResultStatus } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Defect } from '../defects/defects.types';

@ObjectType({ description: 'A case linked to a fixed defect, to be run again on the fixing version or a later one.' })
export class FollowUpCase {
  @Field(() => ID) caseId!: string;
  @Field() caseKey!: string;
  @Field({ description: 'The case’s current title.' }) caseTitle!: string;
  @Field(() => ID) planId!: string;
  @Field() planName!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The newest open run of the plan (on the defect’s candidate) that holds the case: where to retest it.',
  })
  runId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'That run’s version and build, e.g. "Koha 24.11 (build 24.11.03)".',
  })
  runLabel!: string | null;
  @Field(() => TestResultStatusEnum, { nullable: true, description: 'The case’s result in that run so far.' })
  resultStatus!: TestResultStatus | null;
}

@ObjectType({
  description:
    'A fixed defect waiting for its retest: due until a passing result on the fixing version or a later one verifies it.',
})
export class FollowUp {
  @Field(() => Defect) defect!: Defect;
  @Field(() => String, { nullable: true, description: 'The evaluation’s title (evaluation defects).' })
  evaluationTitle!: string | null;
  @Field(() => String, { nullable: true, description: 'The product’s name (defects of a product in use).' })
  productName!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the retest is due: 14 days after the fix.' }) dueAt!: Date;
  @Field({ description: 'The due date has passed and the defect is still waiting.' }) overdue!: boolean;
  @Field(() => [FollowUpCase], { description: 'The linked cases to run again, by key.' }) cases!: FollowUpCase[];
}

@ObjectType({ description: 'How many retests wait for the signed-in person (for the navigation).' })
export class FollowUpCount {
  @Field(() => Int, { description: 'Retests due, overdue ones included.' }) due!: number;
  @Field(() => Int) overdue!: number;
}
