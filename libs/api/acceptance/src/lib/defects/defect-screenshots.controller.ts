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
import { DefectScreenshotsService } from './defect-screenshots.service';
import { DefectScreenshot } from './defects.types';

/** Refuses people who may not add a screenshot to the defect before their upload is read into memory. */
@Injectable()
export class ScreenshotAdderGuard implements CanActivate {
  constructor(private readonly screenshots: DefectScreenshotsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AssayRequest & { params: Record<string, string> }>();
    await this.screenshots.assertMayAdd(actorOf(request), request.params['defectId'] ?? '');
    return true;
  }
}

/**
 * Screenshots of a defect over plain HTTP (the list is `Defect.screenshots` in GraphQL):
 * - `POST /api/defects/:defectId/screenshots`, multipart/form-data with `file` (a PNG, JPEG, GIF or
 *   WebP image by its bytes, within ASSAY_MAX_UPLOAD_MB), header `X-Requested-With: assay`; for the
 *   defect's reporter and those who work on it. 201 with the DefectScreenshot as JSON.
 * - `GET /api/defects/:defectId/screenshots/:screenshotId` downloads it, for the defect's readers.
 * Errors are `{ code, message }` with the matching status (400, 401, 403, 404, 413).
 */
@Controller('api/defects/:defectId/screenshots')
@UseFilters(HttpErrorFilter)
export class DefectScreenshotsController {
  constructor(private readonly screenshots: DefectScreenshotsService) {}

  @Post()
  @HttpCode(201)
  @UseGuards(CustomHeaderGuard, ScreenshotAdderGuard)
  @UseInterceptors(UploadLimitInterceptor, TemporaryUploadCleanup, streamedUpload())
  upload(
    @CurrentActor() actor: RequestActor,
    @Param('defectId') defectId: string,
    @UploadedFile() file: ReceivedFile | undefined,
  ): Promise<DefectScreenshot> {
    return this.screenshots.upload(actor, defectId, file);
  }

  @Get(':screenshotId')
  async download(
    @CurrentActor() actor: RequestActor,
    @Param('defectId') defectId: string,
    @Param('screenshotId') screenshotId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { screenshot, stream } = await this.screenshots.open(actor, defectId, screenshotId);
    res.set({
      'Content-Type': screenshot.contentType,
      'Content-Length': String(screenshot.sizeBytes),
      'Content-Disposition': attachmentDisposition(screenshot.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    return new StreamableFile(stream);
  }
}
