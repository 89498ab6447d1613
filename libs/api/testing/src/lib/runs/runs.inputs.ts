import { TestResultStatus, TestPriority } from '@assay/api/data';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TestPriorityEnum } from '../cases/cases.types';
import { TestResultStatusEnum } from './runs.types';

const STATUSES = Object.values(TestResultStatusEnum);

@InputType({
  description:
    'A run of a plan: against a candidate (evaluation plans) or a version of the product (product plans), over all its cases or the ones chosen.',
})
export class CreateTestRunInput {
  @Field(() => ID) @IsUUID() planId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() candidateId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productVersionId?: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Say where the run takes place.' }) @MaxLength(300) environment!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) buildLabel?: string;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  testerIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Left out: every case of the plan that is not archived.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  caseIds?: string[];
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateTestRunInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Say where the run takes place.' })
  @MaxLength(300)
  environment?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) buildLabel?: string;
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  testerIds?: string[];
}

@InputType()
export class TestRunRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class TestStepResultInput {
  @Field(() => TestResultStatusEnum) @IsIn(STATUSES) status!: TestResultStatus;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) actual?: string;
}

@InputType()
export class RecordTestResultInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => TestResultStatusEnum) @IsIn(STATUSES) status!: TestResultStatus;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) actualResult?: string;
  @Field(() => [TestStepResultInput], { nullable: true, description: 'In the order of the case’s steps.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => TestStepResultInput)
  @ArrayMaxSize(200)
  stepResults?: TestStepResultInput[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(604800) durationSeconds?: number;
}

@InputType()
export class TestResultFilter {
  @Field(() => [TestResultStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(STATUSES, { each: true })
  statuses?: TestResultStatus[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) tag?: string;
  @Field(() => [TestPriorityEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(TestPriorityEnum), { each: true })
  priorities?: TestPriority[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() requirementId?: string;
  @Field({ nullable: true, description: 'Words in the case’s key or title.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}
