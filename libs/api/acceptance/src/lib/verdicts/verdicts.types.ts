import {
  AcceptanceReasonEffect,
  AcceptanceReasonKind,
  AcceptanceVerdict,
  RequirementVerificationState,
  TestResultStatus,
  VerificationOutcome,
  WaiverState,
} from '@assay/domain';
import { TestResultStatusEnum } from '@assay/api/core';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enums: conventional upper-case names outside, the domain's values inside. */
export const AcceptanceVerdictEnum = {
  ACCEPTED: 'ACCEPTED',
  ACCEPTED_WITH_WAIVERS: 'ACCEPTED_WITH_WAIVERS',
  NOT_ACCEPTED: 'NOT_ACCEPTED',
} as const satisfies Record<AcceptanceVerdict, AcceptanceVerdict>;
registerEnumType(AcceptanceVerdictEnum, { name: 'AcceptanceVerdict' });

export const AcceptanceReasonKindEnum = {
  MANDATORY_VERIFIED: 'MANDATORY_VERIFIED',
  MANDATORY_FAILED: 'MANDATORY_FAILED',
  MANDATORY_NOT_VERIFIED: 'MANDATORY_NOT_VERIFIED',
  MANDATORY_WAIVED: 'MANDATORY_WAIVED',
  PASS_RATE_MET: 'PASS_RATE_MET',
  PASS_RATE_BELOW_THRESHOLD: 'PASS_RATE_BELOW_THRESHOLD',
  NO_EXECUTED_RESULTS: 'NO_EXECUTED_RESULTS',
  NO_OPEN_CRITICAL_DEFECTS: 'NO_OPEN_CRITICAL_DEFECTS',
  OPEN_CRITICAL_DEFECTS: 'OPEN_CRITICAL_DEFECTS',
  NO_OPEN_MAJOR_DEFECTS: 'NO_OPEN_MAJOR_DEFECTS',
  OPEN_MAJOR_DEFECTS: 'OPEN_MAJOR_DEFECTS',
  SHOULD_COVERAGE_MET: 'SHOULD_COVERAGE_MET',
  SHOULD_COVERAGE_MET_WITH_WAIVERS: 'SHOULD_COVERAGE_MET_WITH_WAIVERS',
  SHOULD_COVERAGE_BELOW_MINIMUM: 'SHOULD_COVERAGE_BELOW_MINIMUM',
} as const satisfies Record<AcceptanceReasonKind, AcceptanceReasonKind>;
registerEnumType(AcceptanceReasonKindEnum, { name: 'AcceptanceReasonKind' });

export const AcceptanceReasonEffectEnum = { MET: 'met', WAIVED: 'waived', FAILS: 'fails' } as const satisfies Record<
  string,
  AcceptanceReasonEffect
>;
registerEnumType(AcceptanceReasonEffectEnum, {
  name: 'AcceptanceReasonEffect',
  description:
    'FAILS makes the verdict NOT_ACCEPTED, WAIVED makes it ACCEPTED_WITH_WAIVERS, MET says why a criterion holds.',
});

export const RequirementVerificationStateEnum = {
  VERIFIED: 'verified',
  FAILED: 'failed',
  NOT_VERIFIED: 'not_verified',
  UNCOVERED: 'uncovered',
} as const satisfies Record<string, RequirementVerificationState>;
registerEnumType(RequirementVerificationStateEnum, { name: 'RequirementVerificationState' });

export const VerificationOutcomeEnum = { ACCEPTED: 'accepted', REJECTED: 'rejected' } as const satisfies Record<
  string,
  VerificationOutcome
>;
registerEnumType(VerificationOutcomeEnum, { name: 'VerificationOutcome' });

export const WaiverStateEnum = {
  PROPOSED: 'proposed',
  AGREED: 'agreed',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
} as const satisfies Record<string, WaiverState>;
registerEnumType(WaiverStateEnum, {
  name: 'WaiverState',
  description: 'A lead proposes; it takes effect once a director (not the proposer) agrees.',
});

@ObjectType({ description: 'What a candidate must show to be accepted; the defaults until a lead changes them.' })
export class AcceptanceCriteria {
  @Field(() => ID) evaluationId!: string;
  @Field({ description: 'Every mandatory requirement verified (by a passing test or an accepted verification).' })
  mandatoryVerified!: boolean;
  @Field(() => Float, { description: 'The lowest pass rate accepted, in percent.' }) passRateThreshold!: number;
  @Field() noOpenCriticalDefects!: boolean;
  @Field() noOpenMajorDefects!: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'The lowest share of should-requirements verified, in percent; null when not required.',
  })
  minShouldCoverage!: number | null;
  @Field({ description: 'True while the defaults apply (no lead has changed them).' }) isDefault!: boolean;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing (0 for the defaults).' })
  version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt!: Date | null;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
}

