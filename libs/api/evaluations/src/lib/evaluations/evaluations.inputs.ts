import { CandidateState, EvaluationKind, EvaluationRoleValue, EvaluationStatus } from '@assay/api/data';
import { CandidateStateEnum, EvaluationKindEnum, EvaluationStatusEnum } from '@assay/api/core';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { EvaluationRoleEnum } from './evaluations.types';

const values = <T extends Record<string, string>>(e: T) => Object.values(e);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

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
