import {
  AccessPolicy,
  AuditEntry,
  AuditService,
  badInput,
  conflict,
  forbidden,
  lockEvaluation,
  neutraliseFormula,
  notFound,
  RequestActor,
  TextEncoding,
} from '@assay/api/core';
import {
  DepartmentEntity,
  RequirementEntity,
  RequirementLibraryEntity,
  RequirementLibraryVersionEntity,
} from '@assay/api/data';
import {
  ColumnMapping,
  DEFAULT_VERIFICATION_METHOD,
  mapColumns,
  MoscowPriority,
  REQUIREMENT_COLUMNS,
  RequirementField,
  RowProblem,
  validateRow,
  VERIFICATION_METHOD_LABELS,
  VerificationMethod,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { DataSource, EntityManager, In } from 'typeorm';
import { readSheet } from '../requirements/requirements-file';
import { RequirementsService } from '../requirements/requirements.service';
import {
  CreateRequirementLibraryInput,
  ProposeToLibraryInput,
  StartFromLibraryInput,
} from './requirement-libraries.inputs';
import {
  LibraryCopyResult,
  RequirementLibrary,
  RequirementLibraryItem,
  RequirementLibraryVersion,
} from './requirement-libraries.types';

export interface LibraryImportResult {
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncoding | null;
  columns: ColumnMapping[];
  rowCount: number;
  problems: RowProblem[];
  /** Against the draft (or, with none yet, the newest published version): items new, changed, the same, left out. */
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  committed: boolean;
  /** The draft version the file was written to, when committed. */
  version: number | null;
}

/** One item's text as written into a version. */
interface EntryValues {
  code: string;
  title: string;
  description: string;
  category: string;
  departmentId: string;
  priority: MoscowPriority;
  mandatory: boolean;
  verificationMethod: VerificationMethod;
  rationale: string;
  proposedFrom: string | null;
}

/** An evaluation may start from a library while its requirements are gathered. */
const GATHERING = new Set(['draft', 'requirements']);
const CHUNK = 500;

/**
 * Requirement libraries: reusable, versioned sets of requirements kept by administrators and
 * evaluation leads (the people who may start an evaluation). Edits (an imported file, requirements
 * proposed back from an evaluation) go to the library's one draft version, started from the newest
 * published one; publishing freezes it. An evaluation's lead copies a published version in; each
 * copy names the library item and version it came from.
 */
@Injectable()
export class RequirementLibrariesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly requirements: RequirementsService,
  ) {}

  async assertMaintainer(actor: RequestActor): Promise<void> {
    if (!(await this.access.canEditCatalogue(actor)))
      throw forbidden('Only administrators and evaluation leads may keep requirement libraries.');
  }

  // ---- reading ---------------------------------------------------------------------------

  async list(actor: RequestActor): Promise<RequirementLibrary[]> {
    await this.assertMaintainer(actor);
    const libraries = await this.dataSource
      .getRepository(RequirementLibraryEntity)
      .createQueryBuilder('l')
      .orderBy('lower(l.name)')
      .addOrderBy('l.id')
      .getMany();
    return this.withVersions(this.dataSource.manager, libraries);
  }

  async get(actor: RequestActor, id: string): Promise<RequirementLibrary> {
    await this.assertMaintainer(actor);
    const library = await this.dataSource.getRepository(RequirementLibraryEntity).findOneBy({ id });
    if (!library) throw notFound('The requirement library');
    return (await this.withVersions(this.dataSource.manager, [library]))[0];
  }

  /** The items of one version of a library, by code. */
  async items(actor: RequestActor, libraryId: string, version: number): Promise<RequirementLibraryItem[]> {
    await this.assertMaintainer(actor);
    const found = await this.version(this.dataSource.manager, libraryId, version);
    return this.entries(this.dataSource.manager, found.id);
  }

  // ---- keeping libraries -----------------------------------------------------------------

  async create(actor: RequestActor, input: CreateRequirementLibraryInput): Promise<RequirementLibrary> {
    await this.assertMaintainer(actor);
    const name = input.name.trim();
    if (!name) throw badInput('Give the library a name.', [{ field: 'name', problems: ['Required.'] }]);
    return this.dataSource.transaction(async (manager) => {
      const clash: unknown[] = await manager.query(`SELECT 1 FROM requirement_library WHERE lower(name) = lower($1)`, [
        name,
      ]);
      if (clash.length > 0) throw conflict(`There is already a library called ${name}.`, { field: 'name' });
      const saved = await manager.save(
        manager.create(RequirementLibraryEntity, {
          name,
          description: input.description?.trim() ?? '',
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'requirement_library',
        objectId: saved.id,
        action: 'created',
        before: null,
        after: { name: saved.name, description: saved.description },
      });
      return (await this.withVersions(manager, [saved]))[0];
    });
  }

  /** Freezes the draft: it becomes the newest published version, which evaluations can start from. */
  async publish(actor: RequestActor, libraryId: string, number: number): Promise<RequirementLibrary> {
    await this.assertMaintainer(actor);
    return this.dataSource.transaction(async (manager) => {
      const library = await this.lockLibrary(manager, libraryId);
      const draft = await manager
        .getRepository(RequirementLibraryVersionEntity)
        .findOneBy({ libraryId, status: 'draft' });
      if (!draft || draft.number !== number)
        throw conflict(
          draft
            ? `Version ${number} is not the draft of ${library.name}; the draft is version ${draft.number}.`
            : `${library.name} has no draft to publish.`,
        );
      const [{ count }]: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM requirement_library_entry WHERE version_id = $1`,
        [draft.id],
      );
      if (count === 0) throw badInput(`Version ${number} of ${library.name} has no items; add some before publishing.`);
      await manager.update(
        RequirementLibraryVersionEntity,
        { id: draft.id },
        { status: 'published', publishedAt: new Date(), publishedBy: actor.id },
      );
      await this.touch(manager, library);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'requirement_library',
        objectId: library.id,
        action: 'published',
        before: null,
        after: { version: number, items: count },
      });
      return (await this.withVersions(manager, [library]))[0];
    });
  }

  // ---- files -----------------------------------------------------------------------------

  /**
   * Replaces the draft's items with those of a requirement file (the evaluation import's own
   * columns and rules): a preview writes nothing and says what would change; an import writes all
   * or nothing, and a file with problems lists them by line. Every row needs a code, which is the
   * item's identity across versions.
   */
  async importFile(
    actor: RequestActor,
    libraryId: string,
    bytes: Buffer,
    mode: 'preview' | 'commit',
  ): Promise<LibraryImportResult> {
    await this.assertMaintainer(actor);
    const library = await this.dataSource.getRepository(RequirementLibraryEntity).findOneBy({ id: libraryId });
    if (!library) throw notFound('The requirement library');
    const sheet = await readSheet(bytes);
    const mapping = mapColumns(sheet.headers);
    const result: LibraryImportResult = {
      encoding: sheet.encoding,
      columns: mapping.columns,
      rowCount: sheet.rows.length,
      problems: [],
      created: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      committed: false,
      version: null,
    };
    if (mapping.problems.length > 0) {
      return { ...result, problems: mapping.problems.map((message) => ({ line: 1, field: null, message })) };
    }
    const departments = await this.dataSource.getRepository(DepartmentEntity).find();
    const byCode = new Map(departments.map((d) => [d.code, d.id]));
    const context = {
      departments: departments.map((d) => ({ code: d.code, name: d.name })),
      seenCodes: new Set<string>(),
    };
    const values: EntryValues[] = [];
    for (const { line, cells } of sheet.rows) {
      const byField: Partial<Record<RequirementField, string>> = {};
      for (const column of mapping.columns) if (column.field) byField[column.field] = cells[column.index] ?? '';
      const checked = validateRow(byField, line, context);
      result.problems.push(...checked.problems);
      if (!checked.row) continue;
      if (!checked.row.code) {
        result.problems.push({ line, field: 'code', message: 'Give each library item a code.' });
        continue;
      }
      values.push({
        code: checked.row.code,
        title: checked.row.title,
        description: checked.row.description,
        category: checked.row.category,
        departmentId: byCode.get(checked.row.department)!,
        priority: checked.row.priority as MoscowPriority,
        mandatory: checked.row.mandatory,
        verificationMethod: checked.row.verificationMethod ?? DEFAULT_VERIFICATION_METHOD,
        rationale: checked.row.rationale,
        proposedFrom: null,
      });
    }
    if (result.problems.length === 0 && values.length === 0)
      result.problems.push({ line: 1, field: null, message: 'The file has no rows.' });
    if (result.problems.length > 0) return result;
    if (mode === 'preview') {
      const versions = this.dataSource.getRepository(RequirementLibraryVersionEntity);
      const base =
        (await versions.findOneBy({ libraryId, status: 'draft' })) ??
        (await versions.findOne({ where: { libraryId }, order: { number: 'DESC' } }));
      return { ...result, ...compare(base ? await this.entries(this.dataSource.manager, base.id) : [], values) };
    }
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockLibrary(manager, libraryId);
      const draft = await this.draft(manager, actor, libraryId);
      const counts = compare(await this.entries(manager, draft.id), values);
      await manager.query(`DELETE FROM requirement_library_entry WHERE version_id = $1`, [draft.id]);
      await this.writeEntries(manager, libraryId, draft.id, values);
      await this.touch(manager, locked);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'requirement_library',
        objectId: libraryId,
        action: 'imported',
        before: null,
        after: { version: draft.number, items: values.length, ...counts },
      });
      return { ...result, ...counts, committed: true, version: draft.number };
    });
  }

  /** One version in the requirement file's columns, so that importing it back changes nothing. */
  async exportRows(actor: RequestActor, libraryId: string, number: number): Promise<string[][]> {
    await this.assertMaintainer(actor);
    const version = await this.version(this.dataSource.manager, libraryId, number);
    const departments = new Map(
      (await this.dataSource.getRepository(DepartmentEntity).find()).map((d) => [d.id, d.code]),
    );
    const items = await this.entries(this.dataSource.manager, version.id);
    return [
      REQUIREMENT_COLUMNS.map((column) => column.header),
      ...items.map((item) => {
        const byField: Record<RequirementField, string> = {
          code: item.code,
          title: item.title,
          description: item.description,
          category: item.category,
          department: departments.get(item.departmentId) ?? '',
          priority: item.priority,
          mandatory: item.mandatory ? 'yes' : 'no',
          verificationMethod: VERIFICATION_METHOD_LABELS[item.verificationMethod],
          rationale: item.rationale,
        };
        return REQUIREMENT_COLUMNS.map((column) => byField[column.field]);
      }),
    ];
  }

  async exportCsv(actor: RequestActor, libraryId: string, number: number): Promise<Buffer> {
    const rows = await this.exportRows(actor, libraryId, number);
    const text = stringify(rows.map((row, index) => (index === 0 ? row : row.map(neutraliseFormula))));
    return Buffer.from(`\ufeff${text}`, 'utf8');
  }

  async exportXlsx(actor: RequestActor, libraryId: string, number: number): Promise<Buffer> {
    const rows = await this.exportRows(actor, libraryId, number);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Requirements', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = rows[0].map((header) => ({ header, width: header === 'Title' ? 48 : 16 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows.slice(1)) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  // ---- evaluations -----------------------------------------------------------------------

  /**
   * Copies a published version into an evaluation whose requirements are still gathered: the
   * evaluation's lead only; all or nothing; each copy is proposed, names its library item and the
   * version, and is then the evaluation's own to edit.
   */
  async startFrom(actor: RequestActor, input: StartFromLibraryInput): Promise<LibraryCopyResult> {
    const who = await this.requirements.whoIs(actor, input.evaluationId);
    if (!who.lead) throw forbidden('Only the evaluation’s lead may start its requirements from a library.');
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, input.evaluationId);
      if (!GATHERING.has(evaluation.status))
        throw conflict(
          `Requirements are no longer gathered (the evaluation is in ${evaluation.status}); a library can be copied in during draft or requirements.`,
        );
      const version = await this.version(manager, input.libraryId, input.version);
      if (version.status !== 'published')
        throw badInput(`Version ${input.version} is a draft; choose a published version.`, [
          { field: 'version', problems: ['Not published.'] },
        ]);
      const items = await this.entries(manager, version.id);
      const clashes: { code: string }[] = await manager.query(
        `SELECT code FROM requirement WHERE evaluation_id = $1 AND code = ANY($2::text[]) ORDER BY code`,
        [evaluation.id, items.map((item) => item.code)],
      );
      if (clashes.length > 0)
        throw conflict(
          `${clashes.length} of the library’s codes are already used in this evaluation (${clashes
            .slice(0, 10)
            .map((row) => row.code)
            .join(', ')}${clashes.length > 10 ? ', …' : ''}). Nothing was copied.`,
          { codes: clashes.map((row) => row.code) },
        );
      const rows: Partial<RequirementEntity>[] = items.map((item) => ({
        evaluationId: evaluation.id,
        code: item.code,
        title: item.title,
        description: item.description,
        category: item.category,
        departmentId: item.departmentId,
        priority: item.priority,
        mandatory: item.mandatory,
        verificationMethod: item.verificationMethod,
        rationale: item.rationale,
        createdBy: actor.id,
        libraryItemId: item.id,
        libraryVersion: version.number,
      }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(RequirementEntity)
          .values(chunk)
          .returning(['id'])
          .execute();
        await this.audit.recordMany(
          manager,
          chunk.map((values, j): AuditEntry => ({
            actorId: actor.id,
            objectType: 'requirement',
            objectId: (inserted.raw as { id: string }[])[j].id,
            evaluationId: evaluation.id,
            action: 'copied_from_library',
            before: null,
            after: { ...values, evaluationId: undefined, createdBy: undefined },
          })),
        );
      }
      return Object.assign(new LibraryCopyResult(), { copied: rows.length, libraryVersion: version.number });
    });
  }

  /**
   * The evaluation's lead proposes approved requirements into the library's draft (started from the
   * newest published version if there is none): an item with the same code takes the requirement's
   * text, others are added. A maintainer accepts them by publishing the draft.
   */
  async propose(actor: RequestActor, input: ProposeToLibraryInput): Promise<RequirementLibrary> {
    const ids = [...new Set(input.requirementIds)];
    const rows = await this.dataSource.getRepository(RequirementEntity).findBy({ id: In(ids) });
    if (rows.length !== ids.length) throw notFound('One of the requirements');
    const evaluationIds = [...new Set(rows.map((row) => row.evaluationId))];
    // Membership first: requirements of an evaluation the person is not in are "not found".
    const standing = await Promise.all(
      evaluationIds.map((id) => this.requirements.whoIs(actor, id, 'One of the requirements')),
    );
    if (evaluationIds.length !== 1) throw badInput('Choose requirements of one evaluation at a time.');
    if (!standing[0].lead) throw forbidden('Only the evaluation’s lead may propose its requirements to a library.');
    const notApproved = rows.filter((row) => row.status !== 'approved').map((row) => row.code);
    if (notApproved.length > 0)
      throw badInput(`Only approved requirements can be proposed; not approved: ${notApproved.sort().join(', ')}.`, [
        { field: 'requirementIds', problems: ['Not approved.'] },
      ]);
    return this.dataSource.transaction(async (manager) => {
      const library = await this.lockLibrary(manager, input.libraryId);
      const draft = await this.draft(manager, actor, library.id);
      const values = rows
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((row): EntryValues => ({
          code: row.code,
          title: row.title,
          description: row.description,
          category: row.category,
          departmentId: row.departmentId,
          priority: row.priority,
          mandatory: row.mandatory,
          verificationMethod: row.verificationMethod,
          rationale: row.rationale,
          proposedFrom: row.id,
        }));
      await this.writeEntries(manager, library.id, draft.id, values);
      await this.touch(manager, library);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'requirement_library',
        objectId: library.id,
        evaluationId: evaluationIds[0],
        action: 'proposed',
        before: null,
        after: { version: draft.number, codes: values.map((value) => value.code) },
      });
      return (await this.withVersions(manager, [library]))[0];
    });
  }

  // ---- helpers ---------------------------------------------------------------------------

  private async lockLibrary(manager: EntityManager, id: string): Promise<RequirementLibraryEntity> {
    const library = await manager
      .getRepository(RequirementLibraryEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!library) throw notFound('The requirement library');
    return library;
  }

  /** Marks the library changed (its optimistic-lock version); the loaded row takes the new number. */
  private async touch(manager: EntityManager, library: RequirementLibraryEntity): Promise<void> {
    const rows: { version: number }[] = await manager.query(
      `WITH touched AS (UPDATE requirement_library SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version) SELECT version FROM touched`,
      [library.id],
    );
    library.version = rows[0].version;
  }

  private async version(
    manager: EntityManager,
    libraryId: string,
    number: number,
  ): Promise<RequirementLibraryVersionEntity> {
    const library = await manager.getRepository(RequirementLibraryEntity).findOneBy({ id: libraryId });
    if (!library) throw notFound('The requirement library');
    const version = await manager.getRepository(RequirementLibraryVersionEntity).findOneBy({ libraryId, number });
    if (!version) throw notFound(`Version ${number} of ${library.name}`);
    return version;
  }

  /** The library's draft; with none, a new one holding the newest published version's items. Library locked. */
  private async draft(
    manager: EntityManager,
    actor: RequestActor,
    libraryId: string,
  ): Promise<RequirementLibraryVersionEntity> {
    const versions = manager.getRepository(RequirementLibraryVersionEntity);
    const existing = await versions.findOneBy({ libraryId, status: 'draft' });
    if (existing) return existing;
    const latest = await versions.findOne({ where: { libraryId }, order: { number: 'DESC' } });
    const draft = await versions.save(
      versions.create({ libraryId, number: (latest?.number ?? 0) + 1, status: 'draft', createdBy: actor.id }),
    );
    if (latest) {
      await manager.query(
        `INSERT INTO requirement_library_entry (version_id, item_id, title, description, category, department_id,
                priority, mandatory, verification_method, rationale, proposed_from)
         SELECT $1, item_id, title, description, category, department_id, priority, mandatory, verification_method,
                rationale, proposed_from
           FROM requirement_library_entry WHERE version_id = $2`,
        [draft.id, latest.id],
      );
    }
    return draft;
  }

  /** Writes items into a version: items are found or made by code; an item already there takes the new text. */
  private async writeEntries(
    manager: EntityManager,
    libraryId: string,
    versionId: string,
    values: EntryValues[],
  ): Promise<void> {
    for (let i = 0; i < values.length; i += CHUNK) {
      const chunk = values.slice(i, i + CHUNK);
      const codes = chunk.map((value) => value.code);
      await manager.query(
        `INSERT INTO requirement_library_item (library_id, code) SELECT $1, unnest($2::text[])
           ON CONFLICT (library_id, code) DO NOTHING`,
        [libraryId, codes],
      );
      const items: { id: string; code: string }[] = await manager.query(
        `SELECT id, code FROM requirement_library_item WHERE library_id = $1 AND code = ANY($2::text[])`,
        [libraryId, codes],
      );
      const idOf = new Map(items.map((item) => [item.code, item.id]));
      for (const value of chunk) {
        await manager.query(
          `INSERT INTO requirement_library_entry (version_id, item_id, title, description, category, department_id,
                  priority, mandatory, verification_method, rationale, proposed_from)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
           ON CONFLICT (version_id, item_id) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
             category = EXCLUDED.category, department_id = EXCLUDED.department_id, priority = EXCLUDED.priority,
             mandatory = EXCLUDED.mandatory, verification_method = EXCLUDED.verification_method,
             rationale = EXCLUDED.rationale, proposed_from = EXCLUDED.proposed_from`,
          [
            versionId,
            idOf.get(value.code),
            value.title,
            value.description,
            value.category,
            value.departmentId,
            value.priority,
            value.mandatory,
            value.verificationMethod,
            value.rationale,
            value.proposedFrom,
          ],
        );
      }
    }
  }

  private async entries(manager: EntityManager, versionId: string): Promise<RequirementLibraryItem[]> {
    const rows: (Omit<RequirementLibraryItem, never> & Record<string, unknown>)[] = await manager.query(
      `SELECT i.id, i.code, e.title, e.description, e.category, e.department_id AS "departmentId", e.priority,
              e.mandatory, e.verification_method AS "verificationMethod", e.rationale, e.proposed_from AS "proposedFrom"
         FROM requirement_library_entry e JOIN requirement_library_item i ON i.id = e.item_id
        WHERE e.version_id = $1 ORDER BY i.code`,
      [versionId],
    );
    return rows.map((row) => Object.assign(new RequirementLibraryItem(), row));
  }

  private async withVersions(
    manager: EntityManager,
    libraries: RequirementLibraryEntity[],
  ): Promise<RequirementLibrary[]> {
    if (libraries.length === 0) return [];
    const rows: {
      library_id: string;
      number: number;
      status: 'draft' | 'published';
      created_at: Date;
      published_at: Date | null;
      items: number;
    }[] = await manager.query(
      `SELECT v.library_id, v.number, v.status, v.created_at, v.published_at,
              (SELECT count(*)::int FROM requirement_library_entry e WHERE e.version_id = v.id) AS items
         FROM requirement_library_version v WHERE v.library_id = ANY($1::uuid[]) ORDER BY v.number DESC`,
      [libraries.map((library) => library.id)],
    );
    return libraries.map((library) => {
      const versions = rows
        .filter((row) => row.library_id === library.id)
        .map((row) =>
          Object.assign(new RequirementLibraryVersion(), {
            number: row.number,
            status: row.status,
            itemCount: row.items,
            createdAt: new Date(row.created_at),
            publishedAt: row.published_at ? new Date(row.published_at) : null,
          }),
        );
      return Object.assign(new RequirementLibrary(), {
        id: library.id,
        name: library.name,
        description: library.description,
        versions,
        latestPublished: versions.find((v) => v.status === 'published')?.number ?? null,
        version: library.version,
      });
    });
  }
}

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

/** What a file would do to a version's items: new codes, changed ones, the same, and codes it leaves out. */
function compare(
  current: readonly RequirementLibraryItem[],
  next: readonly EntryValues[],
): { created: number; updated: number; unchanged: number; removed: number } {
  const byCode = new Map(current.map((item) => [item.code, item]));
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const value of next) {
    const item = byCode.get(value.code);
    if (!item) created++;
    else if (COMPARED.some((field) => item[field] !== value[field])) updated++;
    else unchanged++;
  }
  const kept = new Set(next.map((value) => value.code));
  return { created, updated, unchanged, removed: current.filter((item) => !kept.has(item.code)).length };
}