@ObjectType({ description: 'A recorded verification of a requirement that is not verified by a test.' })
export class RequirementVerification {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) requirementId!: string;
  @Field() requirementCode!: string;
  @Field(() => VerificationOutcomeEnum) outcome!: VerificationOutcome;
  @Field() note!: string;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field({ description: 'The latest for its requirement: the one that counts.' }) current!: boolean;
}

@ObjectType({ description: 'A proposal to accept a candidate although a requirement is not met.' })
export class Waiver {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) requirementId!: string;
  @Field() requirementCode!: string;
  @Field() rationale!: string;
  @Field(() => WaiverStateEnum) state!: WaiverState;
  @Field(() => ID, { nullable: true }) proposedById!: string | null;
  @Field(() => String, { nullable: true }) proposedByName!: string | null;
  @Field(() => GraphQLISODateTime) proposedAt!: Date;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'One reason for a verdict, with the evidence it concerns.' })
export class AcceptanceReason {
  @Field(() => AcceptanceReasonKindEnum) kind!: AcceptanceReasonKind;
  @Field(() => AcceptanceReasonEffectEnum) effect!: AcceptanceReasonEffect;
  @Field() message!: string;
  @Field(() => [ID]) requirementIds!: string[];
  @Field(() => [ID]) caseIds!: string[];
  @Field(() => [ID]) defectIds!: string[];
  @Field(() => [ID]) waiverIds!: string[];
}

@ObjectType()
export class AcceptancePassRate {
  @Field(() => Int) passed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Cases whose latest result is blocked, skipped, retest or untested.' })
  notRun!: number;
  @Field(() => Float, { nullable: true, description: 'Null when no result passed or failed.' }) percent!: number | null;
}

@ObjectType()
export class AcceptanceShouldCoverage {
  @Field(() => Int) total!: number;
  @Field(() => Int) verified!: number;
  @Field(() => Int) waived!: number;
  @Field(() => Float, { nullable: true, description: 'Null when there is no should-requirement.' }) percent!:
    number | null;
}

@ObjectType()
export class RequirementAcceptance {
  @Field(() => ID) requirementId!: string;
  @Field(() => RequirementVerificationStateEnum) state!: RequirementVerificationState;
  @Field(() => ID, { nullable: true, description: 'The agreed waiver covering it, when it is not verified.' })
  waiverId!: string | null;
  @Field() code!: string;
  @Field() title!: string;
  @Field({
    description:
      'False for a demonstration, inspection, vendor statement or reference check (a recorded verification).',
  })
  verifiedByTest!: boolean;
}

@ObjectType({ description: 'The latest result of one case run against a candidate: where a reason’s case ids lead.' })
export class AcceptanceCaseEvidence {
  @Field(() => ID) caseId!: string;
  @Field() key!: string;
  @Field(() => ID, { description: 'The run the latest result belongs to.' }) runId!: string;
  @Field(() => ID) resultId!: string;
  @Field(() => TestResultStatusEnum) status!: TestResultStatus;
}

@ObjectType({ description: 'Whether the evidence on a candidate meets the evaluation’s acceptance criteria.' })
export class CandidateAcceptance {
  @Field(() => AcceptanceVerdictEnum) verdict!: AcceptanceVerdict;
  @Field(() => [AcceptanceReason]) reasons!: AcceptanceReason[];
  @Field(() => [RequirementAcceptance], { description: 'Each approved requirement’s state for this candidate.' })
  requirements!: RequirementAcceptance[];
  @Field(() => AcceptancePassRate) passRate!: AcceptancePassRate;
  @Field(() => AcceptanceShouldCoverage) shouldCoverage!: AcceptanceShouldCoverage;
  @Field(() => [AcceptanceCaseEvidence], { description: 'The latest result of each case run against the candidate.' })
  cases!: AcceptanceCaseEvidence[];
  @Field({
    description:
      'A hash of what the verdict was computed from (results, verifications, agreed waivers, open defects, criteria); a sign-off records it.',
  })
  fingerprint!: string;
}
