import { CurrentActor, RequestActor } from '@assay/api/core';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { TrendsService } from './trends.service';
import { DefectTrends } from './trends.types';

@Resolver(() => DefectTrends)
export class TrendsResolver {
  constructor(private readonly trends: TrendsService) {}

  @Query(() => DefectTrends, {
    description:
      'Defects opened and closed per week, open defects by severity over time and by component, time to resolution, and each run’s pass rate, for an evaluation or a product in use (name one). Whoever reads its defects reads these.',
  })
  defectTrends(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID, nullable: true }) evaluationId?: string,
    @Args('productId', { type: () => ID, nullable: true }) productId?: string,
  ): Promise<DefectTrends> {
    return this.trends.trends(actor, { evaluationId, productId });
  }
}
