import { CurrentActor, ExpensiveField, RequestActor } from '@assay/api/core';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ScoringRound } from '../rounds/rounds.types';
import { RankingCostsService } from './ranking-costs.service';
import { RankingService } from './ranking.service';
import { CandidateCost, MemberLibraryRanking, Ranking } from './ranking.types';

/** A round's ranking, computed on request; the service refuses it while the round is blind. */
@Resolver(() => ScoringRound)
export class RankingResolver {
  constructor(private readonly rankingService: RankingService) {}

  @ExpensiveField(100)
  @ResolveField(() => Ranking, {
    description: 'Computed from the scores once the round is revealed; refused while it is blind.',
  })
  ranking(@CurrentActor() actor: RequestActor, @Parent() round: ScoringRound): Promise<Ranking> {
    return this.rankingService.ranking(actor, round.id);
  }
}

/** Cost beside the ranking: kept out of the ranking's own computation, which needs no costs. */
@Resolver(() => Ranking)
export class RankingCostsResolver {
  constructor(private readonly service: RankingCostsService) {}

  @ExpensiveField(50)
  @ResolveField(() => [CandidateCost], {
    description: 'Per ranked candidate, in ranking order: the total cost of ownership and score per 10,000 of it.',
  })
  costs(@CurrentActor() actor: RequestActor, @Parent() ranking: Ranking): Promise<CandidateCost[]> {
    return this.service.rankingCosts(actor, ranking);
  }
}

/** The ranking as each member library would have it: computed only when asked for. */
@Resolver(() => Ranking)
export class RankingByLibraryResolver {
  constructor(private readonly rankingService: RankingService) {}

  @ExpensiveField(50)
  @ResolveField(() => [MemberLibraryRanking], {
    description:
      'Per member library that marked priorities (by code): the ranking with its priorities as weights (must : should : could : not needed = 11 : 5 : 2 : 0).',
  })
  byMemberLibrary(@Parent() ranking: Ranking): Promise<MemberLibraryRanking[]> {
    return this.rankingService.byMemberLibrary(ranking.memberLibraryBasis);
  }
}
