import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
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
import { TestPriority } from '@assay/api/data';
import { TestPriorityEnum } from './cases.types';

const PRIORITIES = Object.values(TestPriorityEnum);

@InputType()
export class TestStepInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Say what the tester does in each step.' })
  @MaxLength(5000)
  action!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) expected?: string;
}

/** The text of a case, as both adding and editing take it. */
@InputType({ isAbstract: true })
abstract class TestCaseFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) section?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) preconditions?: string;
  @Field(() => [TestStepInput], { nullable: true, description: 'In order; the whole list replaces the old one.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => TestStepInput)
  @ArrayMaxSize(200, { message: 'A case has at most 200 steps.' })
  steps?: TestStepInput[];
  @Field(() => TestPriorityEnum, { nullable: true }) @IsOptional() @IsIn(PRIORITIES) priority?: TestPriority;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(50, { each: true, message: 'Tags have at most 50 characters.' })
  @ArrayMaxSize(30, { message: 'A case has at most 30 tags.' })
  tags?: string[];
  @Field(() => [ID], { nullable: true, description: 'Requirements of the plan’s evaluation that the case verifies.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  requirementIds?: string[];
  @Field(() => String, { nullable: true, description: 'The "classname name" an automated test report gives it.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  automationName?: string | null;
}

@InputType()
export class CreateTestCaseInput extends TestCaseFields {
  @Field(() => ID) @IsUUID() planId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter a title.' }) @MaxLength(300) title!: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateTestCaseInput extends TestCaseFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title.' })
  @MaxLength(300)
  title?: string;
}

@InputType()
export class TestCaseRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class CopyTestCasesInput {
  @Field(() => ID) @IsUUID() fromPlanId!: string;
  @Field(() => [ID]) @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(1000) caseIds!: string[];
  @Field(() => ID) @IsUUID() toPlanId!: string;
}

@InputType()
export class TestCaseFilter {
  @Field({ nullable: true, description: 'Words in the key or title.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) tag?: string;
  @Field(() => [TestPriorityEnum], { nullable: true })
  @IsOptional()
  @IsIn(PRIORITIES, { each: true })
  priorities?: TestPriority[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() requirementId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) section?: string;
  @Field({ nullable: true, description: 'Include archived cases (left out by default).' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

/** Paging for the long lists of testing: a run may hold 10,000 cases. */
@InputType()
export class TestPageInput {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset = 0;
  @Field(() => Int, { defaultValue: 100 }) @IsInt() @Min(1) @Max(500) limit = 100;
}
