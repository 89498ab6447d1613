import {
  Confidence,
  NoteSourceType,
  NoteTag,
  ReferenceAnswer as ReferenceAnswerValue,
  ReferenceCheckEntity,
  ReferenceQuestionEntity,
  ResearchNoteEntity,
} from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const NoteSourceTypeEnum = {
  URL: 'url',
  DOCUMENT: 'document',
  DEMO: 'demo',
  REFERENCE_CALL: 'reference_call',
  CONFERENCE: 'conference',
  OTHER: 'other',
} as const;
registerEnumType(NoteSourceTypeEnum, { name: 'NoteSourceType' });

export const NoteTagEnum = {
  FINANCIAL_HEALTH: 'financial_health',
  INSTALL_BASE: 'install_base',
  ROADMAP: 'roadmap',
  SUPPORT: 'support',
  SECURITY: 'security',
  ACCESSIBILITY: 'accessibility',
  PRICING: 'pricing',
} as const;
registerEnumType(NoteTagEnum, { name: 'NoteTag' });

export const ConfidenceEnum = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' } as const;
registerEnumType(ConfidenceEnum, { name: 'Confidence', description: 'How far the finding can be relied on.' });

@ObjectType({ description: 'A dated finding about a vendor or product, with its source.' })
export class ResearchNote {
  @Field(() => ID) id!: string;
  @Field(() => ID) vendorId!: string;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'When the finding was made or published (YYYY-MM-DD).' }) observedOn!: string;
  @Field(() => NoteSourceTypeEnum) sourceType!: NoteSourceType;
  @Field(() => String, { nullable: true }) sourceUrl!: string | null;
  @Field(() => String, { nullable: true }) sourceTitle!: string | null;
  @Field(() => [NoteTagEnum]) tags!: NoteTag[];
  @Field(() => ConfidenceEnum) confidence!: Confidence;
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;
  authorId!: string | null;

  static from(entity: ResearchNoteEntity): ResearchNote {
    return Object.assign(new ResearchNote(), {
      id: entity.id,
      vendorId: entity.vendorId,
      productId: entity.productId,
      title: entity.title,
      body: entity.body,
      observedOn: entity.observedOn,
      sourceType: entity.sourceType,
      sourceUrl: entity.sourceUrl,
      sourceTitle: entity.sourceTitle,
      tags: entity.tags,
      confidence: entity.confidence,
      isDemo: entity.isDemo,
      archivedAt: entity.archivedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
      authorId: entity.authorId,
    });
  }
}

@ObjectType()
export class ResearchNotePage {
  @Field(() => [ResearchNote]) items!: ResearchNote[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A reusable question asked in reference checks.' })
export class ReferenceQuestion {
  @Field(() => ID) id!: string;
  @Field() text!: string;
  @Field(() => Int) position!: number;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;

  static from(entity: ReferenceQuestionEntity): ReferenceQuestion {
    return Object.assign(new ReferenceQuestion(), {
      id: entity.id,
      text: entity.text,
      position: entity.position,
      active: entity.active,
      version: entity.version,
    });
  }
}

@ObjectType()
export class ReferenceAnswer {
  @Field(() => ID, { nullable: true }) questionId!: string | null;
  @Field({ description: 'The question as it was asked.' }) question!: string;
  @Field() answer!: string;
}

@ObjectType({ description: 'A conversation with another library that uses a product.' })
export class ReferenceCheck {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field() libraryName!: string;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field() checkedOn!: string;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' }) rating!: number;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => [ReferenceAnswer]) answers!: ReferenceAnswerValue[];
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;
  authorId!: string | null;

  static from(entity: ReferenceCheckEntity): ReferenceCheck {
    return Object.assign(new ReferenceCheck(), {
      id: entity.id,
      productId: entity.productId,
      libraryName: entity.libraryName,
      contactName: entity.contactName,
      contactEmail: entity.contactEmail,
      checkedOn: entity.checkedOn,
      rating: entity.rating,
      summary: entity.summary,
      answers: entity.answers,
      isDemo: entity.isDemo,
      archivedAt: entity.archivedAt,
      version: entity.version,
      authorId: entity.authorId,
    });
  }
}

@ObjectType({ description: 'Reference checks of a product, summarised (archived ones left out).' })
export class ReferenceSummary {
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true, description: 'Mean overall rating, 1–5; null without checks.' }) meanRating!:
    number | null;
  @Field(() => String, { nullable: true }) latestCheckedOn!: string | null;
}
