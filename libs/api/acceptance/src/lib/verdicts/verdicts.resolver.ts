import { Candidate, CurrentActor, Evaluation, GraphQLContext, RequestActor } from '@assay/api/core';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ProposeWaiverInput,
  RecordVerificationInput,
  SetAcceptanceCriteriaInput,
  WaiverDecisionInput,
} from './verdicts.inputs';
import { VerdictsService } from './verdicts.service';
import { AcceptanceCriteria, CandidateAcceptance, RequirementVerification, Waiver } from './verdicts.types';

/** Criteria, recorded verifications and waivers; the service checks who may change them. */
@Resolver()
export class VerdictsResolver {
  constructor(private readonly service: VerdictsService) {}

  @Mutation(() => AcceptanceCriteria, { description: 'Changes the evaluation’s acceptance criteria (leads).' })
  setAcceptanceCriteria(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: SetAcceptanceCriteriaInput,
  ): Promise<AcceptanceCriteria> {
    return this.service.setCriteria(actor, input);
  }

  @Mutation(() => RequirementVerification, {
    description:
      'Records the outcome of a demonstration, inspection, vendor statement or reference check for a candidate (leads and testers); the latest counts.',
  })
  recordVerification(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: RecordVerificationInput,
  ): Promise<RequirementVerification> {
    return this.service.recordVerification(actor, input);
  }

  @Mutation(() => Waiver, { description: 'Proposes to waive a requirement a candidate does not meet (leads).' })
  proposeWaiver(@CurrentActor() actor: RequestActor, @Args('input') input: ProposeWaiverInput): Promise<Waiver> {
    return this.service.proposeWaiver(actor, input);
  }

  @Mutation(() => Waiver, { description: 'A director who did not propose the waiver agrees to it: it takes effect.' })
  agreeToWaiver(@CurrentActor() actor: RequestActor, @Args('input') input: WaiverDecisionInput): Promise<Waiver> {
    return this.service.agreeToWaiver(actor, input);
  }

  @Mutation(() => Waiver, { description: 'A director who did not propose the waiver rejects it.' })
  rejectWaiver(@CurrentActor() actor: RequestActor, @Args('input') input: WaiverDecisionInput): Promise<Waiver> {
    return this.service.rejectWaiver(actor, input);
  }

  @Mutation(() => Waiver, { description: 'The proposer or a lead withdraws a proposed or agreed waiver.' })
  withdrawWaiver(@CurrentActor() actor: RequestActor, @Args('input') input: WaiverDecisionInput): Promise<Waiver> {
    return this.service.withdrawWaiver(actor, input);
  }
}

@Resolver(() => Evaluation)
export class EvaluationAcceptanceResolver {
  constructor(private readonly service: VerdictsService) {}

  @ResolveField(() => AcceptanceCriteria)
  acceptanceCriteria(
    @CurrentActor() actor: RequestActor,
    @Parent() evaluation: Evaluation,
  ): Promise<AcceptanceCriteria> {
    return this.service.criteria(actor, evaluation.id);
  }
}

/** A candidate's verdict (loaded for all candidates of a response at once), verifications and waivers. */
@Resolver(() => Candidate)
export class CandidateAcceptanceResolver {
  constructor(private readonly service: VerdictsService) {}

  @ResolveField(() => CandidateAcceptance, {
    description: 'The acceptance verdict with every reason, from the latest results, verifications and agreed waivers.',
  })
  acceptance(
    @CurrentActor() actor: RequestActor,
    @Parent() candidate: Candidate,
    @Context() ctx: GraphQLContext,
  ): Promise<CandidateAcceptance> {
    return ctx.loaders
      .get<string, CandidateAcceptance>('acceptanceByCandidate', (ids) => this.service.acceptanceOf(actor, ids))
      .load(candidate.id);
  }

  @ResolveField(() => [RequirementVerification], {
    description: 'Recorded verifications, by requirement code, newest first.',
  })
  verifications(
    @CurrentActor() actor: RequestActor,
    @Parent() candidate: Candidate,
  ): Promise<RequirementVerification[]> {
    return this.service.verifications(actor, candidate.id);
  }

  @ResolveField(() => [Waiver], { description: 'Every waiver, newest first, whatever its state.' })
  waivers(@CurrentActor() actor: RequestActor, @Parent() candidate: Candidate): Promise<Waiver[]> {
    return this.service.waivers(actor, candidate.id);
  }
}
