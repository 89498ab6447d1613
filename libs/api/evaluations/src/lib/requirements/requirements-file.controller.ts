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
import { MAX_REQUIREMENT_FILE_BYTES } from './requirements-file';
import { ImportResult, RequirementsImportService } from './requirements-import.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Refuses an import by someone who may not import into the evaluation before the upload is read:
 * guards run before the interceptor that receives the file, so a refused caller costs no upload.
 */
@Injectable()
export class MayImportGuard implements CanActivate {
  constructor(private readonly imports: RequirementsImportService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AssayRequest>();
    const param = request.params['id'];
    const id = typeof param === 'string' ? param : '';
    if (!UUID.test(id)) throw badInput('That is not an evaluation id.');
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
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_REQUIREMENT_FILE_BYTES, files: 1 } }))
  async import(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Query('mode') mode: string | undefined,
    @UploadedFile() file: { buffer: Buffer; size: number } | undefined,
  ): Promise<ImportResult> {
    if (mode !== 'preview' && mode !== 'commit')
      throw badInput('Say mode=preview (check the file, write nothing) or mode=commit (import it).');
    if (!file) throw badInput('Attach the spreadsheet as the form field "file".');
    if (file.size >= MAX_REQUIREMENT_FILE_BYTES)
      throw new PayloadTooLargeException(`The file is larger than ${MAX_REQUIREMENT_FILE_BYTES / 1024 / 1024} MB.`);
    return mode === 'preview'
      ? this.imports.preview(actor, id, file.buffer)
      : this.imports.commit(actor, id, file.buffer);
  }

  @Get('export.csv')
  async exportCsv(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.imports.exportCsv(actor, id);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`requirements-${today()}.csv`),
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(bytes);
  }

  @Get('export.xlsx')
  async exportXlsx(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.imports.exportXlsx(actor, id);
    res.set({
      'Content-Type': XLSX,
      'Content-Disposition': attachmentDisposition(`requirements-${today()}.xlsx`),
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(bytes);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
