import { neutraliseFormula, RequestActor, spreadsheetText } from '@assay/api/core';
import { DEFECT_STATUS_LABELS, DefectSeverity } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { DefectFilter } from './defects.inputs';
import { DefectsService } from './defects.service';
import { Defect } from './defects.types';

/** The most defects one export holds; beyond it the filters must narrow the list. */
export const MAX_DEFECT_EXPORT_ROWS = 10_000;

const SEVERITY_LABELS: Readonly<Record<DefectSeverity, string>> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  trivial: 'Trivial',
};

type Kind = 'text' | 'date' | 'integer';

/** The columns, in order: header, width in characters, and how a workbook holds the value. */
const COLUMNS: readonly {
  header: string;
  width: number;
  kind: Kind;
  value: (defect: Defect) => string | number | Date | null;
}[] = [
  { header: 'Key', width: 8, kind: 'text', value: (d) => d.key },
  { header: 'Title', width: 48, kind: 'text', value: (d) => d.title },
  { header: 'Status', width: 12, kind: 'text', value: (d) => DEFECT_STATUS_LABELS[d.status] },
  { header: 'Severity', width: 10, kind: 'text', value: (d) => SEVERITY_LABELS[d.severity] },
  { header: 'Component', width: 18, kind: 'text', value: (d) => d.component },
  { header: 'Candidate', width: 22, kind: 'text', value: (d) => d.candidateName },
  { header: 'Found in version', width: 18, kind: 'text', value: (d) => d.foundInVersion },
  { header: 'Fixed in version', width: 18, kind: 'text', value: (d) => d.fixedInVersion },
  { header: 'Retest due', width: 12, kind: 'date', value: (d) => d.retestDueAt },
  { header: 'Vendor ticket', width: 16, kind: 'text', value: (d) => d.vendorTicketRef },
  { header: 'Reporter', width: 22, kind: 'text', value: (d) => d.reporter?.displayName ?? null },
  { header: 'Reported', width: 12, kind: 'date', value: (d) => d.createdAt },
  { header: 'Resolved', width: 12, kind: 'date', value: (d) => d.resolvedAt },
  { header: 'Won’t fix reason', width: 32, kind: 'text', value: (d) => d.wontFixReason },
  { header: 'Duplicate of', width: 12, kind: 'text', value: (d) => d.duplicateOfKey },
  { header: 'Resolution notes', width: 48, kind: 'text', value: (d) => d.resolutionNotes },
  { header: 'Description', width: 64, kind: 'text', value: (d) => d.description },
];

/** A date as the CSV writes it: YYYY-MM-DD (UTC). */
const day = (value: Date) => new Date(value).toISOString().slice(0, 10);

/** An evaluation's defect list (the same filters as `Evaluation.defects`) as CSV or XLSX. */
@Injectable()
export class DefectsExportService {
  constructor(private readonly defects: DefectsService) {}

  /**
   * CSV for spreadsheets: a UTF-8 byte-order mark, CRLF line ends, and text that a spreadsheet
   * would run as a formula written with a leading quote.
   */
  async csv(actor: RequestActor, evaluationId: string, filter: DefectFilter): Promise<Buffer> {
    const defects = await this.defects.allForEvaluation(actor, evaluationId, filter, MAX_DEFECT_EXPORT_ROWS);
    const rows = defects.map((defect) =>
      COLUMNS.map((column) => {
        const value = column.value(defect);
        if (value === null || value === undefined) return '';
        if (column.kind === 'date') return day(value as Date);
        return typeof value === 'string' ? neutraliseFormula(value) : value;
      }),
    );
    const text = stringify(rows, {
      bom: true,
      header: true,
      columns: COLUMNS.map((column) => column.header),
      record_delimiter: 'windows',
    });
    return Buffer.from(text, 'utf8');
  }

  /** One sheet: bold header frozen with a filter, dates as dates, text as text cells. */
  async xlsx(actor: RequestActor, evaluationId: string, filter: DefectFilter): Promise<Buffer> {
    const defects = await this.defects.allForEvaluation(actor, evaluationId, filter, MAX_DEFECT_EXPORT_ROWS);
    const workbook = new Workbook();
    workbook.creator = 'Assay';
    workbook.created = new Date();
    const sheet = workbook.addWorksheet('Defects', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS.map((column) => ({
      header: column.header,
      width: column.width,
      style: column.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
    for (const defect of defects) {
      sheet.addRow(
        COLUMNS.map((column) => {
          const value = column.value(defect);
          if (value === null || value === undefined) return null;
          if (column.kind === 'date') return new Date(value);
          return typeof value === 'string' ? spreadsheetText(value) : value;
        }),
      );
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
