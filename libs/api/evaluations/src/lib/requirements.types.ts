import { RequirementEntity, RequirementPriority, RequirementStatus, TrainingNeedEntity } from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const PriorityEnum = { MUST: 'must', SHOULD: 'should', COULD: 'could', WONT: 'wont' } as const;
registerEnumType(PriorityEnum, { name: 'Priority', description: 'MoSCoW: must, should, could, won’t (this time).' });

export const RequirementStatusEnum = { PROPOSED: 'proposed', APPROVED: 'approved', REJECTED: 'rejected' } as const;
registerEnumType(RequirementStatusEnum, { name: 'RequirementStatus' });

export const DecisionEnum = { APPROVE: 'approved', REJECT: 'rejected', REOPEN: 'proposed' } as const;
registerEnumType(DecisionEnum, {
  name: 'RequirementDecision',
  description: 'REOPEN sends a decided requirement back to proposed.',
});

const values = <T extends Record<string, string>>(e: T) => Object.values(e);
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

@ObjectType({ description: 'What a department needs from the system.' })
export class Requirement {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field() category!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => PriorityEnum) priority!: RequirementPriority;
  @Field({ description: 'A knockout: a candidate that does not meet it is disqualified.' }) mandatory!: boolean;
  @Field() rationale!: string;
  @Field(() => RequirementStatusEnum) status!: RequirementStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
  decidedBy!: string | null;
  createdBy!: string | null;

  static from(entity: RequirementEntity): Requirement {
    return Object.assign(new Requirement(), {
      id: entity.id,
      evaluationId: entity.evaluationId,
      code: entity.code,
      title: entity.title,
      description: entity.description,
      category: entity.category,
      departmentId: entity.departmentId,
      priority: entity.priority,
      mandatory: entity.mandatory,
      rationale: entity.rationale,
      status: entity.status,
      decidedAt: entity.decidedAt,
      decisionComment: entity.decisionComment,
      isDemo: entity.isDemo,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
      decidedBy: entity.decidedBy,
      createdBy: entity.createdBy,
    });
  }
}

@ObjectType()
export class RequirementPage {
  @Field(() => [Requirement]) items!: Requirement[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'How many requirements one department has at one priority and status.' })
export class RequirementCount {
  @Field(() => ID) departmentId!: string;
  @Field(() => PriorityEnum) priority!: RequirementPriority;
  @Field(() => RequirementStatusEnum) status!: RequirementStatus;
  @Field(() => Int) count!: number;
}

@InputType()
export class CreateRequirementInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field({ nullable: true, description: 'Left out: generated from the department’s prefix, e.g. CIRC-013.' })
  @IsOptional()
  @Matches(CODE, { message: 'Code: letters, digits, dots, hyphens and underscores (up to 40).' })
  code?: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(300) title!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) category?: string;
  @Field(() => ID) @IsUUID() departmentId!: string;
  @Field(() => PriorityEnum) @IsIn(values(PriorityEnum)) priority!: RequirementPriority;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() mandatory?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) rationale?: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateRequirementInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(CODE, { message: 'Code: letters, digits, dots, hyphens and underscores (up to 40).' })
  code?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title.' })
  @MaxLength(300)
  title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) category?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string;
  @Field(() => PriorityEnum, { nullable: true })
  @IsOptional()
  @IsIn(values(PriorityEnum))
  priority?: RequirementPriority;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() mandatory?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) rationale?: string;
}

@InputType({ description: 'A requirement and the version you saw, for bulk actions.' })
export class RequirementRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class DecideRequirementsInput {
  @Field(() => [RequirementRef])
  @ValidateNested({ each: true })
  @Type(() => RequirementRef)
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  requirements!: RequirementRef[];
  @Field(() => DecisionEnum) @IsIn(values(DecisionEnum)) decision!: RequirementStatus;
  @Field({ nullable: true, description: 'Required when rejecting.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType()
export class SetPriorityInput {
  @Field(() => [RequirementRef])
  @ValidateNested({ each: true })
  @Type(() => RequirementRef)
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  requirements!: RequirementRef[];
  @Field(() => PriorityEnum) @IsIn(values(PriorityEnum)) priority!: RequirementPriority;
}

@InputType()
export class RequirementFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) departmentIds?: string[];
  @Field(() => [PriorityEnum], { nullable: true })
  @IsOptional()
  @IsIn(values(PriorityEnum), { each: true })
  priorities?: RequirementPriority[];
  @Field(() => [RequirementStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(values(RequirementStatusEnum), { each: true })
  statuses?: RequirementStatus[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() mandatory?: boolean;
  @Field({ nullable: true, description: 'Words in the code, title, description, category or rationale.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

// ---- training needs -----------------------------------------------------------------------

@ObjectType({ description: 'What staff of a department must learn for a candidate.' })
export class TrainingNeed {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) departmentId!: string;
  @Field() topic!: string;
  @Field(() => Int) people!: number;
  @Field(() => Float) hoursPerPerson!: number;
  @Field() notes!: string;
  @Field(() => Int) version!: number;

  static from(entity: TrainingNeedEntity): TrainingNeed {
    return Object.assign(new TrainingNeed(), {
      id: entity.id,
      evaluationId: entity.evaluationId,
      candidateId: entity.candidateId,
      departmentId: entity.departmentId,
      topic: entity.topic,
      people: entity.people,
      hoursPerPerson: entity.hoursPerPerson,
      notes: entity.notes,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'Training effort per candidate, summed over departments.' })
export class TrainingSummary {
  @Field(() => ID) candidateId!: string;
  @Field(() => Int) needs!: number;
  @Field(() => Int, { description: 'Places on courses (a person in two topics counts twice).' }) people!: number;
  @Field(() => Float, { description: 'Sum of people × hours per person.' }) totalHours!: number;
}

@InputType()
export class TrainingNeedInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add a need.' }) @IsOptional() @IsUUID() id?: string;
  @Field(() => Int, { nullable: true, description: 'Required when editing.' }) @IsOptional() @IsInt() version?: number;
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() departmentId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Say what must be learnt.' }) @MaxLength(300) topic!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100000) people!: number;
  @Field(() => Float) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(10000) hoursPerPerson!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}
