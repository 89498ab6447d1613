import {
  AccessPolicy,
  AuditService,
  badInput,
  EditTarget,
  EVALUATION_TARGET,
  lockOpenEvaluation,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import { CandidateEntity, CostItemEntity } from '@assay/api/data';
import { EvaluationRole, scorePerCost, totalCostOfOwnership } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CandidateCost, CostItem, CostItemInput, CostSettingsInput, Tco } from './costs.types';
import { Evaluation } from './evaluations.types';
import { EvaluationsService } from './evaluations.service';
import { Ranking } from './ranking.service';
import { ScoringService } from './scoring.service';

const LEAD = [EvaluationRole.Lead];
const ITEM_FIELDS = ['candidateId', 'kind', 'label', 'amount', 'notes'] as const;
/** What a cancelled or decided evaluation's refusal says can no longer change. */
const COSTS = 'its costs';
const COST_ITEM: EditTarget<CostItemEntity> = {
  entity: CostItemEntity,
  objectType: 'cost_item',
  missing: 'The cost item',
  describe: (row) => `The cost item “${row.label}”`,
};

/** A candidate's cost items and its total cost of ownership. */
export interface CandidateCosts {
  items: CostItem[];
  tco: Tco;
}

/**
 * Cost items per candidate and the total cost of ownership: one-time items and training in year
 * 1, yearly items in every year of the evaluation's period, training needs costed at the
 * evaluation's hourly rate. Members read; the lead writes; every write is audited.
 */
