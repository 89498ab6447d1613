import {
  AttachmentEntity,
  Confidence,
  NoteSourceType,
  NoteTag,
  ProductCategory,
  ProductEntity,
  ProductHosting,
  ProductLicence,
  ProductVersionEntity,
  ReferenceAnswer as ReferenceAnswerValue,
  ReferenceCheckEntity,
  ReferenceQuestionEntity,
  ResearchNoteEntity,
  VendorContactEntity,
  VendorEntity,
  VendorStatus,
} from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enum names outside, the database's values inside. */
export const VendorStatusEnum = {
  ACTIVE: 'active',
  WATCH: 'watch',
  ACQUIRED: 'acquired',
  INACTIVE: 'inactive',
} as const;
registerEnumType(VendorStatusEnum, {
  name: 'VendorStatus',
  description:
    'ACTIVE: trading; WATCH: concerns noted; ACQUIRED: bought by another company; INACTIVE: no longer trading or selling.',
});

export const ProductCategoryEnum = {
  ILS: 'ils',
  LSP: 'lsp',
  DISCOVERY: 'discovery',
  ERM: 'erm',
  DIGITAL_REPOSITORY: 'digital_repository',
  OTHER: 'other',
} as const;
registerEnumType(ProductCategoryEnum, {
  name: 'ProductCategory',
  description: 'ILS: integrated library system; LSP: library services platform; ERM: electronic resource management.',
});

export const LicenceEnum = { OPEN_SOURCE: 'open_source', PROPRIETARY: 'proprietary' } as const;
registerEnumType(LicenceEnum, { name: 'Licence' });

export const HostingEnum = { SAAS: 'saas', VENDOR_HOSTED: 'vendor_hosted', SELF_HOSTED: 'self_hosted' } as const;
registerEnumType(HostingEnum, { name: 'Hosting' });

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

/** Everything in the catalogue that can be archived, restored and has a history. */
export const CatalogKindEnum = {
  VENDOR: 'vendor',
  PRODUCT: 'product',
  PRODUCT_VERSION: 'product_version',
  CONTACT: 'vendor_contact',
  RESEARCH_NOTE: 'research_note',
  REFERENCE_CHECK: 'reference_check',
} as const;
export type CatalogKind = (typeof CatalogKindEnum)[keyof typeof CatalogKindEnum];
registerEnumType(CatalogKindEnum, { name: 'CatalogKind' });

export const AttachmentOwnerKindEnum = {
  VENDOR: 'vendor',
  PRODUCT: 'product',
  RESEARCH_NOTE: 'research_note',
  REFERENCE_CHECK: 'reference_check',
} as const;
registerEnumType(AttachmentOwnerKindEnum, { name: 'AttachmentOwnerKind' });
export type AttachmentOwnerKind = (typeof AttachmentOwnerKindEnum)[keyof typeof AttachmentOwnerKindEnum];

export const SearchKindEnum = { VENDOR: 'vendor', PRODUCT: 'product', RESEARCH_NOTE: 'research_note' } as const;
export type SearchKind = (typeof SearchKindEnum)[keyof typeof SearchKindEnum];
registerEnumType(SearchKindEnum, { name: 'SearchKind' });

export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

export const VendorSortFieldEnum = {
  NAME: 'name',
  UPDATED_AT: 'updated_at',
  PRODUCT_COUNT: 'product_count',
  NOTE_COUNT: 'note_count',
} as const;
registerEnumType(VendorSortFieldEnum, { name: 'VendorSortField' });

@ObjectType({ description: 'A company that sells or supports software.' })
export class Vendor {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) headquarters!: string | null;
  @Field(() => String, { nullable: true, description: 'Company size, ownership, financial notes.' }) companyNotes!:
    string | null;
  @Field(() => String, { nullable: true }) supportModel!: string | null;
  @Field(() => VendorStatusEnum) status!: VendorStatus;
  @Field({ description: 'Example data shipped with the demo, not research.' }) isDemo!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back when editing.' }) version!: number;
  productCount?: number;
  noteCount?: number;

  static from(entity: VendorEntity, counts?: { productCount: number; noteCount: number }): Vendor {
    return Object.assign(new Vendor(), {
      id: entity.id,
      name: entity.name,
      website: entity.website,
      headquarters: entity.headquarters,
      companyNotes: entity.companyNotes,
      supportModel: entity.supportModel,
      status: entity.status,
      isDemo: entity.isDemo,
      archivedAt: entity.archivedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
      ...counts,
    });
  }
}

