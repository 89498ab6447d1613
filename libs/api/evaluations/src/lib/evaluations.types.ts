import {
  CandidateEntity,
  CandidateState,
  EvaluationEntity,
  EvaluationKind,
  EvaluationRoleValue,
  EvaluationStatus,
} from '@assay/api/data';
import { EvaluationPermissions as DomainEvaluationPermissions } from '@assay/domain';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

export const EvaluationStatusEnum = {
  DRAFT: 'draft',
  REQUIREMENTS: 'requirements',
  SCORING: 'scoring',
  TESTING: 'testing',
  RECOMMENDATION: 'recommendation',
  DECIDED: 'decided',
  CANCELLED: 'cancelled',
} as const;
registerEnumType(EvaluationStatusEnum, {
  name: 'EvaluationStatus',
  description: 'DRAFT → REQUIREMENTS → SCORING → TESTING → RECOMMENDATION → DECIDED, or CANCELLED.',
});

export const EvaluationKindEnum = { SELECTION: 'selection', UPGRADE: 'upgrade' } as const;
registerEnumType(EvaluationKindEnum, {
  name: 'EvaluationKind',
  description: 'SELECTION: choosing a system; UPGRADE: accepting a new version of the one in use.',
});

export const EvaluationRoleEnum = {
  LEAD: 'lead',
  DEPARTMENT_HEAD: 'department_head',
  EVALUATOR: 'evaluator',
  TESTER: 'tester',
  DIRECTOR: 'director',
  VIEWER: 'viewer',
} as const;
registerEnumType(EvaluationRoleEnum, { name: 'EvaluationRole' });

export const CandidateStateEnum = {
  SHORTLISTED: 'shortlisted',
  ELIMINATED: 'eliminated',
  RECOMMENDED: 'recommended',
  SELECTED: 'selected',
} as const;
registerEnumType(CandidateStateEnum, { name: 'CandidateState' });

const values = <T extends Record<string, string>>(e: T) => Object.values(e);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@ObjectType({ description: 'A selection project or an upgrade acceptance.' })
export class Evaluation {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() purpose!: string;
  @Field(() => EvaluationKindEnum) kind!: EvaluationKind;
  @Field(() => String, { nullable: true, description: 'Decimal amount as text, e.g. "250000.00".' }) budget!:
    string | null;
  @Field() currency!: string;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => EvaluationStatusEnum) status!: EvaluationStatus;
  @Field(() => String, { nullable: true }) cancelledReason!: string | null;
  @Field() isDemo!: boolean;
  @Field(() => Int, { description: 'The period of the total cost of ownership, in years (1–30).' }) costYears!: number;
  @Field(() => Float, { description: 'What an hour of staff training costs; training needs are costed at this rate.' })
  trainingHourlyRate!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;

  static from(entity: EvaluationEntity): Evaluation {
    return Object.assign(new Evaluation(), {
      id: entity.id,
      title: entity.title,
      purpose: entity.purpose,
      kind: entity.kind,
      budget: entity.budget,
      currency: entity.currency,
      startsOn: entity.startsOn,
      endsOn: entity.endsOn,
      status: entity.status,
      cancelledReason: entity.cancelledReason,
      isDemo: entity.isDemo,
      costYears: entity.costYears,
      trainingHourlyRate: entity.trainingHourlyRate,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}

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

@ObjectType({ description: 'A product version under consideration.' })
export class Candidate {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) productVersionId!: string;
  @Field() productName!: string;
  @Field() versionName!: string;
  @Field() vendorName!: string;
  @Field(() => CandidateStateEnum) state!: CandidateState;
  @Field(() => String, {
    nullable: true,
    description: 'Why it was eliminated; kept after reinstatement in the history.',
  })
  eliminatedReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) eliminatedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(
    entity: CandidateEntity,
    names: { productName: string; versionName: string; vendorName: string },
  ): Candidate {
    return Object.assign(new Candidate(), {
      id: entity.id,
      evaluationId: entity.evaluationId,
      productVersionId: entity.productVersionId,
      state: entity.state,
      eliminatedReason: entity.eliminatedReason,
      eliminatedAt: entity.eliminatedAt,
      version: entity.version,
      ...names,
    });
  }
}

@InputType()
export class CreateEvaluationInput {
  @Field() @IsString() @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(200) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) purpose?: string;
  @Field(() => EvaluationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(values(EvaluationKindEnum))
  kind?: EvaluationKind;
  @Field(() => String, { nullable: true, description: 'Decimal amount, e.g. "250000" or "250000.50".' })
  @IsOptional()
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'Enter the budget as a number, e.g. 250000 or 250000.50.' })
  budget?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'Use a three-letter currency code, e.g. USD.' })
  currency?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Enter a date as YYYY-MM-DD.' })
  startsOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Enter a date as YYYY-MM-DD.' })
  endsOn?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateEvaluationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title.' })
  @MaxLength(200)
  title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) purpose?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'Enter the budget as a number, e.g. 250000 or 250000.50.' })
  budget?: string | null;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'Use a three-letter currency code, e.g. USD.' })
  currency?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Enter a date as YYYY-MM-DD.' })
  startsOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Enter a date as YYYY-MM-DD.' })
  endsOn?: string | null;
}

@InputType()
export class MoveEvaluationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => EvaluationStatusEnum) @IsIn(values(EvaluationStatusEnum)) to!: EvaluationStatus;
  @Field({ nullable: true, description: 'Required when cancelling.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class MemberInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => EvaluationRoleEnum) @IsIn(values(EvaluationRoleEnum)) role!: EvaluationRoleValue;
}

@InputType()
export class ShortlistInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => ID) @IsUUID() productVersionId!: string;
}

@InputType()
export class CandidateStateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => CandidateStateEnum) @IsIn(values(CandidateStateEnum)) state!: CandidateState;
  @Field({ nullable: true, description: 'Required when eliminating.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class EvaluationFilter {
  @Field(() => [EvaluationStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(values(EvaluationStatusEnum), { each: true })
  status?: EvaluationStatus[];
}
