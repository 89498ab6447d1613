import { AccessPolicy, notFound, RequestActor } from '@assay/api/core';
import { CriterionEntity, CriterionRequirementEntity, RubricVersionEntity } from '@assay/api/data';
import { EvaluationRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { InvalidatedCriterion } from './rubric.types';

/** A criterion as compared between versions: by its stable key. */
interface Compared {
  key: string;
  title: string;
  description: string;
  parentKey: string | null;
  parentTitle: string | null;
  requirementIds: string;
}

/**
 * What a new rubric version invalidates: the criteria of the frozen version it was copied from
 * whose scores can no longer be carried over — removed, moved to another category, reworded,
 * linked to other requirements, or (for every criterion) scored on a changed scale. Weights may
 * change freely: the ranking recomputes from the same scores. Counts only, never values.
 */
@Injectable()
export class RubricChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  async invalidated(actor: RequestActor, rubricVersionId: string): Promise<InvalidatedCriterion[]> {
    const repository = this.dataSource.getRepository(RubricVersionEntity);
    const version = await repository.findOneBy({ id: rubricVersionId });
    if (!version) throw notFound('The rubric version');
    await this.access.require(actor, { evaluationId: version.evaluationId, hiddenAs: 'The rubric version' });
    const base = version.basedOnId ? await repository.findOneBy({ id: version.basedOnId }) : null;
    if (!base?.frozenAt) return [];

    const [before, after] = await Promise.all([this.criteria(base.id), this.criteria(version.id)]);
    const scaleChanged =
      base.scaleMin !== version.scaleMin || base.scaleMax !== version.scaleMax || describe(base) !== describe(version);
    // Blind scoring: in a round not revealed (open, or closed unrevealed), only leads count everyone’s scores (as with
    // progress); anyone else counts their own there, and everyone's in revealed rounds.
    const lead = await this.access.holds(actor, version.evaluationId, EvaluationRole.Lead);
    const counts: { key: string; scores: number; rounds: number }[] = await this.dataSource.query(
      `SELECT c.key, count(*)::int AS scores, count(DISTINCT s.round_id)::int AS rounds
         FROM score s JOIN criterion c ON c.id = s.criterion_id JOIN scoring_round r ON r.id = s.round_id
        WHERE c.rubric_version_id = $1 AND s.value IS NOT NULL AND ($2 OR r.status = 'revealed' OR s.evaluator_id = $3)
        GROUP BY c.key`,
      [base.id, lead, actor.id],
    );
    const countOf = new Map(counts.map((row) => [row.key, row]));

    const result: InvalidatedCriterion[] = [];
    for (const old of before.values()) {
      const now = after.get(old.key);
      const reasons: string[] = [];
      if (!now) reasons.push('Removed');
      else {
        if (now.parentKey !== old.parentKey) reasons.push(`Moved to ${now.parentTitle}`);
        if (now.title !== old.title) reasons.push('Title changed');
        if (now.description !== old.description) reasons.push('Description changed');
        if (now.requirementIds !== old.requirementIds) reasons.push('Linked requirements changed');
        if (scaleChanged) reasons.push('Scale changed');
      }
      if (reasons.length === 0) continue;
      const count = countOf.get(old.key);
      result.push({
        key: old.key,
        title: now?.title ?? old.title,
        reason: sentence(reasons),
        scoreCount: count?.scores ?? 0,
        roundCount: count?.rounds ?? 0,
      });
    }
    for (const added of after.values()) {
      if (!before.has(added.key))
        result.push({
          key: added.key,
          title: added.title,
          reason: 'New, not yet scored',
          scoreCount: 0,
          roundCount: 0,
        });
    }
    return result;
  }

  /** The scored criteria (not the categories) of a version by key, in rubric order. */
  private async criteria(rubricVersionId: string): Promise<Map<string, Compared>> {
    const rows = await this.dataSource
      .getRepository(CriterionEntity)
      .find({ where: { rubricVersionId }, order: { position: 'ASC', title: 'ASC' } });
    const links = rows.length
      ? await this.dataSource
          .getRepository(CriterionRequirementEntity)
          .findBy({ criterionId: In(rows.map((row) => row.id)) })
      : [];
    const categories = rows.filter((row) => !row.parentId);
    const result = new Map<string, Compared>();
    for (const category of categories) {
      for (const row of rows.filter((r) => r.parentId === category.id)) {
        result.set(row.key, {
          key: row.key,
          title: row.title.trim(),
          description: row.description.trim(),
          parentKey: category.key,
          parentTitle: category.title,
          requirementIds: links
            .filter((link) => link.criterionId === row.id)
            .map((link) => link.requirementId)
            .sort()
            .join(','),
        });
      }
    }
    return result;
  }
}

function describe(version: RubricVersionEntity): string {
  return JSON.stringify(
    [...version.descriptors].sort((a, b) => a.value - b.value).map((d) => [d.value, d.label.trim()]),
  );
}

/** ["Title changed", "Description changed"] → "Title changed, description changed". */
function sentence(reasons: string[]): string {
  return reasons.map((reason, i) => (i === 0 ? reason : reason.charAt(0).toLowerCase() + reason.slice(1))).join(', ');
}
