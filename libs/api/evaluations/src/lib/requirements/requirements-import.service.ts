import {
  AuditEntry,
  AuditService,
  forbidden,
  lockEvaluation,
  neutraliseFormula,
  RequestActor,
  TextEncoding,
} from '@assay/api/core';
import { DepartmentEntity, EvaluationEntity, RequirementEntity } from '@assay/api/data';
import {
  ColumnMapping,
  DEFAULT_VERIFICATION_METHOD,
  mapColumns,
  MoscowPriority,
  REQUIREMENT_COLUMNS,
  RequirementField,
  RequirementRow,
  RowProblem,
  validateRow,
  VERIFICATION_METHOD_LABELS,
  VerificationMethod,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { DataSource, EntityManager } from 'typeorm';
import { readSheet, SheetText } from './requirements-file';
import { EvaluationActor, RequirementsService } from './requirements.service';

export interface ImportResult {
  /** The encoding a CSV file was read in ("UTF-8", "UTF-16 LE", "UTF-16 BE", "Windows-1252"); null for a workbook. */
  encoding: TextEncoding | null;
  columns: ColumnMapping[];
  rowCount: number;
  problems: RowProblem[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
}

interface PlannedRow {
  line: number;
  row: RequirementRow;
  departmentId: string;
  existing: RequirementEntity | null;
}

const CHUNK = 500;
const COMPARED = [
  'title',
  'description',
  'category',
  'departmentId',
  'priority',
  'mandatory',
  'verificationMethod',
  'rationale',
] as const;

/**
 * Requirement lists from CSV or XLSX: a preview that writes nothing and shows how each column was
 * mapped and every row's problems, and an import that writes everything or nothing. Rows with a
 * code already in the evaluation update it; rows without a code get one generated.
 */
@Injectable()
export class RequirementsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly requirements: RequirementsService,
  ) {}

  async preview(actor: RequestActor, evaluationId: string, bytes: Buffer): Promise<ImportResult> {
    const who = await this.requirements.whoIs(actor, evaluationId);
    this.assertMayImport(who);
    const sheet = await readSheet(bytes);
    const { result } = await this.analyse(this.dataSource.manager, who, evaluationId, sheet);
    return result;
  }

  async commit(actor: RequestActor, evaluationId: string, bytes: Buffer): Promise<ImportResult> {
    const who = await this.requirements.whoIs(actor, evaluationId);
    this.assertMayImport(who);
    const sheet = await readSheet(bytes);
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, evaluationId);
      const { result, planned } = await this.analyse(manager, who, evaluationId, sheet, evaluation);
      if (result.problems.length > 0) return result;
      await this.write(manager, who, evaluation, planned);
      return { ...result, committed: true };
    });
  }

  /** Refuses someone who may not import into the evaluation: checked before the upload is read, and again with it. */
  async assertMayImportInto(actor: RequestActor, evaluationId: string): Promise<void> {
    this.assertMayImport(await this.requirements.whoIs(actor, evaluationId));
  }

  private assertMayImport(who: EvaluationActor): void {
    if (!who.lead && !who.departmentHead)
      throw forbidden('Only the evaluation’s lead and department heads may import requirements.');
  }

  private async analyse(
    manager: EntityManager,
    who: EvaluationActor,
    evaluationId: string,
    sheet: SheetText,
    evaluation?: EvaluationEntity,
  ): Promise<{ result: ImportResult; planned: PlannedRow[] }> {
    const mapping = mapColumns(sheet.headers);
    const empty = {
      encoding: sheet.encoding,
      columns: mapping.columns,
      rowCount: sheet.rows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      committed: false,
    };
    if (mapping.problems.length > 0) {
      return {
        result: { ...empty, problems: mapping.problems.map((message) => ({ line: 1, field: null, message })) },
        planned: [],
      };
    }
    const departments = await manager.getRepository(DepartmentEntity).find();
    const byCode = new Map(departments.map((d) => [d.code, d]));
    const existing = new Map(
      (await manager.getRepository(RequirementEntity).findBy({ evaluationId })).map((r) => [r.code, r]),
    );
    const current = evaluation ?? (await manager.getRepository(EvaluationEntity).findOneByOrFail({ id: evaluationId }));
    const context = {
      departments: departments.map((d) => ({ code: d.code, name: d.name })),
      seenCodes: new Set<string>(),
    };
    const problems: RowProblem[] = [];
    const planned: PlannedRow[] = [];
    for (const { line, cells } of sheet.rows) {
      const byField: Partial<Record<RequirementField, string>> = {};
      for (const column of mapping.columns) if (column.field) byField[column.field] = cells[column.index] ?? '';
      const checked = validateRow(byField, line, context);
      problems.push(...checked.problems);
      if (!checked.row) continue;
      const department = byCode.get(checked.row.department)!;
      const before = checked.row.code ? (existing.get(checked.row.code) ?? null) : null;
      try {
        this.requirements.assertMayWrite(who, current, department.id, before?.status ?? null);
        if (before && before.departmentId !== department.id)
          this.requirements.assertMayWrite(who, current, before.departmentId, before.status);
      } catch (error) {
        problems.push({ line, field: 'department', message: (error as Error).message });
        continue;
      }
      planned.push({ line, row: checked.row, departmentId: department.id, existing: before });
    }
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (const plan of planned) {
      if (!plan.existing) created++;
      else if (this.changes(plan).length > 0) updated++;
      else unchanged++;
    }
    return { result: { ...empty, problems, created, updated, unchanged }, planned };
  }

  private values(plan: PlannedRow): Pick<RequirementEntity, (typeof COMPARED)[number]> {
    const { row } = plan;
    return {
      title: row.title,
      description: row.description,
      category: row.category,
      departmentId: plan.departmentId,
      priority: row.priority as MoscowPriority,
      mandatory: row.mandatory,
      // A file that does not say keeps an existing requirement's method.
      verificationMethod: row.verificationMethod ?? plan.existing?.verificationMethod ?? DEFAULT_VERIFICATION_METHOD,
      rationale: row.rationale,
    };
  }

  private changes(plan: PlannedRow): (typeof COMPARED)[number][] {
    const next = this.values(plan);
    return COMPARED.filter((field) => plan.existing![field] !== next[field]);
  }

  private async write(
    manager: EntityManager,
    who: EvaluationActor,
    evaluation: EvaluationEntity,
    planned: PlannedRow[],
  ): Promise<void> {
    const reserved = new Set(planned.map((plan) => plan.row.code).filter((code): code is string => Boolean(code)));
    const departments = new Map((await manager.getRepository(DepartmentEntity).find()).map((d) => [d.id, d.code]));
    const inserts: Partial<RequirementEntity>[] = [];
    const nextByPrefix = new Map<string, string>();
    for (const plan of planned.filter((p) => !p.existing)) {
      let code = plan.row.code;
      if (!code) {
        const prefix = departments.get(plan.departmentId)!;
        const last = nextByPrefix.get(prefix);
        code = last ? bump(last, reserved) : await this.requirements.nextCode(manager, evaluation.id, prefix, reserved);
        nextByPrefix.set(prefix, code);
        reserved.add(code);
      }
      inserts.push({ evaluationId: evaluation.id, code, ...this.values(plan), createdBy: who.actor.id });
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const chunk = inserts.slice(i, i + CHUNK);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RequirementEntity)
        .values(chunk)
        .returning(['id'])
        .execute();
      const audits = chunk.map((values, j): AuditEntry => ({
        actorId: who.actor.id,
        objectType: 'requirement',
        objectId: (result.raw as { id: string }[])[j].id,
        evaluationId: evaluation.id,
        action: 'imported',
        before: null,
        after: { ...values, evaluationId: undefined, createdBy: undefined },
      }));
      await this.audit.recordMany(manager, audits);
    }
    for (const plan of planned.filter((p) => p.existing)) {
      const fields = this.changes(plan);
      if (fields.length === 0) continue;
      const next = this.values(plan);
      const row = plan.existing!;
      const before = Object.fromEntries(fields.map((field) => [field, row[field]]));
      const after = Object.fromEntries(fields.map((field) => [field, next[field]]));
      Object.assign(row, after);
      await manager.save(row);
      await this.audit.record(manager, {
        actorId: who.actor.id,
        objectType: 'requirement',
        objectId: row.id,
        evaluationId: evaluation.id,
        action: 'imported',
        before,
        after,
      });
    }
  }

  // ---- export ----------------------------------------------------------------------------

  /** The evaluation's requirements in the import's own columns, so that a round trip changes nothing. */
  async exportRows(actor: RequestActor, evaluationId: string): Promise<string[][]> {
    await this.requirements.whoIs(actor, evaluationId);
    const rows: {
      code: string;
      title: string;
      description: string;
      category: string;
      department: string;
      priority: string;
      mandatory: boolean;
      verification_method: VerificationMethod;
      rationale: string;
    }[] = await this.dataSource.query(
      `SELECT r.code, r.title, r.description, r.category, d.code AS department, r.priority, r.mandatory,
              r.verification_method, r.rationale
         FROM requirement r JOIN department d ON d.id = r.department_id WHERE r.evaluation_id = $1 ORDER BY r.code`,
      [evaluationId],
    );
    // Cells by field, put in the columns' order: the header and the cells cannot drift apart.
    const cells = (r: (typeof rows)[number]): Record<RequirementField, string> => ({
      code: r.code,
      title: r.title,
      description: r.description,
      category: r.category,
      department: r.department,
      priority: r.priority,
      mandatory: r.mandatory ? 'yes' : 'no',
      verificationMethod: VERIFICATION_METHOD_LABELS[r.verification_method],
      rationale: r.rationale,
    });
    return [
      REQUIREMENT_COLUMNS.map((column) => column.header),
      ...rows.map((r) => {
        const byField = cells(r);
        return REQUIREMENT_COLUMNS.map((column) => byField[column.field]);
      }),
    ];
  }

  async exportCsv(actor: RequestActor, evaluationId: string): Promise<Buffer> {
    const rows = await this.exportRows(actor, evaluationId);
    const text = stringify(rows.map((row, index) => (index === 0 ? row : row.map(neutraliseFormula))));
    return Buffer.from(`\ufeff${text}`, 'utf8');
  }

  async exportXlsx(actor: RequestActor, evaluationId: string): Promise<Buffer> {
    const rows = await this.exportRows(actor, evaluationId);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Requirements', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = rows[0].map((header) => ({
      header,
      width:
        header === 'Title' || header === 'Description' || header === 'Rationale'
          ? 48
          : header === 'Verification method'
            ? 28
            : 14,
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows.slice(1)) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}

/** PREFIX-012 → PREFIX-013, skipping codes taken in the file. */
function bump(code: string, reserved: Set<string>): string {
  const match = /^(.*-)(\d+)$/.exec(code)!;
  let n = Number(match[2]) + 1;
  const make = (value: number) => `${match[1]}${String(value).padStart(3, '0')}`;
  while (reserved.has(make(n))) n++;
  return make(n);
}
