import { PriorityEnum, TestResultStatusEnum, VerificationMethodEnum } from '@assay/api/core';
import { RequirementPriority } from '@assay/api/data';
import {
  TestResultStatus,
  TRACEABILITY_STATUS_LABELS,
  TraceabilityStatus,
  VerificationMethod,
  VerificationOutcome,
} from '@assay/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VerificationOutcomeEnum } from '../verdicts/verdicts.types';

export const TraceabilityStatusEnum = {
  PASSED: 'passed',
  FAILED: 'failed',
  BLOCKED: 'blocked',
  NOT_RUN: 'not_run',
  UNCOVERED: 'uncovered',
  VERIFIED: 'verified',
  REJECTED: 'rejected',
  UNVERIFIED: 'unverified',
} as const satisfies Record<string, TraceabilityStatus>;
registerEnumType(TraceabilityStatusEnum, {
  name: 'TraceabilityStatus',
  description:
    'How a requirement stands for a candidate. Tested requirements: PASSED, FAILED, BLOCKED, NOT_RUN or UNCOVERED (no case linked); the other methods, by the latest recorded verification: VERIFIED, REJECTED or UNVERIFIED.',
  valuesMap: Object.fromEntries(
    Object.entries(TraceabilityStatusEnum).map(([key, value]) => [
      key,
      { description: TRACEABILITY_STATUS_LABELS[value] },
    ]),
  ),
});

@ObjectType()
export class TraceabilityCandidate {
  @Field(() => ID) id!: string;
  @Field({ description: 'The product and version, e.g. "Koha 24.11".' }) name!: string;
}

@ObjectType({ description: 'The recorded verification that counts: the latest.' })
export class TraceabilityVerification {
  @Field(() => VerificationOutcomeEnum) outcome!: VerificationOutcome;
  @Field() note!: string;
  @Field(() => String, { nullable: true }) recordedByName!: string | null;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}

@ObjectType({ description: 'One requirement for one candidate.' })
export class TraceabilityCell {
  @Field(() => ID) candidateId!: string;
  @Field(() => TraceabilityStatusEnum) status!: TraceabilityStatus;
  @Field(() => Int, { description: 'Linked cases (not archived).' }) cases!: number;
  @Field(() => Int, { description: 'Linked cases whose latest result passed.' }) passed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) blocked!: number;
  @Field(() => Int, { description: 'Linked cases not executed: untested, skipped, retest, or no result.' })
  notRun!: number;
  @Field(() => TraceabilityVerification, { nullable: true }) verification!: TraceabilityVerification | null;
}

@ObjectType()
export class TraceabilityCaseResult {
  @Field(() => ID) candidateId!: string;
  @Field(() => TestResultStatusEnum, { nullable: true, description: 'Null: never run against the candidate.' })
  status!: TestResultStatus | null;
}

@ObjectType({ description: 'A case linked to the requirement, with its latest result per candidate.' })
export class TraceabilityCase {
  @Field(() => ID) caseId!: string;
  @Field() key!: string;
  @Field() title!: string;
  @Field(() => [TraceabilityCaseResult]) results!: TraceabilityCaseResult[];
}

@ObjectType()
export class TraceabilityRow {
  @Field(() => ID) requirementId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() departmentName!: string;
  @Field(() => PriorityEnum) priority!: RequirementPriority;
  @Field() mandatory!: boolean;
  @Field(() => VerificationMethodEnum) verificationMethod!: VerificationMethod;
  @Field(() => [TraceabilityCell], { description: 'In the order of Traceability.candidates.' })
  cells!: TraceabilityCell[];
  @Field(() => [TraceabilityCase], { description: 'The linked cases, by key.' }) cases!: TraceabilityCase[];
}

@ObjectType()
export class TraceabilityTotal {
  @Field(() => TraceabilityStatusEnum) status!: TraceabilityStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    'Approved requirements × candidates × the latest result of each linked case, judged as the acceptance verdict judges them.',
})
export class Traceability {
  @Field(() => [TraceabilityCandidate], {
    description: 'The columns: candidates not eliminated (or the one asked for), by name.',
  })
  candidates!: TraceabilityCandidate[];
  @Field(() => [TraceabilityRow], { description: 'One page of requirements, by code.' }) rows!: TraceabilityRow[];
  @Field(() => Int, { description: 'Requirements matching the whole filter.' }) total!: number;
  @Field(() => [TraceabilityTotal], {
    description:
      'Cells per status over the requirements matching the department and priority filter (the status filter picks rows, not these counts), every status listed.',
  })
  totals!: TraceabilityTotal[];
}
