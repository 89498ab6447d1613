import {
  actorOf,
  AssayRequest,
  badInput,
  CSV_CONTENT_TYPE,
  CurrentActor,
  CustomHeaderGuard,
  fileDownload,
  HttpErrorFilter,
  RequestActor,
  singleFileUpload,
  UploadedBytes,
  uploadedSpreadsheet,
  uploadRouteId,
  XLSX_CONTENT_TYPE,
} from '@assay/api/core';
import {
  CanActivate,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import { MAX_CASE_FILE_BYTES } from './case-file';
import { CaseImportResult, CaseImportService } from './case-import.service';

const planId = () => new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not a test plan id.') });

/**
 * Refuses an import by someone who may not change the plan's cases before the upload is read:
 * guards run before the interceptor that receives the file, so a refused caller costs no upload.
 */
@Injectable()
export class MayImportCasesGuard implements CanActivate {
  constructor(private readonly imports: CaseImportService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AssayRequest>();
    const id = uploadRouteId(request, 'planId', 'That is not a test plan id.');
    CaseImportService.mode(typeof request.query['mode'] === 'string' ? request.query['mode'] : undefined);
    await this.imports.assertMayImport(actorOf(request), id);
    return true;
  }
}

/**
 * Test case spreadsheets over plain HTTP (cookie or Bearer, like GraphQL):
 * - `POST /api/test-plans/:planId/cases/import?mode=preview|apply`, multipart field `file` (.csv or
 *   .xlsx, recognised by content), header `X-Requested-With: assay`. Preview writes nothing; apply
 *   writes every case or none (`applied: false` with the problems, each naming line and column).
 * - `GET /api/test-plans/:planId/cases/export?format=csv|xlsx`: the same columns, one row per step.
 * Errors are `{ code, message }` with the matching status.
 */
@Controller('api/test-plans/:planId/cases')
@UseFilters(HttpErrorFilter)
export class CaseFileController {
  constructor(private readonly imports: CaseImportService) {}

  @Post('import')
  @HttpCode(200)
  @UseGuards(CustomHeaderGuard, MayImportCasesGuard)
  @UseInterceptors(singleFileUpload(MAX_CASE_FILE_BYTES))
  async import(
    @CurrentActor() actor: RequestActor,
    @Param('planId', planId()) id: string,
    @Query('mode') mode: string | undefined,
    @UploadedFile() file: UploadedBytes | undefined,
  ): Promise<CaseImportResult> {
    const apply = CaseImportService.mode(mode);
    return this.imports.import(actor, id, uploadedSpreadsheet(file, MAX_CASE_FILE_BYTES), apply);
  }

  @Get('export')
  async export(
    @CurrentActor() actor: RequestActor,
    @Param('planId', planId()) id: string,
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    if (format !== 'csv' && format !== 'xlsx')
      throw badInput('Say format=csv or format=xlsx.', [{ field: 'format', problems: ['csv or xlsx.'] }]);
    const file = format === 'csv' ? await this.imports.exportCsv(actor, id) : await this.imports.exportXlsx(actor, id);
    return fileDownload(res, file.bytes, file.fileName, format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE);
  }
}
