import {
  AccessPolicy,
  AuditService,
  badInput,
  conflict,
  CostItem,
  Evaluation,
  notFound,
  RequestActor,
  staleVersionConflict,
} from '@assay/api/core';
import { CandidateEntity, CostItemEntity, EvaluationEntity } from '@assay/api/data';
import { EvaluationRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CostItemInput, CostSettingsInput } from './costs.inputs';

const { Lead } = EvaluationRole;
const ITEM_FIELDS = ['candidateId', 'kind', 'label', 'amount', 'notes'] as const;

/**
 * Cost items per candidate and the period and rate of the total cost of ownership (computed by
 * CandidateCostsService in api/core, which the ranking shares). The lead writes; every write is
 * audited.
 */
@Injectable()
export class CostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

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
