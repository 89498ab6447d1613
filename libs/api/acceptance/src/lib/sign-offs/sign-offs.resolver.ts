import { Candidate, CurrentActor, Evaluation, RequestActor } from '@assay/api/core';
import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestSignOffsInput, SignAcceptanceInput, WithdrawSignOffInput } from './sign-offs.inputs';
import { SignOffsService } from './sign-offs.service';
import { SignOff, SignOffCapacity } from './sign-offs.types';

/** Signing a verdict and withdrawing a signature; the service checks who may. */
@Resolver()
export class SignOffsResolver {
  constructor(private readonly service: SignOffsService) {}

  @Mutation(() => SignOff, {
    description:
      'Signs the candidate’s current verdict as a role the signer holds (lead, department head, director); signing again replaces an outdated sign-off.',
  })
  signAcceptance(@CurrentActor() actor: RequestActor, @Args('input') input: SignAcceptanceInput): Promise<SignOff> {
    return this.service.sign(actor, input);
  }

  @Mutation(() => Int, {
    description:
      'The lead asks for the candidate’s verdict to be signed: notifies every member who may sign it and has not signed its current evidence; returns how many were asked.',
  })
  requestSignOffs(@CurrentActor() actor: RequestActor, @Args('input') input: RequestSignOffsInput): Promise<number> {
    return this.service.request(actor, input.candidateId);
  }

  @Mutation(() => SignOff, { description: 'The signer withdraws their sign-off; returns it as it was.' })
  withdrawSignOff(@CurrentActor() actor: RequestActor, @Args('input') input: WithdrawSignOffInput): Promise<SignOff> {
    return this.service.withdraw(actor, input);
  }
}

@Resolver(() => Candidate)
export class CandidateSignOffsResolver {
  constructor(private readonly service: SignOffsService) {}

  @ResolveField(() => [SignOff], {
    description: 'Sign-offs of the verdict, lead first, each marked outdated when the evidence changed since.',
  })
  signOffs(@CurrentActor() actor: RequestActor, @Parent() candidate: Candidate): Promise<SignOff[]> {
    return this.service.signOffs(actor, candidate.id);
  }
}

@Resolver(() => Evaluation)
export class EvaluationSignOffsResolver {
  constructor(private readonly service: SignOffsService) {}

  @ResolveField(() => [SignOffCapacity], { description: 'The roles the person asking may sign verdicts as.' })
  mySignOffRoles(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<SignOffCapacity[]> {
    return this.service.capacities(actor, evaluation.id);
  }
}
