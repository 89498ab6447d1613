import {
  AccessPolicy,
  assertEvaluationOpen,
  AuditService,
  badInput,
  conflict,
  forbidden,
  lockEvaluation,
  notFound,
  RequestActor,
  staleVersionConflict,
} from '@assay/api/core';
import {
  EvaluationEntity,
  JsonRow,
  RequirementEntity,
  RequirementMergeEntity,
  RequirementMergeSnapshot,
} from '@assay/api/data';
import { EvaluationRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { RequirementRef } from './requirements.inputs';
import { Requirement } from './requirements.types';
import {
  MergeRequirementsInput,
  RequirementDuplicate,
  RequirementMerge,
  RequirementOrigin,
} from './requirement-merge.types';

/**
 * Every table with rows that belong to a requirement, moved to the survivor on a merge. `key` names
 * a row apart from its requirement; `clash` (over the merged requirement's row `t` and the
 * survivor's `s`) says when the survivor already has the equivalent row: the survivor's wins and
 * the other is kept in the merge record, to come back on undo.
 */
const LINKS: readonly { table: string; key: readonly string[]; clash: string | null }[] = [
  { table: 'criterion_requirement', key: ['criterion_id'], clash: 's.criterion_id = t.criterion_id' },
  { table: 'test_case_requirement', key: ['case_id'], clash: 's.case_id = t.case_id' },
  { table: 'vendor_claim', key: ['id'], clash: 's.candidate_id = t.candidate_id' },
  { table: 'requirement_verification', key: ['id'], clash: null },
  {
    table: 'acceptance_waiver',
    key: ['id'],
    clash: `s.candidate_id = t.candidate_id AND s.state IN ('proposed', 'agreed') AND t.state IN ('proposed', 'agreed')`,
  },
  { table: 'requirement_origin', key: ['id'], clash: null },
];
const LINK_TABLES = new Set(LINKS.map((link) => link.table).concat('requirement'));

/** Suggestions below this likeness are not shown. */
const TRIGRAM_THRESHOLD = 0.35;
const LEXEME_THRESHOLD = 0.4;
const SUGGESTIONS = 50;

/**
 * Merging duplicate requirements (leads and administrators, until scoring opens): the survivor keeps
 * every origin and receives every link; the merge record keeps what undoing it needs to put back
 * exactly what was there. Likely duplicates come from pg_trgm's similarity() where the database has
 * it, or else from how many full-text lexemes two requirements share.
 */
@Injectable()
export class RequirementMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  async duplicates(actor: RequestActor, evaluationId: string): Promise<RequirementDuplicate[]> {
    await this.access.require(actor, evaluationId);
    const trigram = await this.hasTrigrams();
    const pairs: { first: string; second: string; score: number }[] = trigram
      ? await this.dataSource.query(
          `WITH r AS (
             SELECT id, code, title, title || ' ' || description AS text FROM requirement
              WHERE evaluation_id = $1 AND status <> 'rejected')
           SELECT first, second, score FROM (
             SELECT a.id AS first, b.id AS second,
                    greatest(similarity(a.title, b.title), similarity(a.text, b.text))::float8 AS score, a.code, b.code AS code2
               FROM r a JOIN r b ON a.code < b.code) pairs
            WHERE score >= $2 ORDER BY score DESC, code, code2 LIMIT $3`,
          [evaluationId, TRIGRAM_THRESHOLD, SUGGESTIONS],
        )
      : await this.dataSource.query(
          `WITH r AS (
             SELECT id, code, tsvector_to_array(to_tsvector('english', title || ' ' || description)) AS words
               FROM requirement WHERE evaluation_id = $1 AND status <> 'rejected')
           SELECT first, second, score FROM (
             SELECT a.id AS first, b.id AS second, a.code, b.code AS code2,
                    (SELECT count(*) FROM unnest(a.words) w WHERE w = ANY (b.words))::float8
                      / greatest(1, (SELECT count(DISTINCT w) FROM unnest(a.words || b.words) w)) AS score
               FROM r a JOIN r b ON a.code < b.code) pairs
            WHERE score >= $2 ORDER BY score DESC, code, code2 LIMIT $3`,
          [evaluationId, LEXEME_THRESHOLD, SUGGESTIONS],
        );
    if (pairs.length === 0) return [];
    const ids = [...new Set(pairs.flatMap((pair) => [pair.first, pair.second]))];
    const rows = await this.dataSource.getRepository(RequirementEntity).findBy({ id: In(ids) });
    const byId = new Map(rows.map((row) => [row.id, Requirement.from(row)]));
    return pairs.map((pair) =>
      Object.assign(new RequirementDuplicate(), {
        first: byId.get(pair.first)!,
        second: byId.get(pair.second)!,
        similarity: Math.round(Number(pair.score) * 100) / 100,
      }),
    );
  }

  async merges(actor: RequestActor, evaluationId: string): Promise<RequirementMerge[]> {
    await this.access.require(actor, evaluationId);
    const rows = await this.dataSource
      .getRepository(RequirementMergeEntity)
      .find({ where: { evaluationId }, order: { mergedAt: 'DESC' } });
    return this.present(rows);
  }

  /** The origins of a page of requirements (the requirements merged into each), one query. */
  async originsOf(actor: RequestActor, requirementIds: readonly string[]): Promise<Map<string, RequirementOrigin[]>> {
    const rows: (RequirementOrigin & { requirementId: string; evaluationId: string })[] = await this.dataSource.query(
      `SELECT o.id, o.requirement_id AS "requirementId", r.evaluation_id AS "evaluationId",
              o.original_requirement_id AS "originalRequirementId", o.code, o.title, o.description,
              o.department_id AS "departmentId", u.display_name AS "proposedByName", o.proposed_at AS "proposedAt",
              o.merge_id AS "mergeId"
         FROM requirement_origin o
         JOIN requirement r ON r.id = o.requirement_id
         LEFT JOIN app_user u ON u.id = o.proposed_by
        WHERE o.requirement_id = ANY($1::uuid[])
        ORDER BY o.code, o.id`,
      [[...requirementIds]],
    );
    for (const evaluationId of new Set(rows.map((row) => row.evaluationId))) {
      await this.access.require(actor, { evaluationId, hiddenAs: 'The requirement' });
    }
    const out = new Map<string, RequirementOrigin[]>();
    for (const { requirementId, evaluationId: _evaluationId, ...origin } of rows) {
      const list = out.get(requirementId) ?? [];
      list.push(Object.assign(new RequirementOrigin(), origin));
      out.set(requirementId, list);
    }
    return out;
  }

  // ---- merging ---------------------------------------------------------------------------

  async merge(actor: RequestActor, input: MergeRequirementsInput): Promise<RequirementMerge> {
    await this.requireLead(actor, input.evaluationId);
    const mergedIds = [...new Set(input.merged.map((ref) => ref.id))].filter((id) => id !== input.survivor.id);
    if (mergedIds.length !== input.merged.length)
      throw badInput('Choose the survivor once and each duplicate once.', [
        { field: 'merged', problems: ['The survivor or a duplicate is named twice.'] },
      ]);
    const saved = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, input.evaluationId);
      await this.assertBeforeScoring(manager, evaluation, 'merged');
      const refs: RequirementRef[] = [input.survivor, ...input.merged];
      const locked = await manager.getRepository(RequirementEntity).find({
        where: { id: In(refs.map((ref) => ref.id)) },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked.length !== refs.length || locked.some((row) => row.evaluationId !== evaluation.id))
        throw notFound('One of the requirements');
      await this.assertVersions(manager, locked, refs);
      const survivor = locked.find((row) => row.id === input.survivor.id)!;
      const snapshot: RequirementMergeSnapshot = { requirements: [], moved: [], dropped: [] };
      const requirementRows: { row: JsonRow }[] = await manager.query(
        `SELECT to_jsonb(r) AS row FROM requirement r WHERE id = ANY($1::uuid[]) ORDER BY code`,
        [mergedIds],
      );
      snapshot.requirements = requirementRows.map((r) => r.row);
      const record = await manager.getRepository(RequirementMergeEntity).save(
        manager.getRepository(RequirementMergeEntity).create({
          evaluationId: evaluation.id,
          survivorId: survivor.id,
          survivorCode: survivor.code,
          mergedIds,
          mergedCodes: snapshot.requirements.map((row) => String(row['code'])),
          snapshot,
          mergedBy: actor.id,
          mergedAt: new Date(),
        }),
      );
      for (const mergedId of mergedIds) {
        for (const link of LINKS) {
          const clash = link.clash
            ? `EXISTS (SELECT 1 FROM ${link.table} s WHERE s.requirement_id = $2 AND ${link.clash})`
            : '$2::uuid IS NULL'; // never: keeps both parameters in use
          const rows: { row: JsonRow; clash: boolean }[] = await manager.query(
            `SELECT to_jsonb(t) AS row, ${clash} AS clash FROM ${link.table} t WHERE t.requirement_id = $1`,
            [mergedId, survivor.id],
          );
          for (const row of rows)
            (row.clash ? snapshot.dropped : snapshot.moved).push({ table: link.table, row: row.row });
          await manager.query(
            `UPDATE ${link.table} t SET requirement_id = $2 WHERE t.requirement_id = $1 AND NOT ${clash}`,
            [mergedId, survivor.id],
          );
        }
      }
      // Each merged requirement becomes an origin of the survivor (its own origins moved above).
      await manager.query(
        `INSERT INTO requirement_origin
           (requirement_id, merge_id, original_requirement_id, code, title, description, department_id, proposed_by, proposed_at)
         SELECT $1::uuid, $2::uuid, id, code, title, description, department_id, created_by, created_at
           FROM requirement WHERE id = ANY($3::uuid[])`,
        [survivor.id, record.id, mergedIds],
      );
      // The rows the survivor's won over go with the merged requirements (foreign keys cascade).
      await manager.query(`DELETE FROM requirement WHERE id = ANY($1::uuid[])`, [mergedIds]);
      record.snapshot = snapshot;
      const done = await manager.getRepository(RequirementMergeEntity).save(record);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'requirement',
        objectId: survivor.id,
        evaluationId: evaluation.id,
        action: 'merged',
        before: {},
        after: {
          mergedCodes: record.mergedCodes.join(', '),
          movedLinks: snapshot.moved.length,
          droppedLinks: snapshot.dropped.length,
        },
      });
      return done;
    });
    return (await this.present([saved]))[0];
  }

  async undo(actor: RequestActor, mergeId: string, version: number): Promise<RequirementMerge> {
    const existing = await this.dataSource.getRepository(RequirementMergeEntity).findOneBy({ id: mergeId });
    if (!existing) throw notFound('The merge');
    await this.requireLead(actor, existing.evaluationId, 'The merge');
    const saved = await this.dataSource.transaction(async (manager) => {
      const evaluation = await lockEvaluation(manager, existing.evaluationId);
      await this.assertBeforeScoring(manager, evaluation, 'unmerged');
      const record = await manager
        .getRepository(RequirementMergeEntity)
        .findOne({ where: { id: mergeId }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw notFound('The merge');
      if (record.undoneAt) throw conflict('This merge is already undone.');
      if (record.version !== version)
        throw conflict('The merge changed since you loaded it; reload and try again.', { version: record.version });
      const survivor = await manager
        .getRepository(RequirementEntity)
        .findOne({ where: { id: record.survivorId }, lock: { mode: 'pessimistic_write' } });
      if (!survivor) {
        const later = await manager.query(
          `SELECT survivor_code FROM requirement_merge WHERE $1 = ANY(merged_ids) AND undone_at IS NULL LIMIT 1`,
          [record.survivorId],
        );
        throw conflict(
          `${record.survivorCode} was itself merged into ${later[0]?.survivor_code ?? 'another requirement'} since; undo that merge first.`,
        );
      }
      const taken: { code: string }[] = await manager.query(
        `SELECT code FROM requirement WHERE evaluation_id = $1 AND code = ANY($2::text[]) ORDER BY code`,
        [record.evaluationId, record.mergedCodes],
      );
      if (taken.length > 0)
        throw conflict(
          `Another requirement now has the code ${taken.map((row) => row.code).join(', ')}; change it before undoing the merge.`,
          { codes: taken.map((row) => row.code) },
        );
      const { snapshot } = record;
      for (const row of snapshot.requirements) await this.insertRow(manager, 'requirement', row);
      await manager.query(`DELETE FROM requirement_origin WHERE merge_id = $1`, [record.id]);
      for (const { table, row } of snapshot.moved) {
        const link = LINKS.find((candidate) => candidate.table === table);
        if (!link) throw new Error(`Unknown link table ${table}`);
        // What the move left on the survivor gives way to the row as it was.
        const where = link.key.map((column, i) => `${column} = $${i + 1}`);
        const values = link.key.map((column) => row[column]);
        if (!link.key.includes('id')) {
          where.push(`requirement_id = $${values.length + 1}`);
          values.push(record.survivorId);
        }
        await manager.query(`DELETE FROM ${table} WHERE ${where.join(' AND ')}`, values);
        await this.insertRow(manager, table, row);
      }
      for (const { table, row } of snapshot.dropped) await this.insertRow(manager, table, row);
      record.undoneAt = new Date();
      record.undoneBy = actor.id;
      const done = await manager.getRepository(RequirementMergeEntity).save(record);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'requirement',
        objectId: record.survivorId,
        evaluationId: record.evaluationId,
        action: 'merge_undone',
        before: {},
        after: { restoredCodes: record.mergedCodes.join(', ') },
      });
      return done;
    });
    return (await this.present([saved]))[0];
  }

  // ---- rules and helpers -----------------------------------------------------------------

  private async requireLead(actor: RequestActor, evaluationId: string, hiddenAs = 'The evaluation'): Promise<void> {
    await this.access.require(actor, { evaluationId, hiddenAs });
    if (!(await this.access.holds(actor, evaluationId, EvaluationRole.Lead)))
      throw forbidden('Only the evaluation’s lead (or an administrator) may merge requirements.');
  }

  /** Merging and undoing stop once scoring opens: the evaluation past requirements, or any round opened. */
  private async assertBeforeScoring(manager: EntityManager, evaluation: EvaluationEntity, verb: string): Promise<void> {
    assertEvaluationOpen(evaluation, 'its requirements');
    const rounds: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM scoring_round WHERE evaluation_id = $1`,
      [evaluation.id],
    );
    if (!['draft', 'requirements'].includes(evaluation.status) || rounds[0].n > 0)
      throw conflict(
        `Scoring has opened (the evaluation is in ${evaluation.status}); requirements can no longer be ${verb}.`,
      );
  }

  private async assertVersions(manager: EntityManager, locked: RequirementEntity[], refs: RequirementRef[]) {
    const versions = new Map(refs.map((ref) => [ref.id, ref.version]));
    const stale = locked.filter((row) => row.version !== versions.get(row.id));
    if (stale.length === 0) return;
    const first = await staleVersionConflict(
      manager,
      `Requirement ${stale[0].code}`,
      'requirement',
      stale[0].id,
      stale[0].version,
    );
    throw conflict(
      `${stale.map((row) => row.code).join(', ')} changed since you loaded ${stale.length === 1 ? 'it' : 'them'}. ${first.message} Nothing was merged.`,
      { codes: stale.map((row) => row.code) },
    );
  }

  /** Puts a row back exactly as to_jsonb() wrote it (generated columns are computed again). */
  private async insertRow(manager: EntityManager, table: string, row: JsonRow): Promise<void> {
    if (!LINK_TABLES.has(table)) throw new Error(`Unknown table ${table}`);
    const columns: { column_name: string }[] = await manager.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
      [table],
    );
    const list = columns.map((c) => `"${c.column_name}"`).join(', ');
    await manager.query(
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_record(NULL::${table}, $1::jsonb)`,
      [JSON.stringify(row)],
    );
  }

  private async hasTrigrams(): Promise<boolean> {
    const rows: { ok: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS ok`,
    );
    if (!rows[0]?.ok) return false;
    try {
      // A data directory created with the extension may be opened without PGlite's bundle.
      await this.dataSource.query(`SELECT similarity('a', 'a')`);
      return true;
    } catch {
      return false;
    }
  }

  private async present(rows: RequirementMergeEntity[]): Promise<RequirementMerge[]> {
    const userIds = [
      ...new Set(rows.flatMap((row) => [row.mergedBy, row.undoneBy]).filter((id): id is string => !!id)),
    ];
    const names = new Map<string, string>(
      userIds.length === 0
        ? []
        : (
            (await this.dataSource.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [
              userIds,
            ])) as { id: string; display_name: string }[]
          ).map((user) => [user.id, user.display_name]),
    );
    return rows.map((row) =>
      Object.assign(new RequirementMerge(), {
        id: row.id,
        evaluationId: row.evaluationId,
        survivorId: row.survivorId,
        survivorCode: row.survivorCode,
        mergedCodes: row.mergedCodes,
        mergedByName: row.mergedBy ? (names.get(row.mergedBy) ?? null) : null,
        mergedAt: row.mergedAt,
        undoneAt: row.undoneAt,
        undoneByName: row.undoneBy ? (names.get(row.undoneBy) ?? null) : null,
        movedLinks: row.snapshot.moved.length,
        droppedLinks: row.snapshot.dropped.length,
        version: row.version,
      }),
    );
  }
}
