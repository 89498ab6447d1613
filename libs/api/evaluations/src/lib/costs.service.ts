import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  notFound,
  RequestActor,
  staleVersionConflict,
  unauthenticated,
} from '@assay/api/core';
import { CandidateEntity, CostItemEntity, EvaluationEntity } from '@assay/api/data';
import { EvaluationRole, scorePerCost, totalCostOfOwnership } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CandidateCost, CostItem, CostItemInput, CostSettingsInput, Tco } from './costs.types';
import { Evaluation } from './evaluations.types';
import { Ranking } from './ranking.service';
import { ScoringService } from './scoring.service';

const { Lead } = EvaluationRole;
const ITEM_FIELDS = ['candidateId', 'kind', 'label', 'amount', 'notes'] as const;

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
    private readonly scoring: ScoringService,
  ) {}

  /**
   * Items and TCO of many candidates in a few queries (for a DataLoader), in the order asked; a
   * candidate whose evaluation the caller does not belong to gets the access error instead.
   */
  async costsOf(actor: RequestActor, candidateIds: readonly string[]): Promise<(CandidateCosts | Error)[]> {
    const candidates: { id: string; evaluation_id: string; cost_years: number; training_hourly_rate: string }[] =
      await this.dataSource.query(
        `SELECT c.id, c.evaluation_id, e.cost_years, e.training_hourly_rate FROM candidate c JOIN evaluation e ON e.id = c.evaluation_id WHERE c.id = ANY($1::uuid[])`,
        [[...new Set(candidateIds)]],
      );
    const refusal = new Map<string, Error | null>();
    for (const evaluationId of new Set(candidates.map((c) => c.evaluation_id))) {
      refusal.set(
        evaluationId,
        await this.access.require(actor, evaluationId).then(
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
    if (!actor) throw unauthenticated();
    const round = await this.scoring.round(ranking.roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' });
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

  async saveItem(actor: RequestActor, input: CostItemInput): Promise<CostItem> {
    const candidate = await this.dataSource.getRepository(CandidateEntity).findOneBy({ id: input.candidateId });
    if (!candidate) throw notFound('The candidate');
    await this.access.require(actor, { evaluationId: candidate.evaluationId, hiddenAs: 'The candidate' }, Lead);
    return this.dataSource.transaction(async (manager) => {
      await this.lockOpenEvaluation(manager, candidate.evaluationId);
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
        const saved = await manager.save(
          manager.create(CostItemEntity, { ...fields, evaluationId: candidate.evaluationId, createdBy: actor.id }),
        );
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'cost_item',
          objectId: saved.id,
          evaluationId: candidate.evaluationId,
          action: 'created',
          after: fields,
        });
        return CostItem.from(saved);
      }
      const row = await manager
        .getRepository(CostItemEntity)
        .findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.evaluationId !== candidate.evaluationId) throw notFound('The cost item');
      if (input.version === undefined || row.version !== input.version)
        throw await staleVersionConflict(manager, `The cost item “${row.label}”`, 'cost_item', row.id, row.version);
      const before = { ...row };
      Object.assign(row, fields);
      const changes = this.audit.diff(before, row, [...ITEM_FIELDS]);
      if (Object.keys(changes.after).length === 0) return CostItem.from(row);
      const saved = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'cost_item',
        objectId: row.id,
        evaluationId: row.evaluationId,
        action: 'updated',
        ...changes,
      });
      return CostItem.from(saved);
    });
  }

  async deleteItem(actor: RequestActor, id: string): Promise<boolean> {
    const found = await this.dataSource.getRepository(CostItemEntity).findOneBy({ id });
    if (!found) throw notFound('The cost item');
    await this.access.require(actor, { evaluationId: found.evaluationId, hiddenAs: 'The cost item' }, Lead);
    return this.dataSource.transaction(async (manager) => {
      await this.lockOpenEvaluation(manager, found.evaluationId);
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

  async setSettings(actor: RequestActor, input: CostSettingsInput): Promise<Evaluation> {
    await this.access.require(actor, input.evaluationId, Lead);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockOpenEvaluation(manager, input.evaluationId);
      const before = { ...row };
      row.costYears = input.years;
      row.trainingHourlyRate = input.trainingHourlyRate;
      const changes = this.audit.diff(before, row, ['costYears', 'trainingHourlyRate']);
      if (Object.keys(changes.after).length === 0) return Evaluation.from(row);
      const saved = await manager.save(row);
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'evaluation',
        objectId: row.id,
        evaluationId: row.id,
        action: 'cost_settings_changed',
        ...changes,
      });
      return Evaluation.from(saved);
    });
  }

  private async lockOpenEvaluation(manager: EntityManager, evaluationId: string): Promise<EvaluationEntity> {
    const evaluation = await manager
      .getRepository(EvaluationEntity)
      .findOne({ where: { id: evaluationId }, lock: { mode: 'pessimistic_write' } });
    if (!evaluation) throw notFound('The evaluation');
    if (evaluation.status === 'cancelled' || evaluation.status === 'decided')
      throw conflict(`The evaluation is ${evaluation.status}; its costs can no longer change.`);
    return evaluation;
  }
}

/** Money to the cent, so sums of decimals show as entered (0.1 + 0.2 = 0.3). */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
