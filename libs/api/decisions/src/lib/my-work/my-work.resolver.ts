import { CurrentActor, MyWork, RequestActor } from '@assay/api/core';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { DecisionTaken, RecommendationToReview } from '../recommendations/recommendation.types';
import { RecommendationsService } from '../recommendations/recommendations.service';

/** The home page's decision sections; each is for the signed-in person only. */
@Resolver(() => MyWork)
export class MyWorkDecisionsResolver {
  constructor(private readonly service: RecommendationsService) {}

  @ResolveField(() => [RecommendationToReview], {
    description:
      'Submitted recommendations in evaluations where the person is a director and has not reviewed this version yet.',
  })
  recommendationsToReview(@CurrentActor() actor: RequestActor): Promise<RecommendationToReview[]> {
    return this.service.toReview(actor);
  }

  @ResolveField(() => [DecisionTaken], {
    description: 'Decisions of evaluations the person is a member of, newest first (at most 20).',
  })
  decisionsTaken(@CurrentActor() actor: RequestActor): Promise<DecisionTaken[]> {
    return this.service.decisionsTaken(actor);
  }
}