@ObjectType()
export class VendorPage {
  @Field(() => [Vendor]) items!: Vendor[];
  @Field(() => Int, { description: 'All matches, not only this page.' }) total!: number;
}

@ObjectType({ description: 'A vendor’s product, e.g. Koha or Alma.' })
export class Product {
  @Field(() => ID) id!: string;
  @Field(() => ID) vendorId!: string;
  @Field() name!: string;
  @Field(() => ProductCategoryEnum) category!: ProductCategory;
  @Field(() => LicenceEnum) licence!: ProductLicence;
  @Field(() => [HostingEnum]) hosting!: ProductHosting[];
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() isDemo!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int) version!: number;

  static from(entity: ProductEntity): Product {
    return Object.assign(new Product(), {
      id: entity.id,
      vendorId: entity.vendorId,
      name: entity.name,
      category: entity.category,
      licence: entity.licence,
      hosting: entity.hosting,
      website: entity.website,
      description: entity.description,
      isDemo: entity.isDemo,
      archivedAt: entity.archivedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      version: entity.version,
    });
  }
}

@ObjectType()
export class ProductPage {
  @Field(() => [Product]) items!: Product[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A release of a product. `name` is the release, e.g. "24.11".' })
export class ProductVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) productId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) releaseDate!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(entity: ProductVersionEntity): ProductVersion {
    return Object.assign(new ProductVersion(), {
      id: entity.id,
      productId: entity.productId,
      name: entity.name,
      releaseDate: entity.releaseDate,
      notes: entity.notes,
      archivedAt: entity.archivedAt,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'A person at a vendor.' })
export class Contact {
  @Field(() => ID) id!: string;
  @Field(() => ID) vendorId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Int) version!: number;

  static from(entity: VendorContactEntity): Contact {
    return Object.assign(new Contact(), {
      id: entity.id,
      vendorId: entity.vendorId,
      name: entity.name,
      role: entity.role,
      email: entity.email,
      phone: entity.phone,
      notes: entity.notes,
      archivedAt: entity.archivedAt,
      version: entity.version,
    });
  }
}

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

@ObjectType({ description: 'A file kept with a vendor, product, note or reference check.' })
export class Attachment {
  @Field(() => ID) id!: string;
  @Field(() => AttachmentOwnerKindEnum) ownerKind!: string;
  @Field(() => ID) ownerId!: string;
  @Field() fileName!: string;
  @Field({ description: 'Detected from the file’s bytes.' }) contentType!: string;
  @Field(() => Float) sizeBytes!: number;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;
  @Field({ description: 'Relative URL that downloads the file (signed-in).' }) downloadUrl!: string;
  uploadedBy!: string | null;

  static from(entity: AttachmentEntity): Attachment {
    return Object.assign(new Attachment(), {
      id: entity.id,
      ownerKind: entity.ownerType,
      ownerId: entity.ownerId,
      fileName: entity.fileName,
      contentType: entity.contentType,
      sizeBytes: entity.sizeBytes,
      uploadedAt: entity.uploadedAt,
      downloadUrl: `/api/attachments/${entity.id}`,
      uploadedBy: entity.uploadedBy,
    });
  }
}

@ObjectType({ description: 'A piece of a search snippet; `match` marks the words that matched.' })
export class TextSegment {
  @Field() text!: string;
  @Field() match!: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchKindEnum) kind!: SearchKind;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ID) vendorId!: string;
  @Field() vendorName!: string;
  @Field(() => ID, { nullable: true }) productId!: string | null;
  @Field(() => [TextSegment]) snippet!: TextSegment[];
  @Field(() => Float) rank!: number;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit]) items!: SearchHit[];
  @Field(() => Int) total!: number;
}
