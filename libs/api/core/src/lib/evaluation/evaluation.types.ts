import { CandidateEntity, CandidateState, EvaluationEntity, EvaluationKind, EvaluationStatus } from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

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

export const CandidateStateEnum = {
  SHORTLISTED: 'shortlisted',
  ELIMINATED: 'eliminated',
  RECOMMENDED: 'recommended',
  SELECTED: 'selected',
} as const;
registerEnumType(CandidateStateEnum, { name: 'CandidateState' });

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
