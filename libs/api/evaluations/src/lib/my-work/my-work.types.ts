import { Evaluation, EvaluationStatusEnum } from '@assay/api/core';
import { EvaluationStatus } from '@assay/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An open evaluation the person leads: where it stands and what its next step needs.' })
export class LedEvaluation {
  @Field(() => Evaluation) evaluation!: Evaluation;
  @Field(() => EvaluationStatusEnum, { nullable: true, description: 'The next step on the status path.' })
  next!: EvaluationStatus | null;
  @Field(() => [String], { description: 'What the next step still needs (as the status path says); empty when ready.' })
  problems!: string[];
  @Field(() => [String], {
    description:
      'In the testing step: the candidates still in the running with no evidence a verdict can be read from (no passed or failed result, no recorded verification).',
  })
  candidatesWithoutVerdict!: string[];
}

@ObjectType({ description: 'Requirements of the person’s department still proposed in one evaluation.' })
export class RequirementsToDecide {
  @Field(() => ID) evaluationId!: string;
  @Field() evaluationTitle!: string;
  @Field(() => Int, { description: 'Proposed requirements of the department, waiting for the lead’s decision.' })
  proposed!: number;
}
