import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

export const KEY_PREFIX = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/;
export const KEY_PREFIX_MESSAGE = 'Key prefix: letters, digits and hyphens (up to 20), e.g. CIRC-T.';

@InputType({ description: 'A plan for an evaluation (evaluationId) or for a product in use (productId): exactly one.' })
export class CreateTestPlanInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() evaluationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() currentVersionId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() targetVersionId?: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Enter a name.' }) @MaxLength(300) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) scope?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) entryCriteria?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) exitCriteria?: string;
  @Field(() => ID, { nullable: true, description: 'Left out: the person creating the plan.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
  @Field({ nullable: true, description: 'Left out: T.' })
  @IsOptional()
  @Matches(KEY_PREFIX, { message: KEY_PREFIX_MESSAGE })
  keyPrefix?: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateTestPlanInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter a name.' })
  @MaxLength(300)
  name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) scope?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) entryCriteria?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) exitCriteria?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string;
  @Field({ nullable: true, description: 'Applies to cases added from now on; existing keys stay.' })
  @IsOptional()
  @Matches(KEY_PREFIX, { message: KEY_PREFIX_MESSAGE })
  keyPrefix?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() currentVersionId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() targetVersionId?: string;
}

@InputType()
export class TestPlanRef {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType({ description: 'The people who may read, write and execute a product’s plan, besides administrators.' })
export class SetTestPlanMembersInput {
  @Field(() => ID) @IsUUID() planId!: string;
  @Field(() => [ID]) @ValidateIf(() => true) @IsUUID('all', { each: true }) @ArrayMaxSize(200) userIds!: string[];
}
