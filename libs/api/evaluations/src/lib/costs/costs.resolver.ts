import {
  Candidate,
  CandidateCosts,
  CandidateCostsService,
  CostItem,
  CurrentActor,
  Evaluation,
  GraphQLContext,
  RequestActor,
  Tco,
} from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CostItemInput, CostSettingsInput } from './costs.inputs';
import { CostsService } from './costs.service';

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
  constructor(private readonly service: CandidateCostsService) {}

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
