import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  EditTarget,
  lockOpenEvaluation,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import {
  CriterionEntity,
  CriterionRequirementEntity,
  PairwiseComparisonEntity,
  RequirementEntity,
  RubricVersionEntity,
} from '@assay/api/data';
import {
  ahp,
  AhpResult,
  ahpInconsistencies,
  ComparisonMatrixError,
  EvaluationRole,
  PRIORITY_WEIGHT,
  weightsByContent,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CriterionInput, PairwiseInput, RubricScaleInput } from './rubric.inputs';
import { Criterion, PairwiseResult, RubricVersion } from './rubric.types';

const { Lead } = EvaluationRole;
/** The anchored scale a new rubric starts with (0–3, as in most ILS procurements). */
export const DEFAULT_DESCRIPTORS = [
  { value: 0, label: 'Not available' },
  { value: 1, label: 'Through customisation or a third party' },
  { value: 2, label: 'Partially out of the box' },
  { value: 3, label: 'Fully out of the box' },
];

const RUBRIC_VERSION: EditTarget<RubricVersionEntity> = {
  entity: RubricVersionEntity,
  objectType: 'rubric_version',
  missing: 'The rubric version',
  describe: (row) => `Rubric version ${row.number}`,
};

/**
 * Rubrics: versions, their scale, categories and criteria, and weights (entered, by AHP or from
 * the requirements). A version is edited while it is a draft and frozen once a round opens on it.
 */
