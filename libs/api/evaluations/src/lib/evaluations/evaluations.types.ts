import { EvaluationRoleValue, EvaluationStatus } from '@assay/api/data';
import { Evaluation, EvaluationRoleEnum, EvaluationStatusEnum } from '@assay/api/core';
import { EvaluationPermissions as DomainEvaluationPermissions } from '@assay/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

export { EvaluationRoleEnum };

@ObjectType()
export class EvaluationPage {
  @Field(() => [Evaluation]) items!: Evaluation[];
  @Field(() => Int) total!: number;
}

@ObjectType({
  description:
    'What you may do in the evaluation, from your roles there and its status (administrators act as leads). The API enforces the same rules.',
})
export class EvaluationPermissions implements DomainEvaluationPermissions {
  @Field({
    description: 'You act as a lead here: you hold the lead role, or are an administrator. Whatever the status.',
  })
  isLead!: boolean;
  @Field({ description: 'You hold the department head role here.' })
  isDepartmentHead!: boolean;
  @Field({
    description:
      'You may change the evaluation as its lead (details, members, candidates, costs, rubric, rounds): a lead, while it is open.',
  })
  canLead!: boolean;
  @Field({ description: 'You may score candidates: an evaluator, while the evaluation is in scoring.' })
  canScore!: boolean;
  @Field({
    description:
      'You may add, edit and import requirements and training needs: a lead while the evaluation is open, a department head (for their department) while requirements are gathered.',
  })
  canEditRequirements!: boolean;
  @Field({ description: 'You may approve, reject and prioritise requirements: a lead, while the evaluation is open.' })
  canDecideRequirements!: boolean;
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
