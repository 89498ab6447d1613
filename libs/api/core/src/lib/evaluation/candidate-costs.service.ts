import { CostItemEntity } from '@assay/api/data';
import { totalCostOfOwnership } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import { RequestActor } from '../auth/actor';
import { notFound } from '../errors/app-error';
import { CostItem, Tco } from './costs.types';

/** A candidate's cost items and its total cost of ownership. */
export interface CandidateCosts {
  items: CostItem[];
  tco: Tco;
}

/**
 * Cost items per candidate and the total cost of ownership: one-time items and training in year
 * 1, yearly items in every year of the evaluation's period, training needs costed at the
 * evaluation's hourly rate. Members read. Shared by the evaluations feature (a candidate's costs)
 * and the scoring feature (costs beside the ranking).
 */
@Injectable()
export class CandidateCostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
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
}

/** Money to the cent, so sums of decimals show as entered (0.1 + 0.2 = 0.3). */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
