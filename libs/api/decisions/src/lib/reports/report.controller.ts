import {
  badInput,
  CurrentActor,
  fileDownload,
  HttpErrorFilter,
  RequestActor,
  XLSX_CONTENT_TYPE,
} from '@assay/api/core';
import { renderRecommendationPdf, renderRecommendationXlsx, reportFileName } from '@assay/api/reports';
import { RecommendationReport } from '@assay/domain';
import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { RecommendationsService } from '../recommendations/recommendations.service';

const PDF_CONTENT_TYPE = 'application/pdf';

const uuid = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => badInput(`That is not ${what} id.`) });

/**
 * The decision report, made from the snapshot the directors approved: `GET
 * /api/decisions/:id/report.pdf` and `.xlsx`; and a submitted version's report marked as a draft:
 * `GET /api/recommendations/versions/:id/report.pdf` and `.xlsx`. Cookie or Bearer, like GraphQL;
 * members of the evaluation only (anyone else gets 404, as for an unknown id).
 */
@Controller('api')
@UseFilters(HttpErrorFilter)
export class DecisionReportController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get('decisions/:id/report.pdf')
  async decisionPdf(
    @CurrentActor() actor: RequestActor,
    @Param('id', uuid('a decision')) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return send(res, await this.recommendations.reportForDecision(actor, id), 'pdf');
  }

  @Get('decisions/:id/report.xlsx')
  async decisionXlsx(
    @CurrentActor() actor: RequestActor,
    @Param('id', uuid('a decision')) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return send(res, await this.recommendations.reportForDecision(actor, id), 'xlsx');
  }

  @Get('recommendations/versions/:id/report.pdf')
  async draftPdf(
    @CurrentActor() actor: RequestActor,
    @Param('id', uuid('a recommendation version')) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return send(res, await this.recommendations.reportForVersion(actor, id), 'pdf');
  }

  @Get('recommendations/versions/:id/report.xlsx')
  async draftXlsx(
    @CurrentActor() actor: RequestActor,
    @Param('id', uuid('a recommendation version')) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return send(res, await this.recommendations.reportForVersion(actor, id), 'xlsx');
  }
}

/** The report as a download in one of its two forms. */
async function send(res: Response, report: RecommendationReport, format: 'pdf' | 'xlsx'): Promise<StreamableFile> {
  const [body, type] =
    format === 'pdf'
      ? [await renderRecommendationPdf(report), PDF_CONTENT_TYPE]
      : [await renderRecommendationXlsx(report), XLSX_CONTENT_TYPE];
  return fileDownload(res, body, reportFileName(report, format), type);
}
