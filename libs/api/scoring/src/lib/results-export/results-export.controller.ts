import {
  attachmentDisposition,
  badInput,
  CurrentActor,
  HttpErrorFilter,
  RequestActor,
  XLSX_CONTENT_TYPE,
} from '@assay/api/core';
import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ResultsExportService } from './results-export.service';

/**
 * `GET /api/rounds/:roundId/results.xlsx`: a revealed round's results as a workbook (sheets
 * Ranking, Scores, Consensus, Agreement, Sensitivity, Weights). Cookie or Bearer, like GraphQL;
 * members of the evaluation only, and only after the reveal. Errors are `{ code, message }` with
 * 401, 403 (not a member, or still blind) or 404.
 */
@Controller('api/rounds/:roundId')
@UseFilters(HttpErrorFilter)
export class ResultsExportController {
  constructor(private readonly exports: ResultsExportService) {}

  @Get('results.xlsx')
  async results(
    @CurrentActor() actor: RequestActor,
    @Param('roundId', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not a round id.') }))
    roundId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { bytes, fileName } = await this.exports.workbook(actor, roundId);
    res.set({
      'Content-Type': XLSX_CONTENT_TYPE,
      'Content-Length': String(bytes.length),
      'Content-Disposition': attachmentDisposition(fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(bytes);
  }
}
