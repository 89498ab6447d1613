import { RequirementEntity, RequirementPriority, RequirementStatus, TrainingNeedEntity } from '@assay/api/data';
import { PriorityEnum, VerificationMethodEnum } from '@assay/api/core';
import { VerificationMethod } from '@assay/domain';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

// Shared with other features (the traceability matrix filters and shows them): declared in core.
export { PriorityEnum, VerificationMethodEnum };

export const RequirementStatusEnum = { PROPOSED: 'proposed', APPROVED: 'approved', REJECTED: 'rejected' } as const;
registerEnumType(RequirementStatusEnum, { name: 'RequirementStatus' });

export const DecisionEnum = { APPROVE: 'approved', REJECT: 'rejected', REOPEN: 'proposed' } as const;
registerEnumType(DecisionEnum, {
  name: 'RequirementDecision',
  description: 'REOPEN sends a decided requirement back to proposed.',
});

@ObjectType({ description: 'What a department needs from the system.' })
export class Requirement {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field() category!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => PriorityEnum) priority!: RequirementPriority;
  @Field({ description: 'A knockout: a candidate that does not meet it is disqualified.' }) mandatory!: boolean;
  @Field(() => VerificationMethodEnum) verificationMethod!: VerificationMethod;
  @Field() rationale!: string;
  @Field(() => RequirementStatusEnum) status!: RequirementStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
  @Field() isDemo!: boolean;
  @Field(() => ID, { nullable: true, description: 'The requirement library item it was copied from.' })
  libraryItemId!: string | null;
  @Field(() => Int, { nullable: true, description: 'The version of the library it was copied from.' })
  libraryVersion!: number | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
  decidedBy!: string | null;
  createdBy!: string | null;

  static from(entity: RequirementEntity): Requirement {
    return Object.assign(new Requirement(), {
      id: entity.id,
      evaluationId: entity.evaluationId,
      code: entity.code,
      title: entity.title,
      description: entity.description,
      category: entity.category,
      departmentId: entity.departmentId,
      priority: entity.priority,
      mandatory: entity.mandatory,
      verificationMethod: entity.verificationMethod,
      rationale: entity.rationale,
      status: entity.status,
      decidedAt: entity.decidedAt,
      decisionComment: entity.decisionComment,
      isDemo: entity.isDemo,
      libraryItemId: entity.libraryItemId ?? null,
      libraryVersion: entity.libraryVersion ?? null,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
      decidedBy: entity.decidedBy,
      createdBy: entity.createdBy,
    });
  }
}

@ObjectType({ description: 'A test case that verifies a requirement, with the plan it belongs to.' })
export class RequirementTestCase {
  @Field(() => ID) id!: string;
  @Field({ description: 'Unique in its plan, e.g. CIRC-T-001.' }) key!: string;
  @Field({ description: 'The title of its current version.' }) title!: string;
  @Field(() => ID) planId!: string;
  @Field() planName!: string;
}

@ObjectType()
export class RequirementPage {
  @Field(() => [Requirement]) items!: Requirement[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'How many requirements one department has at one priority and status.' })
export class RequirementCount {
  @Field(() => ID) departmentId!: string;
  @Field(() => PriorityEnum) priority!: RequirementPriority;
  @Field(() => RequirementStatusEnum) status!: RequirementStatus;
  @Field(() => Int) count!: number;
}

// ---- training needs -----------------------------------------------------------------------

@ObjectType({ description: 'What staff of a department must learn for a candidate.' })
export class TrainingNeed {
  @Field(() => ID) id!: string;
  @Field(() => ID) evaluationId!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID) departmentId!: string;
  @Field() topic!: string;
  @Field(() => Int) people!: number;
  @Field(() => Float) hoursPerPerson!: number;
  @Field() notes!: string;
  @Field(() => Int) version!: number;

  static from(entity: TrainingNeedEntity): TrainingNeed {
    return Object.assign(new TrainingNeed(), {
      id: entity.id,
      evaluationId: entity.evaluationId,
      candidateId: entity.candidateId,
      departmentId: entity.departmentId,
      topic: entity.topic,
      people: entity.people,
      hoursPerPerson: entity.hoursPerPerson,
      notes: entity.notes,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'Training effort per candidate, summed over departments.' })
export class TrainingSummary {
  @Field(() => ID) candidateId!: string;
  @Field(() => Int) needs!: number;
  @Field(() => Int, { description: 'Places on courses (a person in two topics counts twice).' }) people!: number;
  @Field(() => Float, { description: 'Sum of people × hours per person.' }) totalHours!: number;
}
