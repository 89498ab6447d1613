import {
  badInput,
  CurrentActor,
  fileDownload,
  HttpErrorFilter,
  PriorityEnum,
  RequestActor,
  XLSX_CONTENT_TYPE,
} from '@assay/api/core';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile, UseFilters } from '@nestjs/common';
import { validate } from 'class-validator';
import type { Response } from 'express';
import { TraceabilityFilter } from './traceability.inputs';
import { TraceabilityService } from './traceability.service';
import { TraceabilityStatusEnum } from './traceability.types';

/**
 * `GET /api/evaluations/:id/traceability.xlsx`: every row of the traceability matrix for the filter
 * as a workbook (sheets Traceability and Cases). Cookie or Bearer, like GraphQL; members of the
 * evaluation only. The filter is in the query string as in GraphQL, lists comma-separated:
 * `departmentIds`, `priorities` (MUST,SHOULD…), `statuses` (FAILED,NOT_RUN…), `candidateId`.
 * Errors are `{ code, message }` with 400, 401 or 404.
 */
@Controller('api/evaluations/:id')
@UseFilters(HttpErrorFilter)
export class TraceabilityController {
  constructor(private readonly service: TraceabilityService) {}

  @Get('traceability.xlsx')
  async export(
    @CurrentActor() actor: RequestActor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => badInput('That is not an evaluation id.') })) id: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const filter = await filterOf(query);
    const { bytes, fileName } = await this.service.workbook(actor, id, filter);
    return fileDownload(res, bytes, fileName, XLSX_CONTENT_TYPE);
  }
}

/** The query string as a TraceabilityFilter: enum names as GraphQL spells them, checked as GraphQL checks its input. */
async function filterOf(query: Record<string, unknown>): Promise<TraceabilityFilter> {
  const list = (name: string): string[] | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw badInput(`Give ${name} once, its values separated by commas.`);
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  };
  const named = <T extends Record<string, string>>(name: string, values: T): string[] | undefined =>
    list(name)?.map((key) => {
      const value = values[key.toUpperCase() as keyof T];
      if (!value) throw badInput(`${key} is not one of ${name}: ${Object.keys(values).join(', ')}.`);
      return value;
    });
  const candidateId = query['candidateId'];
  const filter = Object.assign(new TraceabilityFilter(), {
    departmentIds: list('departmentIds'),
    priorities: named('priorities', PriorityEnum),
    statuses: named('statuses', TraceabilityStatusEnum),
    candidateId: typeof candidateId === 'string' && candidateId ? candidateId : undefined,
  });
  const errors = await validate(filter);
  if (errors.length) throw badInput(`The filter is not valid: ${errors.map((e) => e.property).join(', ')}.`);
  return filter;
}
