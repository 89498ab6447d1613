import { TestResultStatusEnum } from '@assay/api/core';
import { DefectSeverityValue, DefectStatusValue, TestResultStatus } from '@assay/api/data';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DefectSeverityEnum = {
  CRITICAL: 'critical',
  MAJOR: 'major',
  MINOR: 'minor',
  TRIVIAL: 'trivial',
} as const;
registerEnumType(DefectSeverityEnum, { name: 'DefectSeverity' });

export const DefectStatusEnum = {
  TRIAGE: 'triage',
  OPEN: 'open',
  IN_PROGRESS: 'in_progress',
  FIXED: 'fixed',
  VERIFIED: 'verified',
  CLOSED: 'closed',
  WONT_FIX: 'wont_fix',
  DUPLICATE: 'duplicate',
} as const;
registerEnumType(DefectStatusEnum, {
  name: 'DefectStatus',
  description:
    'OPEN → IN_PROGRESS → FIXED → VERIFIED → CLOSED, or WONT_FIX (with a reason) or DUPLICATE (of another defect); TRIAGE: reported, waiting for a lead or a tester to accept it.',
});

@ObjectType({ description: 'A person as the defect screens name them.' })
export class DefectPerson {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType({ description: 'A problem ticket: found in an evaluation on a candidate, or in a product in use.' })
export class Defect {
  @Field(() => ID) id!: string;
  @Field({ description: 'D-<number>, unique within the evaluation or the product.' }) key!: string;
  @Field(() => Int) number!: number;
  @Field(() => ID, { nullable: true }) evaluationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Defects of a product in use.' }) productId!: string | null;
  @Field(() => String, { nullable: true, description: 'Defects of a product in use: the product’s name.' })
  productName!: string | null;
  @Field(() => ID, { nullable: true, description: 'Evaluation defects: the candidate it was found on.' })
  candidateId!: string | null;
  @Field(() => String, { nullable: true, description: 'The candidate as the lists name it, e.g. "Koha 24.11".' })
  candidateName!: string | null;
  @Field(() => ID, { nullable: true }) productVersionId!: string | null;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => DefectSeverityEnum) severity!: DefectSeverityValue;
  @Field({ description: 'Free text; Evaluation.defectComponents suggests the earlier ones.' }) component!: string;
  @Field({ description: 'The version (and build) it was found on.' }) foundInVersion!: string;
  @Field() vendorTicketRef!: string;
  @Field({ description: 'What the reporter reads once it is resolved.' }) resolutionNotes!: string;
  @Field(() => DefectStatusEnum) status!: DefectStatusValue;
  @Field(() => String, { nullable: true }) wontFixReason!: string | null;
  @Field(() => ID, { nullable: true }) duplicateOfId!: string | null;
  @Field(() => String, { nullable: true, description: 'The key of the defect this one duplicates.' })
  duplicateOfKey!: string | null;
  @Field(() => String, { nullable: true }) fixedInVersion!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Fixed: when its retest is due.' })
  retestDueAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was first resolved; null while unresolved.',
  })
  resolvedAt!: Date | null;
  @Field(() => DefectPerson, { nullable: true }) reporter!: DefectPerson | null;
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;
}

@ObjectType()
export class DefectPage {
  @Field(() => [Defect]) items!: Defect[];
  @Field(() => Int) total!: number;
}

@ObjectType({
  description: 'What the signed-in person may do with a defect now; the web shows its controls from this.',
})
export class DefectAccess {
  @Field({ description: 'Edit its fields and link results (leads and testers, while the evaluation is open).' })
  canEdit!: boolean;
  @Field({ description: 'Change its status (leads and testers, while the evaluation is open).' })
  canChangeStatus!: boolean;
  @Field(() => [DefectStatusEnum], { description: 'The statuses it may move to now (none when you may not).' })
  nextStatuses!: DefectStatusValue[];
}

@ObjectType({ description: 'A test result linked to a defect, with the case and run it belongs to.' })
export class DefectResult {
  @Field(() => ID) resultId!: string;
  @Field(() => ID) runId!: string;
  @Field(() => ID) planId!: string;
  @Field() planName!: string;
  @Field(() => ID) caseId!: string;
  @Field() caseKey!: string;
  @Field({ description: 'The case’s title as the result ran it.' }) caseTitle!: string;
  @Field(() => TestResultStatusEnum) status!: TestResultStatus;
  @Field() actualResult!: string;
  @Field({ description: 'The run’s product version, e.g. "Koha 24.11".' }) versionName!: string;
  @Field() environment!: string;
  @Field() buildLabel!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) executedAt!: Date | null;
  @Field(() => GraphQLISODateTime) linkedAt!: Date;
}

@ObjectType({
  description:
    'A screenshot kept with a defect (a staff problem report’s), served by GET /api/defects/:id/screenshots/:screenshotId.',
})
export class DefectScreenshot {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'Detected from the bytes: image/png, image/jpeg, image/gif or image/webp.' })
  contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;
}

@ObjectType({ description: 'A product in use (one with a test plan), as the problem report form offers it.' })
export class ProblemReportProduct {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() vendorName!: string;
}
