import { CostKindEnum } from '@assay/api/core';
import { CostKind } from '@assay/api/data';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** The largest amount numeric(14, 2) holds. */
const MAX_AMOUNT = 999_999_999_999.99;

@InputType({ description: 'Adds (without id) or edits (with id and version) a cost item.' })
export class CostItemInput {
  @Field(() => ID, { nullable: true, description: 'Omit to add an item.' }) @IsOptional() @IsUUID() id?: string;
  @Field(() => Int, { nullable: true, description: 'Required when editing.' }) @IsOptional() @IsInt() version?: number;
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => CostKindEnum) @IsIn(Object.values(CostKindEnum)) kind!: CostKind;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Say what the cost is for, e.g. Licence.' })
  @MaxLength(200)
  label!: string;
  @Field(() => Float)
  @IsNumber(
    { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
    { message: 'Enter the amount as a number with at most two decimals.' },
  )
  @Min(0, { message: 'Amounts are zero or more.' })
  @Max(MAX_AMOUNT, { message: 'The amount is too large.' })
  amount!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

@InputType()
export class CostSettingsInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => Int, { description: 'The period of the total cost of ownership, 1–30 years.' })
  @IsInt()
  @Min(1, { message: 'At least one year.' })
  @Max(30, { message: 'At most 30 years.' })
  years!: number;
  @Field(() => Float, { description: 'What an hour of staff training costs.' })
  @IsNumber(
    { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
    { message: 'Enter the rate as a number with at most two decimals.' },
  )
  @Min(0, { message: 'The rate is zero or more.' })
  @Max(99_999_999.99, { message: 'The rate is too large.' })
  trainingHourlyRate!: number;
}
