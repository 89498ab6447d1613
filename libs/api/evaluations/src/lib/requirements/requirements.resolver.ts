import {
  CurrentActor,
  Evaluation,
  ExpensiveField,
  GraphQLContext,
  HistoryEntry,
  HistoryReader,
  PageInput,
  RequestActor,
} from '@assay/api/core';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CreateRequirementInput,
  DecideRequirementsInput,
  RequirementFilter,
  SetPriorityInput,
  TrainingNeedInput,
  UpdateRequirementInput,
} from './requirements.inputs';
import { RequirementsService } from './requirements.service';
import {
  Requirement,
  RequirementCount,
  RequirementPage,
  RequirementTestCase,
  TrainingNeed,
  TrainingSummary,
} from './requirements.types';

/** Requirements and training needs; the service checks each caller's role and department. */
@Resolver(() => Requirement)
export class RequirementsResolver {
  constructor(
    private readonly service: RequirementsService,
    private readonly historyReader: HistoryReader,
  ) {}

  @Query(() => RequirementPage, {
    description: 'An evaluation’s requirements by code, filtered and paged on the server.',
  })
  requirements(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('filter', { nullable: true }) filter?: RequirementFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<RequirementPage> {
    return this.service.list(actor, evaluationId, filter, page);
  }

  @Query(() => Requirement)
  requirement(@CurrentActor() actor: RequestActor, @Args('id', { type: () => ID }) id: string): Promise<Requirement> {
    return this.service.get(actor, id);
  }

  @Mutation(() => Requirement)
  createRequirement(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: CreateRequirementInput,
  ): Promise<Requirement> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Requirement)
  updateRequirement(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: UpdateRequirementInput,
  ): Promise<Requirement> {
    return this.service.update(actor, input);
  }

  @Mutation(() => [Requirement], {
    description: 'Approves, rejects (with a comment) or reopens requirements of one evaluation: all or nothing.',
  })
  decideRequirements(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: DecideRequirementsInput,
  ): Promise<Requirement[]> {
    return this.service.decide(actor, input);
  }

  @Mutation(() => [Requirement], { description: 'Sets the priority of several requirements at once: all or nothing.' })
  setRequirementPriority(
    @CurrentActor() actor: RequestActor,
    @Args('input') input: SetPriorityInput,
  ): Promise<Requirement[]> {
    return this.service.setPriority(actor, input);
  }

  @Mutation(() => TrainingNeed, { description: 'Adds (without id) or edits a training need.' })
  saveTrainingNeed(
    @CurrentActor() actor: RequestActor,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('input') input: TrainingNeedInput,
  ): Promise<TrainingNeed> {
    return this.service.saveTrainingNeed(actor, evaluationId, input);
  }

  @ExpensiveField(10)
  @ResolveField(() => [HistoryEntry], {
    description: 'Every change: who, when, each field before and after — newest first.',
  })
  async history(@CurrentActor() actor: RequestActor, @Parent() requirement: Requirement): Promise<HistoryEntry[]> {
    await this.service.get(actor, requirement.id);
    return this.historyReader.history('requirement', requirement.id);
  }

  @ResolveField(() => [RequirementTestCase], {
    description: 'The test cases that verify it (archived ones left out), by plan and key.',
  })
  testCases(
    @CurrentActor() actor: RequestActor,
    @Parent() requirement: Requirement,
    @Context() ctx: GraphQLContext,
  ): Promise<RequirementTestCase[]> {
    return ctx.loaders
      .get<string, RequirementTestCase[]>('testCasesByRequirement', async (ids) => {
        const map = await this.service.testCasesOf(actor, ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(requirement.id);
  }
}

/** Requirement and training figures on the evaluation itself. */
@Resolver(() => Evaluation)
export class EvaluationRequirementsResolver {
  constructor(private readonly service: RequirementsService) {}

  @ExpensiveField(20)
  @ResolveField(() => [RequirementCount], { description: 'Requirement counts by department × priority × status.' })
  requirementCounts(
    @CurrentActor() actor: RequestActor,
    @Parent() evaluation: Evaluation,
  ): Promise<RequirementCount[]> {
    return this.service.counts(actor, evaluation.id);
  }

  @ResolveField(() => [TrainingNeed])
  trainingNeeds(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<TrainingNeed[]> {
    return this.service.trainingNeeds(actor, evaluation.id);
  }

  @ExpensiveField(20)
  @ResolveField(() => [TrainingSummary], { description: 'Training effort per candidate.' })
  trainingSummary(@CurrentActor() actor: RequestActor, @Parent() evaluation: Evaluation): Promise<TrainingSummary[]> {
    return this.service.trainingSummary(actor, evaluation.id);
  }
}
