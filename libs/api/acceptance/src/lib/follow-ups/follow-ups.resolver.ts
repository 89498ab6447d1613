import { CurrentActor, Evaluation, ExpensiveField, RequestActor } from '@assay/api/core';
import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FollowUpsService } from './follow-ups.service';
import { FollowUp, FollowUpCount } from './follow-ups.types';

/** Follow-ups: fixed defects waiting for their retest; the service decides whose they are. */
@Resolver(() => FollowUp)
export class FollowUpsResolver {
  constructor(private readonly service: FollowUpsService) {}

  @Query(() => [FollowUp], {
    description:
      'Your follow-ups: fixed defects awaiting their retest in the open evaluations where you lead or test (and those you reported), and of the products whose plans name you; overdue first.',
  })
  myFollowUps(@CurrentActor() actor: RequestActor): Promise<FollowUp[]> {
    return this.service.mine(actor);
  }

  @Query(() => FollowUpCount, { description: 'How many of your follow-ups are due and overdue (for the navigation).' })
  myFollowUpCount(@CurrentActor() actor: RequestActor): Promise<FollowUpCount> {
    return this.service.myCount(actor);
  }
}

@Resolver(() => Evaluation)
export class EvaluationFollowUpsResolver {
  constructor(private readonly service: FollowUpsService) {}

  @ResolveField(() => [FollowUp], {
    description: 'The evaluation’s fixed defects awaiting their retest, overdue first.',
  })
  @ExpensiveField(10)
  followUps(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<FollowUp[]> {
    return this.service.forEvaluation(actor, evaluation.id);
  }
}
