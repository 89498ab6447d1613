import { IsIn, IsUUID } from 'class-validator';
import { AttachmentOwnerKind, AttachmentOwnerKindEnum } from './attachments.types';

/** The text fields of the multipart upload (`POST /api/attachments`), beside the `file` part. */
export class UploadAttachmentFields {
  @IsIn(Object.keys(AttachmentOwnerKindEnum), {
    message: `ownerKind must be one of ${Object.keys(AttachmentOwnerKindEnum).join(', ')}.`,
  })
  ownerKind!: keyof typeof AttachmentOwnerKindEnum;

  @IsUUID('all', { message: 'ownerId must be the id of the vendor, product, research note or reference check.' })
  ownerId!: string;
}

/** The GraphQL enum's name (VENDOR) → the stored owner kind (vendor). */
export function ownerKindOf(name: keyof typeof AttachmentOwnerKindEnum): AttachmentOwnerKind {
  return AttachmentOwnerKindEnum[name];
}
