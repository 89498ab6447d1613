import {
  actorOf,
  AssayRequest,
  attachmentDisposition,
  CurrentActor,
  CustomHeaderGuard,
  HttpErrorFilter,
  RequestActor,
  ReceivedFile,
  streamedUpload,
  TemporaryUploadCleanup,
  UploadLimitInterceptor,
} from '@assay/api/core';
import {
  CanActivate,
  Controller,
  Delete,
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

import { EvidenceService } from './evidence.service';
import { TestResultAttachment } from './evidence.types';

/** Refuses people who may not add evidence to the result before their upload is read into memory. */
@Injectable()
export class ResultExecutorGuard implements CanActivate {
  constructor(private readonly evidence: EvidenceService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AssayRequest & { params: Record<string, string> }>();
    await this.evidence.assertMayAdd(actorOf(request), request.params['resultId'] ?? '');
    return true;
  }
}

/**
 * Evidence bytes over plain HTTP (the list is `TestResult.attachments` in GraphQL):
 * - `POST /api/test-results/:resultId/attachments`, multipart/form-data with `file`; for those who
 *   execute the run while it is open, with the header `X-Requested-With: assay` (CustomHeaderGuard).
 *   201 with the TestResultAttachment as JSON.
 * - `GET /api/test-results/:resultId/attachments/:attachmentId` downloads it, for readers of the plan.
 * - `DELETE /api/test-results/:resultId/attachments/:attachmentId` removes it (as the GraphQL
 *   mutation `deleteTestResultAttachment` does), with the same header.
 * Errors are `{ code, message }` with the matching status (400, 401, 403, 404, 409, 413).
 */
@Controller('api/test-results/:resultId/attachments')
@UseFilters(HttpErrorFilter)
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @HttpCode(201)
  // Guards run before the body is read: no header, no permission → no bytes buffered.
  @UseGuards(CustomHeaderGuard, ResultExecutorGuard)
  @UseInterceptors(UploadLimitInterceptor, TemporaryUploadCleanup, streamedUpload())
  upload(
    @CurrentActor() actor: RequestActor,
    @Param('resultId') resultId: string,
    @UploadedFile() file: ReceivedFile | undefined,
  ): Promise<TestResultAttachment> {
    return this.evidence.upload(actor, resultId, file);
  }

  @Get(':attachmentId')
  async download(
    @CurrentActor() actor: RequestActor,
    @Param('resultId') resultId: string,
    @Param('attachmentId') attachmentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.evidence.open(actor, resultId, attachmentId);
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

  @Delete(':attachmentId')
  @HttpCode(204)
  @UseGuards(CustomHeaderGuard)
  async remove(
    @CurrentActor() actor: RequestActor,
    @Param('resultId') resultId: string,
    @Param('attachmentId') attachmentId: string,
  ): Promise<void> {
    await this.evidence.delete(actor, attachmentId, resultId);
  }
}
