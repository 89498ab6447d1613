import { CSV_CONTENT_TYPE, CurrentActor, HttpErrorFilter, RequestActor, XLSX_CONTENT_TYPE } from '@assay/api/core';
import { Controller, Get, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { VendorExportQuery } from './export.inputs';
import { ExportService } from './export.service';

/**
 * The vendor catalogue as a spreadsheet, one row per product:
 * - `GET /api/export/vendors.csv` (UTF-8 with a byte-order mark)
 * - `GET /api/export/vendors.xlsx`
 * Query parameters are the vendor list's filter: `search`, `status` (repeatable), `licence`,
 * `hosting`, `archived`. For anyone signed in (session cookie or `Authorization: Bearer`); the
 * global AuthGuard identifies the person first, as for GraphQL. Errors are `{ code, message }`
 * with 400 (a parameter, named in the message) or 401.
 */
@Controller('api/export')
@UseFilters(HttpErrorFilter)
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('vendors.csv')
  async vendorsCsv(
    @CurrentActor() actor: RequestActor,
    @Query() query: VendorExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.exports.csv(actor, query.toFilter());
    return download(res, bytes, CSV_CONTENT_TYPE, 'csv');
  }

  @Get('vendors.xlsx')
  async vendorsXlsx(
    @CurrentActor() actor: RequestActor,
    @Query() query: VendorExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.exports.xlsx(actor, query.toFilter());
    return download(res, bytes, XLSX_CONTENT_TYPE, 'xlsx');
  }
}

function download(res: Response, bytes: Buffer, contentType: string, extension: string): StreamableFile {
  res.set({
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
    'Content-Disposition': `attachment; filename="vendors-${new Date().toISOString().slice(0, 10)}.${extension}"`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  return new StreamableFile(bytes);
}
