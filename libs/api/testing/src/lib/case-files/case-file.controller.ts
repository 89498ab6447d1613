import {
  actorOf,
  AssayRequest,
  attachmentDisposition,
  badInput,
  CurrentActor,
  CustomHeaderGuard,
  HttpErrorFilter,
  RequestActor,
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
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { MAX_CASE_FILE_BYTES } from './case-file';
import { CaseImportResult, CaseImportService } from './case-import.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
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
    const param = request.params['planId'];
    const id = typeof param === 'string' ? param : '';
    if (!UUID.test(id)) throw badInput('That is not a test plan id.');
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
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CASE_FILE_BYTES, files: 1 } }))
  async import(
    @CurrentActor() actor: RequestActor,
    @Param('planId', planId()) id: string,
    @Query('mode') mode: string | undefined,
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
  ): Promise<CaseImportResult> {
    const apply = CaseImportService.mode(mode);
    if (!file) throw badInput('Attach the spreadsheet as the form field "file".');
    if (file.size >= MAX_CASE_FILE_BYTES)
      throw new PayloadTooLargeException(`The file is larger than ${MAX_CASE_FILE_BYTES / 1024 / 1024} MB.`);
    return this.imports.import(actor, id, file.buffer, apply);
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
    res.set({
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
      'Content-Disposition': attachmentDisposition(file.fileName),
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(file.bytes);
  }
}