@Injectable()
export class RubricService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
  ) {}

  // ---- rubric ----------------------------------------------------------------------------

  /** The latest rubric version, or null before one is started. */
  async currentRubric(actor: RequestActor, evaluationId: string): Promise<RubricVersion | null> {
    await this.access.require(actor, evaluationId);
    const version = await this.dataSource
      .getRepository(RubricVersionEntity)
      .findOne({ where: { evaluationId }, order: { number: 'DESC' } });
    return version ? this.rubricView(this.dataSource.manager, version) : null;
  }

  async rubricVersion(actor: RequestActor, id: string): Promise<RubricVersion> {
    const version = await this.dataSource.getRepository(RubricVersionEntity).findOneBy({ id });
    if (!version) throw notFound('The rubric version');
    await this.access.require(actor, { evaluationId: version.evaluationId, hiddenAs: 'The rubric version' });
    return this.rubricView(this.dataSource.manager, version);
  }

  /**
   * A rubric version to edit: the latest if it is still a draft, otherwise a new version copied
   * from it (the frozen one stays as it was, with the scores given on it).
   */
  async draftRubric(actor: RequestActor, evaluationId: string): Promise<RubricVersion> {
    await this.access.require(actor, evaluationId, Lead);
    return this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, evaluationId);
      const latest = await manager
        .getRepository(RubricVersionEntity)
        .findOne({ where: { evaluationId }, order: { number: 'DESC' } });
      if (latest && !latest.frozenAt) return this.rubricView(manager, latest);
      const created = await manager.save(
        manager.create(RubricVersionEntity, {
          evaluationId,
          number: (latest?.number ?? 0) + 1,
          basedOnId: latest?.id ?? null,
          scaleMin: latest?.scaleMin ?? 0,
          scaleMax: latest?.scaleMax ?? 3,
          descriptors: latest?.descriptors ?? DEFAULT_DESCRIPTORS,
          createdBy: actor.id,
        }),
      );
      if (latest) await this.copyCriteria(manager, latest.id, created.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'rubric_version',
        objectId: created.id,
        evaluationId,
        action: latest ? 'new_version' : 'created',
        after: { number: created.number, basedOn: latest?.number ?? null },
      });
      return this.rubricView(manager, created);
    });
  }

  async setScale(actor: RequestActor, input: RubricScaleInput): Promise<RubricVersion> {
    if (input.scaleMax <= input.scaleMin)
      throw badInput('The top of the scale must be above the bottom.', [
        { field: 'scaleMax', problems: ['Must be above the minimum.'] },
      ]);
    if (input.descriptors.some((d) => d.value < input.scaleMin || d.value > input.scaleMax))
      throw badInput('Each descriptor must sit on the scale.', [
        { field: 'descriptors', problems: ['A value is outside the scale.'] },
      ]);
    return this.editDraft(actor, input.rubricVersionId, async (manager, version) => {
      version.scaleMin = input.scaleMin;
      version.scaleMax = input.scaleMax;
      version.descriptors = [...input.descriptors]
        .sort((a, b) => a.value - b.value)
        .map((d) => ({ value: d.value, label: d.label.trim() }));
      await manager.save(version);
    });
  }

  async saveCriterion(actor: RequestActor, input: CriterionInput): Promise<RubricVersion> {
    return this.editDraft(actor, input.rubricVersionId, async (manager, version) => {
      const repository = manager.getRepository(CriterionEntity);
      if (input.parentId) {
        const parent = await repository.findOneBy({ id: input.parentId, rubricVersionId: version.id });
        if (!parent)
          throw badInput('The parent is not in this rubric version.', [
            { field: 'parentId', problems: ['Choose a category of this rubric.'] },
          ]);
        if (parent.parentId)
          throw badInput('Criteria sit inside a category; a criterion cannot hold others.', [
            { field: 'parentId', problems: ['Choose a top-level category.'] },
          ]);
      }
      let row = input.id ? await repository.findOneBy({ id: input.id, rubricVersionId: version.id }) : null;
      if (input.id && !row) throw notFound('The criterion');
      if (!row) {
        const siblings = await repository.countBy({
          rubricVersionId: version.id,
          parentId: input.parentId ? input.parentId : IsNull(),
        });
        row = repository.create({
          rubricVersionId: version.id,
          parentId: input.parentId ?? null,
          key: freeKey(input.title, await this.keysOf(manager, version.id)),
          position: input.position ?? siblings,
          weight: input.weight ?? 1,
        });
      } else if (input.parentId !== undefined && input.parentId !== row.parentId) {
        if ((await repository.countBy({ parentId: row.id })) > 0 && input.parentId)
          throw badInput('A category with criteria cannot move into another category.');
        row.parentId = input.parentId ?? null;
      }
      row.title = input.title.trim();
      if (input.description !== undefined) row.description = input.description.trim();
      if (input.weight !== undefined) row.weight = input.weight;
      if (input.position !== undefined) row.position = input.position;
      const saved = await repository.save(row);
      if (input.requirementIds) {
        const requirements = input.requirementIds.length
          ? await manager
              .getRepository(RequirementEntity)
              .findBy({ id: In(input.requirementIds), evaluationId: version.evaluationId })
          : [];
        if (requirements.length !== new Set(input.requirementIds).size)
          throw badInput('A linked requirement is not in this evaluation.', [
            { field: 'requirementIds', problems: ['Choose requirements of this evaluation.'] },
          ]);
        await manager.delete(CriterionRequirementEntity, { criterionId: saved.id });
        if (requirements.length)
          await manager.insert(
            CriterionRequirementEntity,
            requirements.map((r) => ({ criterionId: saved.id, requirementId: r.id })),
          );
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'rubric_version',
        objectId: version.id,
        evaluationId: version.evaluationId,
        action: input.id ? 'criterion_updated' : 'criterion_added',
        after: { key: saved.key, title: saved.title, weight: saved.weight },
      });
    });
  }

  /**
   * Sets the weights of one level (the top-level categories, or the criteria of one category) by
   * AHP from a pairwise comparison matrix over the children in position order. An inconsistent
   * matrix (CR ≥ 0.10) is kept and flagged, not refused: the lead sees which judgments to revisit.
   */
  async setPairwise(actor: RequestActor, input: PairwiseInput): Promise<RubricVersion> {
    return this.editDraft(actor, input.rubricVersionId, async (manager, version) => {
      const { parentKey, result } = await this.applyPairwise(manager, version, input.parentId ?? null, input.matrix);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'rubric_version',
        objectId: version.id,
        evaluationId: version.evaluationId,
        action: 'weights_by_ahp',
        after: { parentKey, cr: round6(result.cr), weights: result.weights.map(round6) },
      });
    });
  }

  /**
   * Weighs the children of `parentId` (null: the categories) from a comparison matrix in position
   * order and keeps the matrix; the caller holds the draft version's lock (or has just created it).
   */
  async applyPairwise(
    manager: EntityManager,
    version: RubricVersionEntity,
    parentId: string | null,
    matrix: number[][],
  ): Promise<{ parentKey: string; result: AhpResult }> {
    const repository = manager.getRepository(CriterionEntity);
    let parentKey = '';
    if (parentId) {
      const parent = await repository.findOneBy({ id: parentId, rubricVersionId: version.id });
      if (!parent)
        throw badInput('The parent is not in this rubric version.', [
          { field: 'parentId', problems: ['Choose a category of this rubric.'] },
        ]);
      parentKey = parent.key;
    }
    const children = await repository.find({
      where: { rubricVersionId: version.id, parentId: parentId ? parentId : IsNull() },
      order: { position: 'ASC', title: 'ASC' },
    });
    if (children.length !== matrix.length) {
      throw badInput(`The matrix compares ${matrix.length} items, but this level has ${children.length}.`, [
        { field: 'matrix', problems: [`Send a ${children.length} × ${children.length} matrix in position order.`] },
      ]);
    }
    let result;
    try {
      result = ahp(matrix);
    } catch (error) {
      if (error instanceof ComparisonMatrixError)
        throw badInput(error.message, [{ field: 'matrix', problems: [error.message] }]);
      throw error;
    }
    await manager.query(
      `UPDATE criterion c SET weight = w.weight FROM unnest($1::uuid[], $2::numeric[]) AS w(id, weight) WHERE c.id = w.id`,
      [children.map((child) => child.id), result.weights.map((weight) => Math.max(round6(weight), 0.000001))],
    );
    await manager.query(
      `INSERT INTO pairwise_comparison (rubric_version_id, parent_key, matrix) VALUES ($1, $2, $3)
       ON CONFLICT (rubric_version_id, parent_key) DO UPDATE SET matrix = EXCLUDED.matrix`,
      [version.id, parentKey, JSON.stringify(matrix)],
    );
    return { parentKey, result };
  }

  async deleteCriterion(actor: RequestActor, rubricVersionId: string, criterionId: string): Promise<RubricVersion> {
    return this.editDraft(actor, rubricVersionId, async (manager, version) => {
      const row = await manager
        .getRepository(CriterionEntity)
        .findOneBy({ id: criterionId, rubricVersionId: version.id });
      if (!row) throw notFound('The criterion');
      await manager.delete(CriterionEntity, { id: row.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'rubric_version',
        objectId: version.id,
        evaluationId: version.evaluationId,
        action: 'criterion_removed',
        before: { key: row.key, title: row.title },
      });
    });
  }

  /** One criterion per approved requirement, grouped into a category per requirement category. */
  async generateFromRequirements(actor: RequestActor, rubricVersionId: string): Promise<RubricVersion> {
    return this.editDraft(actor, rubricVersionId, async (manager, version) => {
      const added = await this.addCriteriaFromRequirements(manager, version);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'rubric_version',
        objectId: version.id,
        evaluationId: version.evaluationId,
        action: 'generated_from_requirements',
        after: { criteria: added },
      });
    });
  }

  /**
   * Adds a criterion for each approved requirement the draft does not cover yet, inside a category
   * named after the requirement's category (created when missing). Weights follow the priority:
   * must 3, should 2, could 1. Returns how many criteria were added.
   */
  async addCriteriaFromRequirements(manager: EntityManager, version: RubricVersionEntity): Promise<number> {
    const requirements = await manager.getRepository(RequirementEntity).find({
      where: { evaluationId: version.evaluationId, status: 'approved' },
      order: { category: 'ASC', code: 'ASC' },
    });
    const linked = new Set(
      (
        await manager.query(
          `SELECT cr.requirement_id FROM criterion_requirement cr JOIN criterion c ON c.id = cr.criterion_id WHERE c.rubric_version_id = $1`,
          [version.id],
        )
      ).map((r: { requirement_id: string }) => r.requirement_id),
    );
    const categories = new Map(
      (await manager.getRepository(CriterionEntity).findBy({ rubricVersionId: version.id, parentId: IsNull() })).map(
        (c) => [c.title.toLowerCase(), c.id],
      ),
    );
    const taken = await this.keysOf(manager, version.id);
    const newCategories: Partial<CriterionEntity>[] = [];
    const newCriteria: Partial<CriterionEntity>[] = [];
    const links: { criterionId: string; requirementId: string }[] = [];
    for (const requirement of requirements) {
      if (linked.has(requirement.id)) continue;
      const title = requirement.category || 'General';
      let categoryId = categories.get(title.toLowerCase());
      if (!categoryId) {
        categoryId = randomUUID();
        newCategories.push({
          id: categoryId,
          rubricVersionId: version.id,
          parentId: null,
          key: freeKey(title, taken),
          title,
          position: categories.size,
          weight: 1,
        });
        categories.set(title.toLowerCase(), categoryId);
      }
      const weight = PRIORITY_WEIGHT[requirement.priority as keyof typeof PRIORITY_WEIGHT] ?? PRIORITY_WEIGHT.could;
      const id = randomUUID();
      newCriteria.push({
        id,
        rubricVersionId: version.id,
        parentId: categoryId,
        key: freeKey(requirement.code, taken),
        title: `${requirement.code} ${requirement.title}`,
        description: requirement.description,
        position: newCriteria.length,
        weight,
      });
      links.push({ criterionId: id, requirementId: requirement.id });
    }
    // Categories first: their criteria refer to them.
    if (newCategories.length) await manager.insert(CriterionEntity, newCategories);
    if (newCriteria.length) await manager.insert(CriterionEntity, newCriteria);
    if (links.length) await manager.insert(CriterionRequirementEntity, links);
    if (newCriteria.length) await this.weighCategoriesByContent(manager, version);
    return newCriteria.length;
  }

  /**
   * Proposes category weights that follow what each category holds (the sum of its criteria's
   * weights, as shares), for the lead to review: equal weights would let one lone "should" in a
   * category of its own weigh as much as dozens of musts. A top-level comparison matrix no longer
   * matches these weights, so it is set aside.
   */
  private async weighCategoriesByContent(manager: EntityManager, version: RubricVersionEntity): Promise<void> {
    const rows = await manager
      .getRepository(CriterionEntity)
      .find({ where: { rubricVersionId: version.id }, order: { position: 'ASC', title: 'ASC' } });
    const categories = rows.filter((row) => !row.parentId);
    const weights = weightsByContent(
      categories.map((category) => rows.filter((row) => row.parentId === category.id).map((row) => Number(row.weight))),
    );
    await manager.query(
      `UPDATE criterion c SET weight = w.weight FROM unnest($1::uuid[], $2::numeric[]) AS w(id, weight) WHERE c.id = w.id`,
      [categories.map((category) => category.id), weights.map((weight) => Math.max(round6(weight), 0.000001))],
    );
    await manager.delete(PairwiseComparisonEntity, { rubricVersionId: version.id, parentKey: '' });
  }

  private async editDraft(
    actor: RequestActor,
    rubricVersionId: string,
    edit: (manager: EntityManager, version: RubricVersionEntity) => Promise<void>,
  ): Promise<RubricVersion> {
    const found = await this.dataSource.getRepository(RubricVersionEntity).findOneBy({ id: rubricVersionId });
    if (!found) throw notFound('The rubric version');
    await this.access.require(actor, { evaluationId: found.evaluationId, hiddenAs: 'The rubric version' }, Lead);
    return this.dataSource.transaction(async (manager) => {
      const version = await this.edit.lock(manager, RUBRIC_VERSION, rubricVersionId);
      if (version.frozenAt) {
        throw conflict(
          `Rubric version ${version.number} is frozen: scoring has opened on it. Start a new version to change the rubric; its scores stay with version ${version.number}.`,
        );
      }
      await edit(manager, version);
      await manager.query('UPDATE rubric_version SET updated_at = now(), version = version + 1 WHERE id = $1', [
        version.id,
      ]);
      return this.rubricView(
        manager,
        (await manager.getRepository(RubricVersionEntity).findOneBy({ id: version.id }))!,
      );
    });
  }

  private async keysOf(manager: EntityManager, rubricVersionId: string): Promise<Set<string>> {
    const rows: { key: string }[] = await manager.query(`SELECT key FROM criterion WHERE rubric_version_id = $1`, [
      rubricVersionId,
    ]);
    return new Set(rows.map((row) => row.key));
  }

  /** Copies a version's criteria, their requirement links and comparison matrices: one insert each. */
  private async copyCriteria(manager: EntityManager, fromId: string, toId: string): Promise<void> {
    const rows = await manager.getRepository(CriterionEntity).findBy({ rubricVersionId: fromId });
    const ids = new Map(rows.map((row) => [row.id, randomUUID()]));
    // Categories first: their criteria refer to them.
    const copies = rows
      .filter((row) => !row.parentId)
      .concat(rows.filter((row) => row.parentId))
      .map((row) => ({
        id: ids.get(row.id)!,
        rubricVersionId: toId,
        parentId: row.parentId ? ids.get(row.parentId)! : null,
        key: row.key,
        title: row.title,
        description: row.description,
        position: row.position,
        weight: row.weight,
      }));
    if (copies.length) await manager.insert(CriterionEntity, copies);
    const links = ids.size
      ? await manager.getRepository(CriterionRequirementEntity).findBy({ criterionId: In([...ids.keys()]) })
      : [];
    if (links.length)
      await manager.insert(
        CriterionRequirementEntity,
        links.map((link) => ({ criterionId: ids.get(link.criterionId)!, requirementId: link.requirementId })),
      );
    const comparisons = await manager.getRepository(PairwiseComparisonEntity).findBy({ rubricVersionId: fromId });
    if (comparisons.length)
      await manager.insert(
        PairwiseComparisonEntity,
        comparisons.map((comparison) => ({
          rubricVersionId: toId,
          parentKey: comparison.parentKey,
          matrix: comparison.matrix,
        })),
      );
  }

  async rubricView(manager: EntityManager, version: RubricVersionEntity): Promise<RubricVersion> {
    const rows = await manager
      .getRepository(CriterionEntity)
      .find({ where: { rubricVersionId: version.id }, order: { position: 'ASC', title: 'ASC' } });
    const links = rows.length
      ? await manager.getRepository(CriterionRequirementEntity).findBy({ criterionId: In(rows.map((r) => r.id)) })
      : [];
    const siblingsSum = new Map<string, number>();
    for (const row of rows)
      siblingsSum.set(row.parentId ?? '', (siblingsSum.get(row.parentId ?? '') ?? 0) + row.weight);
    const normalised = new Map(rows.map((row) => [row.id, row.weight / siblingsSum.get(row.parentId ?? '')!]));
    const criteria: Criterion[] = [];
    const ordered = rows
      .filter((r) => !r.parentId)
      .flatMap((category) => [category, ...rows.filter((r) => r.parentId === category.id)]);
    for (const row of ordered) {
      const share = normalised.get(row.id)!;
      criteria.push({
        id: row.id,
        parentId: row.parentId,
        key: row.key,
        title: row.title,
        description: row.description,
        position: row.position,
        weight: row.weight,
        normalisedWeight: round6(share),
        globalWeight: round6(row.parentId ? share * normalised.get(row.parentId)! : share),
        requirementIds: links.filter((l) => l.criterionId === row.id).map((l) => l.requirementId),
      });
    }
    return {
      id: version.id,
      evaluationId: version.evaluationId,
      number: version.number,
      basedOnNumber: version.basedOnId
        ? ((await manager.getRepository(RubricVersionEntity).findOneBy({ id: version.basedOnId }))?.number ?? null)
        : null,
      frozenAt: version.frozenAt,
      scaleMin: version.scaleMin,
      scaleMax: version.scaleMax,
      descriptors: version.descriptors,
      criteria,
      comparisons: (await manager.getRepository(PairwiseComparisonEntity).findBy({ rubricVersionId: version.id })).map(
        (comparison) => comparisonView(comparison.parentKey, comparison.matrix),
      ),
      version: version.version,
    };
  }
}

function comparisonView(parentKey: string, matrix: number[][]): PairwiseResult {
  const result = ahp(matrix);
  const worst = ahpInconsistencies(matrix, result.weights)
    .filter((issue) => issue.deviation > 1e-9)
    .slice(0, 3)
    .map((issue) => ({
      row: issue.row,
      column: issue.column,
      judgment: issue.judgment,
      implied: round6(issue.implied),
    }));
  return {
    parentKey,
    matrix,
    weights: result.weights.map(round6),
    consistencyRatio: round6(result.cr),
    consistent: result.consistent,
    worstComparisons: worst,
  };
}

/** A key made from the title (lower case, hyphens), with -2, -3… when taken; the key is then taken too. */
function freeKey(title: string, taken: Set<string>): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'criterion';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
