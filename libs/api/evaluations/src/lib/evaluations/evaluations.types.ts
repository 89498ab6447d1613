import { EvaluationRoleValue, EvaluationStatus } from '@assay/api/data';
import { Evaluation, EvaluationStatusEnum } from '@assay/api/core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const EvaluationRoleEnum = {
  LEAD: 'lead',
  DEPARTMENT_HEAD: 'department_head',
  EVALUATOR: 'evaluator',
  TESTER: 'tester',
  DIRECTOR: 'director',
  VIEWER: 'viewer',
} as const;
registerEnumType(EvaluationRoleEnum, { name: 'EvaluationRole' });

@ObjectType()
export class EvaluationPage {
  @Field(() => [Evaluation]) items!: Evaluation[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A person and the roles they hold in the evaluation.' })
export class EvaluationMember {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => [EvaluationRoleEnum]) roles!: EvaluationRoleValue[];
}

@ObjectType({ description: 'An active person a lead may add to an evaluation, with what identifies them.' })
export class PersonToAdd {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true }) libraryName!: string | null;
  @Field(() => [EvaluationRoleEnum], {
    description: 'Roles already held in this evaluation (empty when not a member).',
  })
  roles!: EvaluationRoleValue[];
}

@ObjectType({ description: 'What the next step on the status path needs.' })
export class StatusCheck {
  @Field(() => EvaluationStatusEnum, { nullable: true, description: 'Null at the end of the path.' })
  next!: EvaluationStatus | null;
  @Field(() => [String], { description: 'What is missing; empty when the step may be taken.' }) problems!: string[];
}
