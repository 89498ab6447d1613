import { RequirementPriority, RequirementStatus } from '@assay/api/data';
import { VerificationMethod } from '@assay/domain';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
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
import { DecisionEnum, PriorityEnum, RequirementStatusEnum, VerificationMethodEnum } from './requirements.types';

const values = <T extends Record<string, string>>(e: T) => Object.values(e);
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

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
  @Field(() => VerificationMethodEnum, { nullable: true, description: 'Left out: TEST.' })
  @IsOptional()
  @IsIn(values(VerificationMethodEnum))
  verificationMethod?: VerificationMethod;
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
  @Field(() => VerificationMethodEnum, { nullable: true })
  @IsOptional()
  @IsIn(values(VerificationMethodEnum))
  verificationMethod?: VerificationMethod;
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
  @Field(() => [VerificationMethodEnum], { nullable: true })
  @IsOptional()
  @IsIn(values(VerificationMethodEnum), { each: true })
  verificationMethods?: VerificationMethod[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() mandatory?: boolean;
  @Field({ nullable: true, description: 'Words in the code, title, description, category or rationale.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
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
