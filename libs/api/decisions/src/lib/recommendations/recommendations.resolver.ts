import { CurrentActor, Evaluation, RequestActor } from '@assay/api/core';
import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReviewRecommendationInput, SaveRecommendationInput } from './recommendation.inputs';
import { Decision, Recommendation } from './recommendation.types';
import { RecommendationsService } from './recommendations.service';

/** The lead's draft, its submission and withdrawal, and the directors' reviews; the service checks who may. */
@Resolver(() => Recommendation)
export class RecommendationsResolver {
  constructor(private readonly service: RecommendationsService) {}

  @Mutation(() => Recommendation, { description: 'A lead saves the draft (creates it the first time).' })
  saveRecommendation(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: SaveRecommendationInput,
  ): Promise<Recommendation> {
    return this.service.save(actor, input);
  }

  @Mutation(() => Recommendation, {
    description: 'How many directors must approve (1–9, at most the evaluation’s directors); not while under review.',
  })
  setRequiredApprovals(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('requiredApprovals', { type: () => Int }) requiredApprovals: number,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Recommendation> {
    return this.service.setRequiredApprovals(actor, evaluationId, requiredApprovals, version);
  }

  @Mutation(() => Recommendation, {
    description: 'Freezes the text and the evidence in a new version and asks the evaluation’s directors to review it.',
  })
  submitRecommendation(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Recommendation> {
    return this.service.submit(actor, evaluationId, version);
  }

  @Mutation(() => Recommendation, {
    description: 'Takes the version under review back while no director has reviewed it.',
  })
  withdrawRecommendation(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<Recommendation> {
    return this.service.withdraw(actor, evaluationId, version);
  }

  @Mutation(() => Recommendation, {
    description: 'Records the decision in the same transaction when the approvals reach requiredApprovals.',
  })
  reviewRecommendation(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: ReviewRecommendationInput,
  ): Promise<Recommendation> {
    return this.service.review(actor, input);
  }

  @ResolveField(() => String, {
    description:
      'RecommendationEvidence (libs/domain decisions/evidence.ts) as JSON, assembled now from the live services.',
  })
  evidenceJson(@CurrentActor() actor: RequestActor, @Parent() recommendation: Recommendation): Promise<string> {
    return this.service.evidenceJson(actor, recommendation.evaluationId);
  }
}

@Resolver(() => Evaluation)
export class EvaluationDecisionResolver {
  constructor(private readonly service: RecommendationsService) {}

  @ResolveField(() => Recommendation, {
    nullable: true,
    description: 'Null until a lead first saves one; visible to members of the evaluation.',
  })
  recommendation(
    @CurrentActor() actor: RequestActor,
    @Parent() evaluation: Evaluation,
  ): Promise<Recommendation | null> {
    return this.service.forEvaluation(actor, evaluation.id);
  }

  @ResolveField(() => Decision, { nullable: true, description: 'Null until directors approve a recommendation.' })
  decision(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<Decision | null> {
    return this.service.decisionFor(actor, evaluation.id);
  }
}