@Injectable()
export class CostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly evaluations: EvaluationsService,
    private readonly scoring: ScoringService,
  ) {}

  /**
   * Items and TCO of many candidates in a few queries (for a DataLoader), in the order asked; a
   * candidate whose evaluation the caller does not belong to gets the access error instead.
   */
  async costsOf(actor: RequestActor | undefined, candidateIds: readonly string[]): Promise<(CandidateCosts | Error)[]> {
    this.access.assertSignedIn(actor);
    const candidates: { id: string; evaluation_id: string; cost_years: number; training_hourly_rate: string }[] =
      await this.dataSource.query(
        `SELECT c.id, c.evaluation_id, e.cost_years, e.training_hourly_rate FROM candidate c JOIN evaluation e ON e.id = c.evaluation_id WHERE c.id = ANY($1::uuid[])`,
        [[...new Set(candidateIds)]],
      );
    const refusal = new Map<string, Error | null>();
    for (const evaluationId of new Set(candidates.map((c) => c.evaluation_id))) {
      refusal.set(
        evaluationId,
        await this.evaluations.assertMember(actor, evaluationId).then(
          () => null,
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        ),
      );
    }
    const visible = candidates.filter((c) => !refusal.get(c.evaluation_id)).map((c) => c.id);
    const items = visible.length
      ? await this.dataSource
          .getRepository(CostItemEntity)
          .find({ where: { candidateId: In(visible) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const needs: { candidate_id: string; topic: string; hours: string }[] = visible.length
      ? await this.dataSource.query(
          'SELECT candidate_id, topic, people * hours_per_person AS hours FROM training_need WHERE candidate_id = ANY($1::uuid[]) ORDER BY created_at, id',
          [visible],
        )
      : [];
    const byId = new Map(candidates.map((c) => [c.id, c]));
    return candidateIds.map((id) => {
      const candidate = byId.get(id);
      if (!candidate) return notFound('The candidate');
      const refused = refusal.get(candidate.evaluation_id);
      if (refused) return refused;
      const own = items.filter((item) => item.candidateId === id).map((item) => CostItem.from(item));
      const rate = Number(candidate.training_hourly_rate);
      const tco = totalCostOfOwnership({
        years: candidate.cost_years,
        oneTime: own.filter((item) => item.kind === 'one_time'),
        yearly: own.filter((item) => item.kind === 'yearly'),
        training: needs
          .filter((need) => need.candidate_id === id)
          .map((need) => ({ label: need.topic, hours: Number(need.hours), hourlyRate: rate })),
      });
      return {
        items: own,
        tco: {
          years: tco.years,
          oneTime: cents(tco.oneTime),
          training: cents(tco.training),
          yearly: cents(tco.yearly),
          recurring: cents(tco.recurring),
          total: cents(tco.total),
          byYear: tco.byYear.map(cents),
        },
      };
    });
  }

  /**
   * Each ranked candidate's TCO and score per 10,000 of it. The ranking exists only for a member
   * once the round is revealed; the checks are repeated here so no path skips them.
   */
  async rankingCosts(actor: RequestActor | undefined, ranking: Ranking): Promise<CandidateCost[]> {
    const round = await this.scoring.round(ranking.roundId);
    await this.evaluations.assertMember(actor, round.evaluationId, 'The scoring round');
    this.scoring.assertRevealed(round);
    const ids = ranking.candidates.map((c) => c.candidateId);
    const costs = await this.costsOf(actor, ids);
    return ranking.candidates.map((candidate, i) => {
      const cost = costs[i];
      if (cost instanceof Error) throw cost;
      const perTenThousand = scorePerCost(candidate.score, cost.tco.total);
      return {
        candidateId: candidate.candidateId,
        total: cost.tco.total,
        scorePerTenThousand: perTenThousand === null ? null : Math.round(perTenThousand * 10000) / 10000,
      };
    });
  }

  async saveItem(actor: RequestActor | undefined, input: CostItemInput): Promise<CostItem> {
    this.access.assertSignedIn(actor);
    const candidate = await this.dataSource.getRepository(CandidateEntity).findOneBy({ id: input.candidateId });
    if (!candidate) throw notFound('The candidate');
    await this.access.assertEvaluationRole(actor, candidate.evaluationId, LEAD, 'The candidate');
    return this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, candidate.evaluationId, COSTS);
      const fields = {
        candidateId: candidate.id,
        kind: input.kind,
        label: input.label.trim(),
        amount: input.amount,
        notes: input.notes?.trim() ?? '',
      };
      if (!fields.label)
        throw badInput('Say what the cost is for, e.g. Licence.', [{ field: 'label', problems: ['Required.'] }]);
      if (!input.id) {
        const values = { ...fields, evaluationId: candidate.evaluationId, createdBy: actor.id };
        const saved = await this.edit.create(manager, actor, COST_ITEM, values, () => fields, {
          evaluationId: candidate.evaluationId,
        });
        return CostItem.from(saved);
      }
      const row = await this.edit.lockVersion(
        manager,
        COST_ITEM,
        input.id,
        input.version,
        (item) => item.evaluationId === candidate.evaluationId,
      );
      const saved = await this.edit.update(manager, actor, COST_ITEM, row, fields, ITEM_FIELDS, {
        evaluationId: row.evaluationId,
      });
      return CostItem.from(saved);
    });
  }

  async deleteItem(actor: RequestActor | undefined, id: string): Promise<boolean> {
    this.access.assertSignedIn(actor);
    const found = await this.dataSource.getRepository(CostItemEntity).findOneBy({ id });
    if (!found) throw notFound('The cost item');
    await this.access.assertEvaluationRole(actor, found.evaluationId, LEAD, 'The cost item');
    return this.dataSource.transaction(async (manager) => {
      await lockOpenEvaluation(manager, found.evaluationId, COSTS);
      const row = await manager.getRepository(CostItemEntity).findOneBy({ id });
      if (!row) throw notFound('The cost item');
      await manager.delete(CostItemEntity, { id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'cost_item',
        objectId: id,
        evaluationId: row.evaluationId,
        action: 'deleted',
        before: Object.fromEntries(ITEM_FIELDS.map((field) => [field, row[field]])),
      });
      return true;
    });
  }

  async setSettings(actor: RequestActor | undefined, input: CostSettingsInput): Promise<Evaluation> {
    await this.access.assertEvaluationRole(actor, input.evaluationId, LEAD);
    return this.dataSource.transaction(async (manager) => {
      const row = await lockOpenEvaluation(manager, input.evaluationId, COSTS);
      const changes = { costYears: input.years, trainingHourlyRate: input.trainingHourlyRate };
      const saved = await this.edit.update(
        manager,
        actor!,
        EVALUATION_TARGET,
        row,
        changes,
        ['costYears', 'trainingHourlyRate'],
        {
          action: 'cost_settings_changed',
          evaluationId: row.id,
        },
      );
      return Evaluation.from(saved);
    });
  }
}

/** Money to the cent, so sums of decimals show as entered (0.1 + 0.2 = 0.3). */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
