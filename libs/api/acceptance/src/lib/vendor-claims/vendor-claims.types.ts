import { VendorClaimLevelValue } from '@assay/api/data';
import { VendorClaimDisagreementKind } from '@assay/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const VendorClaimLevelEnum = {
  OUT_OF_THE_BOX: 'out_of_the_box',
  CONFIGURATION: 'configuration',
  CUSTOMISATION: 'customisation',
  ROADMAP: 'roadmap',
  NOT_MET: 'not_met',
} as const;
registerEnumType(VendorClaimLevelEnum, {
  name: 'VendorClaimLevel',
  description: 'The compliance scale of an RFP answer, best first. ROADMAP comes with the promised date.',
});

export const VendorClaimDisagreementKindEnum = {
  FAILED: 'failed',
  SCORED_ZERO: 'scored_zero',
  UNVERIFIED: 'unverified',
} as const;
registerEnumType(VendorClaimDisagreementKindEnum, {
  name: 'VendorClaimDisagreementKind',
  description:
    'Why a claim of compliance is in doubt, worst first: FAILED (a linked case’s latest result against the candidate failed, or the verification was rejected), SCORED_ZERO (a criterion covering the requirement scored 0 in the latest revealed round), UNVERIFIED (nothing verified it yet).',
});

@ObjectType({
  description: 'What a candidate’s vendor claimed about one requirement, kept apart from what was verified.',
})
export class VendorClaim {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) requirementId!: string;
  @Field() requirementCode!: string;
  @Field() requirementTitle!: string;
  @Field(() => VendorClaimLevelEnum) claim!: VendorClaimLevelValue;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; ROADMAP claims only.' }) roadmapDate!: string | null;
  @Field() comment!: string;
  @Field(() => String, { nullable: true, description: 'Who entered or imported it last.' }) updatedBy!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A claim of compliance (OUT_OF_THE_BOX, CONFIGURATION) the evaluation does not bear out.' })
export class VendorClaimDisagreement {
  @Field(() => ID) requirementId!: string;
  @Field() requirementCode!: string;
  @Field() requirementTitle!: string;
  @Field({ description: 'A knockout or a must-have.' }) mandatory!: boolean;
  @Field(() => VendorClaimLevelEnum) claim!: VendorClaimLevelValue;
  @Field() comment!: string;
  @Field(() => VendorClaimDisagreementKindEnum, { description: 'The worst reason; the list is ranked by it.' })
  kind!: VendorClaimDisagreementKind;
  @Field(() => [VendorClaimDisagreementKindEnum], { description: 'Every reason, worst first.' })
  kinds!: VendorClaimDisagreementKind[];
  @Field(() => [String], { description: 'Keys of the failing cases, or of the cases not run yet.' })
  caseKeys!: string[];
  @Field(() => [String], { description: 'Titles of the criteria covering the requirement that scored 0.' })
  criteriaScoredZero!: string[];
}
