import {
  badInput,
  CSV_CONTENT_TYPE,
  CurrentActor,
  fileDownload,
  HttpErrorFilter,
  RequestActor,
  XLSX_CONTENT_TYPE,
} from '@assay/api/core';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DefectExportQuery } from './defects-export.query';
import { DefectsExportService } from './defects-export.service';

/**
 * An evaluation's defects as a spreadsheet, one row per defect, newest first:
 * - `GET /api/evaluations/:id/defects/export.csv` (UTF-8 with a byte-order mark)
 * - `GET /api/evaluations/:id/defects/export.xlsx`
 * Query parameters are the defect list's filter: `status` and `severity` (repeatable),
 * `component`, `candidateId`, `productId`, `text`. Members of the evaluation (cookie or Bearer, like
 * GraphQL). Errors are `{ code, message }` with 400 (a parameter, named), 401 or 404.
 */
@Controller('api/evaluations/:id/defects')
@UseFilters(HttpErrorFilter)
export class DefectsExportController {
  constructor(private readonly exports: DefectsExportService) {}

  @Get('export.csv')
  async csv(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Query() query: DefectExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.exports.csv(actor, id, query.toFilter());
    return fileDownload(res, bytes, `defects-${today()}.csv`, CSV_CONTENT_TYPE);
  }

  @Get('export.xlsx')
  async xlsx(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Query() query: DefectExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.exports.xlsx(actor, id, query.toFilter());
    return fileDownload(res, bytes, `defects-${today()}.xlsx`, XLSX_CONTENT_TYPE);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
