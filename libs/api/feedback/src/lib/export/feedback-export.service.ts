import { neutraliseFormula, RequestActor, spreadsheetText } from '@assay/api/core';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { FeedbackResultsService, MAX_COMMENT_EXPORT_ROWS } from '../results/results.service';
import { FeedbackCommentFilter } from '../surveys/survey.inputs';
import { FeedbackGroupBy, FeedbackGroupResult } from '../surveys/survey.types';

type Cell = string | number | null;

const SUPPRESSED_NOTE = 'fewer than 5';
const RESULT_HEADERS = [
  'Question',
  'Kind',
  'Grouping',
  'Group',
  'Responses',
  'Mean',
  'Rated 1',
  'Rated 2',
  'Rated 3',
  'Rated 4',
  'Rated 5',
  'Comments',
  'Note',
];
const COMMENT_HEADERS = ['Question', 'Rating', 'Comment', 'Department', 'Member library', 'Wave', 'Respondent'];
const GROUPING: Record<FeedbackGroupBy, string> = { none: 'All', department: 'Department', library: 'Member library' };

/**
 * A survey's results and comments as files: the same figures as the results page, from the same
 * service, so a suppressed group is empty here too (with the note "fewer than 5"). Text a
 * spreadsheet would run as a formula is written with a leading quote, as in every export.
 */
@Injectable()
export class FeedbackExportService {
  constructor(private readonly results: FeedbackResultsService) {}

  async resultsTable(
    actor: RequestActor,
    surveyId: string,
    groupBy: FeedbackGroupBy,
  ): Promise<{ title: string; rows: Cell[][] }> {
    const results = await this.results.results(actor, surveyId, groupBy);
    const rows: Cell[][] = [];
    for (const question of results.questions) {
      const kind = question.question.kind === 'rating' ? 'Rating' : 'Text';
      const line = (grouping: string, group: FeedbackGroupResult): Cell[] => [
        question.question.text,
        kind,
        grouping,
        group.groupName,
        group.responses,
        group.mean === null ? null : Math.round(group.mean * 100) / 100,
        ...(group.distribution ?? [null, null, null, null, null]),
        group.comments,
        group.suppressed ? SUPPRESSED_NOTE : null,
      ];
      rows.push(line('All', question.overall));
      if (groupBy !== 'none') for (const group of question.groups) rows.push(line(GROUPING[groupBy], group));
      for (const wave of question.waves) {
        rows.push([
          question.question.text,
          kind,
          'Wave',
          wave.waveLabel || wave.opensAt.toISOString().slice(0, 10),
          wave.responses,
          wave.mean === null ? null : Math.round(wave.mean * 100) / 100,
          null,
          null,
          null,
          null,
          null,
          null,
          wave.suppressed ? SUPPRESSED_NOTE : null,
        ]);
      }
    }
    return { title: results.survey.title, rows };
  }

  async resultsCsv(actor: RequestActor, surveyId: string, groupBy: FeedbackGroupBy): Promise<Buffer> {
    const { rows } = await this.resultsTable(actor, surveyId, groupBy);
    return csv(RESULT_HEADERS, rows);
  }

  async resultsXlsx(actor: RequestActor, surveyId: string, groupBy: FeedbackGroupBy): Promise<Buffer> {
    const { rows } = await this.resultsTable(actor, surveyId, groupBy);
    const workbook = new Workbook();
    workbook.creator = 'Assay';
    workbook.created = new Date();
    const sheet = workbook.addWorksheet('Results', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = RESULT_HEADERS.map((header, index) => ({
      header,
      width: index === 0 ? 48 : index === 3 ? 28 : 12,
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: RESULT_HEADERS.length } };
    for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? spreadsheetText(cell) : cell)));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  async commentsCsv(actor: RequestActor, surveyId: string, filter: FeedbackCommentFilter): Promise<Buffer> {
    const comments = await this.results.comments(actor, surveyId, filter, {
      offset: 0,
      limit: MAX_COMMENT_EXPORT_ROWS,
    });
    return csv(
      COMMENT_HEADERS,
      comments.items.map((item) => [
        item.questionText,
        item.rating,
        item.comment,
        item.departmentName,
        item.libraryName,
        item.waveLabel,
        item.respondentName,
      ]),
    );
  }
}

/** CSV for spreadsheets: a UTF-8 byte-order mark, CRLF line ends, formulas neutralised. */
function csv(headers: string[], rows: Cell[][]): Buffer {
  const text = stringify(
    rows.map((row) =>
      row.map((cell) => (cell === null ? '' : typeof cell === 'string' ? neutraliseFormula(cell) : cell)),
    ),
    { bom: true, header: true, columns: headers, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}
