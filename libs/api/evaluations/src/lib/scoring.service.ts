import { AccessPolicy, AuditService, badInput, conflict, forbidden, notFound, RequestActor } from '@assay/api/core';
import {
  CandidateEntity,
  ConsensusScoreEntity,
  CriterionEntity,
  CriterionRequirementEntity,
  EvaluationEntity,
  PairwiseComparisonEntity,
  RequirementEntity,
  RubricVersionEntity,
  ScoreEntity,
  ScoringRoundEntity,
} from '@assay/api/data';
import {
  ahp,
  AhpResult,
  ahpInconsistencies,
  ComparisonMatrixError,
  EvaluationRole,
  GlobalRole,
  PRIORITY_WEIGHT,
  weightsByContent,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { EvaluationsService } from './evaluations.service';
import {
  ConsensusInput,
  ConsensusScore,
  Criterion,
  CriterionInput,
  OpenRoundInput,
  PairwiseInput,
  PairwiseResult,
  RubricScaleInput,
  RubricVersion,
  Score,
  ScoreInput,
  ScoringProgress,
  ScoringRound,
} from './scoring.types';

const LEAD = [EvaluationRole.Lead];
/** The anchored scale a new rubric starts with (0–3, as in most ILS procurements). */
export const DEFAULT_DESCRIPTORS = [
  { value: 0, label: 'Not available' },
  { value: 1, label: 'Through customisation or a third party' },
  { value: 2, label: 'Partially out of the box' },
  { value: 3, label: 'Fully out of the box' },
];

/**
 * Rubrics, scoring rounds, scores and consensus. Blind scoring is enforced here, on every path:
 * until a round is revealed (while it is open, and for good when it is closed unrevealed), every
 * query answers a person with their own scores only — whatever their role — and nothing derived
 * from other people's score values leaves the service. Leads see counts of scores entered, to
 * chase progress.
 */
@Injectable()
export class ScoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly evaluations: EvaluationsService,
  ) {}

  // ---- rubric ----------------------------------------------------------------------------

  /** The latest rubric version, or null before one is started. */
  async currentRubric(actor: RequestActor | undefined, evaluationId: string): Promise<RubricVersion | null> {
    await this.evaluations.assertMember(actor, evaluationId);
    const version = await this.dataSource
      .getRepository(RubricVersionEntity)
      .findOne({ where: { evaluationId }, order: { number: 'DESC' } });
    return version ? this.rubricView(this.dataSource.manager, version) : null;
  }

  async rubricVersion(actor: RequestActor | undefined, id: string): Promise<RubricVersion> {
    const version = await this.dataSource.getRepository(RubricVersionEntity).findOneBy({ id });
    if (!version) throw notFound('The rubric version');
    await this.evaluations.assertMember(actor, version.evaluationId, 'The rubric version');
    return this.rubricView(this.dataSource.manager, version);
  }

  /**
   * A rubric version to edit: the latest if it is still a draft, otherwise a new version copied
   * from it (the frozen one stays as it was, with the scores given on it).
   */
  async draftRubric(actor: RequestActor | undefined, evaluationId: string): Promise<RubricVersion> {
    await this.access.assertEvaluationRole(actor, evaluationId, LEAD);
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await manager
        .getRepository(EvaluationEntity)
        .findOne({ where: { id: evaluationId }, lock: { mode: 'pessimistic_write' } });
      if (!evaluation) throw notFound('The evaluation');
      if (evaluation.status === 'cancelled' || evaluation.status === 'decided')
        throw conflict(`The evaluation is ${evaluation.status}.`);
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
          createdBy: actor!.id,
        }),
      );
      if (latest) await this.copyCriteria(manager, latest.id, created.id);
      await this.audit.record(manager, {
        actorId: actor!.id,
        objectType: 'rubric_version',
        objectId: created.id,
        evaluationId,
        action: latest ? 'new_version' : 'created',
        after: { number: created.number, basedOn: latest?.number ?? null },
      });
      return this.rubricView(manager, created);
    });
  }

  async setScale(actor: RequestActor | undefined, input: RubricScaleInput): Promise<RubricVersion> {
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

  async saveCriterion(actor: RequestActor | undefined, input: CriterionInput): Promise<RubricVersion> {
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
        actorId: actor!.id,
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
  async setPairwise(actor: RequestActor | undefined, input: PairwiseInput): Promise<RubricVersion> {
    return this.editDraft(actor, input.rubricVersionId, async (manager, version) => {
      const { parentKey, result } = await this.applyPairwise(manager, version, input.parentId ?? null, input.matrix);
      await this.audit.record(manager, {
        actorId: actor!.id,
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

  async deleteCriterion(
    actor: RequestActor | undefined,
    rubricVersionId: string,
    criterionId: string,
  ): Promise<RubricVersion> {
    return this.editDraft(actor, rubricVersionId, async (manager, version) => {
      const row = await manager
        .getRepository(CriterionEntity)
        .findOneBy({ id: criterionId, rubricVersionId: version.id });
      if (!row) throw notFound('The criterion');
      await manager.delete(CriterionEntity, { id: row.id });
      await this.audit.record(manager, {
        actorId: actor!.id,
        objectType: 'rubric_version',
        objectId: version.id,
        evaluationId: version.evaluationId,
        action: 'criterion_removed',
        before: { key: row.key, title: row.title },
      });
    });
  }

  /** One criterion per approved requirement, grouped into a category per requirement category. */
  async generateFromRequirements(actor: RequestActor | undefined, rubricVersionId: string): Promise<RubricVersion> {
    return this.editDraft(actor, rubricVersionId, async (manager, version) => {
      const added = await this.addCriteriaFromRequirements(manager, version);
      await this.audit.record(manager, {
        actorId: actor!.id,
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
    actor: RequestActor | undefined,
    rubricVersionId: string,
    edit: (manager: EntityManager, version: RubricVersionEntity) => Promise<void>,
  ): Promise<RubricVersion> {
    const found = await this.dataSource.getRepository(RubricVersionEntity).findOneBy({ id: rubricVersionId });
    if (!found) throw notFound('The rubric version');
    await this.access.assertEvaluationRole(actor, found.evaluationId, LEAD, 'The rubric version');
    return this.dataSource.transaction(async (manager) => {
      const version = await manager
        .getRepository(RubricVersionEntity)
        .findOne({ where: { id: rubricVersionId }, lock: { mode: 'pessimistic_write' } });
      if (!version) throw notFound('The rubric version');
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

  // ---- rounds ----------------------------------------------------------------------------

  async rounds(actor: RequestActor | undefined, evaluationId: string): Promise<ScoringRound[]> {
    await this.evaluations.assertMember(actor, evaluationId);
    return (
      await this.dataSource
        .getRepository(ScoringRoundEntity)
        .find({ where: { evaluationId }, order: { number: 'ASC' } })
    ).map(roundView);
  }

  /** One round, for any member of its evaluation (its scores stay blind through their own field). */
  async roundFor(actor: RequestActor | undefined, id: string): Promise<ScoringRound> {
    const round = await this.round(id);
    await this.evaluations.assertMember(actor, round.evaluationId, 'The scoring round');
    return roundView(round);
  }

  /** Freezes the latest rubric version and opens a blind round on it. */
  async openRound(actor: RequestActor | undefined, input: OpenRoundInput): Promise<ScoringRound> {
    await this.access.assertEvaluationRole(actor, input.evaluationId, LEAD);
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await manager
        .getRepository(EvaluationEntity)
        .findOne({ where: { id: input.evaluationId }, lock: { mode: 'pessimistic_write' } });
      if (!evaluation) throw notFound('The evaluation');
      if (evaluation.status !== 'scoring')
        throw conflict(`Scoring rounds open while the evaluation is in scoring; it is in ${evaluation.status}.`);
      if (await manager.existsBy(ScoringRoundEntity, { evaluationId: evaluation.id, status: 'open' }))
        throw conflict('A round is already open: reveal or close it first.');
      const rubric = await manager
        .getRepository(RubricVersionEntity)
        .findOne({ where: { evaluationId: evaluation.id }, order: { number: 'DESC' } });
      if (!rubric) throw badInput('Build the rubric before opening a round.');
      const leaves: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM criterion c WHERE c.rubric_version_id = $1 AND c.parent_id IS NOT NULL`,
        [rubric.id],
      );
      if (leaves[0].n === 0) throw badInput('The rubric has no criteria to score yet.');
      const shortlisted = await manager
        .getRepository(CandidateEntity)
        .findBy({ evaluationId: evaluation.id, state: In(['shortlisted', 'recommended', 'selected']) });
      const candidateIds = input.candidateIds ?? shortlisted.map((c) => c.id);
      if (candidateIds.length === 0 || candidateIds.some((id) => !shortlisted.some((c) => c.id === id))) {
        throw badInput('Choose shortlisted candidates of this evaluation.', [
          { field: 'candidateIds', problems: ['Only shortlisted candidates can be scored.'] },
        ]);
      }
      if (!rubric.frozenAt) {
        rubric.frozenAt = new Date();
        await manager.save(rubric);
      }
      const previous = await manager
        .getRepository(ScoringRoundEntity)
        .count({ where: { evaluationId: evaluation.id } });
      const saved = await manager.save(
        manager.create(ScoringRoundEntity, {
          evaluationId: evaluation.id,
          rubricVersionId: rubric.id,
          number: previous + 1,
          candidateIds: [...new Set(candidateIds)],
          openedBy: actor!.id,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor!.id,
        objectType: 'scoring_round',
        objectId: saved.id,
        evaluationId: evaluation.id,
        action: 'opened',
        after: { number: saved.number, rubricVersion: rubric.number, candidates: saved.candidateIds.length },
      });
      return roundView(saved);
    });
  }

  async reveal(actor: RequestActor | undefined, roundId: string): Promise<ScoringRound> {
    const round = await this.round(roundId);
    await this.access.assertEvaluationRole(actor, round.evaluationId, LEAD, 'The scoring round');
    return this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(ScoringRoundEntity)
        .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
      if (row!.status !== 'open') throw conflict(`Round ${row!.number} is already ${row!.status}.`);
      row!.status = 'revealed';
      row!.revealedAt = new Date();
      const saved = await manager.save(row!);
      await this.audit.record(manager, {
        actorId: actor!.id,
        objectType: 'scoring_round',
        objectId: row!.id,
        evaluationId: row!.evaluationId,
        action: 'revealed',
      });
      return roundView(saved);
    });
  }

  /**
   * Ends an open round without revealing it (e.g. scored on a rubric that has since changed): it
   * accepts no more scores and its scores stay blind for good — each evaluator still sees their own.
   */
  async closeRound(actor: RequestActor, roundId: string): Promise<ScoringRound> {
    const round = await this.round(roundId);
    await this.access.assertEvaluationRole(actor, round.evaluationId, LEAD, 'The scoring round');
    return this.dataSource.transaction(async (manager) => {
      const row = (await manager
        .getRepository(ScoringRoundEntity)
        .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } }))!;
      if (row.status !== 'open')
        throw conflict(`Round ${row.number} is already ${row.status}; only an open round can be closed.`);
      row.status = 'closed';
      const saved = await manager.save(row);
      const [scores]: { n: number }[] = await manager.query(
        'SELECT count(*)::int AS n FROM score WHERE round_id = $1 AND value IS NOT NULL',
        [row.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'scoring_round',
        objectId: row.id,
        evaluationId: row.evaluationId,
        action: 'closed_unrevealed',
        before: { status: 'open' },
        after: { status: 'closed', scores: scores.n },
      });
      return roundView(saved);
    });
  }

  // ---- scores ----------------------------------------------------------------------------

  /**
   * Saves the caller's own score. Concurrent saves of the same cell end as one row, and each keeps
   * what the other left out: an omitted comment or evidence link means "keep", so it is merged in
   * the statement that writes the row (never read first and written back, which would let a
   * concurrent save's comment be overwritten by an older copy). After the reveal the change is
   * part of the record: the row is locked, so the audit's before and after are the ones replaced.
   */
  async saveScore(actor: RequestActor, input: ScoreInput): Promise<Score> {
    const round = await this.round(input.roundId);
    await this.access.assertEvaluationRole(actor, round.evaluationId, [EvaluationRole.Evaluator], 'The scoring round');
    if (round.status === 'closed') throw conflict(`Round ${round.number} is closed.`);
    const value = input.value ?? null;
    const criterion = await this.scoredCell(round, input.candidateId, input.criterionId, value);
    const comment = input.comment === undefined || input.comment === null ? null : input.comment.trim();
    const keepEvidence = input.evidenceUrl === undefined;
    const cell = [round.id, actor.id, input.candidateId, criterion.id];
    const fields = [value, comment, keepEvidence ? null : input.evidenceUrl, keepEvidence];
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockRoundForWrites(manager, round.id);
      let id: string;
      if (current.status === 'open') {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO score AS s (round_id, evaluator_id, candidate_id, criterion_id, value, comment, evidence_url)
           VALUES ($1, $2, $3, $4, $5, coalesce($6, ''), $7)
           ON CONFLICT (round_id, evaluator_id, candidate_id, criterion_id) DO UPDATE SET ${scoreMerge(5)}
           RETURNING id`,
          [...cell, ...fields],
        );
        id = row.id;
      } else {
        // Changes after the reveal are part of the record: lock the row (or create it) to know what it replaces.
        const [inserted]: { id: string }[] = await manager.query(
          `INSERT INTO score (round_id, evaluator_id, candidate_id, criterion_id, value, comment, evidence_url)
           VALUES ($1, $2, $3, $4, $5, coalesce($6, ''), $7)
           ON CONFLICT (round_id, evaluator_id, candidate_id, criterion_id) DO NOTHING RETURNING id`,
          [...cell, ...fields.slice(0, 3)],
        );
        let before: { value: number | null; comment: string } | null = null;
        if (inserted) id = inserted.id;
        else {
          const [locked]: { id: string; value: string | null; comment: string }[] = await manager.query(
            'SELECT id, value, comment FROM score WHERE round_id = $1 AND evaluator_id = $2 AND candidate_id = $3 AND criterion_id = $4 FOR UPDATE',
            cell,
          );
          before = { value: locked.value === null ? null : Number(locked.value), comment: locked.comment };
          id = locked.id;
          await manager.query(`UPDATE score AS s SET ${scoreMerge(2)} WHERE s.id = $1`, [id, ...fields]);
        }
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'score',
          objectId: id,
          evaluationId: round.evaluationId,
          action: 'changed_after_reveal',
          before: { value: before?.value ?? null },
          after: { value },
        });
      }
      const saved = (await manager.getRepository(ScoreEntity).findOneBy({ id }))!;
      return scoreView(saved, actor.displayName);
    });
  }

  /** Scores of a round as the caller may see them: only their own until the reveal. */
  async scores(actor: RequestActor, roundId: string): Promise<Score[]> {
    const round = await this.round(roundId);
    await this.evaluations.assertMember(actor, round.evaluationId, 'The scoring round');
    const query = this.dataSource
      .getRepository(ScoreEntity)
      .createQueryBuilder('s')
      .innerJoin('app_user', 'u', 'u.id = s.evaluator_id')
      .addSelect('u.display_name', 'evaluator_name')
      .where('s.round_id = :roundId', { roundId });
    if (round.status !== 'revealed') query.andWhere('s.evaluator_id = :me', { me: actor.id });
    const { entities, raw } = await query
      .orderBy('s.candidate_id')
      .addOrderBy('s.criterion_id')
      .addOrderBy('s.evaluator_id')
      .getRawAndEntities<{ evaluator_name: string }>();
    return entities.map((entity, i) => scoreView(entity, raw[i].evaluator_name));
  }

  /** Counts per evaluator, for the lead to follow progress; never values. Own count only for others. */
  async progress(actor: RequestActor | undefined, roundId: string): Promise<ScoringProgress[]> {
    const round = await this.round(roundId);
    await this.evaluations.assertMember(actor, round.evaluationId, 'The scoring round');
    const roles = await this.evaluations.rolesOf(actor!.id, round.evaluationId);
    const lead = actor!.globalRole === GlobalRole.Admin || roles.includes(EvaluationRole.Lead);
    const rows: { evaluator_id: string; display_name: string; scored: number }[] = await this.dataSource.query(
      `SELECT m.user_id AS evaluator_id, u.display_name,
              (SELECT count(*) FROM score s WHERE s.round_id = $1 AND s.evaluator_id = m.user_id AND s.value IS NOT NULL)::int AS scored
         FROM evaluation_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.evaluation_id = $2 AND m.role = 'evaluator' ORDER BY lower(u.display_name)`,
      [round.id, round.evaluationId],
    );
    const [criteria]: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM criterion WHERE rubric_version_id = $1 AND parent_id IS NOT NULL',
      [round.rubricVersionId],
    );
    const expected = criteria.n * round.candidateIds.length;
    return rows
      .filter((row) => lead || row.evaluator_id === actor!.id)
      .map((row) => ({ evaluatorId: row.evaluator_id, evaluatorName: row.display_name, scored: row.scored, expected }));
  }

  async consensus(actor: RequestActor | undefined, roundId: string): Promise<ConsensusScore[]> {
    const round = await this.round(roundId);
    await this.evaluations.assertMember(actor, round.evaluationId, 'The scoring round');
    if (round.status !== 'revealed') return [];
    return (await this.dataSource.getRepository(ConsensusScoreEntity).findBy({ roundId })).map((c) => ({
      candidateId: c.candidateId,
      criterionId: c.criterionId,
      value: c.value,
      note: c.note,
      setAt: c.setAt,
    }));
  }

  async setConsensus(actor: RequestActor, input: ConsensusInput): Promise<ConsensusScore> {
    const round = await this.round(input.roundId);
    await this.access.assertEvaluationRole(actor, round.evaluationId, LEAD, 'The scoring round');
    if (round.status === 'open') throw conflict('A consensus is set after the round is revealed.');
    await this.scoredCell(round, input.candidateId, input.criterionId, input.value);
    const note = input.note.trim();
    const cell = [round.id, input.candidateId, input.criterionId];
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockRoundForWrites(manager, round.id);
      if (current.status !== 'revealed') throw conflict('A consensus is set after the round is revealed.');
      // Lock the cell's row (or create it) so that the record's "before" is the value this one replaces.
      const [inserted]: unknown[] = await manager.query(
        `INSERT INTO consensus_score (round_id, candidate_id, criterion_id, value, note, set_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (round_id, candidate_id, criterion_id) DO NOTHING RETURNING round_id`,
        [...cell, input.value, note, actor.id],
      );
      let before: { value: number; note: string } | null = null;
      if (!inserted) {
        const [locked]: { value: string; note: string }[] = await manager.query(
          'SELECT value, note FROM consensus_score WHERE round_id = $1 AND candidate_id = $2 AND criterion_id = $3 FOR UPDATE',
          cell,
        );
        before = { value: Number(locked.value), note: locked.note };
        await manager.query(
          'UPDATE consensus_score SET value = $4, note = $5, set_by = $6, set_at = now() WHERE round_id = $1 AND candidate_id = $2 AND criterion_id = $3',
          [...cell, input.value, note, actor.id],
        );
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'scoring_round',
        objectId: round.id,
        evaluationId: round.evaluationId,
        action: 'consensus_set',
        before,
        after: { candidateId: input.candidateId, criterionId: input.criterionId, value: input.value, note },
      });
      const saved = (await manager
        .getRepository(ConsensusScoreEntity)
        .findOneBy({ roundId: round.id, candidateId: input.candidateId, criterionId: input.criterionId }))!;
      return {
        candidateId: saved.candidateId,
        criterionId: saved.criterionId,
        value: saved.value,
        note: saved.note,
        setAt: saved.setAt,
      };
    });
  }

  /**
   * Locks a round and its evaluation against a concurrent close, reveal or status move for the
   * rest of the transaction (shared: saves do not wait for each other), and refuses writes once the
   * evaluation has left scoring or the round is closed.
   */
  private async lockRoundForWrites(
    manager: EntityManager,
    roundId: string,
  ): Promise<{ status: ScoringRoundEntity['status']; number: number }> {
    const [row]: { status: ScoringRoundEntity['status']; number: number; evaluation_status: string }[] =
      await manager.query(
        'SELECT r.status, r.number, e.status AS evaluation_status FROM scoring_round r JOIN evaluation e ON e.id = r.evaluation_id WHERE r.id = $1 FOR SHARE',
        [roundId],
      );
    if (!row) throw notFound('The scoring round');
    if (row.evaluation_status !== 'scoring') {
      throw conflict(
        `The evaluation has left scoring (it is in ${row.evaluation_status}): its rounds accept no more scores or consensus.`,
      );
    }
    if (row.status === 'closed') throw conflict(`Round ${row.number} is closed: it accepts no more scores.`);
    return row;
  }

  /**
   * The criterion a score or consensus is for, once the cell is part of the round: a candidate of
   * the round, a criterion (not a category) of its rubric, and a value on the rubric's scale.
   */
  private async scoredCell(
    round: ScoringRoundEntity,
    candidateId: string,
    criterionId: string,
    value: number | null,
  ): Promise<CriterionEntity> {
    if (!round.candidateIds.includes(candidateId))
      throw badInput('That candidate is not scored in this round.', [
        { field: 'candidateId', problems: ['Not in this round.'] },
      ]);
    const rubric = (await this.dataSource.getRepository(RubricVersionEntity).findOneBy({ id: round.rubricVersionId }))!;
    const criterion = await this.dataSource
      .getRepository(CriterionEntity)
      .findOneBy({ id: criterionId, rubricVersionId: rubric.id });
    if (!criterion?.parentId)
      throw badInput('That is not a criterion of this round’s rubric.', [
        { field: 'criterionId', problems: ['Choose a criterion (not a category) of this rubric.'] },
      ]);
    if (value !== null && (value < rubric.scaleMin || value > rubric.scaleMax)) {
      throw badInput(`Scores go from ${rubric.scaleMin} to ${rubric.scaleMax}.`, [
        { field: 'value', problems: [`Between ${rubric.scaleMin} and ${rubric.scaleMax}.`] },
      ]);
    }
    return criterion;
  }

  async round(id: string): Promise<ScoringRoundEntity> {
    const round = await this.dataSource.getRepository(ScoringRoundEntity).findOneBy({ id });
    if (!round) throw notFound('The scoring round');
    return round;
  }

  /** For features that must refuse derived data before the reveal (ranking, agreement, exports). */
  assertRevealed(round: ScoringRoundEntity): void {
    if (round.status === 'open')
      throw forbidden(`Round ${round.number} is still blind: results are shown once the lead reveals it.`);
    if (round.status === 'closed')
      throw forbidden(`Round ${round.number} was closed without being revealed: its scores stay blind.`);
  }
}

/**
 * The SET list that merges a save into a score row: parameters $n (value), $n+1 (comment, null to
 * keep), $n+2 (evidence link) and $n+3 (true to keep the link).
 */
function scoreMerge(n: number): string {
  return `value = $${n}, comment = coalesce($${n + 1}, s.comment), evidence_url = CASE WHEN $${n + 3}::boolean THEN s.evidence_url ELSE $${n + 2} END, updated_at = now(), version = s.version + 1`;
}

function roundView(row: ScoringRoundEntity): ScoringRound {
  return {
    id: row.id,
    evaluationId: row.evaluationId,
    rubricVersionId: row.rubricVersionId,
    number: row.number,
    status: row.status,
    candidateIds: row.candidateIds,
    openedAt: row.openedAt,
    revealedAt: row.revealedAt,
    version: row.version,
  };
}

function scoreView(row: ScoreEntity, evaluatorName: string): Score {
  return {
    id: row.id,
    roundId: row.roundId,
    evaluatorId: row.evaluatorId,
    evaluatorName,
    candidateId: row.candidateId,
    criterionId: row.criterionId,
    value: row.value,
    comment: row.comment,
    evidenceUrl: row.evidenceUrl,
    updatedAt: row.updatedAt,
  };
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
