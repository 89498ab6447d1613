import {
  AccessPolicy,
  AuditService,
  badInput,
  CostItem,
  EditTarget,
  Evaluation,
  EVALUATION_TARGET,
  lockOpenEvaluation,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import { CandidateEntity, CostItemEntity } from '@assay/api/data';
import { EvaluationRole } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CostItemInput, CostSettingsInput } from './costs.inputs';

const { Lead } = EvaluationRole;
const ITEM_FIELDS = ['candidateId', 'kind', 'label', 'amount', 'notes'] as const;
/** What a cancelled or decided evaluation's refusal says can no longer change. */
const COSTS = 'its costs';
const COST_ITEM: EditTarget<CostItemEntity> = {
  entity: CostItemEntity,
  objectType: 'cost_item',
  missing: 'The cost item',
  describe: (row) => `The cost item “${row.label}”`,
};

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
    private readonly edit: VersionedEdit,
  ) {}

  async saveItem(actor: RequestActor, input: CostItemInput): Promise<CostItem> {
    const candidate = await this.dataSource.getRepository(CandidateEntity).findOneBy({ id: input.candidateId });
    if (!candidate) throw notFound('The candidate');
    await this.access.require(actor, { evaluationId: candidate.evaluationId, hiddenAs: 'The candidate' }, Lead);
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

  async deleteItem(actor: RequestActor, id: string): Promise<boolean> {
    const found = await this.dataSource.getRepository(CostItemEntity).findOneBy({ id });
    if (!found) throw notFound('The cost item');
    await this.access.require(actor, { evaluationId: found.evaluationId, hiddenAs: 'The cost item' }, Lead);
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

  async setSettings(actor: RequestActor, input: CostSettingsInput): Promise<Evaluation> {
    await this.access.require(actor, input.evaluationId, Lead);
    return this.dataSource.transaction(async (manager) => {
      const row = await lockOpenEvaluation(manager, input.evaluationId, COSTS);
      const changes = { costYears: input.years, trainingHourlyRate: input.trainingHourlyRate };
      const saved = await this.edit.update(
        manager,
        actor,
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
