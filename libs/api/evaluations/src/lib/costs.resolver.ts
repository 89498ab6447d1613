import { CurrentActor, ExpensiveField, GraphQLContext, RequestActor } from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CandidateCosts, CostsService } from './costs.service';
import { CandidateCost, CostItem, CostItemInput, CostSettingsInput, Tco } from './costs.types';
import { Candidate, Evaluation } from './evaluations.types';
import { Ranking } from './ranking.service';

/** Cost items and the period and rate of the total cost of ownership; the service checks the lead. */
@Resolver()
export class CostsResolver {
  constructor(private readonly service: CostsService) {}

  @Mutation(() => CostItem, {
    description: 'Adds (without id) or edits (with id and version) a cost item of a candidate.',
  })
  saveCostItem(@CurrentActor() actor: RequestActor, @Args('input') input: CostItemInput): Promise<CostItem> {
    return this.service.saveItem(actor, input);
  }

  @Mutation(() => Boolean)
  deleteCostItem(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.deleteItem(actor, id);
  }

  @Mutation(() => Evaluation, {
    description: 'The period (years) of the total cost of ownership and the hourly rate training is costed at.',
  })
  setCostSettings(@CurrentActor() actor: RequestActor, @Args('input') input: CostSettingsInput): Promise<Evaluation> {
    return this.service.setSettings(actor, input);
  }
}

/** A candidate's costs, loaded for all candidates of a response at once. */
@Resolver(() => Candidate)
export class CandidateCostsResolver {
  constructor(private readonly service: CostsService) {}

  @ResolveField(() => [CostItem], { description: 'In the order they were added.' })
  async costItems(
    @CurrentActor() actor: RequestActor,
    @Parent() candidate: Candidate,
    @Context() ctx: GraphQLContext,
  ): Promise<CostItem[]> {
    return (await this.load(actor, ctx, candidate.id)).items;
  }

  @ResolveField(() => Tco, { description: 'Total cost of ownership over the evaluation’s period.' })
  async tco(
    @CurrentActor() actor: RequestActor,
    @Parent() candidate: Candidate,
    @Context() ctx: GraphQLContext,
  ): Promise<Tco> {
    return (await this.load(actor, ctx, candidate.id)).tco;
  }

  private load(actor: RequestActor, ctx: GraphQLContext, candidateId: string): Promise<CandidateCosts> {
    return ctx.loaders
      .get<string, CandidateCosts>('costsByCandidate', (ids) => this.service.costsOf(actor, ids))
      .load(candidateId);
  }
}

/** Cost beside the ranking: kept out of the ranking's own computation, which needs no costs. */
@Resolver(() => Ranking)
export class RankingCostsResolver {
  constructor(private readonly service: CostsService) {}

  @ExpensiveField(50)
  @ResolveField(() => [CandidateCost], {
    description: 'Per ranked candidate, in ranking order: the total cost of ownership and score per 10,000 of it.',
  })
  costs(@CurrentActor() actor: RequestActor, @Parent() ranking: Ranking): Promise<CandidateCost[]> {
    return this.service.rankingCosts(actor, ranking);
  }
}
