import {
  actorOf,
  AssayRequest,
  badInput,
  CurrentActor,
  CustomHeaderGuard,
  HttpErrorFilter,
  RequestActor,
  UploadLimitInterceptor,
} from '@assay/api/core';
import {
  CanActivate,
  Controller,
  ExecutionContext,
  HttpCode,
  Injectable,
  Param,
  Post,
  Query,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';

import { JUnitImportService, JUnitImportSummary, JUnitUpload } from './junit-import.service';

/**
 * Refuses an import by someone who may not record results in the run, or into a closed run, before
 * the upload is read: guards run before the interceptor that receives the file.
 */
@Injectable()
export class MayImportResultsGuard implements CanActivate {
  constructor(private readonly imports: JUnitImportService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AssayRequest>();
    const param = request.params['runId'];
    await this.imports.assertMayImport(actorOf(request), typeof param === 'string' ? param : '');
    return true;
  }
}

/**
 * Test results from any CI, over plain HTTP (cookie or Bearer token, like GraphQL):
 * `POST /api/test-runs/:runId/junit[?createMissing=true]`, multipart field `file` holding a JUnit
 * XML report, header `X-Requested-With: assay`. 200 with the counts (JUnitImportSummary).
 * Errors are `{ code, message }` with the matching status (400, 401, 403, 404, 409, 413).
 */
@Controller('api/test-runs/:runId')
@UseFilters(HttpErrorFilter)
export class JUnitController {
  constructor(private readonly imports: JUnitImportService) {}

  @Post('junit')
  @HttpCode(200)
  @UseGuards(CustomHeaderGuard, MayImportResultsGuard)
  @UseInterceptors(UploadLimitInterceptor, FileInterceptor('file'))
  async import(
    @CurrentActor() actor: RequestActor,
    @Param('runId') runId: string,
    @Query('createMissing') createMissing: string | undefined,
    @UploadedFile() file: JUnitUpload | undefined,
  ): Promise<JUnitImportSummary> {
    return this.imports.import(actor, runId, file, flag(createMissing));
  }
}

function flag(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw badInput('createMissing is true (create cases for the tests that match none) or false.', [
    { field: 'createMissing', problems: ['true or false.'] },
  ]);
}
