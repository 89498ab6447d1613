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
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { FeedbackGroupBy } from '../surveys/survey.types';
import { FeedbackExportService } from './feedback-export.service';

const GROUPINGS: FeedbackGroupBy[] = ['none', 'department', 'library'];
const lower = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim().toLowerCase()) : value;
const blankAsMissing = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export class FeedbackResultsQuery {
  @IsOptional()
  @Transform(lower)
  @IsIn(GROUPINGS, { message: `groupBy must be one of ${GROUPINGS.join(', ')}, in any case` })
  groupBy?: FeedbackGroupBy;
}

export class FeedbackCommentsQuery {
  @IsOptional()
  @Transform(blankAsMissing)
  @IsUUID('all', { message: 'questionId must be a question id' })
  questionId?: string;
  @IsOptional()
  @Transform(blankAsMissing)
  @IsUUID('all', { message: 'departmentId must be a department id' })
  departmentId?: string;
  @IsOptional()
  @Transform(blankAsMissing)
  @IsUUID('all', { message: 'memberLibraryId must be a member library id' })
  memberLibraryId?: string;
  @IsOptional()
  @IsString({ message: 'search must be given once, as text' })
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string;
}

const surveyId = () => new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not a survey id.') });

/**
 * A feedback survey's results and comments as files, for those who read its results (cookie or
 * Bearer, like GraphQL):
 * - `GET /api/feedback-surveys/:id/results.csv?groupBy=department|library|none` and `results.xlsx`
 * - `GET /api/feedback-surveys/:id/comments.csv?questionId=&departmentId=&memberLibraryId=&search=`
 * Errors are `{ code, message }` with 400 (a parameter, named), 401 or 404.
 */
@Controller('api/feedback-surveys/:id')
@UseFilters(HttpErrorFilter)
export class FeedbackExportController {
  constructor(private readonly exports: FeedbackExportService) {}

  @Get('results.csv')
  async resultsCsv(
    @CurrentActor() actor: RequestActor,
    @Param('id', surveyId()) id: string,
    @Query() query: FeedbackResultsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.exports.resultsCsv(actor, id, query.groupBy ?? 'department');
    return fileDownload(res, bytes, `survey-results-${today()}.csv`, CSV_CONTENT_TYPE);
  }

  @Get('results.xlsx')
  async resultsXlsx(
    @CurrentActor() actor: RequestActor,
    @Param('id', surveyId()) id: string,
    @Query() query: FeedbackResultsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.exports.resultsXlsx(actor, id, query.groupBy ?? 'department');
    return fileDownload(res, bytes, `survey-results-${today()}.xlsx`, XLSX_CONTENT_TYPE);
  }

  @Get('comments.csv')
  async commentsCsv(
    @CurrentActor() actor: RequestActor,
    @Param('id', surveyId()) id: string,
    @Query() query: FeedbackCommentsQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const bytes = await this.exports.commentsCsv(actor, id, query);
    return fileDownload(res, bytes, `survey-comments-${today()}.csv`, CSV_CONTENT_TYPE);
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
