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
import { MAX_REQUIREMENT_FILE_BYTES } from './requirements-file';
import { ImportResult, RequirementsImportService } from './requirements-import.service';

/**
 * Refuses an import by someone who may not import into the evaluation before the upload is read:
 * guards run before the interceptor that receives the file, so a refused caller costs no upload.
 */
@Injectable()
export class MayImportGuard implements CanActivate {
  constructor(private readonly imports: RequirementsImportService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AssayRequest>();
    const id = uploadRouteId(request, 'id', 'That is not an evaluation id.');
    await this.imports.assertMayImportInto(actorOf(request), id);
    return true;
  }
}

/**
 * Requirement spreadsheets over plain HTTP (cookie or Bearer, like GraphQL):
 * - `POST /api/evaluations/:id/requirements/import?mode=preview|commit`, multipart field `file`
 *   (.csv or .xlsx, recognised by content), header `X-Requested-With: assay`. Preview writes
 *   nothing; commit writes every row or none (`committed: false` with the problems).
 * - `GET /api/evaluations/:id/requirements/export.csv` and `export.xlsx`: the same columns.
 * Errors are `{ code, message }` with the matching status.
 */
@Controller('api/evaluations/:id/requirements')
@UseFilters(HttpErrorFilter)
export class RequirementsFileController {
  constructor(private readonly imports: RequirementsImportService) {}

  @Post('import')
  @HttpCode(200)
  @UseGuards(CustomHeaderGuard, MayImportGuard)
  @UseInterceptors(singleFileUpload(MAX_REQUIREMENT_FILE_BYTES))
  async import(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Query('mode') mode: string | undefined,
    @UploadedFile() file: UploadedBytes | undefined,
  ): Promise<ImportResult> {
    if (mode !== 'preview' && mode !== 'commit')
      throw badInput('Say mode=preview (check the file, write nothing) or mode=commit (import it).');
    const bytes = uploadedSpreadsheet(file, MAX_REQUIREMENT_FILE_BYTES);
    return mode === 'preview' ? this.imports.preview(actor, id, bytes) : this.imports.commit(actor, id, bytes);
  }

  @Get('export.csv')
  async exportCsv(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.imports.exportCsv(actor, id);
    return fileDownload(res, bytes, `requirements-${today()}.csv`, CSV_CONTENT_TYPE);
  }

  @Get('export.xlsx')
  async exportXlsx(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.imports.exportXlsx(actor, id);
    return fileDownload(res, bytes, `requirements-${today()}.xlsx`, XLSX_CONTENT_TYPE);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
