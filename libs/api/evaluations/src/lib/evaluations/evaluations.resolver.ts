import { Candidate, CurrentActor, Evaluation, ExpensiveField, PageInput, RequestActor } from '@assay/api/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CandidateStateInput,
  CreateEvaluationInput,
  EvaluationFilter,
  MemberInput,
  MoveEvaluationInput,
  ShortlistInput,
  UpdateEvaluationInput,
} from './evaluations.inputs';
import { EvaluationsService } from './evaluations.service';
import {
  EvaluationMember,
  EvaluationPage,
  EvaluationPermissions,
  EvaluationRoleEnum,
  PersonToAdd,
  StatusCheck,
} from './evaluations.types';

/** Evaluations, members and candidates: resolvers delegate; the service checks roles. */
@Resolver(() => Evaluation)
export class EvaluationsResolver {
  constructor(private readonly service: EvaluationsService) {}

  @Query(() => EvaluationPage, {
    description: 'Evaluations you belong to (administrators: all), most recently changed first.',
  })
  evaluations(
    @CurrentActor() actor: RequestActor,
    @Args('filter', { nullable: true }) filter?: EvaluationFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<EvaluationPage> {
    return this.service.list(actor, filter, page);
  }

  @Query(() => Evaluation)
  evaluation(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<Evaluation> {
    return this.service.get(actor, id);
  }

  @Mutation(() => Evaluation, { description: 'Starts an evaluation in draft; you become its lead.' })
  createEvaluation(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateEvaluationInput,
  ): Promise<Evaluation> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Evaluation)
  updateEvaluation(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateEvaluationInput,
  ): Promise<Evaluation> {
    return this.service.update(actor, input);
  }

  @Mutation(() => Evaluation, {
    description:
      'Takes the next step on the status path, or cancels (with a reason). Says what is missing when the step cannot be taken.',
  })
  moveEvaluation(@CurrentActor() actor: RequestActor, @Args('input') input: MoveEvaluationInput): Promise<Evaluation> {
    return this.service.move(actor, input);
  }

  @Query(() => [PersonToAdd], {
    description: 'For the evaluation’s leads: up to 20 active people whose name or e-mail contains the search.',
  })
  peopleToAdd(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('search') search: string,
  ): Promise<PersonToAdd[]> {
    return this.service.peopleToAdd(actor, evaluationId, search);
  }

  @Mutation(() => [EvaluationMember], { description: 'Gives a person a role in the evaluation; returns the members.' })
  addEvaluationMember(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: MemberInput,
  ): Promise<EvaluationMember[]> {
    return this.service.addMember(actor, input);
  }

  @Mutation(() => [EvaluationMember])
  removeEvaluationMember(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: MemberInput,
  ): Promise<EvaluationMember[]> {
    return this.service.removeMember(actor, input);
  }

  @Mutation(() => Candidate, { description: 'Adds a product version from the catalogue to the shortlist.' })
  shortlistCandidate(@CurrentActor() actor: RequestActor, @Args('input') input: ShortlistInput): Promise<Candidate> {
    return this.service.shortlist(actor, input);
  }

  @Mutation(() => Candidate, {
    description:
      'Eliminates (reason required) or reinstates a candidate. RECOMMENDED and SELECTED follow the directors’ decision and are refused here.',
  })
  setCandidateState(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CandidateStateInput,
  ): Promise<Candidate> {
    return this.service.setCandidateState(actor, input);
  }

  @ResolveField(() => [EvaluationMember])
  members(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<EvaluationMember[]> {
    return this.service.members(actor, evaluation.id);
  }

  @ResolveField(() => [Candidate])
  candidates(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<Candidate[]> {
    return this.service.candidates(actor, evaluation.id);
  }

  @ResolveField(() => [EvaluationRoleEnum], { description: 'Your roles in this evaluation.' })
  myRoles(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<string[]> {
    return this.service.myRoles(actor, evaluation.id);
  }

  @ResolveField(() => EvaluationPermissions, {
    description: 'What you may do in this evaluation (worked out on the server from your roles and its status).',
  })
  myPermissions(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<EvaluationPermissions> {
    return this.service.myPermissions(actor, evaluation);
  }

  @ExpensiveField(10)
  @ResolveField(() => StatusCheck, { description: 'The next step and what it still needs.' })
  statusCheck(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<StatusCheck> {
    return this.service.statusCheck(actor, evaluation);
  }
}
