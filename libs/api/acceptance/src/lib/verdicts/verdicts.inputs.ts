import { VerificationOutcome } from '@assay/domain';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { VerificationOutcomeEnum } from './verdicts.types';

/** The numbers and switches are checked by the service (acceptanceCriteriaErrors), which names the field. */
@InputType({ description: 'Changes an evaluation’s acceptance criteria; fields left out keep their value.' })
export class SetAcceptanceCriteriaInput {
  @Field(() => ID) @IsUUID() evaluationId!: string;
  @Field(() => Int, { description: 'The version read (0 while the defaults apply).' })
  @IsInt()
  @Min(0)
  version!: number;
  @Field({ nullable: true }) @IsOptional() mandatoryVerified?: boolean;
  @Field(() => Float, { nullable: true }) @IsOptional() passRateThreshold?: number;
  @Field({ nullable: true }) @IsOptional() noOpenCriticalDefects?: boolean;
  @Field({ nullable: true }) @IsOptional() noOpenMajorDefects?: boolean;
  @Field(() => Float, { nullable: true, description: 'Null: no minimum required.' })
  @IsOptional()
  minShouldCoverage?: number | null;
}

@InputType({ description: 'The outcome of a demonstration, inspection, vendor statement or reference check.' })
export class RecordVerificationInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() requirementId!: string;
  @Field(() => VerificationOutcomeEnum) @IsIn(Object.values(VerificationOutcomeEnum)) outcome!: VerificationOutcome;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

@InputType()
export class ProposeWaiverInput {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => ID) @IsUUID() requirementId!: string;
  @Field({ description: 'Why the candidate may be accepted without it.' })
  @IsString()
  @MaxLength(4000)
  rationale!: string;
}

@InputType({ description: 'Agrees to, rejects or withdraws a waiver, at the version read.' })
export class WaiverDecisionInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}
