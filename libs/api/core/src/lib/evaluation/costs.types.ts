import { CostItemEntity, CostKind } from '@assay/api/data';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const CostKindEnum = { ONE_TIME: 'one_time', YEARLY: 'yearly' } as const;
registerEnumType(CostKindEnum, {
  name: 'CostKind',
  description:
    'ONE_TIME: paid once, in year 1 (licence, migration, hardware); YEARLY: paid every year (subscription, hosting, support, staff time).',
});

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
