import {
  AccessPolicy,
  actorOf,
  AssayRequest,
  attachmentDisposition,
  CurrentActor,
  CustomHeaderGuard,
  HttpErrorFilter,
  ReceivedFile,
  RequestActor,
  streamedUpload,
  TemporaryUploadCleanup,
  UploadLimitInterceptor,
} from '@assay/api/core';
import {
  Body,
  CanActivate,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';

import { ownerKindOf, UploadAttachmentFields } from './attachments.inputs';
import { AttachmentsService } from './attachments.service';
import { Attachment, AttachmentOwnerKindEnum } from './attachments.types';

/** An attachment as the upload answers it: the fields of the GraphQL type, enum by its GraphQL name. */
export interface AttachmentJson {
  id: string;
  ownerKind: keyof typeof AttachmentOwnerKindEnum;
  ownerId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
  downloadUrl: string;
}

function toJson(attachment: Attachment): AttachmentJson {
  const ownerKind = (Object.keys(AttachmentOwnerKindEnum) as (keyof typeof AttachmentOwnerKindEnum)[]).find(
    (name) => AttachmentOwnerKindEnum[name] === attachment.ownerKind,
  )!;
  const { id, ownerId, fileName, contentType, sizeBytes, uploadedAt, downloadUrl } = attachment;
  return { id, ownerKind, ownerId, fileName, contentType, sizeBytes, uploadedAt, downloadUrl };
}

/** Refuses people who may not edit the catalogue before their upload is read into memory. */
@Injectable()
export class CatalogueEditorGuard implements CanActivate {
  constructor(private readonly access: AccessPolicy) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.access.requireCatalogueEditor(actorOf(context.switchToHttp().getRequest<AssayRequest>()));
    return true;
  }
}

/**
 * Attachment bytes over plain HTTP (their metadata is in GraphQL):
 * - `POST /api/attachments`, multipart/form-data with `ownerKind` (VENDOR, PRODUCT, RESEARCH_NOTE,
 *   REFERENCE_CHECK), `ownerId` and `file`; needs a catalogue editor and the header
 *   `X-Requested-With: assay` (see CustomHeaderGuard). 201 with the Attachment as JSON.
 * - `GET /api/attachments/:id` downloads the file, for any signed-in person.
 * Errors are `{ code, message }` with the matching status (400, 401, 403, 404, 413).
 * The global AuthGuard has identified the person first, as for GraphQL.
 */
@Controller('api/attachments')
@UseFilters(HttpErrorFilter)
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @HttpCode(201)
  // Guards run before the body is read: no header, no permission → no bytes buffered.
  @UseGuards(CustomHeaderGuard, CatalogueEditorGuard)
  @UseInterceptors(UploadLimitInterceptor, TemporaryUploadCleanup, streamedUpload())
  async upload(
    @CurrentActor() actor: RequestActor,
    @Body() fields: UploadAttachmentFields,
    @UploadedFile() file: ReceivedFile | undefined,
  ): Promise<AttachmentJson> {
    return toJson(await this.attachments.upload(actor, ownerKindOf(fields.ownerKind), fields.ownerId, file));
  }

  @Get(':id')
  async download(
    @CurrentActor() actor: RequestActor,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(actor, id);
    res.set({
      'Content-Type': attachment.contentType,
      'Content-Length': String(attachment.sizeBytes),
      'Content-Disposition': attachmentDisposition(attachment.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      // Should a browser render it anyway: no scripts, no plugins, no same-origin access.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    return new StreamableFile(stream);
  }
}
