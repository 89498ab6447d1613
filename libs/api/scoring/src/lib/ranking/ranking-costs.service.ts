import { AccessPolicy, CandidateCostsService, RequestActor } from '@assay/api/core';
import { scorePerCost } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { RoundsService } from '../rounds/rounds.service';
import { CandidateCost, Ranking } from './ranking.types';

/** Costs beside the ranking: each ranked candidate's total cost of ownership and what its score buys. */
@Injectable()
export class RankingCostsService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly scoring: RoundsService,
    private readonly costs: CandidateCostsService,
  ) {}

  /**
   * Each ranked candidate's TCO and score per 10,000 of it. The ranking exists only for a member
   * once the round is revealed; the checks are repeated here so no path skips them.
   */
  async rankingCosts(actor: RequestActor, ranking: Ranking): Promise<CandidateCost[]> {
    const round = await this.scoring.round(ranking.roundId);
    await this.access.require(actor, { evaluationId: round.evaluationId, hiddenAs: 'The scoring round' });
    this.scoring.assertRevealed(round);
    const ids = ranking.candidates.map((c) => c.candidateId);
    const costs = await this.costs.costsOf(actor, ids);
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
}
