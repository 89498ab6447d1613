import { AttachmentEntity } from '@assay/api/data';
import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const AttachmentOwnerKindEnum = {
  VENDOR: 'vendor',
  PRODUCT: 'product',
  RESEARCH_NOTE: 'research_note',
  REFERENCE_CHECK: 'reference_check',
} as const;
registerEnumType(AttachmentOwnerKindEnum, { name: 'AttachmentOwnerKind' });
export type AttachmentOwnerKind = (typeof AttachmentOwnerKindEnum)[keyof typeof AttachmentOwnerKindEnum];

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
