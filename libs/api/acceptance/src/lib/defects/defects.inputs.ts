import { DefectSeverityValue, DefectStatusValue } from '@assay/api/data';
import { DEFECT_SEVERITIES, DEFECT_STATUSES } from '@assay/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DefectSeverityEnum, DefectStatusEnum } from './defects.types';

const SEVERITY_MESSAGE = 'Choose a severity: critical, major, minor or trivial.';

@InputType({
  description:
    'A defect of an evaluation (evaluationId, with the candidate it was found on) or of a product in use (productId), or raised from a failed result (fromResultId), which gives both and prefills the title and description.',
})
export class CreateDefectInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() evaluationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'A failed result: the defect is linked to it, found on its candidate and version.',
  })
  @IsOptional()
  @IsUUID()
  fromResultId?: string;
  @Field(() => ID, { nullable: true, description: 'Evaluation defects: the candidate (required without a result).' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
  @Field(() => ID, { nullable: true, description: 'Product defects: the version it was found on.' })
  @IsOptional()
  @IsUUID()
  productVersionId?: string;
  @Field({ nullable: true, description: 'Left out with a result: the case’s title.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;
  @Field({ nullable: true, description: 'Left out with a result: the case’s steps and what actually happened.' })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  description?: string;
  @Field(() => DefectSeverityEnum, {
    nullable: true,
    description:
      'Left out with a result: from the case’s priority (critical, high → major, medium → minor, low → trivial).',
  })
  @IsOptional()
  @IsIn(DEFECT_SEVERITIES, { message: SEVERITY_MESSAGE })
  severity?: DefectSeverityValue;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) component?: string;
  @Field({ nullable: true, description: 'Left out: the candidate’s or result’s version (and build).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  foundInVersion?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) vendorTicketRef?: string;
}

@InputType({ description: 'Fields left out stay as they are. The status changes through changeDefectStatus.' })
export class UpdateDefectInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title.' })
  @MaxLength(300)
  title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50000) description?: string;
  @Field(() => DefectSeverityEnum, { nullable: true })
  @IsOptional()
  @IsIn(DEFECT_SEVERITIES, { message: SEVERITY_MESSAGE })
  severity?: DefectSeverityValue;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) component?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) foundInVersion?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) vendorTicketRef?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50000) resolutionNotes?: string;
  @Field(() => ID, { nullable: true, description: 'Evaluation defects: another candidate of the evaluation.' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;
}

@InputType({ description: 'Moves a defect to another status; what each status needs is given with it.' })
export class ChangeDefectStatusInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field(() => DefectStatusEnum) @IsIn(DEFECT_STATUSES) status!: DefectStatusValue;
  @Field({ nullable: true, description: 'WONT_FIX: why (required).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string;
  @Field(() => ID, { nullable: true, description: 'DUPLICATE: the other defect, of the same evaluation or product.' })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string;
  @Field({ nullable: true, description: 'FIXED: the version or build that fixes it (required).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fixedInVersion?: string;
  @Field({ nullable: true, description: 'Replaces the resolution notes, which the reporter reads.' })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  resolutionNotes?: string;
}

@InputType({ description: 'A result of the defect’s evaluation (or product), on the same candidate.' })
export class DefectResultInput {
  @Field(() => ID) @IsUUID() defectId!: string;
  @Field(() => ID) @IsUUID() resultId!: string;
}

@InputType()
export class DefectFilter {
  @Field(() => [DefectStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(DEFECT_STATUSES, { each: true })
  @ArrayMaxSize(8)
  statuses?: DefectStatusValue[];
  @Field(() => [DefectSeverityEnum], { nullable: true })
  @IsOptional()
  @IsIn(DEFECT_SEVERITIES, { each: true })
  @ArrayMaxSize(4)
  severities?: DefectSeverityValue[];
  @Field({ nullable: true, description: 'The component, whatever its case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  component?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() candidateId?: string;
  @Field(() => ID, { nullable: true, description: 'The product it was found on (any of its candidates’ versions).' })
  @IsOptional()
  @IsUUID()
  productId?: string;
  @Field({ nullable: true, description: 'Words in the key, title, description or vendor ticket.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}

@InputType({
  description:
    'A problem with a product in use, reported by anyone signed in; it becomes a defect of the product in TRIAGE.',
})
export class ReportProblemInput {
  @Field(() => ID) @IsUUID() productId!: string;
  @Field(() => ID, { nullable: true, description: 'The version in use, when the reporter knows it.' })
  @IsOptional()
  @IsUUID()
  productVersionId?: string;
  @Field({ description: 'What happened; its first line is the defect’s title.' })
  @IsString()
  @IsNotEmpty({ message: 'Say what happened.' })
  @MaxLength(5000)
  whatHappened!: string;
  @Field({ description: 'Where: the screen, module or task (the defect’s component).' })
  @IsString()
  @IsNotEmpty({ message: 'Say where it happened.' })
  @MaxLength(200)
  where!: string;
  @Field(() => DefectSeverityEnum, { description: 'How bad it is.' })
  @IsIn(DEFECT_SEVERITIES, { message: SEVERITY_MESSAGE })
  severity!: DefectSeverityValue;
}

@InputType({ description: 'Which defects of the products you manage to list.' })
export class ManagedProductDefectsFilter {
  @Field(() => [DefectStatusEnum], { nullable: true, description: 'Left out: TRIAGE, OPEN and IN_PROGRESS.' })
  @IsOptional()
  @IsIn(DEFECT_STATUSES, { each: true })
  @ArrayMaxSize(8)
  statuses?: DefectStatusValue[];
}
