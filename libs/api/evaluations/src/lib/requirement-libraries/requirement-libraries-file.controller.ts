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
  ParseIntPipe,
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
import { MAX_REQUIREMENT_FILE_BYTES } from '../requirements/requirements-file';
import { LibraryImportResult, RequirementLibrariesService } from './requirement-libraries.service';

/** Refuses an import by someone who may not keep libraries before the upload is read. */
@Injectable()
export class MayKeepLibrariesGuard implements CanActivate {
  constructor(private readonly libraries: RequirementLibrariesService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.libraries.assertMaintainer(actorOf(context.switchToHttp().getRequest<AssayRequest>()));
    return true;
  }
}

const libraryId = () => new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not a library id.') });
const versionNumber = () => new ParseIntPipe({ exceptionFactory: () => badInput('That is not a version number.') });

/**
 * Requirement library files over plain HTTP, in the evaluation requirement file's columns:
 * - `POST /api/requirement-libraries/:id/import?mode=preview|commit`, multipart field `file` (.csv or .xlsx), header
 *   `X-Requested-With: assay`: preview writes nothing; commit replaces the draft version's items, all
 *   or nothing (`committed: false` with the problems by line).
 * - `GET /api/requirement-libraries/:id/versions/:version/export.csv` and `export.xlsx`.
 */
@Controller('api/requirement-libraries/:id')
@UseFilters(HttpErrorFilter)
export class RequirementLibrariesFileController {
  constructor(private readonly libraries: RequirementLibrariesService) {}

  @Post('import')
  @HttpCode(200)
  @UseGuards(CustomHeaderGuard, MayKeepLibrariesGuard)
  @UseInterceptors(singleFileUpload(MAX_REQUIREMENT_FILE_BYTES))
  async import(
    @CurrentActor() actor: RequestActor,
    @Param('id', libraryId()) id: string,
    @Query('mode') mode: string | undefined,
    @UploadedFile() file: UploadedBytes | undefined,
  ): Promise<LibraryImportResult> {
    if (mode !== 'preview' && mode !== 'commit')
      throw badInput('Say mode=preview (check the file, write nothing) or mode=commit (import it).');
    return this.libraries.importFile(actor, id, uploadedSpreadsheet(file, MAX_REQUIREMENT_FILE_BYTES), mode);
  }

  @Get('versions/:version/export.csv')
  async exportCsv(
    @CurrentActor() actor: RequestActor,
    @Param('id', libraryId()) id: string,
    @Param('version', versionNumber()) version: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.libraries.exportCsv(actor, id, version);
    return fileDownload(res, bytes, `requirement-library-v${version}.csv`, CSV_CONTENT_TYPE);
  }

  @Get('versions/:version/export.xlsx')
  async exportXlsx(
    @CurrentActor() actor: RequestActor,
    @Param('id', libraryId()) id: string,
    @Param('version', versionNumber()) version: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.libraries.exportXlsx(actor, id, version);
    return fileDownload(res, bytes, `requirement-library-v${version}.xlsx`, XLSX_CONTENT_TYPE);
  }
}
