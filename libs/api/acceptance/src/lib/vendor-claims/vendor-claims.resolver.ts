import { Candidate, CurrentActor, Evaluation, GraphQLContext, RequestActor } from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SetVendorClaimInput } from './vendor-claims.inputs';
import { VendorClaimsService } from './vendor-claims.service';
import { VendorClaim, VendorClaimDisagreement } from './vendor-claims.types';

/** Vendor claims; the service enforces who may read and change them. */
@Resolver(() => VendorClaim)
export class VendorClaimsResolver {
  constructor(private readonly service: VendorClaimsService) {}

  @Mutation(() => VendorClaim, {
    description:
      'Records the vendor’s claim for one candidate and requirement (leads): creates it, or changes it given the version loaded.',
  })
  setVendorClaim(@CurrentActor() actor: RequestActor, @Args('input') input: SetVendorClaimInput): Promise<VendorClaim> {
    return this.service.set(actor, input);
  }
}

/** A candidate's claims, loaded for all candidates of a response at once. */
@Resolver(() => Candidate)
export class CandidateVendorClaimsResolver {
  constructor(private readonly service: VendorClaimsService) {}

  @ResolveField(() => [VendorClaim], { description: 'What the vendor claimed per requirement, by requirement code.' })
  vendorClaims(
    @CurrentActor() actor: RequestActor,
    @Parent() candidate: Candidate,
    @Context() ctx: GraphQLContext,
  ): Promise<VendorClaim[]> {
    return ctx.loaders
      .get<string, VendorClaim[]>('vendorClaimsByCandidate', (ids) => this.service.claimsOf(actor, ids))
      .load(candidate.id);
  }
}

@Resolver(() => Evaluation)
export class EvaluationVendorClaimsResolver {
  constructor(private readonly service: VendorClaimsService) {}

  @ResolveField(() => [VendorClaimDisagreement], {
    description:
      'The candidate’s claims of compliance that a failed test, a zero score or missing verification contradicts, worst first.',
  })
  vendorClaimDisagreements(
    @CurrentActor() actor: RequestActor,
    @Parent() evaluation: Evaluation,
    @Args('candidateId', { type: () => ID }) candidateId: string,
  ): Promise<VendorClaimDisagreement[]> {
    return this.service.disagreements(actor, evaluation.id, candidateId);
  }
}
