import { CostItemEntity, CostKind } from '@assay/api/data';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const CostKindEnum = { ONE_TIME: 'one_time', YEARLY: 'yearly' } as const;
registerEnumType(CostKindEnum, {
  name: 'CostKind',
  description:
    'ONE_TIME: paid once, in year 1 (licence, migration, hardware); YEARLY: paid every year (subscription, hosting, support, staff time).',
});

/** The largest amount numeric(14, 2) holds. */
const MAX_AMOUNT = 999_999_999_999.99;

@ObjectType({ description: 'One line of a candidate’s cost.' })
export class CostItem {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => CostKindEnum) kind!: CostKind;
  @Field() label!: string;
  @Field(() => Float) amount!: number;
  @Field() notes!: string;
  @Field(() => Int) version!: number;

  static from(entity: CostItemEntity): CostItem {
    return Object.assign(new CostItem(), {
      id: entity.id,
      candidateId: entity.candidateId,
      kind: entity.kind,
      label: entity.label,
      amount: Number(entity.amount),
      notes: entity.notes,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'Total cost of ownership over the evaluation’s period (undiscounted), in its currency.' })
export class Tco {
  @Field(() => Int) years!: number;
  @Field(() => Float, { description: 'One-time items, paid in year 1.' }) oneTime!: number;
  @Field(() => Float, { description: 'Training needs: people × hours per person × the hourly rate, in year 1.' })
  training!: number;
  @Field(() => Float, { description: 'Recurring cost of one year.' }) yearly!: number;
  @Field(() => Float, { description: 'yearly × years.' }) recurring!: number;
  @Field(() => Float, { description: 'oneTime + training + recurring.' }) total!: number;
  @Field(() => [Float], { description: 'Cost in each year; year 1 carries the one-time and training costs.' })
  byYear!: number[];
}

@ObjectType({ description: 'A ranked candidate’s total cost and what its score buys.' })
export class CandidateCost {
  @Field(() => ID) candidateId!: string;
  @Field(() => Float, { description: 'Total cost of ownership over the evaluation’s period.' }) total!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Score points (0–100) per 10,000 of total cost; null without a score or a cost.',
  })
  scorePerTenThousand!: number | null;
}

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
